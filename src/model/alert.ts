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
  /** ISO timestamp when the stance last changed (when it was processed). */
  changedAt: string;
  /** Publication date of the report that set the current stance: when it was said. */
  changedPublished?: string;
  /**
   * What subscribed channels were last told (confirmed), when it differs from the reported
   * stance: the current stance is then "reported, unconfirmed". Absent when they agree.
   */
  unconfirmed?: { confirmedStance: PositionStance | null };
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
  /**
   * Which subscriptions it is for (absent = 'both', as before confirmation existed):
   * - 'report': reported, unconfirmed: "every report" subscriptions, console and web (marked);
   * - 'confirmed': an earlier report now confirmed, or a correction: "confirmed" subscriptions;
   * - 'both': a report strong enough to be confirmed at once: everyone.
   */
  track?: AlertTrack;
  /** For a confirmed alert: why it counts as confirmed. */
  confirmedBy?: ConfirmationBasis;
  /** For a confirmed alert: every report behind it, strongest first. */
  sources?: Evidence[];
  /**
   * For a confirmed alert: what confirmed channels were last told (null: nothing). It differs from
   * `from` when `from` was only reported, never confirmed: for those channels it is a first position.
   */
  confirmedFrom?: PositionStance | null;
  /** This alert overturns an earlier confirmed alert: posted as a reply to it. */
  corrects?: CorrectedAlert;
  /**
   * A grouped alert: every country of the message, the lead (country, from, id above) first.
   * All share the article, commitment, new stance, quote and track. Absent for a single country.
   */
  members?: AlertMember[];
}

export const ALERT_TRACKS = ['report', 'confirmed', 'both'] as const;
export type AlertTrack = (typeof ALERT_TRACKS)[number];

/** own_voice: the country itself, confidently; outlets: independent outlets agree; every_report: confirmation is off. */
export type ConfirmationBasis = 'own_voice' | 'outlets' | 'every_report';

export interface CorrectedAlert {
  alertId: string;
  from: PositionStance | null;
  to: PositionStance;
  /** Publication date of the evidence of the corrected alert. */
  published: string;
}

export interface AlertMember {
  id: string;
  country: string;
  from: PositionStance | null;
  corrects?: CorrectedAlert;
}

/** The stance confirmed channels knew before this alert (`from` for alerts older than confirmation). */
export function toldFrom(alert: Pick<Alert, 'from' | 'confirmedFrom'>): PositionStance | null {
  return alert.confirmedFrom === undefined ? alert.from : alert.confirmedFrom;
}

/** A reported, never confirmed stance that a confirmed alert replaces, or null. */
export function unconfirmedFrom(alert: Pick<Alert, 'from' | 'confirmedFrom' | 'track'>): PositionStance | null {
  return alert.track !== 'report' && alert.from !== null && alert.confirmedFrom !== undefined && alert.confirmedFrom !== alert.from ? alert.from : null;
}

/** The track of an alert, old alerts without one counting as 'both'. */
export function trackOf(alert: Pick<Alert, 'track'>): AlertTrack {
  return alert.track ?? 'both';
}

/** The countries of an alert, grouped or not, lead first. */
export function membersOf(alert: Alert): AlertMember[] {
  if (alert.members && alert.members.length > 0) return alert.members;
  return [{ id: alert.id, country: alert.country, from: alert.from, ...(alert.corrects ? { corrects: alert.corrects } : {}) }];
}
