import type { Alert, Evidence, PositionStance } from '../model/alert.js';
import { COMMITMENT_LABELS, type Commitment } from '../model/taxonomy.js';

/**
 * Shared wording and symbols, so Discord, Slack and the console show the same facts
 * the same way. Pure functions: no platform markup here (each adapter escapes for itself).
 */

export const STANCE_EMOJI: Record<PositionStance, string> = {
  committed: '✅',
  willing: '🟢',
  conditional: '🟡',
  undecided: '⚪',
  declined: '⛔',
  opposed: '❌',
  disputed: '⚖️',
};

export const STANCE_LABELS: Record<PositionStance, string> = {
  committed: 'committed',
  willing: 'willing',
  conditional: 'conditional',
  undecided: 'undecided',
  declined: 'declined',
  opposed: 'opposed',
  disputed: 'disputed',
};

export const NO_POSITION_LABEL = 'no reported position';

export function stanceEmoji(stance: PositionStance | null | undefined): string {
  return stance ? STANCE_EMOJI[stance] : '➖';
}

export function stanceLabel(stance: PositionStance | null | undefined): string {
  return stance ? STANCE_LABELS[stance] : NO_POSITION_LABEL;
}

export function commitmentLabel(commitment: Commitment): string {
  return COMMITMENT_LABELS[commitment];
}

/** How sure the extractor was, in words people read at a glance. */
export function confidenceWord(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= 0.85) return 'high';
  if (confidence >= 0.65) return 'medium';
  return 'low';
}

export function confidenceText(confidence: number): string {
  return `${confidenceWord(confidence)} confidence (${Math.round(confidence * 100)}%)`;
}

/** "2025-09-04" from an ISO date or timestamp; "date unknown" otherwise. */
export function displayDate(published: string | undefined): string {
  if (!published || published === 'unknown') return 'date unknown';
  const match = /^\d{4}-\d{2}-\d{2}/.exec(published);
  return match ? match[0] : published.slice(0, 32);
}

/** "willing -> conditional" (or "no reported position -> willing" for a first report). */
export function transitionText(from: PositionStance | null | undefined, to: PositionStance): string {
  return `${stanceLabel(from)} -> ${stanceLabel(to)}`;
}

/** "Germany — coalition: willing -> conditional" */
export function changeLine(countryName: string, commitment: Commitment, from: PositionStance | null | undefined, to: PositionStance): string {
  return `${countryName} — ${commitmentLabel(commitment)}: ${transitionText(from, to)}`;
}

/** "Chancellor Merz said …", Reuters, 2025-09-04 */
export function evidenceLine(evidence: Evidence): string {
  return `"${evidence.quote}" (${evidence.outlet}, ${displayDate(evidence.published)})`;
}

export const ALERT_TYPE_HEADINGS: Record<Alert['type'], string> = {
  new: 'New position',
  changed: 'Position changed',
  disputed: 'Reports disagree',
  resolved: 'Dispute resolved',
};

/** One line per contender in a disputed position: who says what. */
export function contenderLine(evidence: Evidence): string {
  return `${stanceEmoji(evidence.stance)} ${evidence.stance}: ${evidenceLine(evidence)}`;
}

/** Country names of an alert, lead first: "Finland, Estonia and Canada". */
export function namesText(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The change for a whole group: "willing -> conditional" when every country came from the
 * same stance, "willing" for first positions, otherwise "now conditional" (each country's
 * earlier stance is listed with it).
 */
export function groupTransition(froms: ReadonlyArray<PositionStance | null>, to: PositionStance): string {
  const first = froms[0] ?? null;
  if (froms.every((from) => from === first)) return first === null ? stanceLabel(to) : transitionText(first, to);
  return `now ${stanceLabel(to)}`;
}

/** How sure an alert is, in words: "reported, unconfirmed" or what confirmed it. */
export function confirmationText(alert: Pick<Alert, 'track' | 'confirmedBy' | 'sources'>): string {
  if (alert.track === 'report') return 'reported, unconfirmed';
  switch (alert.confirmedBy) {
    case 'own_voice':
      return 'confirmed: the government itself';
    case 'outlets':
      return `confirmed: ${alert.sources?.length ?? 2} independent outlets`;
    default:
      return 'confirmed';
  }
}

/** "said 2025-09-04, processed 2025-09-05 10:12 UTC": when it was said first, when we saw it second. */
export function whenText(published: string | undefined, processedAt: string): string {
  const processed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(processedAt) ? `${processedAt.slice(0, 16).replace('T', ' ')} UTC` : processedAt;
  return `said ${displayDate(published)}, processed ${processed}`;
}

/** "Correction of the alert of 2025-09-04 (willing)": the first line of a correction. */
export function correctionText(corrects: { to: PositionStance; published: string }): string {
  return `Correction of the alert of ${displayDate(corrects.published)} (${stanceLabel(corrects.to)})`;
}
