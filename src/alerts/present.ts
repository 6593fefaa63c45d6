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
export function changeLine(
  countryName: string,
  commitment: Commitment,
  from: PositionStance | null | undefined,
  to: PositionStance,
): string {
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
