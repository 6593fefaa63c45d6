/**
 * The words of a text as the country search reads them: abbreviations with dots ("U.S.", "E.U.")
 * first, then letters and digits that may carry inner hyphens. WORD_PATTERN says which; wordOffsets
 * finds the same words with a loop over the characters, since matching the pattern word by word
 * built a match object per word of every sentence read (most of the time of the country search).
 */
export const WORD_PATTERN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

const OTHER = 0;
const LETTER_OR_DIGIT = 1;
const CAPITAL = 2;

/** The class of every ASCII character, and of each other code point once it has been met. */
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, code) => classify(code));
const OTHER_CLASSES = new Map<number, number>();

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (/^\p{Lu}$/u.test(char)) return CAPITAL;
  return /^[\p{L}\p{N}]$/u.test(char) ? LETTER_OR_DIGIT : OTHER;
}

function classOf(codePoint: number): number {
  if (codePoint < 128) return ASCII_CLASSES[codePoint]!;
  let found = OTHER_CLASSES.get(codePoint);
  if (found === undefined) OTHER_CLASSES.set(codePoint, (found = classify(codePoint)));
  return found;
}

const width = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);
const DOT = 46;
const HYPHEN = 45;

/** Appends where each word of `text` starts and ends, in order: the matches of WORD_PATTERN. */
export function wordOffsets(text: string, starts: number[], ends: number[]): void {
  for (let at = 0; at < text.length;) {
    const codePoint = text.codePointAt(at)!;
    if (classOf(codePoint) === OTHER) {
      at += width(codePoint);
      continue;
    }
    const end = abbreviationEnd(text, at) ?? hyphenatedWordEnd(text, at);
    starts.push(at);
    ends.push(end);
    at = end;
  }
}

/** The end of two or more capital-and-dot pairs from `at`, or undefined. */
function abbreviationEnd(text: string, at: number): number | undefined {
  let end = at;
  let pairs = 0;
  while (end < text.length) {
    const codePoint = text.codePointAt(end)!;
    if (classOf(codePoint) !== CAPITAL || text.charCodeAt(end + width(codePoint)) !== DOT) break;
    end += width(codePoint) + 1;
    pairs++;
  }
  return pairs >= 2 ? end : undefined;
}

/** The end of the letters and digits from `at` (one at least), with any "-" followed by more of them. */
function hyphenatedWordEnd(text: string, at: number): number {
  let end = runEnd(text, at);
  while (text.charCodeAt(end) === HYPHEN && end + 1 < text.length && classOf(text.codePointAt(end + 1)!) !== OTHER) end = runEnd(text, end + 1);
  return end;
}

function runEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const codePoint = text.codePointAt(end)!;
    if (classOf(codePoint) === OTHER) break;
    end += width(codePoint);
  }
  return end;
}
