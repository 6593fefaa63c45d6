import { resolveCountry } from '../countries/index.js';
import { ErrorCode, PledgewatchError, quoteInput } from '../errors/index.js';
import type { Position } from '../model/alert.js';
import { COMMITMENT_LABELS, COMMITMENTS, isCommitment, type Commitment } from '../model/taxonomy.js';
import type { HistoryEntry } from './plan.js';
import type { PledgeStore } from './pledge-store.js';

/**
 * The answers to `/status` and `/history`, shared by the CLI, the chat commands and the web
 * page so they all show exactly the same thing.
 */
export interface StatusAnswer {
  /** The country asked about, or null for the whole table. */
  country: string | null;
  positions: Position[];
}

export interface HistoryAnswer {
  country: string;
  commitment: Commitment | null;
  entries: HistoryEntry[];
}

export async function lookupStatus(store: PledgeStore, query?: string): Promise<StatusAnswer> {
  if (query === undefined || query.trim() === '') return { country: null, positions: await store.positions() };
  const country = countryOrThrow(query);
  return { country, positions: await store.positions(country) };
}

export async function lookupHistory(store: PledgeStore, query: string, commitment?: string, limit = 50): Promise<HistoryAnswer> {
  const country = countryOrThrow(query);
  const wanted = commitment === undefined || commitment.trim() === '' ? null : parseCommitment(commitment);
  return { country, commitment: wanted, entries: await store.history(country, wanted ?? undefined, limit) };
}

/** "ground troops", "ground-troops", "Ground_Troops" and the display labels all name a commitment. */
export function parseCommitment(text: string): Commitment {
  const normalised = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (isCommitment(normalised)) return normalised;
  const byLabel = COMMITMENTS.find((c) => COMMITMENT_LABELS[c].toLowerCase().replace(/\s+/g, '_') === normalised);
  if (byLabel) return byLabel;
  throw new PledgewatchError(ErrorCode.CommandInput, `unknown commitment "${quoteInput(text)}": use one of ${COMMITMENTS.join(', ')}`);
}

function countryOrThrow(query: string): string {
  const country = resolveCountry(query);
  if (!country) {
    throw new PledgewatchError(
      ErrorCode.CommandInput,
      `unknown country "${quoteInput(query.trim())}": try a name, ISO code, demonym or leader (Italy, IT, Italian, Meloni)`,
    );
  }
  return country;
}
