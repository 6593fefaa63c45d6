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
 * Queues each article once, ever: a permanent "seen" key (SET NX) guards against
 * re-polls, several feeds carrying the same item and publishers re-issuing it;
 * the BullMQ job id is a second guard. Returns the articles actually queued.
 */
export async function enqueueArticles(
  ctx: RedisContext,
  queues: Pick<Queues, 'articles'>,
  articles: Article[],
  options: { backfill: boolean },
): Promise<Article[]> {
  const fresh: Article[] = [];
  for (const article of articles) {
    const firstTime = await ctx.redis.set(key(ctx, 'seen', article.id), '1', 'EX', SEEN_TTL_SECONDS, 'NX');
    if (firstTime === 'OK') fresh.push(article);
  }
  if (fresh.length === 0) return fresh;
  try {
    await queues.articles.addBulk(
      fresh.map((article) => ({
        name: 'article',
        data: { article, backfill: options.backfill },
        opts: { jobId: jobIdFor('article', article.id) },
      })),
    );
  } catch (error) {
    // Not queued after all: forget them, so the next poll queues them instead of skipping them.
    // One DEL per key: the marks hash to different cluster slots.
    await Promise.all(fresh.map((article) => ctx.redis.del(key(ctx, 'seen', article.id)))).catch(() => undefined);
    throw error;
  }
  return fresh;
}

/** Queues one alert job per alert; the job id makes a retried article job harmless. */
export async function enqueueAlerts(queues: Pick<Queues, 'alerts'>, alerts: Alert[]): Promise<void> {
  if (alerts.length === 0) return;
  await queues.alerts.addBulk(
    alerts.map((alert) => ({ name: 'alert', data: { alert }, opts: { jobId: jobIdFor('alert', alert.id) } })),
  );
}
