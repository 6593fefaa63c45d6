import type { Alert, AlertType, ConfirmationBasis, CorrectedAlert, Evidence, PositionStance } from '../model/alert.js';
import { sourceRefOf, type Article } from '../model/article.js';
import type { Claim } from '../model/claim.js';
import type { Commitment } from '../model/taxonomy.js';
import { confirmedChange, withReport, type ConfirmationPolicy, type ConfirmedChange } from './confirmation.js';
import { decide, strongerClaimFirst, type Decision, type Outcome, type SlotState } from './decide.js';
import { alertIdFor, claimProblem, effectiveDay, evidenceFrom, slotField } from './evidence.js';

/** What happened to one claim of an article, and why. */
export interface ClaimDecision {
  claim: Claim;
  outcome: Outcome;
  reason: string;
  /** The alert this claim raised, if any. */
  alertType?: AlertType;
  from?: PositionStance | null;
  to?: PositionStance | null;
}

/** One line of a country's timeline: every claim applied, marked 'change' when it moved the position. */
export interface HistoryEntry {
  /** ISO timestamp when the claim was applied. */
  at: string;
  kind: 'change' | 'claim';
  /** For a change: the alert it raised (or would have raised, in backfill mode). */
  alertType?: AlertType;
  country: string;
  commitment: Commitment;
  /** For a change: the stance before. */
  from?: PositionStance | null;
  /** For a change: the new stance; for a claim: the claim's stance. */
  to: PositionStance;
  evidence: Evidence;
  outcome: Outcome;
  reason: string;
  backfill?: boolean;
  /** For a change: 'unconfirmed' while only reported; 'confirmed' once confirmed channels were told. */
  confirmation?: 'unconfirmed' | 'confirmed';
  confirmedBy?: ConfirmationBasis;
  /** A confirmed change that overturns an earlier confirmed alert: the correction, marked. */
  corrects?: CorrectedAlert;
}

/** What was applied for one article: the answer to "why didn't this alert?". */
export interface ArticleRecord {
  articleId: string;
  url: string;
  outlet: string;
  published: string;
  title: string;
  appliedAt: string;
  backfill: boolean;
  decisions: ClaimDecision[];
  alerts: Alert[];
}

/** Everything one article changes, computed before a single write. */
export interface ArticlePlan {
  /** Next state per slot field. */
  slots: Map<string, SlotState>;
  /** Reports to add per "<country>:<commitment>:<stance>", one per valid claim. */
  counts: Map<string, number>;
  decisions: ClaimDecision[];
  alerts: Alert[];
  history: HistoryEntry[];
  record: ArticleRecord;
}

export interface PlanOptions {
  backfill: boolean;
  now: Date;
  /** Confirmation before broadcast (confirmation.ts); absent: every report is confirmed at once. */
  confirmation?: ConfirmationPolicy;
}

/** Confirmation off: what the pipeline did before it confirmed anything. */
const EVERY_REPORT: ConfirmationPolicy = {
  enabled: false,
  ownVoiceConfidence: 1,
  ownVoiceReports: 1,
  outlets: 1,
  pledgeNeedsOwnVoice: false,
  pledgeConfidence: 1,
  windowHours: 0,
  correctionWindowHours: 0,
  ownVoiceHolds: false,
};

/** Folds the article's claims over the current slots with `decide`. Pure: no Redis, no clock. */
export function planArticle(article: Article, claims: readonly unknown[], current: ReadonlyMap<string, SlotState | null>, options: PlanOptions): ArticlePlan {
  const now = options.now.toISOString();
  const day = effectiveDay(article.published, options.now);
  const slots = new Map<string, SlotState>();
  const plan: Omit<ArticlePlan, 'record'> = { slots, counts: new Map(), decisions: [], alerts: [], history: [] };
  const primary = primaryClaims(claims);
  for (const raw of claims) {
    const problem = claimProblem(raw);
    if (problem) {
      plan.decisions.push({ claim: raw as Claim, outcome: 'rejected', reason: problem });
      continue;
    }
    const claim = raw as Claim;
    const field = slotField(claim.country, claim.commitment);
    const evidence = evidenceFrom(article, claim);
    // A report is an article: one article repeating a claim counts once.
    plan.counts.set(`${field}:${claim.stance}`, 1);
    if (primary.get(field) !== raw) {
      recordSecondary(plan, claim, evidence, now, options.backfill);
      continue;
    }
    const before = slots.get(field) ?? current.get(field) ?? null;
    const decision = decide(
      before,
      // Background ("In April, Tusk said ...") counts as of the day it was said, not the article's.
      { country: claim.country, commitment: claim.commitment, evidence, day: typeof claim.said === 'string' ? effectiveDay(claim.said, options.now) : day },
      { backfill: options.backfill, now },
    );
    const next: SlotState = { ...decision.next, reports: withReport(decision.next.reports, evidence) };
    const confirmed = confirmedChange(next, options.confirmation ?? EVERY_REPORT);
    const alert = alertFor(decision, confirmed, claim, next, evidence, now, options.backfill);
    if (confirmed)
      next.broadcast = {
        stance: confirmed.stance,
        from: confirmed.from,
        alertId: alert?.id ?? '',
        published: evidence.published,
        ownVoice: confirmed.basis === 'own_voice',
      };
    slots.set(field, next);
    if (alert) plan.alerts.push(alert);
    plan.decisions.push({
      claim,
      outcome: decision.outcome,
      reason: withConfirmation(decision.reason, decision, confirmed),
      ...(alert ? { alertType: alert.type } : {}),
      from: decision.from,
      to: decision.to,
    });
    plan.history.push(historyEntry(decision, confirmed, claim, evidence, now, options.backfill));
  }
  return { ...plan, record: recordFor(article, plan, options.backfill, now) };
}

