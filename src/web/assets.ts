import { COMMITMENT_LABELS } from '../model/taxonomy.js';

/**
 * The page's one stylesheet and one script, served from memory: no build step and nothing
 * fetched from a CDN, so the board works on an offline laptop.
 */

export const APP_CSS = `
:root { --fg:#1a1a1a; --bg:#fff; --muted:#555; --line:#c8c8c8; --link:#0645ad; --focus:#1a56db; }
* { box-sizing: border-box; }
body { margin:0; font:16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--fg); background:var(--bg); }
a { color:var(--link); }
a:focus-visible, button:focus-visible, select:focus-visible, [tabindex]:focus-visible { outline:3px solid var(--focus); outline-offset:2px; }
.skip { position:absolute; left:-999px; }
.sr-only { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
.skip:focus { left:8px; top:8px; background:#fff; padding:4px 8px; z-index:10; }
header.site { display:flex; flex-wrap:wrap; gap:1rem; align-items:center; padding:.5rem 1rem; border-bottom:1px solid var(--line); }
header.site nav { display:flex; gap:1rem; }
.brand { font-weight:700; }
main { padding:0 1rem 2rem; max-width:1600px; margin:0 auto; }
footer.site { padding:1rem; border-top:1px solid var(--line); color:var(--muted); font-size:.9rem; }
h1 { font-size:1.5rem; }
.filters { display:flex; flex-wrap:wrap; gap:.75rem; align-items:end; margin:1rem 0; }
.filters label { display:flex; flex-direction:column; font-size:.9rem; }
select, button { font:inherit; padding:.3rem .5rem; min-height:2.25rem; }
.legend ul { display:flex; flex-wrap:wrap; gap:.5rem 1.25rem; padding:0; list-style:none; }
.legend h2 { font-size:1rem; margin-bottom:0; }
.board-layout { display:grid; grid-template-columns:minmax(0,1fr); gap:1rem; align-items:start; }
@media (min-width: 1400px) { .board-layout { grid-template-columns:minmax(0,1fr) 22rem; } .evidence { position:sticky; top:1rem; } }
.flag { font-size:.9em; }
.table-wrap { overflow-x:auto; max-width:100%; }
table { border-collapse:collapse; }
th, td { border:1px solid var(--line); padding:.25rem .4rem; text-align:left; vertical-align:top; }
table.board th[scope=row] { position:sticky; left:0; background:#fff; white-space:nowrap; }
table.board thead th { font-size:.85rem; }
caption { text-align:left; color:var(--muted); padding:.25rem 0; }
td.cell { text-align:center; font-weight:600; min-width:5.5rem; font-size:.9rem; }
.cell-btn { all:unset; cursor:pointer; display:block; width:100%; padding:.2rem 0; }
.cell-btn:focus-visible { outline:3px solid var(--focus); outline-offset:1px; }
.tag { display:inline-block; padding:0 .4rem; border-radius:3px; font-weight:600; border:1px solid rgba(0,0,0,.25); }
.s-committed { background:#1b5e20; color:#fff; }
.s-willing { background:#a5d6a7; color:#0b2e0f; }
.s-conditional { background:#ffb300; color:#1f1400; }
.s-undecided { background:#ffe69c; color:#2b2000; }
.s-declined { background:#f4b4b4; color:#3b0000; }
.s-opposed { background:#b71c1c; color:#fff; }
.s-disputed { background:repeating-linear-gradient(135deg,#ffe69c 0 8px,#f4b4b4 8px 16px); color:#1a1a1a; }
.s-none { background:#f4f4f4; color:#555; font-weight:400; }
.evidence { border:1px solid var(--line); padding:.75rem 1rem; }
.evidence h3 { margin-top:0; font-size:1.1rem; }
.quote { margin:.5rem 0; padding-left:.75rem; border-left:4px solid var(--line); }
.meta { color:var(--muted); font-size:.9rem; margin:.25rem 0; }
.alerts, .timeline { list-style:none; padding:0; }
.alert, .entry { border-bottom:1px solid var(--line); padding:.5rem 0; }
.alert-type { text-transform:uppercase; font-size:.75rem; letter-spacing:.05em; color:var(--muted); }
.alert.fresh { animation: fresh 2s ease-out; }
@keyframes fresh { from { background:#fff6c2; } to { background:transparent; } }
@media (prefers-reduced-motion: reduce) { .alert.fresh { animation:none; } }
.empty, .hint { color:var(--muted); }
.live-status { font-size:.85rem; font-weight:400; color:var(--muted); }
code { background:#f2f2f2; padding:0 .2rem; }
`;

