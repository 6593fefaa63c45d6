import type {
  CoreResult,
  CountryStatusView,
  ExplainView,
  FeedView,
  FeedsView,
  HistoryView,
  PositionView,
  StatusView,
  SubscriptionView,
  SubscriptionsView,
  TableView,
  UnsubscribeView,
} from '../core/index.js';
import { capBlocks, context, fallbackText, header, section, type Block, type SlackMessage } from './block-kit.js';
import { SLACK_LIMITS, escapeAndTruncate, escapeSlack, slackLink } from './escape.js';
import { evidenceMrkdwn } from './render-alert.js';

/**
 * Command answers in Block Kit: a header, a section per commitment or entry (stance,
 * quote, outlet, date, link) and a context line with the time. Everything from the
 * state is untrusted article text and is escaped here.
 */

/** A Slack date token: shown in each reader's time zone, with a UTC fallback. */
export function slackTime(date: Date): string {
  const unix = Math.floor(date.getTime() / 1000);
  const fallback = `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${unix}^{date_short_pretty} at {time}|${fallback}>`;
}

function message(title: string, body: Block[], now: Date, note?: string): SlackMessage {
  const line = note ? `${escapeSlack(note)} · as of ${slackTime(now)}` : `As of ${slackTime(now)}`;
  const blocks = capBlocks([header(title), ...body, context(line)]);
  // Answers are read in the blocks; the fallback only names what was asked.
  return { text: fallbackText(escapeSlack(title)), blocks };
}

export function renderStatus(view: StatusView, now: Date): SlackMessage {
  return view.kind === 'country' ? renderCountryStatus(view, now) : renderTable(view, now);
}

function renderCountryStatus(view: CountryStatusView, now: Date): SlackMessage {
  const title = `${view.country.flag} ${view.country.name}: positions`.trim();
  if (view.positions.length === 0) return message(title, [section(escapeSlack(view.noPositionText))], now);
  return message(title, view.positions.map(positionSection), now);
}

function positionSection(position: PositionView): Block {
  const heading = `*${escapeSlack(position.commitmentLabel)}:* ${position.emoji} ${escapeSlack(position.stanceLabel)}`;
  const corroborated = position.corroborations > 1 ? ` _(${position.corroborations} reports agree)_` : '';
  const evidence = [position.evidence, ...position.contenders].map(evidenceMrkdwn).join('\n');
  return section(`${heading}${corroborated}\n${evidence}`);
}

function renderTable(view: TableView, now: Date): SlackMessage {
  const title = 'Positions by country';
  if (view.rows.length === 0) return message(title, [section('No country has a reported position yet.')], now);
  const lines = view.rows.map((row) => {
    const cells = row.cells.map((cell) => `${cell.emoji} ${escapeSlack(cell.commitmentLabel)}`).join(' · ');
    return `*${escapeSlack(`${row.country.flag} ${row.country.name}`.trim())}*  ${cells}`;
  });
  return message(title, chunkLines(lines).map(section), now, 'Details: /pledge status <country>');
}

/** Packs lines into section-sized chunks so a long table fits Block Kit. */
function chunkLines(lines: string[], max: number = SLACK_LIMITS.sectionText): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) chunks.push(current);
  return chunks;
}

export function renderHistory(view: HistoryView, now: Date): SlackMessage {
  const title = `${view.country.flag} ${view.country.name}: history`.trim();
  if (view.entries.length === 0) return message(title, [section(escapeSlack(view.emptyText))], now);
  const sections = view.entries.map((entry) =>
    section(`*${escapeSlack(entry.date)}* ${entry.emoji} ${escapeSlack(entry.line)}\n${evidenceMrkdwn(entry.evidence)}`),
  );
  return message(title, sections, now);
}

export function renderSubscribed(view: SubscriptionView, now: Date): SlackMessage {
  return message('Subscribed', [section(`${channelMention(view.channelId)} now gets alerts for: ${escapeSlack(view.summary)}`)], now);
}

export function renderUnsubscribed(view: UnsubscribeView, now: Date): SlackMessage {
  const text = view.removed ? `${channelMention(view.channelId)} will get no more alerts.` : `${channelMention(view.channelId)} had no subscription.`;
  return message('Unsubscribed', [section(text)], now);
}

export function renderSubscriptions(view: SubscriptionsView, now: Date): SlackMessage {
  const own = view.channel
    ? `This channel gets alerts for: ${escapeSlack(view.channel.summary)}`
    : 'This channel has no subscription. `/pledge subscribe` sets one up.';
  const others = view.workspace.map((s) => `• ${channelMention(s.channelId)}: ${escapeSlack(s.summary)}`);
  const body = [section(own), ...(others.length > 0 ? chunkLines(['*Subscribed channels in this workspace*', ...others]).map(section) : [])];
  return message('Subscriptions', body, now);
}

export function renderFeeds(view: FeedsView, now: Date): SlackMessage {
  if (view.feeds.length === 0) return message('Feeds', [section('No feeds yet. `/pledge feeds add <url>` adds one.')], now);
  return message('Feeds', view.feeds.map(feedSection), now);
}

export function renderFeedChange(verb: 'Added' | 'Removed', feed: FeedView, now: Date): SlackMessage {
  return message(`Feed ${verb.toLowerCase()}`, [feedSection(feed)], now);
}

function feedSection(feed: FeedView): Block {
  const details = feed.details.map((d) => `${escapeAndTruncate(d.label, 60)}: ${escapeAndTruncate(d.value, 300)}`).join(' · ');
  return section(`*${escapeAndTruncate(feed.id, 100)}* ${slackLink(feed.url, feed.url)}${details ? `\n${details}` : ''}`);
}

export function renderExplain(view: ExplainView, now: Date): SlackMessage {
  const facts = view.facts.map((f) => `*${escapeAndTruncate(f.label, 60)}:* ${escapeAndTruncate(f.value, 500)}`);
  const body = [section(`${slackLink(view.query, view.query)}\n${escapeSlack(view.summary)}`), ...chunkLines(facts).map(section)];
  return message('What happened to this article', body, now);
}

/** A refusal or a problem with the input: one line the user can act on. */
export function renderProblem(text: string): SlackMessage {
  const escaped = escapeAndTruncate(text, SLACK_LIMITS.sectionText - 10);
  return { text: escaped, blocks: [section(`:warning: ${escaped}`)] };
}

export function renderResult<T>(result: CoreResult<T>, render: (view: T) => SlackMessage): SlackMessage {
  return result.ok ? render(result.view) : renderProblem(result.message);
}

export function renderHelp(): SlackMessage {
  const lines = [
    '`/pledge status [country]` — positions of one country (name, code, demonym or leader), or the whole table',
    '`/pledge history <country> [on <commitment>]` — the timeline of changes, with evidence',
    '`/pledge subscribe [filters]` — alerts in this channel, e.g. `countries: PL, DE; not sanctions`',
    '`/pledge unsubscribe` — stop alerts in this channel',
    '`/pledge subscriptions` — what this workspace is subscribed to',
    '`/pledge feeds [list | add <url> | remove <id>]` — the news feeds (admins)',
    '`/pledge explain <article url>` — what the bot did with an article, and why it did or did not alert',
  ];
  return {
    text: lines.join('\n'),
    blocks: [header('pledgewatch'), section(lines.join('\n')), context('Subscribing needs a workspace admin or the channel’s creator; feeds need an admin.')],
  };
}

function channelMention(channelId: string): string {
  return /^[A-Z0-9]+$/.test(channelId) ? `<#${channelId}>` : escapeSlack(channelId);
}
