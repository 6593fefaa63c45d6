import { countryName } from '../../countries/index.js';
import type { Alert, Position } from '../../model/alert.js';
import { html, type SafeHtml } from '../html.js';
import type { HistoryEntry } from '../types.js';
import { alertList, unconfirmedMark, commitmentLabel, countryLabel, evidenceBlock, shortDate, shortTime, stanceTag } from './components.js';
import { layout } from './layout.js';

function positionsTable(positions: readonly Position[]): SafeHtml {
  if (positions.length === 0) return html`<p class="empty">No reported position.</p>`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="Positions">
<table class="positions">
<thead><tr><th scope="col">Commitment</th><th scope="col">Stance</th><th scope="col">Latest evidence</th><th scope="col">Reports</th><th scope="col">Since</th></tr></thead>
<tbody>${positions.map(
    (p) => html`<tr data-commitment="${p.commitment}"><th scope="row">${commitmentLabel(p.commitment)}</th>
<td class="cell s-${p.stance}">${p.stance}${unconfirmedMark(p)}</td>
<td>${evidenceBlock(p.evidence)}</td>
<td>${p.corroborations}</td>
<td><time>${shortDate(p.changedPublished ?? p.changedAt)}</time> <span class="meta">(processed ${shortDate(p.changedAt)})</span></td></tr>`,
  )}</tbody></table></div>`;
}

function timelineEntry(entry: HistoryEntry): SafeHtml {
  const change =
    entry.kind === 'change'
      ? html`${entry.corrects ? html`<strong class="correction">correction</strong> ` : ''}${entry.from ? stanceTag(entry.from) : html`<span class="was">new</span>`} → ${stanceTag(entry.to)}${entry.confirmation === 'unconfirmed' ? html` <span class="status unconfirmed">(reported, unconfirmed)</span>` : entry.confirmation === 'confirmed' ? html` <span class="status">(confirmed)</span>` : ''}`
      : html`report: ${stanceTag(entry.to)}`;
  return html`<li class="entry kind-${entry.kind}" data-commitment="${entry.commitment}">
<p class="entry-head"><time>${shortDate(entry.evidence.published)}</time> (processed <time datetime="${entry.at}">${shortTime(entry.at)}</time>) <strong>${commitmentLabel(entry.commitment)}</strong>: ${change}</p>
${evidenceBlock(entry.evidence)}
${entry.reason ? html`<p class="meta reason">Why: ${entry.reason}</p>` : ''}
</li>`;
}

function timeline(entries: readonly HistoryEntry[]): SafeHtml {
  if (entries.length === 0) return html`<p class="empty">No reports yet.</p>`;
  return html`<ol class="timeline">${entries.map(timelineEntry)}</ol>`;
}

export function countryPage(code: string, positions: readonly Position[], history: readonly HistoryEntry[], alerts: readonly Alert[]): string {
  const body = html`<p><a href="/">← Board</a></p>
<h1>${countryLabel(code)}</h1>
<p class="exports">Export: <a href="/api/positions?country=${code}">positions JSON</a> · <a href="/api/positions.csv?country=${code}">CSV</a> · <a href="/api/history?country=${code}">history JSON</a> · <a href="/api/history.csv?country=${code}">CSV</a></p>
<section aria-labelledby="pos-h"><h2 id="pos-h">Positions</h2>${positionsTable(positions)}</section>
<section aria-labelledby="tl-h"><h2 id="tl-h">Timeline of ${countryName(code)}</h2>
<p>Every change and every report, newest first, with its source.</p>${timeline(history)}</section>
${alertList(alerts, code)}`;
  return layout({ title: countryName(code), current: 'country', body });
}
