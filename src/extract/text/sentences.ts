/**
 * Sentence splitting tuned for news English. Intl.Segmenter (ICU) was measured first: it
 * splits "U.S. President" and "Gen. Smith" into two sentences and costs about 0.4 ms per
 * article, a third of the whole budget, so a small rule-based splitter is used instead.
 */

import { allMatches } from './all-matches.js';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep st jr sr no nos vs etc inc ltd co corp approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft pres sec cf al m.in np nr bzw sig sra dott'.split(
    ' ',
  ),
);

// A sentence end: terminal punctuation, optional closing quotes or brackets, space, then a capital, digit or opening quote
// (guillemets too: English pages from other countries quote «like this»).
const BOUNDARY = /[.!?]+["'”’)\]»]*\s+(?=(?:[*•]\s+)?["'“‘([«„]?[\p{Lu}\d])/gu;
/**
 * Two paragraphs a scraper glued together, no space between: "Lavrov added.US President ..." or "said.”He".
 * A lower-case word end, the punctuation, then a capitalised word or a two-letter capital ("US", "UK"); a
 * domain name ("News.Az" aside) or "ASP.NET" has no such shape.
 */
const GLUED_GATE = /[.!?]["”’]?["“]?\p{Lu}/u;
const GLUED_BOUNDARY = /(?<=\p{Ll}{2})[.!?]["”’]?(?=["“]?\p{Lu}(?:\p{Ll}|\p{Lu}\b))/gu;
/** A sentence longer than this is not prose (a table or a dump): skipped. */
export const MAX_SENTENCE_CHARS = 1500;

function endsWithAbbreviation(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, end + 1);
  if (/^(?:\p{L}\.){2,}$/u.test(word)) return true; // U.S., U.K., E.U.
  if (/^\p{Lu}\.$/u.test(word)) return true; // an initial: "J. Smith"
  const bare = word.replace(/\.$/, '');
  if (bare === 'no' || bare === 'nos') return false; // "said no." ends a sentence; "No. 10" does not
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** Splits one line of prose into sentences, keeping each sentence verbatim. */
export function splitSentences(line: string): string[] {
  const sentences = splitAtBoundaries(line);
  // Most lines have no punctuation touching a capital: the glued-paragraph scan (a tenth of the extractor's time) is skipped.
  return GLUED_GATE.test(line) ? sentences.flatMap(splitGlued) : sentences;
}

function splitGlued(sentence: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of allMatches(GLUED_BOUNDARY, sentence)) {
    if (match[0] === '.' && endsWithAbbreviation(sentence, match.index)) continue;
    pieces.push(sentence.slice(start, match.index + match[0].length).trim());
    start = match.index + match[0].length;
  }
  pieces.push(sentence.slice(start).trim());
  return pieces.filter((piece) => piece.length > 0);
}

function splitAtBoundaries(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of allMatches(BOUNDARY, line)) {
    const punct = match.index;
    if (match[0].startsWith('.') && endsWithAbbreviation(line, punct)) continue;
    const sentence = line.slice(start, punct + match[0].trimEnd().length).trim();
    if (sentence) sentences.push(sentence);
    start = punct + match[0].length;
  }
  const rest = line.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((s) => s.length <= MAX_SENTENCE_CHARS);
}
