/**
 * The change rules: one pure function, `decide`, and the tables it reads.
 *
 * Every confident claim has a rank, compared field by field, first difference wins:
 *
 *   1. specificity  any definite stance (committed, willing, conditional, declined, opposed)
 *                   outranks 'undecided' ("has so far refrained from committing troops")
 *   2. day          a newer publication day outranks an older one: news arrives out of order,
 *                   and an older article never overturns a position set by a newer one
 *   3. speaker      on the same day, the country itself ('self') outranks others reporting
 *                   about it ('third_party'): Germany's own word beats Macron speaking for it
 *
 * A position is the stance of the top-ranked claims seen so far. Given the current position
 * (or none) and one incoming claim, the outcome is:
 *
 *   | current position | incoming claim                                      | outcome               | alert    |
 *   |------------------|-----------------------------------------------------|-----------------------|----------|
 *   | none             | confidence >= 0.5                                   | new                   | new      |
 *   | any              | confidence < 0.5                                    | low_confidence        | -        |
 *   | stance S         | stance S, any rank                                  | corroborated          | -        |
 *   | stance S         | other stance, higher rank                           | changed               | changed  |
 *   | committed        | willing, same rank                                  | kept_more_specific    | -        |
 *   | willing          | committed, same rank                                | changed               | changed  |
 *   | stance S         | other stance, same rank (same day, equal speaker)   | disputed              | disputed |
 *   | disputed         | any stance, higher rank                             | resolved              | resolved |
 *   | disputed         | one of the disputing stances, same or lower rank    | corroborated          | -        |
 *   | disputed         | another stance, same rank                           | joined_dispute        | -        |
 *   | any              | lower rank: 'undecided' against a definite stance   | kept_more_specific    | -        |
 *   | any              | lower rank: an older day                            | kept_older            | -        |
 *   | any              | lower rank: a third party against the country, same day | kept_stronger_speaker | -    |
 *
 * One article speaks once per position: when it has several claims on the same (country,
 * commitment), only its strongest counts (confident, then the country itself, then definite,
 * then more confident, then a condition over the pledge or offer it qualifies, then the stance
 * listed first); the rest are 'same_article'. An article
 * does not dispute itself.
 *
 * Every claim, whatever its outcome, is kept in the history and counted: corroborations
 * count the reports of the current stance plus the vaguer 'undecided' reports behind a
 * definite stance. In backfill mode the position moves the same way but the outcome is
 * 'backfilled' and nobody is alerted.
 *
 * On the same rank, 'willing' is a vaguer telling of 'committed' ("ready to send" and "will send"
 * of one statement the same day), not a disagreement with it: the pledge stands, in a dispute too.
 *
 * Because the rank is a total order and ties are settled by a fixed order of evidence,
 * the final positions depend only on the set of claims, never on the order they arrive
 * in: workers may apply articles in any order and end in the same state. The cost of that
 * guarantee: time only decides between claims of equal specificity, so an older definite
 * report outranks a newer 'undecided' one (which is the vaguer-report rule); the speaker
 * only decides between reports of the same day.
 */
import type { AlertType, Evidence, PositionStance } from '../model/alert.js';
import type { Broadcast } from './confirmation.js';
import { STANCES, type Commitment, type Speaker, type Stance } from '../model/taxonomy.js';

/** Below this confidence a claim is recorded and counted but never moves a position. */
export const MIN_CONFIDENCE = 0.5;

/** Stances that a condition stated in the same article qualifies rather than contradicts. */
const QUALIFIED: ReadonlySet<Stance> = new Set(['committed', 'willing']);

/** On the same rank a pledge takes in an offer of the same thing: the offer is its vaguer telling. */
function vaguerTelling(stance: Stance, of: Stance): boolean {
  return stance === 'willing' && of === 'committed';
}

/** Rule 1: only 'undecided' is vague. */
export const SPECIFICITY: Record<Stance, number> = {
  committed: 1,
  willing: 1,
  conditional: 1,
  declined: 1,
  opposed: 1,
  undecided: 0,
};

/** Rule 3: on the same day, the country's own officials outweigh third parties. */
export const SPEAKER_WEIGHT: Record<Speaker, number> = { self: 2, third_party: 1 };

