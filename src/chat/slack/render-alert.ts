import { alertView, stanceEmoji, stanceLabel, type EvidenceView } from '../core/index.js';
import type { Alert } from '../../model/alert.js';
import { capBlocks, context, fallbackText, header, section, blockQuote, type SlackMessage } from './block-kit.js';
import { SLACK_LIMITS, escapeAndTruncate, escapeSlack, slackLink } from './escape.js';

const QUOTE_MAX = 1200;

/**
 * An alert as a Block Kit message: a header naming country and commitment, the change,
 * one section per piece of evidence (quote, outlet, date, link) and a context line with
 * the time. Wording comes from the shared core; every outside string is escaped and cut
 * to Block Kit's limits.
 */
export function renderAlertBlocks(alert: Alert): SlackMessage {
  const view = alertView(alert);
  const title = `${view.country.flag} ${view.country.name} — ${view.commitmentLabel}`.trim();
  const change = `${stanceEmoji(view.from)} ${view.fromLabel} → ${view.emoji} ${view.toLabel}`;
  const blocks = [
    header(title),
    section(`*${escapeSlack(view.heading)}:* ${escapeSlack(change)}`),
    // Only as many as can be shown: capBlocks keeps 50 and says how many were left out.
    ...[view.evidence, ...view.contenders].slice(0, SLACK_LIMITS.blocks).map((evidence) => section(evidenceMrkdwn(evidence))),
    context(`${escapeSlack(view.evidence.confidenceText)} · alert at ${escapeSlack(formatTime(view.createdAt))}`),
  ];
  const e = view.evidence;
  const fallback = `${view.line} ("${e.quote.slice(0, QUOTE_MAX)}", ${e.outlet}, ${e.date}, ${e.url})`;
  return { text: fallbackText(escapeSlack(fallback)), blocks: capBlocks(blocks) };
}

/** Quote as a block quote, then "— outlet, date, <link|title>" and who said it. */
export function evidenceMrkdwn(evidence: EvidenceView): string {
  const quote = blockQuote(`“${escapeAndTruncate(evidence.quote, QUOTE_MAX)}”`);
  const who = evidence.speaker === 'self' ? 'the government itself' : 'reported by others';
  const source = [escapeAndTruncate(evidence.outlet, 100), escapeSlack(evidence.date), slackLink(evidence.url, evidence.title || evidence.url)];
  return `${quote}\n— ${source.join(', ')} _(${who}; ${stanceEmoji(evidence.stance)} ${stanceLabel(evidence.stance)})_`;
}

/** "2025-09-04 12:00 UTC" for the context line. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
