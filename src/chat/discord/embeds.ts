import { embedLength, MessageFlags, type APIEmbed, type APIEmbedField } from 'discord.js';
import type {
  AlertView,
  CountryStatusView,
  EvidenceView,
  ExplainView,
  FeedsView,
  FeedView,
  HistoryView,
  SubscriptionsView,
  SubscriptionView,
  TableView,
  UnsubscribeView,
} from '../core/index.js';
import { commitmentLabel } from '../core/index.js';
import type { PositionStance } from '../../model/alert.js';
import { cut, escapeText, fitEscaped, LIMITS, maskedLink, safeUrl } from './text.js';

/** What a reply or a channel post carries. Mentions never ping: the text comes from articles. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

const STANCE_COLOURS: Record<PositionStance, number> = {
  committed: 0x2e7d32,
  willing: 0x66bb6a,
  conditional: 0xf9a825,
  undecided: 0x9e9e9e,
  declined: 0xef6c00,
  opposed: 0xc62828,
  disputed: 0x6a1b9a,
};
const NEUTRAL_COLOUR = 0x1565c0;
const ERROR_COLOUR = 0xb71c1c;
const QUOTE_IN_DESCRIPTION = 3000;
const QUOTE_IN_FIELD = 700;

export function message(embeds: APIEmbed[], options: { ephemeral?: boolean; content?: string } = {}): DiscordMessage {
  const msg: DiscordMessage = { embeds, allowed_mentions: { parse: [] } };
  if (options.content !== undefined) msg.content = cut(options.content, LIMITS.content);
  if (options.ephemeral) msg.flags = MessageFlags.Ephemeral;
  return msg;
}

/** A user-facing error or notice: plain text, only the asker sees it. */
export function noticeMessage(text: string, ephemeral = true): DiscordMessage {
  return message([], { ephemeral, content: fitEscaped(text, LIMITS.content) });
}

