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
export function renderAlertBlocks(alert: Alert, part: { index: number; of: number } = { index: 1, of: 1 }): SlackMessage {
  const view = alertView(alert);
  const grouped = view.members.length > 1;
  const who = grouped ? view.names : `${view.country.flag} ${view.country.name}`.trim();
  const fullTitle = `${who} — ${view.commitmentLabel}`;
  const title = fullTitle.length <= SLACK_LIMITS.headerText ? fullTitle : `${view.members.length} countries — ${view.commitmentLabel}`;
  const change = grouped && view.mixedFrom ? `${view.emoji} ${view.transition}` : `${stanceEmoji(view.from)} ${view.fromLabel} → ${view.emoji} ${view.toLabel}`;
  const partText = part.of > 1 ? ` (${part.index}/${part.of})` : '';
  const blocks = [
    header(title),
    ...(view.correction && part.index === 1 ? [section(`*${escapeSlack(view.correction)}*`)] : []),
    ...(grouped && title !== fullTitle
      ? [section(escapeAndTruncate(view.members.map((m) => `${m.country.flag} ${m.country.name}`.trim()).join(', '), SLACK_LIMITS.sectionText))]
      : []),
    section(`*${escapeSlack(view.heading)}${partText}:* ${escapeSlack(change)} _(${escapeSlack(view.status)})_`),
    ...(view.mixedFrom
      ? [section(escapeAndTruncate(`Before: ${view.members.map((m) => `${m.country.name} ${m.fromLabel}`).join('; ')}`, SLACK_LIMITS.sectionText))]
      : []),
    // The quote once: later parts of a split group point back to the first.
    ...(part.index === 1
      ? [view.evidence, ...view.contenders].slice(0, SLACK_LIMITS.blocks).map((evidence) => section(evidenceMrkdwn(evidence)))
      : [section('_Same report as part 1 (quote above)._')]),
    ...(view.sources.length > 0 && part.index === 1
      ? [
          section(
            escapeAndTruncate('Also reported by: ', 40) +
              view.sources.map((s) => `${escapeAndTruncate(s.outlet, 100)}, ${escapeSlack(s.date)} ${slackLink(s.url, 'source')}`).join('; '),
          ),
        ]
      : []),
    context(`${escapeSlack(view.evidence.confidenceText)} · ${escapeSlack(view.when)}`),
  ];
  const e = view.evidence;
  const fallback = `${view.correction ? `${view.correction}: ` : ''}${view.line} [${view.status}] ("${e.quote.slice(0, QUOTE_MAX)}", ${e.outlet}, ${e.date}, ${e.url})`;
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
