import { quoteInput } from '../errors/index.js';
import { resolveCountry } from '../countries/index.js';
import { isCommitment, type Commitment } from '../model/taxonomy.js';
import { HttpError } from './http-util.js';

const MAX_PARAM_LENGTH = 100;

function param(url: URL, name: string): string | undefined {
  const values = url.searchParams.getAll(name).filter((v) => v.trim() !== '');
  if (values.length > 1) throw new HttpError(400, `give "${name}" once`);
  const value = values[0]?.trim();
  if (value !== undefined && value.length > MAX_PARAM_LENGTH) throw new HttpError(400, `"${name}" is too long`);
  return value;
}

/** A country as typed ("IT", "Italy", "it"), resolved to its code; unknown names are a 400. */
export function countryParam(url: URL, name = 'country'): string | undefined {
  const value = param(url, name);
  if (value === undefined) return undefined;
  const code = resolveCountry(value);
  if (!code) throw new HttpError(400, `unknown country "${quoteInput(value)}" (use a code like IT or a name like Italy)`);
  return code;
}

export function commitmentParam(url: URL, name = 'commitment'): Commitment | undefined {
  const value = param(url, name);
  if (value === undefined) return undefined;
  const normalised = value.toLowerCase().replace(/[\s-]+/g, '_');
  if (!isCommitment(normalised)) throw new HttpError(400, `unknown commitment "${quoteInput(value)}"`);
  return normalised;
}

export function limitParam(url: URL, fallback: number, max: number): number {
  const value = param(url, 'limit');
  if (value === undefined) return fallback;
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1) throw new HttpError(400, `"limit" must be a whole number from 1 to ${max}`);
  return Math.min(Number(value), max);
}

export type BoardSort = 'name' | 'changed';

export function sortParam(url: URL): BoardSort {
  const value = param(url, 'sort') ?? 'name';
  if (value !== 'name' && value !== 'changed') throw new HttpError(400, 'unknown sort (use name or changed)');
  return value;
}
