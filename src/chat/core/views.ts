import type { Subscription } from '../../alerts/subscriptions.js';
import type { Feed, FeedStatus } from '../../feeds/index.js';
import type { ArticleRecord } from '../../state/index.js';
import type { Evidence, Position } from '../../model/alert.js';
import { COMMITMENTS, type Commitment } from '../../model/taxonomy.js';
import { changeLine, commitmentLabel, confidenceText, displayDate, stanceEmoji, stanceLabel } from '../../alerts/present.js';
import type {
  CountryLookup,
  CountryRef,
  EvidenceView,
  ExplainView,
  FeedView,
  HistoryEntryLike,
  HistoryEntryView,
  PositionView,
  SubscriptionView,
  TableView,
} from './types.js';

export function countryRef(lookup: CountryLookup, code: string): CountryRef {
  return { code, name: lookup.countryName(code), flag: lookup.countryFlag(code) };
}

export function evidenceView(evidence: Evidence): EvidenceView {
  return {
    quote: evidence.quote,
    outlet: evidence.outlet,
    url: evidence.url,
    title: evidence.title,
    date: displayDate(evidence.published),
    speaker: evidence.speaker,
    confidence: evidence.confidence,
    confidenceText: confidenceText(evidence.confidence),
    stance: evidence.stance,
  };
}

function byCommitmentOrder(a: { commitment: Commitment }, b: { commitment: Commitment }): number {
  return COMMITMENTS.indexOf(a.commitment) - COMMITMENTS.indexOf(b.commitment);
}

export function positionViews(positions: Position[]): PositionView[] {
  return [...positions].sort(byCommitmentOrder).map((position) => ({
    commitment: position.commitment,
    commitmentLabel: commitmentLabel(position.commitment),
    stance: position.stance,
    stanceLabel: position.unconfirmed ? `${stanceLabel(position.stance)} (reported, unconfirmed)` : stanceLabel(position.stance),
    emoji: stanceEmoji(position.stance),
    evidence: evidenceView(position.evidence),
    contenders: (position.contenders ?? []).map(evidenceView),
    corroborations: position.corroborations,
    changedAt: position.changedAt,
  }));
}

export function tableView(lookup: CountryLookup, positions: Position[]): TableView {
  const byCountry = new Map<string, Position[]>();
  for (const position of positions) {
    const list = byCountry.get(position.country) ?? [];
    list.push(position);
    byCountry.set(position.country, list);
  }
  const rows = [...byCountry.entries()]
    .map(([code, list]) => ({
      country: countryRef(lookup, code),
      cells: [...list].sort(byCommitmentOrder).map((p) => ({
        commitment: p.commitment,
        commitmentLabel: commitmentLabel(p.commitment),
        stance: p.stance,
        emoji: stanceEmoji(p.stance),
      })),
    }))
    .sort((a, b) => a.country.name.localeCompare(b.country.name, 'en'));
  const used = new Set(positions.map((p) => p.commitment));
  return { kind: 'table', rows, commitments: COMMITMENTS.filter((c) => used.has(c)) };
}

export function historyEntryView(lookup: CountryLookup, entry: HistoryEntryLike): HistoryEntryView {
  const from = entry.from ?? null;
  return {
    at: entry.at,
    // When it was said leads; when it was processed is in `at`.
    date: entry.evidence.published && entry.evidence.published !== 'unknown' ? displayDate(entry.evidence.published) : displayDate(entry.at),
    kind: entry.kind,
    alertType: entry.alertType,
    commitment: entry.commitment,
    commitmentLabel: commitmentLabel(entry.commitment),
    from,
    to: entry.to,
    emoji: stanceEmoji(entry.to),
    line:
      entry.kind === 'change'
        ? `${entry.corrects ? 'Correction: ' : ''}${changeLine(lookup.countryName(entry.country), entry.commitment, from, entry.to)}${entry.confirmation === 'unconfirmed' ? ' (reported, unconfirmed)' : ''}`
        : `${lookup.countryName(entry.country)} — ${commitmentLabel(entry.commitment)}: reported ${stanceLabel(entry.evidence.stance)}`,
    evidence: evidenceView(entry.evidence),
  };
}

