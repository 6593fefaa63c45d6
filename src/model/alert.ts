import type { SourceRef } from './article.js';
import type { Commitment, Speaker, Stance } from './taxonomy.js';

/** A position's stance, or 'disputed' when same-moment reports of equal weight contradict. */
export type PositionStance = Stance | 'disputed';

/** One claim as kept in the state: the quote plus its source. */
export interface Evidence extends SourceRef {
  quote: string;
  speaker: Speaker;
  stance: Stance;
  confidence: number;
}

/** The current stance of one country on one commitment, with the evidence behind it. */
export interface Position {
  country: string;
  commitment: Commitment;
  stance: PositionStance;
  /** The evidence that set the current stance (for 'disputed', the newest of the contenders). */
  evidence: Evidence;
  /** For 'disputed': the other side(s). */
  contenders?: Evidence[];
  /** How many reports agree with the current stance (including the one that set it). */
  corroborations: number;
  /** ISO timestamp when the stance last changed. */
  changedAt: string;
}

export const ALERT_TYPES = ['new', 'changed', 'disputed', 'resolved'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

/** A position change, ready to be posted. Idempotent by id (country, commitment, new stance, evidence article). */
export interface Alert {
  id: string;
  type: AlertType;
  country: string;
  commitment: Commitment;
  from: PositionStance | null;
  to: PositionStance;
  evidence: Evidence;
  /** For 'disputed': the contradicting evidence. */
  contenders?: Evidence[];
  /** ISO timestamp when the alert was produced. */
  createdAt: string;
}
