import type { Platform, Subscription, SubscriptionStore } from '../../alerts/subscriptions.js';
import type { FeedRegistry } from '../../feeds/index.js';
import type { Logger } from '../../log/logger.js';
import type { AlertType, PositionStance } from '../../model/alert.js';
import type { Commitment, Speaker } from '../../model/taxonomy.js';
import type { HistoryEntry, PledgeStore } from '../../state/index.js';

// ---------------------------------------------------------------------------
// What the core needs. Declared structurally (narrow), so the core depends only
// on the calls it makes: the real PledgeStore, FeedRegistry and SubscriptionStore fit.
// ---------------------------------------------------------------------------

/** One line of a country's timeline, as the state returns it (src/state HistoryEntry). */
export type HistoryEntryLike = HistoryEntry;

/** The read side of the pledge state: the real PledgeStore fits. */
export type StateQueries = Pick<PledgeStore, 'positions' | 'history' | 'explain'>;

/** The feed list: the real FeedRegistry fits. add() validates the URL and throws a user-readable error. */
export type FeedAdmin = Pick<FeedRegistry, 'add' | 'remove' | 'list'>;

export type SubscriptionAccess = Pick<SubscriptionStore, 'upsert' | 'remove' | 'get' | 'list'>;

export interface CountryLookup {
  resolveCountry(query: string): string | null;
  countryName(code: string): string;
  countryFlag(code: string): string;
}

export interface ChatCoreDeps {
  state: StateQueries;
  subscriptions: SubscriptionAccess;
  /** Without it, the feeds commands answer that feed management is not available here. */
  feeds?: FeedAdmin;
  /** Defaults to src/countries. */
  countries?: CountryLookup;
  logger: Logger;
  now?: () => Date;
}

// ---------------------------------------------------------------------------
// Who asks and where. Each platform adapter works out the permissions from its own
// notion of roles; the core enforces them, so both platforms refuse the same way.
// ---------------------------------------------------------------------------

export interface ChannelRef {
  platform: Platform;
  channelId: string;
  /** Discord guild id or Slack team id. */
  workspaceId?: string;
}

export interface Caller {
  userId: string;
  /** Manage Channels / admin role on Discord; channel managers or workspace admins on Slack. */
  canManageSubscriptions: boolean;
  /** Administrator / Manage Guild on Discord; workspace admins on Slack. */
  canManageFeeds: boolean;
}

/** Filters as typed: comma-separated lists, each item may be prefixed "not " to exclude it. */
export interface FilterInput {
  countries?: string;
  commitments?: string;
  types?: string;
  /** 'confirmed' (default) or 'every report'. */
  reports?: string;
  /** Free text, e.g. "countries: PL, DE; not sanctions" (Slack's one-line form). */
  text?: string;
}

// ---------------------------------------------------------------------------
// Results: data (a view model) or a message for the user. Never a thrown error.
// ---------------------------------------------------------------------------

export type CoreErrorKind = 'input' | 'not_found' | 'forbidden' | 'unavailable' | 'internal';

export type CoreResult<T> = { ok: true; view: T } | { ok: false; kind: CoreErrorKind; message: string };

export interface CountryRef {
  code: string;
  name: string;
  flag: string;
}

export interface EvidenceView {
  quote: string;
  outlet: string;
  url: string;
  title: string;
  /** "2025-09-04" or "date unknown". */
  date: string;
  speaker: Speaker;
  confidence: number;
  /** "high confidence (90%)" */
  confidenceText: string;
  stance: PositionStance;
}

export interface PositionView {
  commitment: Commitment;
  commitmentLabel: string;
  stance: PositionStance;
  stanceLabel: string;
  emoji: string;
  evidence: EvidenceView;
  /** For disputed positions: the other reports. */
  contenders: EvidenceView[];
  corroborations: number;
  changedAt: string;
}

export interface CountryStatusView {
  kind: 'country';
  country: CountryRef;
  /** Empty means "no reported position" (a normal answer, not an error). */
  positions: PositionView[];
  noPositionText: string;
}

export interface TableCell {
  commitment: Commitment;
  commitmentLabel: string;
  stance: PositionStance;
  emoji: string;
}

export interface TableRow {
  country: CountryRef;
  cells: TableCell[];
}

export interface TableView {
  kind: 'table';
  rows: TableRow[];
  /** Commitments that appear in at least one row, in taxonomy order (table columns). */
  commitments: Commitment[];
}

export type StatusView = CountryStatusView | TableView;

export interface HistoryEntryView {
  at: string;
  date: string;
  kind: 'change' | 'claim';
  alertType?: AlertType;
  commitment: Commitment;
  commitmentLabel: string;
  from: PositionStance | null;
  to: PositionStance;
  emoji: string;
  /** "Italy — ground troops: undecided -> declined" */
  line: string;
  evidence: EvidenceView;
}

export interface HistoryView {
  country: CountryRef;
  commitment?: Commitment;
  entries: HistoryEntryView[];
  /** Shown when entries is empty. */
  emptyText: string;
}

export interface SubscriptionView {
  channelId: string;
  platform: Platform;
  countries: CountryRef[];
  excludeCountries: CountryRef[];
  commitments: string[];
  excludeCommitments: string[];
  types: AlertType[];
  /** "all alerts" or "countries: Poland, Germany; not sanctions" */
  summary: string;
  subscription: Subscription;
}

export interface SubscriptionsView {
  /** This channel's subscription, if any. */
  channel: SubscriptionView | null;
  /** Every subscribed channel in the same workspace (including this one). */
  workspace: SubscriptionView[];
}

export interface UnsubscribeView {
  channelId: string;
  removed: boolean;
}

export interface FeedView {
  id: string;
  url: string;
  /** Other facts the registry reports (title, last poll, last error), as label/value pairs. */
  details: Array<{ label: string; value: string }>;
}

export interface FeedsView {
  feeds: FeedView[];
}

export interface ExplainView {
  query: string;
  found: boolean;
  /** A plain-language answer: what happened to the article and why it did or did not alert. */
  summary: string;
  /** Facts as label/value pairs (status, outlet, claims found, rule that kept it quiet ...). */
  facts: Array<{ label: string; value: string }>;
}

export interface ChoiceView {
  name: string;
  value: string;
}

export interface ChatCore {
  /** One country's positions, or the whole table when query is empty. */
  status(query?: string): Promise<CoreResult<StatusView>>;
  history(query: string, commitment?: string, limit?: number): Promise<CoreResult<HistoryView>>;
  subscribe(channel: ChannelRef, filters: FilterInput, caller: Caller): Promise<CoreResult<SubscriptionView>>;
  unsubscribe(channel: ChannelRef, caller: Caller): Promise<CoreResult<UnsubscribeView>>;
  subscriptions(channel: ChannelRef): Promise<CoreResult<SubscriptionsView>>;
  feedsAdd(url: string, caller: Caller): Promise<CoreResult<FeedView>>;
  feedsList(caller: Caller): Promise<CoreResult<FeedsView>>;
  feedsRemove(idOrUrl: string, caller: Caller): Promise<CoreResult<FeedView>>;
  /** "Why didn't this alert?" for an article URL or id. */
  explain(urlOrId: string): Promise<CoreResult<ExplainView>>;
  /** Autocomplete: up to `limit` countries matching what has been typed so far. */
  suggestCountries(partial: string, limit?: number): Promise<ChoiceView[]>;
  /** Autocomplete for commitments. */
  suggestCommitments(partial: string, limit?: number): ChoiceView[];
  /** Resolves a country query to its display form, or the user-facing "unknown country" message. */
  resolveCountry(query: string): CoreResult<CountryRef>;
}
