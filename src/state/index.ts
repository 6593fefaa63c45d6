export {
  PledgeStore,
  DEFAULT_TOPIC,
  DEFAULT_PLEDGE_STORE_OPTIONS,
  toPosition,
  type ApplyOptions,
  type ApplyResult,
  type PledgeStoreOptions,
  type PledgeStoreStats,
} from './pledge-store.js';
export type { ArticleRecord, ClaimDecision, HistoryEntry } from './plan.js';
export { planArticle } from './plan.js';
export {
  decide,
  RULES,
  ALERT_FOR,
  MIN_CONFIDENCE,
  SPECIFICITY,
  SPEAKER_WEIGHT,
  OUTCOMES,
  corroborationCount,
  stanceOf,
  type Decision,
  type IncomingClaim,
  type Outcome,
  type Situation,
  type SlotState,
} from './decide.js';
export { alertIdFor, effectiveDay, evidenceFrom } from './evidence.js';
export { lookupStatus, lookupHistory, parseCommitment, type StatusAnswer, type HistoryAnswer } from './queries.js';
export { formatPositions, formatHistory, formatStatusAnswer, formatHistoryAnswer } from './format.js';
