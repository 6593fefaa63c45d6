import { countryName } from '../countries/index.js';
import type { Evidence, Position } from '../model/alert.js';
import { COMMITMENT_LABELS } from '../model/taxonomy.js';
import type { HistoryEntry } from './plan.js';
import type { HistoryAnswer, StatusAnswer } from './queries.js';

/** Plain-text tables for people (CLI); chat and web render the same answers their own way. */
const QUOTE_CHARS = 140;

export function formatStatusAnswer(answer: StatusAnswer): string {
  if (answer.positions.length > 0) return formatPositions(answer.positions);
  const who = answer.country ? `${countryName(answer.country)} (${answer.country})` : 'No country';
  return `${who}: no reported position`;
}

export function formatPositions(positions: readonly Position[]): string {
  const lines: string[] = [];
  let country = '';
  for (const position of positions) {
    if (position.country !== country) {
      country = position.country;
      if (lines.length > 0) lines.push('');
      lines.push(`${countryName(country)} (${country})`);
    }
    lines.push(...positionLines(position));
  }
  return lines.join('\n');
}

function positionLines(position: Position): string[] {
  const reports = `${position.corroborations} report${position.corroborations === 1 ? '' : 's'}`;
  const head = `  ${COMMITMENT_LABELS[position.commitment].padEnd(21)} ${position.stance.padEnd(12)} ${reports.padEnd(10)}`;
  const since = position.changedPublished ? ` since ${position.changedPublished.slice(0, 10)}` : '';
  const mark = position.unconfirmed ? ` [reported, unconfirmed; channels were told: ${position.unconfirmed.confirmedStance ?? 'nothing'}]` : '';
  const lines = [`${head} ${describeEvidence(position.evidence)}${since}${mark}`];
  for (const contender of position.contenders ?? []) {
    lines.push(`  ${''.padEnd(21)} ${'  vs'.padEnd(12)} ${contender.stance.padEnd(10)} ${describeEvidence(contender)}`);
  }
  return lines;
}

export function formatHistoryAnswer(answer: HistoryAnswer): string {
  const about = answer.commitment ? ` — ${COMMITMENT_LABELS[answer.commitment]}` : '';
  const title = `${countryName(answer.country)} (${answer.country})${about}, newest first`;
  if (answer.entries.length === 0) return `${title}\n  no reported claims`;
  return `${title}\n${formatHistory(answer.entries)}`;
}

export function formatHistory(entries: readonly HistoryEntry[]): string {
  return entries.map(historyLine).join('\n');
}

/** Led by the report's own date (the news timeline); when the bot applied it comes last. */
function historyLine(entry: HistoryEntry): string {
  const published = entry.evidence.published === 'unknown' ? 'date unknown' : entry.evidence.published.slice(0, 10);
  const applied = entry.at.slice(0, 16).replace('T', ' ');
  const head = `  ${published.padEnd(12)} ${COMMITMENT_LABELS[entry.commitment].padEnd(21)} ${describeEntry(entry)}`;
  return `${head}  [applied ${applied}]\n      ${describeEvidence(entry.evidence)}`;
}

function describeEntry(entry: HistoryEntry): string {
  const backfill = entry.backfill ? ' (backfill)' : '';
  if (entry.kind === 'claim') return `claim: ${entry.to} (${entry.outcome.replace(/_/g, ' ')})`;
  const mark = entry.corrects ? ` [CORRECTION of the alert of ${entry.corrects.published.slice(0, 10)}: ${entry.corrects.to}]` : '';
  const status = entry.confirmation === 'unconfirmed' ? ' (reported, unconfirmed)' : entry.confirmation === 'confirmed' ? ' (confirmed)' : '';
  if (!entry.from) return `NEW${backfill}: ${entry.to}${status}${mark}`;
  return `${(entry.alertType ?? 'changed').toUpperCase()}${backfill}: ${entry.from} -> ${entry.to}${status}${mark}`;
}

/** "quote" — outlet, date, speaker, link: everything a reader needs to check the claim. */
export function describeEvidence(evidence: Evidence): string {
  const quote = evidence.quote.length > QUOTE_CHARS ? `${evidence.quote.slice(0, QUOTE_CHARS - 1)}…` : evidence.quote;
  const speaker = evidence.speaker === 'self' ? 'own officials' : 'third party';
  const source = [evidence.outlet, evidence.published, speaker, evidence.url].filter((part) => part && part !== 'unknown').join(', ');
  return `"${quote}" (${source})`;
}
