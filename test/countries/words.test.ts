import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_PATTERN, wordOffsets } from '../../src/countries/words.js';

function offsets(text: string): string[] {
  const starts: number[] = [];
  const ends: number[] = [];
  wordOffsets(text, starts, ends);
  return starts.map((start, k) => `${start}-${ends[k]}`);
}

function patternOffsets(text: string): string[] {
  return [...text.matchAll(WORD_PATTERN)].map((m) => `${m.index}-${m.index + m[0].length}`);
}

// Abbreviations, hyphens, accents, other scripts, digits, astral letters, lone surrogates and odd spaces.
const PIECES = [
  'U',
  '.',
  'S',
  'a',
  '-',
  ' ',
  'b',
  '1',
  'É',
  'é',
  'X',
  '--',
  'U.S.',
  'E.U',
  '—',
  "'",
  '’',
  '_',
  '٣',
  'ß',
  'ǅ',
  '𝐀',
  '𐐀',
  '😀',
  '\ud800',
  '\u00a0',
  'Kyiv',
  'co-chairs',
];

describe('wordOffsets', () => {
  it('finds the words WORD_PATTERN matches', () => {
    for (const text of ['The U.S. and E.U. back Kyiv.', 'co-chairs — Élysée, Zürich', 'x-Ray U.S 9-11 A.B.C', '']) {
      expect(offsets(text)).toEqual(patternOffsets(text));
    }
  });

  it('agrees with WORD_PATTERN on arbitrary mixes of letters, marks, dots and hyphens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(offsets(text)).toEqual(patternOffsets(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with WORD_PATTERN on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (text) => {
        expect(offsets(text)).toEqual(patternOffsets(text));
      }),
      { numRuns: 2000 },
    );
  });
});