/**
 * The alert one claim raises, if any: its change of the reported position ('report' until
 * confirmed, 'both' when confirmed at once), or the confirmation of an earlier report ('confirmed').
 */
function alertFor(
  decision: Decision,
  confirmed: ConfirmedChange | null,
  claim: Claim,
  next: SlotState,
  evidence: Evidence,
  now: string,
  backfill: boolean,
): Alert | null {
  if (backfill) return null;
  if (decision.alert) {
    const alert = buildAlert(decision.alert, claim, decision.from, next, evidence, now);
    if (!confirmed) return { ...alert, track: 'report' };
    return { ...alert, track: 'both', ...confirmationFields(confirmed) };
  }
  if (!confirmed) return null;
  const to = confirmed.stance;
  // Like a report's alert, it names the stance the change replaced; confirmedFrom says what channels were told.
  const from = next.changedFrom !== undefined && next.changedFrom !== to ? next.changedFrom : confirmed.from;
  const type: AlertType = from === null ? 'new' : to === 'disputed' ? 'disputed' : 'changed';
  const shown = evidence.stance === to ? evidence : confirmed.sources[0]!;
  return { ...buildAlert(type, claim, from, next, shown, now), to, track: 'confirmed', ...confirmationFields(confirmed) };
}

const SOURCES_SHOWN = 5;

function confirmationFields(confirmed: ConfirmedChange): Pick<Alert, 'confirmedBy' | 'confirmedFrom' | 'sources' | 'corrects'> {
  return {
    confirmedBy: confirmed.basis,
    confirmedFrom: confirmed.from,
    sources: confirmed.sources.slice(0, SOURCES_SHOWN),
    ...(confirmed.corrects ? { corrects: confirmed.corrects } : {}),
  };
}

function withConfirmation(reason: string, decision: Decision, confirmed: ConfirmedChange | null): string {
  if (confirmed) {
    const basis =
      confirmed.basis === 'own_voice'
        ? 'the country itself'
        : confirmed.basis === 'outlets'
          ? `${confirmed.sources.length} independent outlets`
          : 'every report';
    const correction = confirmed.corrects ? `; corrects the alert of ${confirmed.corrects.published} (${confirmed.corrects.to})` : '';
    return `${reason}; confirmed by ${basis}${correction}`;
  }
  return decision.change ? `${reason}; reported, unconfirmed` : reason;
}

function historyEntry(decision: Decision, confirmed: ConfirmedChange | null, claim: Claim, evidence: Evidence, now: string, backfill: boolean): HistoryEntry {
  const change = decision.change ?? (confirmed ? (confirmed.from === null ? 'new' : 'changed') : null);
  const from = decision.change ? decision.from : (confirmed?.from ?? null);
  const to = decision.change && decision.to ? decision.to : confirmed ? confirmed.stance : claim.stance;
  return {
    at: now,
    kind: change ? 'change' : 'claim',
    ...(change ? { alertType: change, from, confirmation: confirmed ? 'confirmed' : 'unconfirmed' } : {}),
    ...(confirmed ? { confirmedBy: confirmed.basis } : {}),
    ...(confirmed?.corrects ? { corrects: confirmed.corrects } : {}),
    country: claim.country,
    commitment: claim.commitment,
    to,
    evidence,
    outcome: decision.outcome,
    reason: withConfirmation(decision.reason, decision, confirmed),
    ...(backfill ? { backfill: true } : {}),
  };
}

/** The claim that speaks for the article on each slot (decide.ts strongerClaimFirst). */
function primaryClaims(claims: readonly unknown[]): Map<string, unknown> {
  const primary = new Map<string, unknown>();
  for (const raw of claims) {
    if (claimProblem(raw)) continue;
    const claim = raw as Claim;
    const field = slotField(claim.country, claim.commitment);
    const current = primary.get(field) as Claim | undefined;
    if (!current || strongerClaimFirst(claim, current) < 0) primary.set(field, raw);
  }
  return primary;
}

/** A weaker claim of the same article on the same slot: counted and kept in history only. */
function recordSecondary(plan: Omit<ArticlePlan, 'record'>, claim: Claim, evidence: Evidence, now: string, backfill: boolean): void {
  const outcome: Outcome = 'same_article';
  const reason = `the article's stronger claim on ${claim.country} ${claim.commitment} counts; this one is kept in history`;
  plan.decisions.push({ claim, outcome, reason });
  plan.history.push({
    at: now,
    kind: 'claim',
    country: claim.country,
    commitment: claim.commitment,
    to: claim.stance,
    evidence,
    outcome,
    reason,
    ...(backfill ? { backfill: true } : {}),
  });
}

function buildAlert(type: AlertType, claim: Claim, from: PositionStance | null, next: SlotState, evidence: Evidence, now: string): Alert {
  const to: PositionStance = next.sides.length > 1 ? 'disputed' : evidence.stance;
  const contenders = next.sides.filter((side) => side !== evidence && side.stance !== evidence.stance);
  return {
    id: alertIdFor(claim.country, claim.commitment, to, evidence.articleId),
    type,
    country: claim.country,
    commitment: claim.commitment,
    from,
    to,
    evidence,
    ...(type === 'disputed' ? { contenders } : {}),
    createdAt: now,
  };
}

function recordFor(article: Article, plan: Omit<ArticlePlan, 'record'>, backfill: boolean, now: string): ArticleRecord {
  return {
    ...sourceRefOf(article),
    appliedAt: now,
    backfill,
    decisions: plan.decisions,
    alerts: plan.alerts,
  };
}
