import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ErrorCode, PledgewatchError } from '../../errors/index.js';
import { parseJsonLines } from './json-lines.js';

/**
 * The real-news set: the repository keeps per article only metadata, the sha256 and length of the
 * text, and the gold labels. The texts live outside the repository (<dir>/raw/<id>.txt, rebuilt by
 * RECIPE.md); this module checks them against the manifest and turns them into article files.
 */

const manifestEntrySchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, "-" or "_" (it names a file)'),
    url: z.string().min(1),
    outlet: z.string().min(1),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
    title: z.string(),
    lang: z.string().min(2),
    distractor: z.boolean(),
    batch: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits'),
    chars: z.number().int().nonnegative(),
    query: z.string(),
    /** A batch kept for a later round: scored only when named with --batch. */
    held_out: z.boolean().optional(),
  })
  .passthrough();

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export function parseManifest(text: string, name = 'manifest.jsonl'): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  const ids = new Set<string>();
  const pages = new Map<string, string>();
  for (const { value: entry, where } of parseJsonLines(text, name, manifestEntrySchema)) {
    if (ids.has(entry.id)) throw new PledgewatchError(ErrorCode.CommandInput, `${where}: id ${entry.id} is listed twice`);
    ids.add(entry.id);
    const page = pageKey(entry.url);
    const first = pages.get(page);
    if (first !== undefined)
      throw new PledgewatchError(ErrorCode.CommandInput, `${where}: ${entry.id} is the page of ${first} under another url (${entry.url})`);
    pages.set(page, entry.id);
    entries.push(entry);
  }
  return entries;
}

/**
 * One key per page, whatever way its url was written: scheme, a default port (":443"), "www.", a trailing slash and
 * a fragment do not make another page, so one article cannot enter the set twice.
 */
export function pageKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}${parsed.search}`;
}

export async function readManifest(path: string): Promise<ManifestEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new PledgewatchError(ErrorCode.CommandInput, `cannot read manifest ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseManifest(text, path);
}

/** What `eval` scores when no batch is named: every batch but those held out for a later round. */
export function defaultScored(entries: ManifestEntry[]): ManifestEntry[] | null {
  return entries.some((e) => e.held_out === true) ? entries.filter((e) => e.held_out !== true) : null;
}

/** "B1,B2" -> the entries of those batches; an unknown batch name is an error that lists the known ones. */
export function selectBatches(entries: ManifestEntry[], batches: string | undefined): ManifestEntry[] {
  if (!batches) return entries;
  const wanted = batches
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const known = [...new Set(entries.map((e) => e.batch))];
  const unknown = wanted.filter((b) => !known.includes(b));
  if (unknown.length > 0)
    throw new PledgewatchError(ErrorCode.CommandInput, `unknown batch ${unknown.join(', ')}: the manifest has ${known.join(', ') || 'none'}`);
  return entries.filter((e) => wanted.includes(e.batch));
}

