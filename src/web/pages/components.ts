import { countryFlag, countryName } from '../../countries/index.js';
import { confirmationText, correctionText, whenText } from '../../alerts/present.js';
import { membersOf, type Alert, type Evidence, type Position, type PositionStance } from '../../model/alert.js';
import { COMMITMENT_LABELS, type Commitment } from '../../model/taxonomy.js';
import { html, safeHref, type SafeHtml } from '../html.js';

/** Legend text: the word is always printed, the colour only repeats it. */
export const STANCE_DESCRIPTIONS: Record<PositionStance, string> = {
  committed: 'has pledged it',
  willing: 'says it is ready to',
  conditional: 'only if conditions are met',
  undecided: 'has not decided',
  declined: 'says it will not',
  opposed: 'rejects it outright',
  disputed: 'reports of the same moment contradict',
};

export function commitmentLabel(commitment: Commitment): string {
  return COMMITMENT_LABELS[commitment] ?? commitment;
}

/** Flag plus name; the flag is decoration (machines without an emoji font show letters), so screen readers skip it. */
export function countryLabel(code: string): SafeHtml {
  const flag = countryFlag(code);
  return flag ? html`<span class="flag" aria-hidden="true">${flag}</span> ${countryName(code)}` : html`${countryName(code)}`;
}

/** A date as published ('2025-09-04'), or the day of an ISO timestamp. */
export function shortDate(value: string | undefined): string {
  if (!value || value === 'unknown') return 'date unknown';
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}

/** When something was applied or changed: minutes are enough, always in UTC so every reader agrees. */
export function shortTime(iso: string | undefined): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso ?? '');
  return match ? `${match[1]} ${match[2]} UTC` : shortDate(iso);
}

export function stanceTag(stance: PositionStance | null | undefined): SafeHtml {
  if (!stance) return html`<span class="tag s-none">none</span>`;
  return html`<span class="tag s-${stance}">${stance}</span>`;
}

/** Outlet, date and link of one piece of evidence; a non-http URL is shown, never linked. */
export function sourceLine(evidence: Evidence): SafeHtml {
  const href = safeHref(evidence.url);
  const title = evidence.title && evidence.title !== 'unknown' ? evidence.title : 'article';
  const link = href ? html`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${title}</a>` : html`<span>${title}</span>`;
  return html`<span class="source"><span class="outlet">${evidence.outlet || 'unknown outlet'}</span>, <time>${shortDate(evidence.published)}</time>: ${link}</span>`;
}

export function evidenceBlock(evidence: Evidence): SafeHtml {
  const who = evidence.speaker === 'self' ? 'the country itself' : 'a third party';
  return html`<blockquote class="quote">${evidence.quote}</blockquote>
<p class="meta">${sourceLine(evidence)} <span class="speaker">(said by ${who})</span></p>`;
}

/** The side-panel content for one board cell: latest evidence, corroboration count, contenders. */
export function positionDetail(position: Position): SafeHtml {
  const reports = position.corroborations === 1 ? '1 report' : `${position.corroborations} reports`;
  const contenders = position.contenders?.length ? html`<h4>Contradicting reports</h4>${position.contenders.map((e) => evidenceBlock(e))}` : '';
  return html`<h3>${countryLabel(position.country)}: ${commitmentLabel(position.commitment)}</h3>
<p>${stanceTag(position.stance)}${unconfirmedMark(position)} since <time>${shortDate(position.changedPublished ?? position.changedAt)}</time> (processed <time>${shortDate(position.changedAt)}</time>) · corroborated by ${reports}</p>
${evidenceBlock(position.evidence)}
${contenders}
<p><a href="/country/${position.country}">Full timeline for ${countryName(position.country)}</a></p>`;
}

/** One message per alert, grouped like the chat messages: every country, the quote once, how sure. */
/** " (reported, unconfirmed)" beside a stance channels have not been told yet. */
export function unconfirmedMark(position: Position): SafeHtml | string {
  return position.unconfirmed ? html` <span class="status unconfirmed">(reported, unconfirmed)</span>` : '';
}

export function alertItem(alert: Alert): SafeHtml {
  const from = alert.from ? html`${stanceTag(alert.from)} → ` : html`<span class="was">new</span> → `;
  const countries = membersOf(alert).map((m, i) => html`${i > 0 ? ', ' : ''}<a href="/country/${m.country}">${countryLabel(m.country)}</a>`);
  const status = html` <span class="${alert.track === 'report' ? 'status unconfirmed' : 'status'}">(${confirmationText(alert)})</span>`;
  const correction = alert.corrects ? html`<p class="correction">${correctionText(alert.corrects)}</p>` : '';
  return html`<li class="alert" data-alert-id="${alert.id}">
${correction}<p class="alert-head"><span class="alert-type">${alert.type}</span> ${countries} — ${commitmentLabel(alert.commitment)}: ${from}${stanceTag(alert.to)}${status}</p>
${evidenceBlock(alert.evidence)}
<p class="meta">${whenText(alert.evidence.published, alert.createdAt)}</p>
</li>`;
}

export function alertList(alerts: readonly Alert[], country?: string): SafeHtml {
  const empty = alerts.length === 0 ? html`<p class="empty" data-empty>No alerts yet. New ones appear here as they happen.</p>` : '';
  return html`<section class="live" aria-labelledby="alerts-h" data-live${country ? html`="${country}"` : ''}>
<h2 id="alerts-h">Live alerts <span class="live-status" role="status">(live updates need JavaScript)</span></h2>
${empty}
<ol class="alerts" id="alert-list" aria-live="polite" aria-relevant="additions">${alerts.map((a) => alertItem(a))}</ol>
</section>`;
}
