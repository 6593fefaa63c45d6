import { findMentions, type Mention } from '../../countries/gazetteer.js';
import type { Commitment, Stance } from '../../model/taxonomy.js';
import { allMatches } from '../text/all-matches.js';

/** What one sentence is, as the rules see it. */
export interface SentenceContext extends PlainSentence {
  work: string;
  mentions: Mention[];
  headline: boolean;
  /** Interview and live-blog lines open with who speaks: "Stubb: We will not ...". */
  lineSpeaker: string | null;
  /** A meeting of the coalition was named in the last sentences: "attended it" there is attending it. */
  meetingBefore?: boolean;
  /** The same, for a sentence that may name its chairs ("The meeting was co-chaired by ..."), whatever else it names. */
  chairedMeeting?: boolean;
  /** The sentence names a meeting of the coalition, or one was named in the last sentences: its participants are members. */
  coalitionMeeting?: boolean;
  /** "It will be led by X" right after a sentence on a force or the coalition: "it" is that force. */
  ledAnaphor?: boolean;
  /** The country the sentence before opened with, for a sentence that opens with "It" ("Czechia will not send troops. It will supply arms."). */
  previousSubject?: string;
  /** Per-sentence facts, computed on first use. */
  cache?: { reporting?: RegExpExecArray[]; optional?: boolean; opinion?: boolean };
}

/** A sentence and its lower-case form, lowered once for every rule that reads the plain words. */
export interface PlainSentence {
  text: string;
  /** `text.toLowerCase()`. */
  plain: string;
}

/**
 * `text.slice(start, end).toLowerCase()`, sliced from the sentence lowered once. A character whose
 * lower case is longer (the dotted capital I) moves the offsets: then the slice is lowered itself.
 */
export function plainSlice(sentence: PlainSentence, start: number, end: number): string {
  return sentence.plain.length === sentence.text.length ? sentence.plain.slice(start, end) : sentence.text.slice(start, end).toLowerCase();
}

/** What carries from one sentence to the next: the last person named (for "he"/"she") and the topic. */
export interface ArticleMemory {
  /** The last few sentences (with their mentions once computed), read back only when a pronoun needs its person. */
  recent: RecentSentence[];
  previousCommitments: Commitment[];
  /** Sentences left in a passage on another topic (Gaza, a NATO exercise, a COP summit): they give no claim unless they return to Ukraine. */
  offTopicLeft: number;
  /** The headline is on another topic (NATO's Eastern Sentry, Gaza): only sentences that name this story are read. */
  offTopicTitle?: boolean;
  /** Sentences left after one that named a meeting of the coalition, whose "it" or "the meeting" a later sentence may attend. */
  coalitionMeetingLeft: number;
  /** Whether the sentence just read named the coalition, for a list of its members that follows ("Key members include ..."). */
  coalitionNamed?: boolean;
  /** A sentence so far named the coalition of the willing; one (or the same) named a meeting: the article reports one. */
  coalitionInArticle?: boolean;
  meetingInArticle?: boolean;
  /** What an unnamed group of countries said in the sentence just read, for a list that names them next ("These include ..."). */
  groupStance?: { commitments: Commitment[]; stance: Stance };
  /** A line that heads a country-by-country list of what was offered or pledged ("What the allies have offered:"). */
  listHeader?: Stance;
}

export interface RecentSentence {
  text: string;
  mentions?: Mention[];
}

const HE_OR_SHE = /\b(?:he|she)\b/g;
/** What follows a dateline's city: an optional date or agency, then a dash ("BRUSSELS (Reuters) -", "Kyiv, Jan 6 –"). */
const DATELINE_TAIL = /^\s*(?:,\s*[\w .]{1,20}?\s*)?(?:\([^)]{1,40}\)\s*)?[-–—]\s+(?=["“‘]?\p{Lu})/u;

/** A capital that opens the sentence as its dateline is where the report was filed, not an actor. */
function isDateline(sentence: string, mention: Mention): boolean {
  return mention.kind === 'capital' && sentence.slice(0, mention.start).trim() === '' && DATELINE_TAIL.test(sentence.slice(mention.end));
}

export function validMentions(sentence: string, work: string, memory: ArticleMemory): Mention[] {
  const found = findMentions(sentence);
  const mentions = found.filter((m) => work.slice(m.start, m.end).trim() !== '' && !isDateline(sentence, m));
  if (!/\b(?:he|she)\b/.test(work)) return mentions;
  for (const match of allMatches(HE_OR_SHE, work)) {
    if (mentions.some((m) => m.start <= match.index && m.end >= match.index)) continue;
    // "Trump promised ... a deal with Putin, even though he suggests ...": the person after a preposition is an object, not the one who goes on.
    const before = found.filter((m) => m.end <= match.index);
    // "Prime Minister warns ... as he commits to the coalition": "he" is the office holder the sentence opens with, who
    // need not be the last person named before it.
    if (before.length === 0 && UNNAMED_OFFICE_OPENING.test(work)) continue;
    const code =
      lastPerson(before.filter((m) => !OBJECT_BEFORE.test(work.slice(Math.max(0, m.start - 40), m.start)))) ?? lastPerson(before) ?? lastPersonInRecent(memory);
    if (code) mentions.push({ code, kind: 'person', start: match.index, end: match.index + match[0].length, official: true });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const UNNAMED_OFFICE_OPENING =
  /^\W*(?:the +)?(?:prime +minister|president|chancellor|premier|foreign +minister|defen[cs]e +(?:minister|secretary)|foreign +secretary)\b(?! +(?:of|to)\b)/;

// A person named after a preposition, titles allowed in between: "a deal with Russian President Vladimir Putin".
const OBJECT_BEFORE = /\b(?:with|to|against|from|between|toward|towards|than|about)\s+(?:[\p{L}.'-]+\s+){0,3}$/u;

function lastPerson(mentions: Mention[]): string | null {
  const person = mentions.filter((m) => m.kind === 'person' || (m.kind === 'demonym' && m.official)).at(-1);
  return person?.code ?? null;
}

/** "He" and "she" stand for the last person named, in this sentence or the few before it. */
function lastPersonInRecent(memory: ArticleMemory): string | null {
  for (let i = memory.recent.length - 1; i >= 0; i--) {
    const recent = memory.recent[i]!;
    const code = lastPerson((recent.mentions ??= findMentions(recent.text)));
    if (code) return code;
  }
  return null;
}
