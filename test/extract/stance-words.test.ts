import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { describe, expect, it } from 'vitest';
import { ALL_STANCES, COMMITMENT_STARTS, COMMITMENT_WORDS, STANCE_CUES, STANCE_FIRST_CHAR, STANCE_WORDS } from '../../src/extract/rules/lexicon.js';

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

/**
 * What a pattern can consume first, read off its syntax tree: the characters outside `allowed` it could open a match
 * with, and whether it can match the empty string (then it could match anywhere).
 */
function openingsOutside(elements: AST.Element[], allowed: RegExp): { outside: string[]; empty: boolean } {
  const outside: string[] = [];
  for (const element of elements) {
    const first = openingOf(element, allowed);
    outside.push(...first.outside);
    if (!first.empty) return { outside, empty: false };
  }
  return { outside, empty: true };
}

function openingOf(element: AST.Element, allowed: RegExp): { outside: string[]; empty: boolean } {
  switch (element.type) {
    case 'Assertion':
      return { outside: [], empty: true }; // \b, lookarounds: nothing consumed
    case 'Group':
    case 'CapturingGroup': {
      const each = element.alternatives.map((alternative) => openingsOutside(alternative.elements, allowed));
      return { outside: each.flatMap((e) => e.outside), empty: each.some((e) => e.empty) };
    }
    case 'Quantifier': {
      const inner = openingOf(element.element, allowed);
      return { outside: inner.outside, empty: inner.empty || element.min === 0 };
    }
    case 'Character':
      return { outside: allowed.test(String.fromCodePoint(element.value)) ? [] : [element.raw], empty: false };
    case 'CharacterClass': {
      const chars = element.elements.flatMap((e) =>
        e.type === 'Character' ? [e.value] : e.type === 'CharacterClassRange' ? [e.min.value, e.max.value] : [-1],
      );
      const inside = !element.negate && chars.every((c) => c >= 0 && allowed.test(String.fromCodePoint(c)));
      return { outside: inside ? [] : [element.raw], empty: false };
    }
    case 'CharacterSet':
      return { outside: (element.kind === 'word' || element.kind === 'digit') && !element.negate ? [] : [element.raw], empty: false };
    default:
      return { outside: [element.raw], empty: true };
  }
}

// The stance scan passes over every boundary not followed by STANCE_FIRST_CHAR: that is only right while no cue can
// open with another character or match nothing.
describe('the stance scan: where a cue can begin', () => {
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  const allowed = new RegExp(`^${STANCE_FIRST_CHAR}$`);
  const openings = (source: string) =>
    parser.parsePattern(source, 0, source.length, { unicode: false }).alternatives.map((alternative) => openingsOutside(alternative.elements, allowed));

  it.each(STANCE_CUES.map(([stance, pattern], index) => [`${index} ${stance}`, pattern] as const))(
    'every cue of family %s opens with a word character or an apostrophe and consumes one',
    (_name, pattern) => {
      const each = openings(pattern.source);
      expect(each.flatMap((e) => e.outside)).toEqual([]);
      expect(each.some((e) => e.empty)).toBe(false);
    },
  );

  it('the check itself sees a cue that opens with a quote, a space or nothing', () => {
    for (const source of ['\\b(?:will|"will)', '\\b(?: +will)', '\\b(?:will)?']) {
      const each = openings(source);
      expect(
        each.some((e) => e.outside.length > 0 || e.empty),
        source,
      ).toBe(true);
    }
  });

  it('the combined scan skips to such a character after the boundary', () => {
    expect(ALL_STANCES.source.startsWith(`\\b(?=${STANCE_FIRST_CHAR})`)).toBe(true);
  });
});

// V8 leaves a regular expression whose source is longer than 20 KB unoptimised (kRegExpTooLargeToOptimize). The combined
// stance scan crossing it, by one alternative of 42 characters, halved the extractor's speed (docs/extraction.md,
// "Twenty-second round"): a cue added past the limit has to make room first.
const V8_TOO_LARGE_TO_OPTIMIZE = 20 * 1024;

describe('the combined scans stay small enough to be optimised', () => {
  it.each([
    ['ALL_STANCES', ALL_STANCES],
    ['COMMITMENT_STARTS', COMMITMENT_STARTS],
  ])('%s', (_name, pattern) => {
    expect(pattern.source.length).toBeLessThanOrEqual(V8_TOO_LARGE_TO_OPTIMIZE);
  });
});
