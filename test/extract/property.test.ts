import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import { COMMITMENTS, SPEAKERS, STANCES } from '../../src/model/taxonomy.js';
import { articleOf } from './helpers.js';

const WORDS = [
  'Italy',
  'Meloni',
  'will',
  'not',
  'send',
  'troops',
  'to',
  'Ukraine',
  'but',
  'is',
  'ready',
  'only',
  'if',
  'the',
  'US',
  'Kremlin',
  'rejected',
  'said',
  ',',
  '.',
  '"',
  'he',
  'LOADING...',
  'Related',
  '\n',
  'Polish',
  'air',
  'policing',
  'guarantees',
  'rather',
  'than',
  'Finland',
  'and',
  'Estonia',
];

/** Every claim is well formed and quotes a sentence of the input. */
function expectWellFormed(body: string, title: string): void {
  for (const claim of extractClaims(articleOf(body, title))) {
    expect(claim.country).toMatch(/^[A-Z]{2}$/);
    expect(COMMITMENTS).toContain(claim.commitment);
    expect(STANCES).toContain(claim.stance);
    expect(SPEAKERS).toContain(claim.speaker);
    expect(claim.confidence).toBeGreaterThan(0);
    expect(claim.confidence).toBeLessThanOrEqual(1);
    expect(`${title}\n${body}`).toContain(claim.evidence);
  }
}

describe('extractClaims on arbitrary input', () => {
  it('never throws and only returns well-formed claims for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.string({ maxLength: 200 }), (body, title) => expectWellFormed(body, title)),
      { numRuns: 300 },
    );
  });

  it('never throws on shuffled news vocabulary', () => {
    const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, text, (body, title) => expectWellFormed(body, title)),
      { numRuns: 500 },
    );
  });
});
