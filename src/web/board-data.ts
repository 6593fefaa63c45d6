import { countryName } from '../countries/index.js';
import type { Position } from '../model/alert.js';
import { COMMITMENTS, type Commitment } from '../model/taxonomy.js';
import type { BoardSort } from './query.js';
import type { HistoryEntry, WebPledgeStore } from './types.js';

export interface BoardFilter {
  country?: string;
  commitment?: Commitment;
  sort: BoardSort;
}

export interface BoardRow {
  country: string;
  name: string;
  latestChange: string;
  cells: Map<Commitment, Position>;
}

export interface Board {
  commitments: readonly Commitment[];
  rows: BoardRow[];
  /** Every country with a position, for the filter's choices (not narrowed by the filter). */
  allCountries: { code: string; name: string }[];
}

export async function filteredPositions(store: WebPledgeStore, filter: Omit<BoardFilter, 'sort'>): Promise<Position[]> {
  const positions = await store.positions(filter.country);
  return positions.filter((p) => (!filter.country || p.country === filter.country) && (!filter.commitment || p.commitment === filter.commitment));
}

function groupByCountry(positions: readonly Position[]): BoardRow[] {
  const rows = new Map<string, BoardRow>();
  for (const position of positions) {
    let row = rows.get(position.country);
    if (!row) {
      row = { country: position.country, name: countryName(position.country), latestChange: '', cells: new Map() };
      rows.set(position.country, row);
    }
    row.cells.set(position.commitment, position);
    if (position.changedAt > row.latestChange) row.latestChange = position.changedAt;
  }
  return [...rows.values()];
}

function sortRows(rows: BoardRow[], sort: BoardSort): BoardRow[] {
  const byName = (a: BoardRow, b: BoardRow): number => a.name.localeCompare(b.name, 'en');
  if (sort === 'name') return rows.sort(byName);
  return rows.sort((a, b) => b.latestChange.localeCompare(a.latestChange) || byName(a, b));
}

/** The matrix of the board page: one row per country, one column per commitment in the filter. */
export async function loadBoard(store: WebPledgeStore, filter: BoardFilter): Promise<Board> {
  const all = await store.positions();
  const allCountries = groupByCountry(all)
    .map((r) => ({ code: r.country, name: r.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const wanted = all.filter((p) => (!filter.country || p.country === filter.country) && (!filter.commitment || p.commitment === filter.commitment));
  return {
    commitments: filter.commitment ? [filter.commitment] : COMMITMENTS,
    rows: sortRows(groupByCountry(wanted), filter.sort),
    allCountries,
  };
}

function newestFirst(entries: HistoryEntry[]): HistoryEntry[] {
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * A country's timeline in the store's order (newest first, the order the changes were made),
 * or every country's merged by time when none is given.
 */
export async function loadHistory(store: WebPledgeStore, options: { country?: string; commitment?: Commitment; limit: number }): Promise<HistoryEntry[]> {
  if (options.country) {
    return (await store.history(options.country, options.commitment, options.limit)).slice(0, options.limit);
  }
  const countries = await store.countries();
  const perCountry = await Promise.all(countries.map((c) => store.history(c, options.commitment, options.limit)));
  return newestFirst(perCountry.flat()).slice(0, options.limit);
}
