import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { ErrorCode, namedBriefly, PledgewatchError } from '../../errors/index.js';
import { parseJsonLines } from './json-lines.js';
import { COMMITMENTS, STANCES } from '../../model/taxonomy.js';
import type { ScoredClaim } from './score.js';

const goldClaimSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO alpha-2 code or EU'),
  commitment: z.enum(COMMITMENTS),
  stance: z.enum(STANCES),
  evidence: z.string().optional(),
  optional: z.boolean().optional(),
  confidence: z.number().min(0).max(1).optional(),
  evidence_span: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
  evidence_in: z.literal('title').optional(),
});
const goldLineSchema = z.object({ article: z.string().min(1), claims: z.array(goldClaimSchema) });

export interface GoldArticle {
  file: string;
  path: string;
  claims: ScoredClaim[];
}

/** Where a set's labels and texts are: `gold` is a folder with gold.jsonl, or a .jsonl file itself. */
export interface GoldSetOptions {
  /** Folder of the article files, when they live outside the set (texts that may not be committed). */
  texts?: string;
  /** Only these article files (after `articleFileName`), in the order of the gold file. */
  only?: ReadonlySet<string>;
}

/** "a001" and "a001.txt" name the same article file. */
export function articleFileName(article: string): string {
  return article.endsWith('.txt') ? article : `${article}.txt`;
}

/** True when `path` is a folder (a gold set), false for a file. */
export async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** The gold.jsonl of a set folder, or the .jsonl file given. */
export async function goldFilePath(gold: string): Promise<string> {
  return (await isFolder(gold)) ? join(gold, 'gold.jsonl') : gold;
}

/** Reads a claims file (SCHEMA.md gold format, one article per line), naming the line of any bad entry. */
export async function readClaimsFile(path: string): Promise<Array<{ file: string; claims: ScoredClaim[] }>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new PledgewatchError(
      ErrorCode.CommandInput,
      `cannot read ${path}: ${(error as Error).message} (a gold set is a folder with articles/*.txt and gold.jsonl, or a .jsonl file of {"article","claims"} lines)`,
      { cause: error },
    );
  }
  const lines: Array<{ file: string; claims: ScoredClaim[] }> = [];
  const seen = new Set<string>();
  for (const { value, where } of parseJsonLines(text, basename(path), goldLineSchema)) {
    const file = articleFileName(value.article);
    if (seen.has(file)) throw new PledgewatchError(ErrorCode.CommandInput, `${where}: ${file} is listed twice`);
    seen.add(file);
    lines.push({ file, claims: value.claims });
  }
  return lines;
}

/**
 * Reads a gold set: labels from gold.jsonl (or the file given), texts from its articles/ folder or
 * from `options.texts`. Every listed article must have its text; the error names the missing ones.
 */
export async function readGoldSet(gold: string, options: GoldSetOptions = {}): Promise<GoldArticle[]> {
  const { articles, missing, textsDir, goldFile } = await readPresentGoldSet(gold, options);
  if (missing.length > 0) {
    throw new PledgewatchError(
      ErrorCode.CommandInput,
      `${missing.length} article text(s) listed in ${basename(goldFile)} are not in ${textsDir}: ${namedBriefly(missing)} (rebuild the texts, point --texts at them, choose batches with --batch, or score the texts there are with --available)`,
    );
  }
  return articles;
}

/** The listed articles whose texts are there, and the files of the others (a local copy only partly rebuilt). */
export async function readPresentGoldSet(
  gold: string,
  options: GoldSetOptions = {},
): Promise<{ articles: GoldArticle[]; missing: string[]; textsDir: string; goldFile: string }> {
  const goldFile = await goldFilePath(gold);
  const textsDir = options.texts ?? join((await isFolder(gold)) ? gold : dirname(gold), 'articles');
  const lines = (await readClaimsFile(goldFile)).filter((line) => !options.only || options.only.has(line.file));
  const files = new Set(await readdir(textsDir).catch(() => [] as string[]));
  const articles = lines.filter((line) => files.has(line.file)).map((line) => ({ file: line.file, path: join(textsDir, line.file), claims: line.claims }));
  return { articles, missing: lines.filter((line) => !files.has(line.file)).map((line) => line.file), textsDir, goldFile };
}
