import type { Commitment, Speaker, Stance } from '../../model/taxonomy.js';
import { ADVERSARIES } from './lexicon.js';

/** What the confidence of a claim depends on: the kind of reading, not the words. */
export interface Reading {
  /** The claim's country: an adversary's offers are read apart. */
  country: string;
  speaker: Speaker;
  commitment: Commitment;
  stance: Stance;
  /** Length of the evidence sentence in characters. */
  sentenceChars: number;
  /** Read from a headline or a subheading. */
  headline: boolean;
  /** Read by the English rules (clause structure), not by the other languages' cue lists. */
  english: boolean;
  /** The stance was read from a signing verb ("X and Y signed a declaration of intent on deploying forces"). */
  signed?: boolean;
}

/** A signing verb ("signed a declaration"), not joining ("signed up"). */
export const SIGNING_VERB = /\bsign(?:s|ed)\b(?! +up)/i;

/** Whether a stance cue is a signature: a pledge that is a published act, not an outlet's or a speaker's word for an offer. */
export function isSigningCue(cue: string): boolean {
  return SIGNING_VERB.exec(cue)?.index === 0;
}

const LONG_SENTENCE = 200;
/**
 * A sentence this long is mostly a scrape that ran paragraphs, captions or a page's lists together: claims read from
 * one were right 0 times in 8 on the batches measured once (0 in 7 on B7-B14, 0 in 1 on B15-B19).
 */
const RUN_ON_SENTENCE = 400;
const REFUSALS: ReadonlySet<Stance> = new Set(['declined', 'opposed']);
const CORE_STANCES: ReadonlySet<Stance> = new Set(['willing', 'committed', 'declined']);
/**
 * An offer or a refusal: an own-voice "will send troops" was right 3 times in 7 (speakers and outlets call offers
 * pledges), "ready to" or "will not" far more often; no headline in the batches measured once said "will send".
 */
const OFFER_OR_REFUSAL: ReadonlySet<Stance> = new Set(['willing', 'declined']);
const OWN_COALITION_STANCES: ReadonlySet<Stance> = new Set(['willing', 'committed']);

/**
 * The kinds of reading the confidence tells apart, the reliable ones first. The own voice offering or refusing troops,
 * or joining or leading the coalition, was 0.9 until the fourteenth round: right 76 times in 86 on B7-B17, then 15
 * in 25 on B18-B21. Each is kept as a kind of its own so that the calibration table shows its record.
 */
export const READING_KINDS = {
  'troop offer or refusal in a headline': 0.9,
  'own voice on a pledge it signed': 0.9,
  'troop refusal, other languages': 0.9,
  'own voice offering or refusing troops': 0.6,
  'own voice joining or leading the coalition': 0.6,
  'own voice, any other reading': 0.6,
  'troop reading by others': 0.6,
  'other languages, any other reading': 0.6,
  'any other reading by others': 0.6,
  'refusal of the coalition or the guarantees': 0.4,
  'reading from a run-on sentence': 0.4,
  'an adversary offering a contribution': 0.4,
} as const;
export type ReadingKind = keyof typeof READING_KINDS;

/**
 * What kind of reading a claim is. Its confidence (readingConfidence) is the precision that kind had
 * on pages the rules had not seen: the claims the batches measured once got at their measurement, each
 * read by the extractor of its day (docs/extraction.md, "Twelfth round" to "Fifteenth round"; `npm run
 * calibration` prints the table again from git history). The three kinds at 0.9 were right 106 times in 112 on
 * the twenty batches measured once (47 of 48 on B7-B14, 44 of 47 on B15-B21, where they were chosen, and 15 of
 * 17 on B22-B26, measured once afterwards); the rest about six times in ten whatever their wording.
 */
export function readingKind(reading: Reading): ReadingKind {
  const { speaker, commitment, stance } = reading;
  if (reading.sentenceChars >= RUN_ON_SENTENCE) return 'reading from a run-on sentence';
  // Right 4 times in 20 on the batches measured once (3 in 10 on B7-B14, 1 in 10 on B15-B19): a refusal of "the
  // mission" is mostly of troops, and rejecting "the guarantees" is mostly a view of another country's plan.
  if (commitment === 'coalition' && REFUSALS.has(stance)) return 'refusal of the coalition or the guarantees';
  // Russia, Belarus, North Korea or Iran "sending troops" or "ready to" supply is their own war, a report of a demand
  // or a misread object: right 0 times in 19 on the batches measured once (B7-B25); on all 1,031 texts the present
  // rules read 7 such claims, 1 right.
  if (ADVERSARIES.has(reading.country) && commitment !== 'coalition' && !REFUSALS.has(stance)) return 'an adversary offering a contribution';
  const troops = commitment === 'ground_troops';
  if (!reading.english) {
    if (troops && REFUSALS.has(stance)) return 'troop refusal, other languages';
    return 'other languages, any other reading';
  }
  const short = reading.sentenceChars < LONG_SENTENCE;
  const core = troops && short && CORE_STANCES.has(stance);
  if (reading.headline && core && OFFER_OR_REFUSAL.has(stance)) return 'troop offer or refusal in a headline';
  if (speaker === 'self') {
    if (stance === 'committed' && reading.signed && commitment !== 'coalition') return 'own voice on a pledge it signed';
    if (short && troops && OFFER_OR_REFUSAL.has(stance)) return 'own voice offering or refusing troops';
    if (short && commitment === 'coalition' && OWN_COALITION_STANCES.has(stance)) return 'own voice joining or leading the coalition';
    return 'own voice, any other reading';
  }
  return core ? 'troop reading by others' : 'any other reading by others';
}

/**
 * A claim's confidence: its kind's, 0.1 less in a headline for the kinds under 0.8. The kinds at 0.6 were right about
 * six times in ten, so they share it: the own voice there is what confirmation counts with a second report. The three
 * kinds right less than half the time sit at 0.4, under MIN_CONFIDENCE: `extract --all` prints them, nothing acts on them.
 */
export function readingConfidence(reading: Reading): number {
  const confidence = READING_KINDS[readingKind(reading)];
  return reading.headline && confidence < 0.8 ? Math.round((confidence - 0.1) * 100) / 100 : confidence;
}
