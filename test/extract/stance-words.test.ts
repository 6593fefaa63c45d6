import { describe, expect, it } from 'vitest';
import { ALL_STANCES, STANCE_WORDS } from '../../src/extract/rules/lexicon.js';

/** The full scan over every stance cue, without the gate's shortcut. */
function fullScanFinds(text: string): boolean {
  ALL_STANCES.lastIndex = 0;
  const found = ALL_STANCES.test(text);
  ALL_STANCES.lastIndex = 0;
  return found;
}

describe('STANCE_WORDS (the sentence gate finds a stance cue by these words first)', () => {
  it('are each a stance cue wherever they stand as a word', () => {
    for (const word of STANCE_WORDS)
      for (const text of [word, `the country ${word} it`, `x-${word}-y`, `"${word}",`, `${word}'s`]) expect(fullScanFinds(text), `${word} in ${text}`).toBe(true);
  });
});