function isoOrUndefined(date: string): string | undefined {
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/** "“quote” — Outlet, 2025-09-04 · [source](url)" with every untrusted part escaped and cut. */
function evidenceText(evidence: EvidenceView, quoteLimit: number): string {
  const source = `${fitEscaped(evidence.outlet, 100)}, ${evidence.date} · ${maskedLink('source', evidence.url)}`;
  return `“${fitEscaped(evidence.quote, quoteLimit)}”\n— ${source}`;
}

function field(name: string, value: string, inline = false): APIEmbedField {
  return { name: cut(name, LIMITS.fieldName), value: cut(value || '\u200b', LIMITS.fieldValue), inline };
}

/**
 * Keeps an embed within Discord's limits: at most 25 fields and 6000 characters in all.
 * Drops trailing fields first (saying how many), then shortens the description.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed, fields: [...(embed.fields ?? [])] };
  if (fitted.title) fitted.title = cut(fitted.title, LIMITS.title);
  if (fitted.description) fitted.description = cut(fitted.description, LIMITS.description);
  const fields = fitted.fields!;
  let dropped = 0;
  while (fields.length > LIMITS.fields || (embedLength(fitted) > LIMITS.embedTotal && fields.length > 0)) {
    fields.pop();
    dropped += 1;
    fitted.footer = { text: `${dropped} more not shown` };
  }
  const excess = embedLength(fitted) - LIMITS.embedTotal;
  if (excess > 0 && fitted.description) {
    fitted.description = cut(fitted.description, Math.max(0, fitted.description.length - excess));
  }
  if (fields.length === 0) delete fitted.fields;
  return fitted;
}

/** Groups embeds into messages of at most 10 embeds and 6000 characters. */
export function packEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (current.length > 0 && (current.length >= LIMITS.embedsPerMessage || size + length > LIMITS.embedTotal)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

// ---------------------------------------------------------------------------
// Alerts
// ---------------------------------------------------------------------------

/** Which message of a split group this is (1 of 1 for everything else). */
export interface MessagePart {
  index: number;
  of: number;
}

const ONE_PART: MessagePart = { index: 1, of: 1 };

/**
 * One alert as an embed. A group names its countries in the title when they fit, else in the
 * description; the quote appears once (in the first part of a split group).
 */
export function alertEmbed(alert: AlertView, part: MessagePart = ONE_PART): APIEmbed {
  const evidence = alert.evidence;
  const grouped = alert.members.length > 1;
  const fields: APIEmbedField[] = [
    field('Outlet', fitEscaped(evidence.outlet, 200), true),
    field('Said', evidence.date, true),
    field('How sure', `${evidence.confidenceText}; ${alert.status}`, true),
    field('Link', maskedLink(fitEscaped(evidence.title || 'article', 300), evidence.url)),
  ];
  if (alert.mixedFrom) {
    fields.push(field('Before', fitEscaped(alert.members.map((m) => `${m.country.name}: ${m.fromLabel}`).join('; '), 1000)));
  }
  if (alert.sources.length > 0 && part.index === 1) {
    fields.push(field('Also reported by', alert.sources.map((s) => `${fitEscaped(s.outlet, 100)}, ${s.date} · ${maskedLink('source', s.url)}`).join('\n')));
  }
  // More contenders than fields would be dropped by fitEmbed anyway; do not render them.
  for (const other of alert.contenders.slice(0, LIMITS.fields - fields.length)) {
    fields.push(field(`Also reported: ${other.stance}`, evidenceText(other, QUOTE_IN_FIELD)));
  }
  const title = grouped ? groupTitle(alert) : `${alert.country.flag} ${alert.line}`.trim();
  const namesInTitle = !grouped || title.includes(alert.names);
  const names = namesInTitle ? '' : `${alert.members.map((m) => `${m.country.flag} ${m.country.name}`.trim()).join(', ')}\n\n`;
  const quote =
    part.index === 1 ? `${alert.emoji} “${fitEscaped(evidence.quote, QUOTE_IN_DESCRIPTION)}”` : `${alert.emoji} Same report as part 1 (quote above).`;
  const correction = alert.correction && part.index === 1 ? `**${escapeText(alert.correction)}**\n` : '';
  const partText = part.of > 1 ? ` (${part.index}/${part.of})` : '';
  return fitEmbed({
    author: { name: cut(`${alert.heading}${partText} · ${alert.status}`, LIMITS.authorName) },
    title,
    url: safeUrl(evidence.url),
    description: `${correction}${escapeText(names)}${quote}`,
    color: STANCE_COLOURS[alert.to],
    fields,
    footer: { text: cut(alert.when, LIMITS.footer) },
    timestamp: isoOrUndefined(alert.createdAt),
  });
}

/** "Finland, Estonia and Canada — coalition: willing" when it fits the title, else "7 countries — ...". */
function groupTitle(alert: AlertView): string {
  const full = `${alert.line}`;
  if (full.length <= LIMITS.title) return full;
  return cut(`${alert.members.length} countries — ${alert.commitmentLabel}: ${alert.transition}`, LIMITS.title);
}

export function alertMessage(alert: AlertView, part: MessagePart = ONE_PART): DiscordMessage {
  return message([alertEmbed(alert, part)]);
}

// ---------------------------------------------------------------------------
// /status
// ---------------------------------------------------------------------------

export function countryStatusEmbed(view: CountryStatusView): APIEmbed {
  const title = `${view.country.flag} ${view.country.name}`.trim();
  if (view.positions.length === 0) {
    return fitEmbed({ title, description: view.noPositionText, color: NEUTRAL_COLOUR });
  }
  const fields = view.positions.map((position) => {
    let value = evidenceText(position.evidence, QUOTE_IN_FIELD);
    for (const other of position.contenders) value += `\nvs ${other.stance}: ${evidenceText(other, 200)}`;
    if (position.corroborations > 1) value += `\n(${position.corroborations} reports agree)`;
    return field(`${position.emoji} ${position.commitmentLabel}: ${position.stanceLabel}`, value);
  });
  return fitEmbed({ title, color: NEUTRAL_COLOUR, fields, footer: { text: `${view.country.code} · /history ${view.country.name} for the timeline` } });
}

function tableLine(row: TableView['rows'][number]): string {
  const cells = row.cells.map((cell) => `${cell.emoji} ${cell.commitmentLabel}`).join(' · ');
  return `${row.country.flag} **${row.country.name}**: ${cells}`;
}

/** The whole table as embeds, each description holding as many countries as fit. */
export function tableEmbeds(view: TableView): APIEmbed[] {
  if (view.rows.length === 0) {
    return [{ title: 'Positions', description: 'No reported positions yet.', color: NEUTRAL_COLOUR }];
  }
  const pages: string[] = [];
  let page = '';
  for (const line of view.rows.map((row) => cut(tableLine(row), 1000))) {
    if (page && page.length + line.length + 1 > LIMITS.description - 100) {
      pages.push(page);
      page = '';
    }
    page = page ? `${page}\n${line}` : line;
  }
  pages.push(page);
  return pages.map((description, index) => ({
    title: index === 0 ? `Positions (${view.rows.length} countries)` : undefined,
    description,
    color: NEUTRAL_COLOUR,
    footer: pages.length > 1 ? { text: `Page ${index + 1}/${pages.length}` } : undefined,
  }));
}

// ---------------------------------------------------------------------------
// /history
// ---------------------------------------------------------------------------

export function historyEmbed(view: HistoryView): APIEmbed {
  const scope = view.commitment ? ` (${commitmentLabel(view.commitment)})` : '';
  const title = `${view.country.flag} ${view.country.name}: history${scope}`.trim();
  if (view.entries.length === 0) return fitEmbed({ title, description: view.emptyText, color: NEUTRAL_COLOUR });
  const fields = view.entries.map((entry) => field(`${entry.date} ${entry.emoji} ${entry.line}`, evidenceText(entry.evidence, 400)));
  return fitEmbed({ title, color: NEUTRAL_COLOUR, fields });
}

// ---------------------------------------------------------------------------
// Subscriptions, feeds, explain
// ---------------------------------------------------------------------------

export function subscribedMessage(view: SubscriptionView): DiscordMessage {
  return message([], { content: `This channel now gets ${escapeText(view.summary)}.` });
}

export function unsubscribedMessage(view: UnsubscribeView): DiscordMessage {
  return message([], {
    content: view.removed ? 'This channel no longer gets alerts.' : 'This channel had no subscription.',
  });
}

export function subscriptionsMessage(view: SubscriptionsView): DiscordMessage {
  if (view.workspace.length === 0) return noticeMessage('No channel on this server is subscribed yet. Use /subscribe.');
  const lines = view.workspace.map((s) => `<#${s.channelId}>: ${escapeText(s.summary)}`);
  return message([fitEmbed({ title: 'Subscribed channels', description: lines.join('\n'), color: NEUTRAL_COLOUR })], {
    ephemeral: true,
  });
}

function feedLine(feed: FeedView): string {
  const details = feed.details.map((d) => `${d.label}: ${fitEscaped(d.value, 120)}`).join(' · ');
  return `\`${feed.id}\` ${fitEscaped(feed.url, 300)}${details ? `\n${details}` : ''}`;
}

export function feedsMessage(view: FeedsView): DiscordMessage {
  if (view.feeds.length === 0) return noticeMessage('No feeds yet. Add one with /feeds add.');
  const description = view.feeds.map(feedLine).join('\n');
  return message([fitEmbed({ title: `Feeds (${view.feeds.length})`, description, color: NEUTRAL_COLOUR })], {
    ephemeral: true,
  });
}

export function feedChangedMessage(verb: 'Added' | 'Removed', feed: FeedView): DiscordMessage {
  return noticeMessage(`${verb} feed ${feed.id}: ${feed.url}`);
}

export function explainMessage(view: ExplainView): DiscordMessage {
  const fields = view.facts.map((fact) => field(fitEscaped(fact.label, 200), fitEscaped(fact.value, 1000), true));
  const embed = fitEmbed({
    title: view.found ? 'What I did with this article' : 'Article not seen',
    url: safeUrl(view.query),
    description: fitEscaped(view.summary, 3000),
    color: view.found ? NEUTRAL_COLOUR : ERROR_COLOUR,
    fields,
  });
  return message([embed], { ephemeral: true });
}
