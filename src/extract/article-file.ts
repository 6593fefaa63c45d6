import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ErrorCode, PledgewatchError, quoteInput } from '../errors/index.js';
import type { Article } from '../model/article.js';

const HEADER_KEYS = new Set(['url', 'outlet', 'published', 'title']);

/**
 * Parses the article file format of eval/SCHEMA.md: `key: value` header lines,
 * one blank line, then the body as scraped. Unknown header values stay 'unknown'.
 */
export function parseArticleFile(text: string, fileName: string): Article {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blank = normalised.indexOf('\n\n');
  if (blank < 0) {
    throw new PledgewatchError(
      ErrorCode.ArticleFile,
      `${fileName}: no blank line after the header (expected "url:", "outlet:", "published:", "title:" lines, a blank line, then the body)`,
    );
  }
  const header: Record<string, string> = {};
  for (const line of normalised.slice(0, blank).split('\n')) {
    const match = /^([a-z_]+):\s*(.*)$/i.exec(line.trim());
    if (!match) throw new PledgewatchError(ErrorCode.ArticleFile, `${quoteInput(fileName)}: header line "${quoteInput(line)}" is not "key: value"`);
    const name = match[1]!.toLowerCase();
    if (HEADER_KEYS.has(name)) header[name] = match[2]!.trim();
  }
  const body = normalised.slice(blank + 2);
  const url = header.url || 'unknown';
  return {
    id: articleIdFor(url !== 'unknown' ? url : `${fileName}\n${body}`),
    url,
    outlet: header.outlet || 'unknown',
    published: header.published || 'unknown',
    title: header.title || 'unknown',
    body,
  };
}

export async function readArticleFile(path: string): Promise<Article> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new PledgewatchError(ErrorCode.ArticleFile, `cannot read article file ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return parseArticleFile(text, basename(path));
}

/** A short, stable id for an article key (guid, link or content). */
export function articleIdFor(stableKey: string): string {
  return createHash('sha256').update(stableKey).digest('hex').slice(0, 24);
}