/** Characters as the manifest counts them: code points, with CRLF and CR read as one newline. */
export function countChars(text: string): number {
  let n = 0;
  const normalised = text.replace(/\r\n?/g, '\n');
  for (const _ of normalised) n++;
  return n;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The article file of SCHEMA.md for one entry: header lines, a blank line, then the raw text unchanged. */
export function articleFileText(entry: ManifestEntry, raw: string): string {
  const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim() || 'unknown';
  return `url: ${oneLine(entry.url)}\noutlet: ${oneLine(entry.outlet)}\npublished: ${entry.published}\ntitle: ${oneLine(entry.title)}\n\n${raw}`;
}

export interface CopyProblem {
  id: string;
  /** The raw text is missing, is not the text recorded, or its built article file is out of date. */
  kind: 'missing' | 'changed' | 'stale';
  problem: string;
}

async function readBytes(path: string): Promise<Buffer | null> {
  return readFile(path).catch(() => null);
}

/** Checks each entry's raw/<id>.txt (sha256 and length) and, where built, its articles/<id>.txt. */
export async function verifyCopy(dir: string, entries: ManifestEntry[]): Promise<CopyProblem[]> {
  const problems: CopyProblem[] = [];
  for (const entry of entries) {
    const rawPath = join(dir, 'raw', `${entry.id}.txt`);
    const bytes = await readBytes(rawPath);
    if (!bytes) {
      problems.push({ id: entry.id, kind: 'missing', problem: `missing ${rawPath}` });
      continue;
    }
    const hash = sha256Hex(bytes);
    if (hash !== entry.sha256) problems.push({ id: entry.id, kind: 'changed', problem: `${rawPath}: sha256 ${hash}, manifest says ${entry.sha256}` });
    const chars = countChars(bytes.toString('utf8'));
    if (chars !== entry.chars) problems.push({ id: entry.id, kind: 'changed', problem: `${rawPath}: ${chars} characters, manifest says ${entry.chars}` });
    if (hash !== entry.sha256) continue;
    const built = await readBytes(join(dir, 'articles', `${entry.id}.txt`));
    if (built && built.toString('utf8') !== articleFileText(entry, bytes.toString('utf8'))) {
      problems.push({
        id: entry.id,
        kind: 'stale',
        problem: `${join(dir, 'articles', `${entry.id}.txt`)} differs from its raw text and manifest entry (run build again)`,
      });
    }
  }
  return problems;
}

/** Writes <dir>/articles/<id>.txt for every entry whose raw text verifies; returns the problems of the others. */
export async function buildArticles(dir: string, entries: ManifestEntry[]): Promise<{ built: number; problems: CopyProblem[] }> {
  const problems = (await verifyCopy(dir, entries)).filter((p) => p.kind !== 'stale');
  const bad = new Set(problems.map((p) => p.id));
  await mkdir(join(dir, 'articles'), { recursive: true });
  let built = 0;
  for (const entry of entries) {
    if (bad.has(entry.id)) continue;
    const raw = await readFile(join(dir, 'raw', `${entry.id}.txt`), 'utf8');
    await writeFile(join(dir, 'articles', `${entry.id}.txt`), articleFileText(entry, raw));
    built++;
  }
  return { built, problems };
}

export function formatProblems(problems: CopyProblem[]): string {
  return problems.map((p) => `${p.id}: ${p.problem}`).join('\n');
}

/** How much of one batch the local copy holds. */
export interface BatchCoverage {
  batch: string;
  listed: number;
  verified: number;
  missing: number;
  changed: number;
}

/** Per batch (B1, B2, ..., B10 in that order): texts listed, verified, missing, and present but not the text the manifest records. */
export function coverageByBatch(entries: ManifestEntry[], problems: CopyProblem[]): BatchCoverage[] {
  const missing = new Set(problems.filter((p) => p.kind === 'missing').map((p) => p.id));
  const changed = new Set(problems.filter((p) => p.kind === 'changed').map((p) => p.id));
  const rows = new Map<string, BatchCoverage>();
  for (const entry of entries) {
    const row = rows.get(entry.batch) ?? { batch: entry.batch, listed: 0, verified: 0, missing: 0, changed: 0 };
    rows.set(entry.batch, row);
    row.listed++;
    if (missing.has(entry.id)) row.missing++;
    else if (changed.has(entry.id)) row.changed++;
    else row.verified++;
  }
  return [...rows.values()].sort((a, b) => a.batch.localeCompare(b.batch, 'en', { numeric: true }));
}

export function formatCoverage(rows: BatchCoverage[]): string {
  const total: BatchCoverage = { batch: 'all', listed: 0, verified: 0, missing: 0, changed: 0 };
  for (const row of rows) {
    total.listed += row.listed;
    total.verified += row.verified;
    total.missing += row.missing;
    total.changed += row.changed;
  }
  const line = (r: BatchCoverage): string => {
    const gaps = [r.missing > 0 ? `${r.missing} missing` : '', r.changed > 0 ? `${r.changed} not the recorded text` : ''].filter(Boolean).join(', ');
    return `${r.batch.padEnd(8)} ${String(r.verified).padStart(8)} / ${String(r.listed).padEnd(6)} ${gaps}`.trimEnd();
  };
  return ['batch    verified / listed', ...rows.map(line), line(total)].join('\n');
}

/** Missing texts are listed one by one up to this many; past it the coverage table counts them per batch. */
export const MISSING_LISTED = 20;

/** The problems worth a line each: every changed text, and the missing ones while they are few. */
export function problemsToList(problems: CopyProblem[]): CopyProblem[] {
  const missing = problems.filter((p) => p.kind === 'missing');
  return missing.length <= MISSING_LISTED ? problems : problems.filter((p) => p.kind !== 'missing');
}

export interface ImportResult {
  /** Ids whose text was written into <dir>/raw. */
  imported: string[];
  /** Ids whose verified text was already there. */
  present: string[];
  /** Files in the folder that hold no text of the manifest (another version of a page, or another file). */
  unmatched: string[];
}

/** Files larger than this are no page opening and are not read. */
const IMPORT_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Takes the texts from a folder filled another way (a copy handed over, another machine's local copy): every file whose
 * bytes, or whose body as an article file of `build`, have the sha256 of a manifest entry is written to
 * <dir>/raw/<id>.txt, whatever it was called. Nothing else is written, so a wrong or changed file cannot enter the copy.
 */
export async function importTexts(dir: string, entries: ManifestEntry[], from: string): Promise<ImportResult> {
  const byHash = new Map(entries.map((e) => [e.sha256, e]));
  const result: ImportResult = { imported: [], present: [], unmatched: [] };
  const done = new Set<string>();
  await mkdir(join(dir, 'raw'), { recursive: true });
  for (const path of await filesUnder(from)) {
    const found = recordedText(await readFile(path), byHash);
    if (!found) {
      result.unmatched.push(path);
      continue;
    }
    const { entry, text } = found;
    if (done.has(entry.id)) continue;
    done.add(entry.id);
    const target = join(dir, 'raw', `${entry.id}.txt`);
    const existing = await readBytes(target);
    if (existing && sha256Hex(existing) === entry.sha256) {
      result.present.push(entry.id);
      continue;
    }
    await writeFile(target, text);
    result.imported.push(entry.id);
  }
  return result;
}

/** The manifest entry whose text a file holds, as itself or as the body of an article file, and that text. */
function recordedText(bytes: Buffer, byHash: Map<string, ManifestEntry>): { entry: ManifestEntry; text: Buffer } | undefined {
  for (const text of [bytes, articleBody(bytes)]) {
    const entry = text ? byHash.get(sha256Hex(text)) : undefined;
    if (entry) return { entry, text: text! };
  }
  return undefined;
}

/** The raw text inside an article file that `build` wrote (its header lines, a blank line, the text), or null. */
function articleBody(bytes: Buffer): Buffer | null {
  if (!bytes.subarray(0, 5).equals(Buffer.from('url: '))) return null;
  const end = bytes.indexOf('\n\n');
  return end < 0 ? null : bytes.subarray(end + 2);
}

/** Regular files under a folder, depth first in name order; links are not followed and very large files are skipped. */
async function filesUnder(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).sort();
  } catch (error) {
    throw new PledgewatchError(ErrorCode.CommandInput, `cannot read the folder ${folder}: ${(error as Error).message}`, { cause: error });
  }
  const files: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const info = await lstat(path);
    if (info.isDirectory()) files.push(...(await filesUnder(path)));
    else if (info.isFile() && info.size <= IMPORT_MAX_BYTES) files.push(path);
  }
  return files;
}