/** Everything the state keeps for one (country, commitment). */
export interface SlotState {
  country: string;
  commitment: Commitment;
  /**
   * The top-ranked evidence, one per stance, in tie-break order (last = shown first).
   * One side: a settled position. Two or more: disputed. None: only low-confidence claims so far.
   */
  sides: Evidence[];
  /** The publication day (YYYY-MM-DD) of the top rank. */
  day: string;
  /** Every claim seen for this slot, by stance, including low-confidence ones. */
  counts: Partial<Record<Stance, number>>;
  /** ISO timestamp when the stance last changed. */
  changedAt: string;
  /** Publication date of the report that last changed the stance. */
  changedPublished?: string;
  /** The stance before the last change (null: none), so a later confirmation can say what it replaced. */
  changedFrom?: PositionStance | null;
  /** Recent confident reports, for confirmation (confirmation.ts withReport). */
  reports?: Evidence[];
  /** What confirmed subscriptions were last told (confirmation.ts). */
  broadcast?: Broadcast;
}

/** A claim ready to be decided: its evidence plus the day it counts as (see evidence.ts). */
export interface IncomingClaim {
  country: string;
  commitment: Commitment;
  evidence: Evidence;
  day: string;
}

export const OUTCOMES = [
  'new',
  'changed',
  'disputed',
  'resolved',
  'corroborated',
  'joined_dispute',
  'kept_more_specific',
  'kept_stronger_speaker',
  'kept_older',
  'low_confidence',
  'backfilled',
  'same_article',
  'rejected',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How the incoming claim relates to the current position; the rows of the table above. */
export type Situation = 'first' | 'low_confidence' | 'agrees' | 'outranks' | 'ties' | 'less_specific' | 'weaker_speaker' | 'older';

/** The table itself: situation -> outcome, for a settled and for a disputed position. */
export const RULES: Record<Situation, { settled: Outcome; disputed: Outcome }> = {
  first: { settled: 'new', disputed: 'new' },
  low_confidence: { settled: 'low_confidence', disputed: 'low_confidence' },
  agrees: { settled: 'corroborated', disputed: 'corroborated' },
  outranks: { settled: 'changed', disputed: 'resolved' },
  ties: { settled: 'disputed', disputed: 'joined_dispute' },
  less_specific: { settled: 'kept_more_specific', disputed: 'kept_more_specific' },
  weaker_speaker: { settled: 'kept_stronger_speaker', disputed: 'kept_stronger_speaker' },
  older: { settled: 'kept_older', disputed: 'kept_older' },
};

/** Outcomes that change the position, and the alert each one raises. */
export const ALERT_FOR: Partial<Record<Outcome, AlertType>> = {
  new: 'new',
  changed: 'changed',
  disputed: 'disputed',
  resolved: 'resolved',
};

export interface Decision {
  outcome: Outcome;
  reason: string;
  /** The change this claim made to the position (also set in backfill mode), or null. */
  change: AlertType | null;
  /** The alert to send: the change, unless in backfill mode. */
  alert: AlertType | null;
  from: PositionStance | null;
  to: PositionStance | null;
  next: SlotState;
}

export interface DecideOptions {
  backfill?: boolean;
  /** ISO timestamp recorded as changedAt. */
  now: string;
}

interface Rank {
  specificity: number;
  weight: number;
  day: string;
}

/** The pure rule function: the current slot (or null) and one claim in, the outcome and next slot out. */
export function decide(current: SlotState | null, incoming: IncomingClaim, options: DecideOptions): Decision {
  const slot = current ?? emptySlot(incoming);
  const from = stanceOf(slot);
  const situation = situate(slot, incoming);
  const ruled = RULES[situation][from === 'disputed' ? 'disputed' : 'settled'];
  const next = transition(slot, incoming, ruled, options.now);
  const change = ALERT_FOR[ruled] ?? null;
  const outcome: Outcome = change && options.backfill ? 'backfilled' : ruled;
  return {
    outcome,
    reason: explainOutcome(ruled, slot, incoming, options.backfill === true),
    change,
    alert: options.backfill ? null : change,
    from,
    to: stanceOf(next),
    next,
  };
}

/** The stance a slot shows: its one side, 'disputed' for several, null for none. */
export function stanceOf(slot: SlotState): PositionStance | null {
  if (slot.sides.length === 0) return null;
  if (slot.sides.length === 1) return slot.sides[0]!.stance;
  return 'disputed';
}

/** Reports that back the current stance: the same stance, plus vaguer 'undecided' ones behind a definite stance. */
export function corroborationCount(slot: SlotState): number {
  const stances = new Set(slot.sides.map((side) => side.stance));
  let total = 0;
  for (const stance of stances) total += slot.counts[stance] ?? 0;
  const definite = [...stances].every((stance) => SPECIFICITY[stance] > 0);
  if (stances.size > 0 && definite) total += slot.counts.undecided ?? 0;
  return total;
}

/**
 * Orders an article's claims on one slot, strongest first: the one that speaks for the article.
 * A pure function of the claims, so the choice never depends on arrival order either.
 */
export function strongerClaimFirst(
  a: { stance: Stance; speaker: Speaker; confidence: number },
  b: { stance: Stance; speaker: Speaker; confidence: number },
): number {
  const confident = Number(b.confidence >= MIN_CONFIDENCE) - Number(a.confidence >= MIN_CONFIDENCE);
  if (confident !== 0) return confident;
  if (a.speaker !== b.speaker) return SPEAKER_WEIGHT[b.speaker] - SPEAKER_WEIGHT[a.speaker];
  if (a.stance !== b.stance && SPECIFICITY[a.stance] !== SPECIFICITY[b.stance]) return SPECIFICITY[b.stance] - SPECIFICITY[a.stance];
  // "Signed a declaration to deploy forces" and "any deployment will need a vote in parliament" in one article: the condition qualifies the pledge.
  if (
    a.confidence === b.confidence &&
    (a.stance === 'conditional') !== (b.stance === 'conditional') &&
    QUALIFIED.has(a.stance === 'conditional' ? b.stance : a.stance)
  )
    return a.stance === 'conditional' ? -1 : 1;
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  return STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance);
}

