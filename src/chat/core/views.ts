import type { Subscription } from '../../alerts/subscriptions.js';
import type { Evidence, Position } from '../../model/alert.js';
import { COMMITMENTS, type Commitment } from '../../model/taxonomy.js';
import {
  changeLine,
  commitmentLabel,
  confidenceText,
  displayDate,
  stanceEmoji,
  stanceLabel,
} from './present.js';
import type {
  CountryLookup,
  CountryRef,
  EvidenceView,
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
    stanceLabel: stanceLabel(position.stance),
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
    date: displayDate(entry.at),
    kind: entry.kind,
    alertType: entry.alertType,
    commitment: entry.commitment,
    commitmentLabel: commitmentLabel(entry.commitment),
    from,
    to: entry.to,
    emoji: stanceEmoji(entry.to),
    line:
      entry.kind === 'change'
        ? changeLine(lookup.countryName(entry.country), entry.commitment, from, entry.to)
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
  for (const c of view.excludeCountries) parts.push(`not ${c.name}`);
  for (const c of view.excludeCommitments) parts.push(`not ${c}`);
  return parts.length > 0 ? parts.join('; ') : 'all alerts';
}

type Fact = { label: string; value: string };

/** Turns a record of unknown shape into readable label/value pairs (scalars; lists as counts). */
export function factsOf(record: object, skip: readonly string[] = []): Fact[] {
  const facts: Fact[] = [];
  for (const [label, value] of Object.entries(record)) {
    if (skip.includes(label) || value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      facts.push({ label: humanise(label), value: String(value) });
    } else if (Array.isArray(value)) {
      facts.push({ label: humanise(label), value: describeList(value) });
    }
  }
  return facts;
}

function describeList(values: unknown[]): string {
  if (values.every((v) => typeof v === 'string')) return values.length > 0 ? values.join(', ') : 'none';
  return String(values.length);
}

function humanise(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
}

function stringField(record: object, name: string): string | undefined {
  const value = (record as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** A FeedStatus may carry id/url itself or nest a Feed under `feed`. */
export function feedView(status: object): FeedView {
  const nested = (status as Record<string, unknown>).feed;
  const feed = nested && typeof nested === 'object' ? nested : status;
  const id = stringField(feed, 'id') ?? stringField(status, 'id') ?? '?';
  const url = stringField(feed, 'url') ?? stringField(status, 'url') ?? '?';
  const details = [...(feed === status ? [] : factsOf(feed, ['id', 'url'])), ...factsOf(status, ['id', 'url', 'feed'])];
  return { id, url, details };
}

export { stringField };
