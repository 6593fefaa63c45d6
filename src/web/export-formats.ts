import { countryName } from '../countries/index.js';
import type { Alert, Evidence, Position } from '../model/alert.js';
import { toCsv } from './csv.js';
import type { HistoryEntry } from './types.js';

type Column<T> = { name: string; value: (row: T) => unknown };

/** The evidence columns every export shares, so a spreadsheet can join the three files. */
function evidenceColumns<T>(pick: (row: T) => Evidence): Column<T>[] {
  return [
    { name: 'quote', value: (r) => pick(r).quote },
    { name: 'speaker', value: (r) => pick(r).speaker },
    { name: 'evidence_stance', value: (r) => pick(r).stance },
    { name: 'confidence', value: (r) => pick(r).confidence },
    { name: 'outlet', value: (r) => pick(r).outlet },
    { name: 'published', value: (r) => pick(r).published },
    { name: 'title', value: (r) => pick(r).title },
    { name: 'url', value: (r) => pick(r).url },
    { name: 'article_id', value: (r) => pick(r).articleId },
  ];
}

const POSITION_COLUMNS: Column<Position>[] = [
  { name: 'country', value: (p) => p.country },
  { name: 'country_name', value: (p) => countryName(p.country) },
  { name: 'commitment', value: (p) => p.commitment },
  { name: 'stance', value: (p) => p.stance },
  { name: 'corroborations', value: (p) => p.corroborations },
  { name: 'changed_at', value: (p) => p.changedAt },
  ...evidenceColumns<Position>((p) => p.evidence),
  { name: 'contenders', value: (p) => p.contenders?.length ?? 0 },
];

const HISTORY_COLUMNS: Column<HistoryEntry>[] = [
  { name: 'at', value: (h) => h.at },
  { name: 'kind', value: (h) => h.kind },
  { name: 'alert_type', value: (h) => h.alertType ?? '' },
  { name: 'country', value: (h) => h.country },
  { name: 'country_name', value: (h) => countryName(h.country) },
  { name: 'commitment', value: (h) => h.commitment },
  { name: 'from', value: (h) => h.from ?? '' },
  { name: 'to', value: (h) => h.to },
  { name: 'outcome', value: (h) => h.outcome ?? '' },
  { name: 'reason', value: (h) => h.reason ?? '' },
  ...evidenceColumns<HistoryEntry>((h) => h.evidence),
];

const ALERT_COLUMNS: Column<Alert>[] = [
  { name: 'id', value: (a) => a.id },
  { name: 'created_at', value: (a) => a.createdAt },
  { name: 'type', value: (a) => a.type },
  { name: 'country', value: (a) => a.country },
  { name: 'country_name', value: (a) => countryName(a.country) },
  { name: 'commitment', value: (a) => a.commitment },
  { name: 'from', value: (a) => a.from ?? '' },
  { name: 'to', value: (a) => a.to },
  ...evidenceColumns<Alert>((a) => a.evidence),
];

export const positionsCsv = (rows: readonly Position[]): string => toCsv(POSITION_COLUMNS, rows);
export const historyCsv = (rows: readonly HistoryEntry[]): string => toCsv(HISTORY_COLUMNS, rows);
export const alertsCsv = (rows: readonly Alert[]): string => toCsv(ALERT_COLUMNS, rows);

/** JSON records are the store's own objects plus the display name, so scripts need no lookup table. */
export function withCountryName<T extends { country: string }>(rows: readonly T[]): (T & { countryName: string })[] {
  return rows.map((row) => ({ ...row, countryName: countryName(row.country) }));
}