function emptySlot(incoming: IncomingClaim): SlotState {
  return { country: incoming.country, commitment: incoming.commitment, sides: [], day: incoming.day, counts: {}, changedAt: '' };
}

function situate(slot: SlotState, incoming: IncomingClaim): Situation {
  if (incoming.evidence.confidence < MIN_CONFIDENCE) return 'low_confidence';
  if (slot.sides.length === 0) return 'first';
  const stance = incoming.evidence.stance;
  const order = compareRanks(rankOf(incoming), topRank(slot));
  const agrees = slot.sides.some((side) => side.stance === stance);
  if (order.sign > 0) return agrees && slot.sides.length === 1 ? 'agrees' : 'outranks';
  if (agrees) return 'agrees';
  if (order.sign === 0 && slot.sides.some((side) => vaguerTelling(stance, side.stance))) return 'less_specific';
  if (order.sign === 0 && slot.sides.length === 1 && vaguerTelling(slot.sides[0]!.stance, stance)) return 'outranks';
  if (order.sign === 0) return 'ties';
  return order.by === 'specificity' ? 'less_specific' : order.by === 'speaker' ? 'weaker_speaker' : 'older';
}

function transition(slot: SlotState, incoming: IncomingClaim, outcome: Outcome, now: string): SlotState {
  const counts = { ...slot.counts, [incoming.evidence.stance]: (slot.counts[incoming.evidence.stance] ?? 0) + 1 };
  const base = { ...slot, counts };
  switch (outcome) {
    case 'new':
    case 'changed':
    case 'resolved':
      return {
        ...base,
        sides: [incoming.evidence],
        day: incoming.day,
        changedAt: now,
        changedPublished: incoming.evidence.published,
        changedFrom: stanceOf(slot),
      };
    case 'disputed':
      return {
        ...base,
        sides: withSide(slot.sides, incoming.evidence),
        changedAt: now,
        changedPublished: incoming.evidence.published,
        changedFrom: stanceOf(slot),
      };
    case 'joined_dispute':
      return { ...base, sides: withSide(slot.sides, incoming.evidence) };
    case 'corroborated':
      return corroborate(base, incoming);
    default:
      return base;
  }
}

/** Same stance: a higher rank moves the position's rank up; the same rank may bring a later tie-break. */
function corroborate(slot: SlotState, incoming: IncomingClaim): SlotState {
  const order = compareRanks(rankOf(incoming), topRank(slot));
  if (order.sign > 0) return { ...slot, sides: [incoming.evidence], day: incoming.day };
  if (order.sign === 0) return { ...slot, sides: withSide(slot.sides, incoming.evidence) };
  return slot;
}

