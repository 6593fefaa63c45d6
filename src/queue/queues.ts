import { Queue, type JobsOptions } from 'bullmq';
import type { Alert } from '../model/alert.js';
import type { Article } from '../model/article.js';
import { key, queueOptions, type RedisContext } from '../redis/connection.js';

/** Queue names: the pipeline's stages, in order. */
export const QUEUE = {
  /** One job per feed poll (driven by one Job Scheduler per feed). */
  polls: 'polls',
  /** One job per new article: fetch full text, extract claims, apply to state. */
  articles: 'articles',
  /** One job per position change: fan out to the console, the web page and subscribed channels. */
  alerts: 'alerts',
  /** One job per (alert, chat channel); one queue per platform so each has its own rate limit. */
  deliverDiscord: 'deliver-discord',
  deliverSlack: 'deliver-slack',
} as const;

export interface ArticleJob {
  article: Article;
  /** Record positions without alerting (first poll of a new feed, `replay --backfill`). */
  backfill: boolean;
}

export interface AlertJob {
  alert: Alert;
}

/** How long an article id stays "seen" so re-polls and other feeds carrying it do not re-queue it. */
export const SEEN_TTL_SECONDS = 180 * 24 * 3600;

const RETRYING: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

export interface Queues {
  polls: Queue;
  articles: Queue<ArticleJob>;
  alerts: Queue<AlertJob>;
  close(): Promise<void>;
}

export function createQueues(ctx: RedisContext): Queues {
  const polls = new Queue(QUEUE.polls, {
    ...queueOptions(ctx, QUEUE.polls),
    defaultJobOptions: { attempts: 1, removeOnComplete: { count: 1000 }, removeOnFail: { count: 1000 } },
  });
  const articles = new Queue<ArticleJob>(QUEUE.articles, { ...queueOptions(ctx, QUEUE.articles), defaultJobOptions: RETRYING });
  const alerts = new Queue<AlertJob>(QUEUE.alerts, { ...queueOptions(ctx, QUEUE.alerts), defaultJobOptions: RETRYING });
  return {
    polls,
    articles,
    alerts,
    async close() {
      await Promise.all([polls.close(), articles.close(), alerts.close()]);
    },
  };
}

/** BullMQ custom ids may not contain ':' nor be all digits. */
export function jobIdFor(kind: string, id: string): string {
  return `${kind}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * Queues each article once, ever. A permanent "seen" key guards against re-polls, several
 * feeds carrying the same item and publishers re-issuing it, and it is written only AFTER
 * the job exists: a crash in between leaves unseen articles whose jobs are there, so the
 * next poll adds them again, which the job id turns into a no-op (or, once the job is long
 * gone, into a re-run that the state recognises as a duplicate). The reverse order lost
 * articles for good. Returns the articles that were not seen before.
 */
export async function enqueueArticles(
  ctx: RedisContext,
  queues: Pick<Queues, 'articles'>,
  articles: Article[],
  options: { backfill: boolean },
): Promise<Article[]> {
  const fresh = await notSeenYet(ctx, articles);
  if (fresh.length === 0) return fresh;
  await queues.articles.addBulk(
    fresh.map((article) => ({
      name: 'article',
      data: { article, backfill: options.backfill },
      opts: { jobId: jobIdFor('article', article.id) },
    })),
  );
  // One SET per mark: the marks spread over a cluster's slots, and any subset written before a crash is fine.
  await Promise.all(fresh.map((article) => ctx.redis.set(key(ctx, 'seen', article.id), '1', 'EX', SEEN_TTL_SECONDS)));
  return fresh;
}

/** The articles (one per id) whose "seen" key is not set yet. */
async function notSeenYet(ctx: RedisContext, articles: Article[]): Promise<Article[]> {
  const unique = [...new Map(articles.map((article) => [article.id, article])).values()];
  if (unique.length === 0) return unique;
  const seen = await Promise.all(unique.map((article) => ctx.redis.exists(key(ctx, 'seen', article.id))));
  return unique.filter((_, i) => seen[i] === 0);
}

/** Queues one alert job per alert; the job id makes a retried article job harmless. */
export async function enqueueAlerts(queues: Pick<Queues, 'alerts'>, alerts: Alert[]): Promise<void> {
  if (alerts.length === 0) return;
  await queues.alerts.addBulk(alerts.map((alert) => ({ name: 'alert', data: { alert }, opts: { jobId: jobIdFor('alert', alert.id) } })));
}