export function subscriptionView(lookup: CountryLookup, subscription: Subscription): SubscriptionView {
  const view = {
    channelId: subscription.channelId,
    platform: subscription.platform,
    countries: subscription.countries.map((c) => countryRef(lookup, c)),
    excludeCountries: subscription.excludeCountries.map((c) => countryRef(lookup, c)),
    commitments: subscription.commitments.map(commitmentLabel),
    excludeCommitments: subscription.excludeCommitments.map(commitmentLabel),
    types: subscription.types,
    subscription,
  };
  return { ...view, summary: subscriptionSummary(view) };
}

function subscriptionSummary(view: Omit<SubscriptionView, 'summary'>): string {
  const parts: string[] = [];
  if (view.countries.length > 0) parts.push(`countries: ${view.countries.map((c) => c.name).join(', ')}`);
  if (view.commitments.length > 0) parts.push(`commitments: ${view.commitments.join(', ')}`);
  if (view.types.length > 0) parts.push(`types: ${view.types.join(', ')}`);
  if (view.subscription.mode === 'every') parts.push('every report, unconfirmed ones marked');
  for (const c of view.excludeCountries) parts.push(`not ${c.name}`);
  for (const c of view.excludeCommitments) parts.push(`not ${c}`);
  return parts.length > 0 ? parts.join('; ') : 'all alerts';
}

type Fact = { label: string; value: string };

function feedDetails(feed: Feed | FeedStatus): Fact[] {
  if (!('consecutiveFailures' in feed)) return [];
  const facts: Fact[] = [];
  if (feed.title) facts.push({ label: 'title', value: feed.title });
  facts.push({ label: 'last poll', value: feed.lastPollAt ?? 'not yet' });
  if (feed.failing || feed.consecutiveFailures > 0) {
    facts.push({ label: 'failing', value: `${feed.consecutiveFailures} times in a row: ${feed.lastError ?? 'unknown error'}` });
  }
  facts.push({ label: 'articles queued', value: String(feed.itemsQueued) });
  return facts;
}

export function feedView(feed: Feed | FeedStatus): FeedView {
  return { id: feed.id, url: feed.url, details: feedDetails(feed) };
}

const OUTCOME_WORDS: Record<string, string> = {
  new: 'new position (alerted)',
  changed: 'position changed (alerted)',
  disputed: 'reports disagree (alerted)',
  resolved: 'dispute resolved (alerted)',
  corroborated: 'agrees with the current position: no alert',
  joined_dispute: 'joined an existing dispute: no alert',
  kept_more_specific: 'vaguer than the current evidence: no alert',
  kept_stronger_speaker: "weaker source than the country's own officials: no alert",
  kept_older: 'older than the current evidence: kept, no alert',
  low_confidence: 'too unsure to act on: no alert',
  backfilled: 'recorded while catching up on a new feed: no alert',
  rejected: 'not a valid claim: ignored',
};

export function explainView(lookup: CountryLookup, query: string, record: ArticleRecord | null): ExplainView {
  if (!record) {
    return {
      query,
      found: false,
      summary:
        'I have not processed this article: no feed I poll carried it, it is still in the queue, ' +
        'or it came before its feed was added. Add its feed (feeds add) if it should be followed.',
      facts: [],
    };
  }
  const facts: Fact[] = [
    { label: 'Title', value: record.title },
    { label: 'Outlet', value: record.outlet },
    { label: 'Published', value: displayDate(record.published) },
    { label: 'Processed', value: record.appliedAt },
    { label: 'Claims found', value: String(record.decisions.length) },
  ];
  for (const decision of record.decisions) {
    const { claim } = decision;
    facts.push({
      label: `${lookup.countryName(claim.country)} — ${commitmentLabel(claim.commitment)}: ${claim.stance}`,
      value: `${OUTCOME_WORDS[decision.outcome] ?? decision.outcome}. ${decision.reason}`,
    });
  }
  return { query, found: true, summary: explainSummary(lookup, record), facts };
}

function explainSummary(lookup: CountryLookup, record: ArticleRecord): string {
  if (record.alerts.length > 0) {
    const lines = record.alerts.map((a) => changeLine(lookup.countryName(a.country), a.commitment, a.from, a.to));
    return `It raised ${record.alerts.length} alert${record.alerts.length === 1 ? '' : 's'}: ${lines.join('; ')}.`;
  }
  if (record.backfill) return 'It arrived in the first poll of a new feed: positions were recorded, no alerts posted.';
  if (record.decisions.length === 0) return "I read it but found no statement of a country's contribution, so nothing to alert.";
  return 'It did not alert: none of its claims changed a position (see each claim below).';
}
