import { createHash } from 'node:crypto';
import type { Article } from '../model/article.js';
import { key, type RedisContext } from '../redis/connection.js';

const RECORD_TTL_SECONDS = 180 * 24 * 3600;

/** What the worker did with one article: the first half of "why didn't this alert?". */
export interface ProcessingRecord {
  articleId: string;
  url: string;
  title: string;
  at: string;
  fullText: string;
  claims: number;
  alerts: number;
  duplicate: boolean;
}

function urlKey(ctx: RedisContext, url: string): string {
  return key(ctx, 'processed-url', createHash('sha256').update(url).digest('hex').slice(0, 32));
}

export async function recordProcessing(
  ctx: RedisContext,
  article: Article,
  facts: Pick<ProcessingRecord, 'fullText' | 'claims' | 'alerts' | 'duplicate'>,
): Promise<void> {
  const record: ProcessingRecord = { articleId: article.id, url: article.url, title: article.title, at: new Date().toISOString(), ...facts };
  // Two single-key writes rather than one MULTI: records and their URL index then spread
  // over a cluster's slots. The index goes first and the record, which tells a retried job
  // that this step is done, last: a crash in between leaves an index whose lookup misses,
  // and the retry writes both.
  await ctx.redis.set(urlKey(ctx, article.url), article.id, 'EX', RECORD_TTL_SECONDS);
  await ctx.redis.set(key(ctx, 'processed', article.id), JSON.stringify(record), 'EX', RECORD_TTL_SECONDS);
}

/** Looks a record up by article id or URL. */
export async function readProcessing(ctx: RedisContext, idOrUrl: string): Promise<ProcessingRecord | null> {
  const id = (await ctx.redis.get(urlKey(ctx, idOrUrl))) ?? idOrUrl;
  const raw = await ctx.redis.get(key(ctx, 'processed', id));
  return raw ? (JSON.parse(raw) as ProcessingRecord) : null;
}

/** True when the article id was ever queued (the poller's seen-set). */
export async function wasQueued(ctx: RedisContext, articleId: string): Promise<boolean> {
  return (await ctx.redis.exists(key(ctx, 'seen', articleId))) === 1;
}
