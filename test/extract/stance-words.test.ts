import { describe, expect, it } from 'vitest';
import { ALL_STANCES, COMMITMENT_STARTS, COMMITMENT_WORDS, STANCE_WORDS } from '../../src/extract/rules/lexicon.js';

/** The full scan over every cue of `pattern`, without the gate's shortcut. */
function fullScanFinds(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

const contexts = (word: string): string[] => [word, `the country ${word} it`, `x-${word}-y`, `"${word}",`, `${word}'s`];

// The sentence gate looks for these words before it scans for every cue: each must be a cue wherever it stands as a word.
describe('the sentence gate: words that are a cue on their own', () => {
  it('STANCE_WORDS are each a stance cue', () => {
    for (const word of STANCE_WORDS) for (const text of contexts(word)) expect(fullScanFinds(ALL_STANCES, text), `${word} in ${text}`).toBe(true);
  });
  it('COMMITMENT_WORDS are each a commitment cue', () => {
    for (const word of COMMITMENT_WORDS) for (const text of contexts(word)) expect(fullScanFinds(COMMITMENT_STARTS, text), `${word} in ${text}`).toBe(true);
  });
});
