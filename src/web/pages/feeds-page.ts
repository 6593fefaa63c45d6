import { html, safeHref, type SafeHtml } from '../html.js';
import { layout } from './layout.js';

type Scalar = string | number | boolean | null;

function scalarFields(feed: object): [string, Scalar][] {
  return Object.entries(feed).filter((entry): entry is [string, Scalar] => {
    const value: unknown = entry[1];
    return value === null || ['string', 'number', 'boolean'].includes(typeof value);
  });
}

/** Columns: the union of every feed's scalar fields, id and url first, so new health fields show up by themselves. */
function columnsOf(feeds: readonly object[]): string[] {
  const names = new Set<string>(['id', 'url']);
  for (const feed of feeds) for (const [name] of scalarFields(feed)) names.add(name);
  return [...names].filter((name) => feeds.some((f) => name in f));
}

function cell(name: string, value: Scalar | undefined): SafeHtml {
  if (value === undefined || value === null || value === '') return html`<td>—</td>`;
  const href = name === 'url' && typeof value === 'string' ? safeHref(value) : null;
  if (href) return html`<td><a href="${href}" rel="noopener noreferrer nofollow">${value}</a></td>`;
  return html`<td>${String(value)}</td>`;
}

function feedsTable(feeds: readonly object[]): SafeHtml {
  if (feeds.length === 0) return html`<p class="empty">No feeds configured.</p>`;
  const columns = columnsOf(feeds);
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="Feeds">
<table class="feeds"><thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${feeds.map((feed) => {
    const fields = new Map(scalarFields(feed));
    return html`<tr>${columns.map((c) => cell(c, fields.get(c)))}</tr>`;
  })}</tbody></table></div>`;
}

export function feedsPage(feeds: readonly object[] | null, writable: boolean): string {
  const admin = writable
    ? html`<p>Admins add a feed with <code>POST /api/feeds</code> and remove one with <code>DELETE /api/feeds/&lt;id&gt;</code>, both with <code>Authorization: Bearer &lt;WEB_ADMIN_TOKEN&gt;</code>.</p>`
    : html`<p>This page is read-only. Set <code>WEB_ADMIN_TOKEN</code> to manage feeds over HTTP.</p>`;
  const body = html`<h1>Feeds</h1>
${admin}
${feeds === null ? html`<p class="empty">Feed health is not available in this process.</p>` : feedsTable(feeds)}
<p>JSON: <a href="/api/feeds">/api/feeds</a></p>`;
  return layout({ title: 'Feeds', current: 'feeds', body });
}

export function errorPage(status: number, message: string): string {
  const body = html`<h1>${status === 404 ? 'Not found' : 'Cannot show this page'}</h1><p>${message}</p><p><a href="/">Back to the board</a></p>`;
  return layout({ title: String(status), body });
}