/** Adds or replaces the side of the evidence's stance, keeping the fixed tie-break order. */
function withSide(sides: Evidence[], evidence: Evidence): Evidence[] {
  const existing = sides.find((side) => side.stance === evidence.stance);
  if (existing && compareEvidence(existing, evidence) >= 0) return sides;
  const others = sides.filter((side) => side.stance !== evidence.stance && !vaguerTelling(side.stance, evidence.stance));
  return [...others, evidence].sort(compareEvidence);
}

/** Tie-break among equally ranked evidence, so the result never depends on arrival order. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  const keyA = [publishedKey(a.published), a.articleId, a.stance, a.quote];
  const keyB = [publishedKey(b.published), b.articleId, b.stance, b.quote];
  for (let i = 0; i < keyA.length; i++) {
    if (keyA[i]! !== keyB[i]!) return keyA[i]! < keyB[i]! ? -1 : 1;
  }
  return 0;
}

function publishedKey(published: string): string {
  return published === 'unknown' ? '' : published;
}

function topRank(slot: SlotState): Rank {
  const top = slot.sides[0]!;
  return { specificity: SPECIFICITY[top.stance], weight: SPEAKER_WEIGHT[top.speaker], day: slot.day };
}

function rankOf(incoming: IncomingClaim): Rank {
  const { stance, speaker } = incoming.evidence;
  return { specificity: SPECIFICITY[stance], weight: SPEAKER_WEIGHT[speaker], day: incoming.day };
}

/** Compares two ranks field by field and says which field decided. */
export function compareRanks(a: Rank, b: Rank): { sign: number; by: 'specificity' | 'speaker' | 'day' | null } {
  if (a.specificity !== b.specificity) return { sign: Math.sign(a.specificity - b.specificity), by: 'specificity' };
  if (a.day !== b.day) return { sign: a.day > b.day ? 1 : -1, by: 'day' };
  if (a.weight !== b.weight) return { sign: Math.sign(a.weight - b.weight), by: 'speaker' };
  return { sign: 0, by: null };
}

function explainOutcome(outcome: Outcome, slot: SlotState, incoming: IncomingClaim, backfill: boolean): string {
  const text = REASONS[outcome](describeSlot(slot), incoming);
  return backfill && ALERT_FOR[outcome] ? `${text} (backfill: recorded without alerting)` : text;
}

function describeSlot(slot: SlotState): string {
  const stance = stanceOf(slot);
  if (!stance) return 'no position';
  const top = slot.sides[slot.sides.length - 1]!;
  return `'${stance}' (set by ${top.speaker === 'self' ? 'the country itself' : 'a third party'}, ${slot.day})`;
}

const REASONS: Record<Outcome, (current: string, incoming: IncomingClaim) => string> = {
  new: (_c, i) => `first reported position: '${i.evidence.stance}'`,
  changed: (c, i) => `'${i.evidence.stance}' ${outranking(i)} outranks ${c}`,
  disputed: (c, i) => `'${i.evidence.stance}' contradicts ${c} with equal weight on the same day`,
  resolved: (c, i) => `'${i.evidence.stance}' ${outranking(i)} settles the dispute ${c}`,
  corroborated: (c) => `agrees with ${c}`,
  joined_dispute: (c, i) => `'${i.evidence.stance}' joins the dispute ${c}`,
  kept_more_specific: (c, i) => `'${i.evidence.stance}' is vaguer than ${c}; kept as corroborating evidence`,
  kept_stronger_speaker: (c) => `a third party on the same day does not overturn ${c}`,
  kept_older: (c, i) => `report of ${i.day} is older than ${c}; kept in history`,
  low_confidence: (_c, i) => `confidence ${i.evidence.confidence} is below ${MIN_CONFIDENCE}; recorded only`,
  backfilled: () => 'recorded without alerting (backfill)',
  same_article: () => 'the article says more about this position; its strongest claim counts',
  rejected: () => 'claim rejected',
};

function outranking(incoming: IncomingClaim): string {
  const speaker = incoming.evidence.speaker === 'self' ? 'from the country itself' : 'from a third party';
  return `(${speaker}, ${incoming.day})`;
}