export const APP_JS = `'use strict';
(function () {
  var STANCES = ['committed', 'willing', 'conditional', 'undecided', 'declined', 'opposed', 'disputed'];
  var LABELS = ${JSON.stringify(COMMITMENT_LABELS)};

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function stanceClass(stance) { return STANCES.indexOf(stance) >= 0 ? 's-' + stance : 's-none'; }
  function label(commitment) { return LABELS[commitment] || String(commitment).replace(/_/g, ' '); }
  function day(value) { return value && /^\\d{4}-\\d{2}-\\d{2}/.test(value) ? value.slice(0, 10) : (value || 'date unknown'); }
  function tag(stance) { return el('span', 'tag ' + stanceClass(stance), stance); }

  function evidenceNodes(evidence) {
    var quote = el('blockquote', 'quote', evidence.quote);
    var meta = el('p', 'meta');
    meta.appendChild(el('span', 'outlet', evidence.outlet || 'unknown outlet'));
    meta.appendChild(document.createTextNode(', ' + day(evidence.published) + ': '));
    var title = evidence.title && evidence.title !== 'unknown' ? evidence.title : 'article';
    if (/^https?:\\/\\//i.test(evidence.url || '')) {
      var a = el('a', '', title);
      a.href = evidence.url; a.rel = 'noopener noreferrer nofollow'; a.target = '_blank';
      meta.appendChild(a);
    } else {
      meta.appendChild(el('span', '', title));
    }
    return [quote, meta];
  }

  function alertNode(alert) {
    var li = el('li', 'alert fresh');
    li.setAttribute('data-alert-id', alert.id);
    var head = el('p', 'alert-head');
    head.appendChild(el('span', 'alert-type', alert.type));
    head.appendChild(document.createTextNode(' '));
    var members = alert.memberNames || [{ country: alert.country, countryName: alert.countryName, from: alert.from }];
    members.forEach(function (m, i) {
      if (i > 0) head.appendChild(document.createTextNode(', '));
      var link = el('a', '', m.countryName || m.country);
      link.href = '/country/' + encodeURIComponent(m.country);
      head.appendChild(link);
    });
    head.appendChild(document.createTextNode(' — ' + label(alert.commitment) + ': '));
    head.appendChild(alert.from ? tag(alert.from) : el('span', 'was', 'new'));
    head.appendChild(document.createTextNode(' → '));
    head.appendChild(tag(alert.to));
    if (alert.status) head.appendChild(el('span', alert.track === 'report' ? 'status unconfirmed' : 'status', ' (' + alert.status + ')'));
    li.appendChild(head);
    evidenceNodes(alert.evidence).forEach(function (n) { li.appendChild(n); });
    return li;
  }

  function showDetail(templateId) {
    var template = document.getElementById(templateId);
    var panel = document.getElementById('evidence');
    if (!template || !panel) return;
    panel.replaceChildren(template.content.cloneNode(true));
    panel.focus();
  }

  function updateCell(alert) {
    var td = document.querySelector('td[data-cell="' + CSS.escape(alert.country + ':' + alert.commitment) + '"]');
    if (!td) return;
    td.className = 'cell ' + stanceClass(alert.to);
    var templateId = 'ev-' + alert.country + '-' + alert.commitment;
    var button = td.querySelector('button');
    if (!button) {
      button = el('button', 'cell-btn');
      button.type = 'button';
      button.setAttribute('aria-controls', 'evidence');
      td.replaceChildren(button);
    }
    button.textContent = alert.to;
    button.setAttribute('aria-label', (alert.countryName || alert.country) + ', ' + label(alert.commitment) + ': ' + alert.to + '. Show evidence');
    button.setAttribute('data-template', templateId);
    var template = document.getElementById(templateId);
    if (!template) { template = document.createElement('template'); template.id = templateId; td.appendChild(template); }
    var h = el('h3', '', (alert.countryName || alert.country) + ': ' + label(alert.commitment));
    var p = el('p');
    p.appendChild(tag(alert.to));
    p.appendChild(document.createTextNode(' since ' + day(alert.evidence && alert.evidence.published !== 'unknown' ? alert.evidence.published : alert.createdAt)));
    template.content.replaceChildren.apply(template.content, [h, p].concat(evidenceNodes(alert.evidence)));
  }

  /** Narrows the board rows as the user types, without a round trip; the form still filters server-side. */
  function quickFind(text) {
    var needle = text.trim().toLowerCase();
    document.querySelectorAll('table.board tbody tr').forEach(function (row) {
      var name = (row.getAttribute('data-country') + ' ' + row.querySelector('th').textContent).toLowerCase();
      row.hidden = needle !== '' && name.indexOf(needle) < 0;
    });
  }

  function startLive(section) {
    if (!window.EventSource) return;
    var status = section.querySelector('.live-status');
    var list = section.querySelector('#alert-list');
    var country = section.getAttribute('data-live');
    var source = new EventSource('/api/alerts/stream' + (country ? '?country=' + encodeURIComponent(country) : ''));
    source.onopen = function () { status.textContent = '(live)'; };
    source.onerror = function () { status.textContent = '(reconnecting…)'; };
    source.addEventListener('alert', function (event) {
      var alert;
      try { alert = JSON.parse(event.data); } catch (e) { return; }
      if (list.querySelector('[data-alert-id="' + CSS.escape(alert.id) + '"]')) return;
      var empty = section.querySelector('[data-empty]');
      if (empty) empty.remove();
      list.insertBefore(alertNode(alert), list.firstChild);
      (alert.memberNames || [alert]).forEach(function (m) {
        updateCell(Object.assign({}, alert, { country: m.country, countryName: m.countryName }));
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var find = document.getElementById('quick-find');
    if (find) {
      find.hidden = false;
      find.querySelector('input').addEventListener('input', function (event) { quickFind(event.target.value); });
    }
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('.cell-btn');
      if (!button) return;
      var td = button.closest('td');
      var id = button.getAttribute('data-template') || (td && td.querySelector('template') ? td.querySelector('template').id : '');
      if (id) showDetail(id);
    });
    var live = document.querySelector('[data-live]');
    if (live) startLive(live);
  });
})();
`;
