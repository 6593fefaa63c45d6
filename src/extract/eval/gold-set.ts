import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ErrorCode, PledgewatchError } from '../../errors/index.js';
import { COMMITMENTS, STANCES } from '../../model/taxonomy.js';
import type { ScoredClaim } from './score.js';

const goldClaimSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO alpha-2 code or EU'),
  commitment: z.enum(COMMITMENTS),
  stance: z.enum(STANCES),
  evidence: z.string().optional(),
  optional: z.boolean().optional(),
});
const goldLineSchema = z.object({ article: z.string().min(1), claims: z.array(goldClaimSchema) });

export interface GoldArticle {
  file: string;
  path: string;
  claims: ScoredClaim[];
}

/** Reads a gold set folder (articles/*.txt + gold.jsonl), naming the line of any bad entry. */
export async function readGoldSet(dir: string): Promise<GoldArticle[]> {
  let text: string;
  try {
    text = await readFile(join(dir, 'gold.jsonl'), 'utf8');
  } catch (error) {
    throw new PledgewatchError(ErrorCode.CommandInput, `cannot read ${join(dir, 'gold.jsonl')}: ${(error as Error).message} (a gold set is a folder with articles/*.txt and gold.jsonl)`, { cause: error });
  }
  const files = new Set(await readdir(join(dir, 'articles')).catch(() => [] as string[]));
  const articles: GoldArticle[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let parsed: z.infer<typeof goldLineSchema>;
    try {
      parsed = goldLineSchema.parse(JSON.parse(line));
    } catch (error) {
      throw new PledgewatchError(ErrorCode.CommandInput, `gold.jsonl line ${index + 1}: ${(error as Error).message.split('\n')[0]}`);
    }
    if (!files.has(parsed.article)) {
      throw new PledgewatchError(ErrorCode.CommandInput, `gold.jsonl line ${index + 1}: articles/${parsed.article} does not exist`);
    }
    articles.push({ file: parsed.article, path: join(dir, 'articles', parsed.article), claims: parsed.claims });
  });
  return articles;
}
