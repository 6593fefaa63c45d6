import { countryName } from '../../countries/index.js';
import type { Alert, Position, PositionStance } from '../../model/alert.js';
import { COMMITMENTS, type Commitment } from '../../model/taxonomy.js';
import type { Board, BoardFilter, BoardRow } from '../board-data.js';
import { html, type SafeHtml } from '../html.js';
import { alertList, commitmentLabel, countryLabel, positionDetail, STANCE_DESCRIPTIONS, shortDate } from './components.js';
import { layout } from './layout.js';

const LEGEND_ORDER: PositionStance[] = ['committed', 'willing', 'conditional', 'undecided', 'declined', 'opposed', 'disputed'];

function legend(): SafeHtml {
  return html`<section class="legend" aria-labelledby="legend-h">
<h2 id="legend-h">Legend</h2>
<ul>${LEGEND_ORDER.map((s) => html`<li><span class="tag s-${s}">${s}</span> ${STANCE_DESCRIPTIONS[s]}</li>`)}
<li><span class="tag s-none" aria-hidden="true">—</span> no reported position</li></ul>
</section>`;
}

function option(value: string, label: string, selected: boolean): SafeHtml {
  return html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
}

function filterForm(board: Board, filter: BoardFilter): SafeHtml {
  return html`<form class="filters" method="get" action="/">
<label>Country <select name="country">${option('', 'All countries', !filter.country)}${board.allCountries.map((c) =>
    option(c.code, c.name, c.code === filter.country),
  )}</select></label>
<label>Commitment <select name="commitment">${option('', 'All commitments', !filter.commitment)}${COMMITMENTS.map((c) =>
    option(c, commitmentLabel(c), c === filter.commitment),
  )}</select></label>
<label>Sort by <select name="sort">${option('name', 'name', filter.sort === 'name')}${option('changed', 'latest change', filter.sort === 'changed')}</select></label>
<button type="submit">Apply</button>
<label id="quick-find" hidden>Quick find <input type="search" autocomplete="off" placeholder="country name or code"></label>
</form>`;
}

function cellId(country: string, commitment: Commitment): string {
  return `ev-${country}-${commitment}`;
}

function filledCell(position: Position): SafeHtml {
  const label = `${countryName(position.country)}, ${commitmentLabel(position.commitment)}: ${position.stance}`;
  const tip = `${position.stance} — "${position.evidence.quote}" (${position.evidence.outlet}, ${shortDate(position.evidence.published)}; ${position.corroborations} report(s))`;
  return html`<td class="cell s-${position.stance}" data-cell="${position.country}:${position.commitment}">
<button type="button" class="cell-btn" aria-controls="evidence" aria-label="${label}${position.unconfirmed ? ' (reported, unconfirmed)' : ''}. Show evidence" title="${tip}${position.unconfirmed ? ' (reported, unconfirmed)' : ''}">${position.stance}</button>
<template id="${cellId(position.country, position.commitment)}">${positionDetail(position)}</template></td>`;
}

function row(boardRow: BoardRow, commitments: readonly Commitment[]): SafeHtml {
  const cells = commitments.map((c) => {
    const position = boardRow.cells.get(c);
    if (position) return filledCell(position);
    return html`<td class="cell s-none" data-cell="${boardRow.country}:${c}"><span aria-hidden="true">—</span><span class="sr-only">no reported position</span></td>`;
  });
  return html`<tr data-country="${boardRow.country}"><th scope="row"><a href="/country/${boardRow.country}">${countryLabel(boardRow.country)}</a></th>${cells}</tr>`;
}

function matrix(board: Board): SafeHtml {
  if (board.rows.length === 0) return html`<p class="empty">No reported positions match this filter yet.</p>`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="Board, scrolls sideways">
<table class="board">
<caption>Stance of each country on each commitment. Select a cell for its evidence.</caption>
<thead><tr><th scope="col">Country</th>${board.commitments.map((c) => html`<th scope="col">${commitmentLabel(c)}</th>`)}</tr></thead>
<tbody>${board.rows.map((r) => row(r, board.commitments))}</tbody>
</table></div>`;
}

export function boardPage(board: Board, filter: BoardFilter, alerts: readonly Alert[]): string {
  const body = html`<h1>Security guarantees for Ukraine: who offers what</h1>
${filterForm(board, filter)}
${legend()}
<div class="board-layout">
<section aria-labelledby="board-h"><h2 id="board-h">Board</h2>${matrix(board)}</section>
<aside id="evidence" class="evidence" tabindex="-1" aria-live="polite" aria-label="Evidence">
<p class="hint">Select a cell to see the latest quote, its outlet, date and link, and how many reports agree.</p>
</aside>
</div>
${alertList(alerts)}`;
  return layout({ title: 'Board', current: 'board', body });
}
