import type { Worker } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { AlertLog } from '../../src/alerts/alert-log.js';
import type { ChatSender } from '../../src/alerts/delivery.js';
import { closeDeliveryQueues, deliveryQueue, startDeliveryWorker } from '../../src/alerts/delivery-worker.js';
import { startAlertDispatcher } from '../../src/alerts/dispatcher.js';
import { SubscriptionStore, modeWants } from '../../src/alerts/subscriptions.js';
import { loadConfig } from '../../src/config/config.js';
import { startDemoServer } from '../../src/demo/demo-server.js';
import { createExtractor } from '../../src/extract/index.js';
import { FeedRegistry, fetchArticleText, startPoller } from '../../src/feeds/index.js';
import { createSafeFetcher } from '../../src/fetch/index.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Alert, Position } from '../../src/model/alert.js';
import type { Article } from '../../src/model/article.js';
import { startArticleWorker } from '../../src/queue/article-worker.js';
import { readProcessing } from '../../src/queue/processing-record.js';
import { createQueues, enqueueArticles, type Queues } from '../../src/queue/queues.js';
import type { RedisContext } from '../../src/redis/connection.js';
import { PledgeStore } from '../../src/state/index.js';
import { pendingJobs, waitFor } from './wait.js';
import { unfilteredSubscription } from './subscriptions.js';

/**
 * The whole pipeline in this process on any Redis shape, for the failover tests: the
 * poller on the demo feed, the article worker, the alert dispatcher with a recording sink.
 * Outcomes are reduced to what must not depend on the Redis shape or on a failover:
 * positions and alerts, with URLs cut to their path (each run has its own feed port).
 */
export interface PipelineOutcome {
  /** "DE/coalition conditional <- /articles/002.html", sorted. */
  positions: string[];
  /** Every alert the sink received, as "changed DE/coalition willing->conditional /articles/002.html", sorted. */
  alertsReceived: string[];
  /** Alert ids the sink received more than once (must be empty). */
  alertsReceivedTwice: string[];
  /** The received alerts a channel in the default 'confirmed' mode takes (unconfirmed reports wait). */
  alertsForChannel: string[];
  /** Every alert posted to the one subscribed chat channel, the same way. */
  alertsPosted: string[];
  /** Alert ids posted to that channel more than once (must be empty). */
  alertsPostedTwice: string[];
  /** The alert log, the same way (the web page's and the API's record). */
  alertLog: string[];
  /** Articles with a processing record, of those expected. */
  articlesProcessed: number;
  /** Article jobs that ended failed (all attempts used up). */
  articlesFailed: number;
}

const PATIENCE_MS = Number(process.env.PATIENCE_MS ?? 180_000);

export function positionLine(position: Position): string {
  return `${position.country}/${position.commitment} ${position.stance} <- ${new URL(position.evidence.url).pathname}`;
}

export function alertLine(alert: Alert): string {
  return `${alert.type} ${alert.country}/${alert.commitment} ${alert.from ?? '-'}->${alert.to} ${new URL(alert.evidence.url).pathname}`;
}

interface Running {
  queues: Queues;
  store: PledgeStore;
  alertLog: AlertLog;
  received: Alert[];
  posted: Alert[];
  close(): Promise<void>;
}

const CHANNEL = 'C0FAILOVER';

function duplicates(alerts: Alert[]): string[] {
  const ids = alerts.map((a) => a.id);
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

function startStages(
  ctx: RedisContext,
  options: { concurrency: number; fetchPageText?: (url: string) => Promise<{ title: string; text: string }> },
): Running & { subscribe(): Promise<void>; drained(): Promise<boolean> } {
  const queues = createQueues(ctx);
  for (const queue of [queues.polls, queues.articles, queues.alerts]) queue.on('error', () => undefined);
  const store = new PledgeStore(ctx);
  const alertLog = new AlertLog(ctx);
  const received: Alert[] = [];
  const posted: Alert[] = [];
  const subscriptions = new SubscriptionStore(ctx);
  // One chat channel subscribed to everything: what reaches it is what users would see.
  const sender: ChatSender = { platform: 'slack', send: async (_channel, alert) => void posted.push(alert), sendText: async () => undefined };
  const workers: Worker[] = [
    startArticleWorker({
      ctx,
      queues,
      extractor: createExtractor(loadConfig({}), silentLogger),
      store,
      logger: silentLogger,
      concurrency: options.concurrency,
      ...(options.fetchPageText ? { fetchPageText: options.fetchPageText } : {}),
    }),
    startAlertDispatcher({ ctx, alertLog, subscriptions, logger: silentLogger, localSinks: [(alert) => void received.push(alert)] }),
    startDeliveryWorker({ ctx, sender, subscriptions, logger: silentLogger, budgetPerHour: 1_000_000 }),
  ];
  return {
    queues,
    store,
    alertLog,
    received,
    posted,
    async subscribe() {
      await subscriptions.upsert(unfilteredSubscription('slack', CHANNEL, new Date().toISOString()));
    },
    async drained() {
      return (await pendingJobs(queues.alerts)) === 0 && (await pendingJobs(deliveryQueue(ctx, 'slack'))) === 0;
    },
    async close() {
      // A run that failed may leave a job in hand: do not let closing hang the test file.
      for (const worker of workers) await Promise.race([worker.close(), sleep(15_000).then(() => worker.close(true))]);
      // Nor a queue whose connection went down with a cluster node: the context's client is closed after the test.
      await Promise.race([queues.close(), sleep(15_000)]);
      await Promise.race([closeDeliveryQueues(ctx), sleep(15_000)]);
    },
  };
}

async function outcomeOf(running: Running, processed: number): Promise<PipelineOutcome> {
  return {
    positions: (await running.store.positions()).map(positionLine).sort(),
    alertsReceived: running.received.map(alertLine).sort(),
    alertsReceivedTwice: duplicates(running.received),
    alertsForChannel: running.received
      .filter((alert) => modeWants('confirmed', alert))
      .map(alertLine)
      .sort(),
    alertsPosted: running.posted.map(alertLine).sort(),
    alertsPostedTwice: duplicates(running.posted),
    alertLog: (await running.alertLog.recent(1000)).map(alertLine).sort(),
    articlesProcessed: processed,
    articlesFailed: (await running.queues.articles.getJobCounts('failed')).failed ?? 0,
  };
}

/**
 * The seed story as users see it: the demo feed reveals the five reports one by one and
 * the poller picks each up. `afterReveal(n)` runs right after the n-th report (0-based)
 * appears, while the pipeline works on it: the place to kill a primary.
 */
export async function runSeedStory(ctx: RedisContext, afterReveal: (shown: number) => Promise<void> = async () => undefined): Promise<PipelineOutcome> {
  const demo = await startDemoServer({ revealEveryMs: 'manual' });
  const fetcher = createSafeFetcher({ timeoutMs: 5000, maxBytes: 2_000_000, userAgent: 'pledgewatch-test', allowPrivate: true, allowlist: [] });
  // Full text comes from the demo pages, as in production.
  const running = startStages(ctx, { concurrency: 1, fetchPageText: (url) => fetchArticleText(fetcher, url) });
  await running.subscribe();
  const registry = new FeedRegistry(ctx);
  let closePoller = async (): Promise<void> => undefined;
  try {
    const feed = await registry.add(demo.feedUrl, { intervalSeconds: 1, minIntervalSeconds: 1 });
    const poller = await startPoller({ ctx, queues: running.queues, fetcher, registry, logger: silentLogger, defaultIntervalSeconds: 1 });
    closePoller = () => poller.close();
    await waitFor('first poll of the demo feed', async () => (await registry.get(feed.id))?.lastSuccessAt, PATIENCE_MS);
    let shown = 0;
    for (; demo.revealNext(); shown++) {
      await afterReveal(shown);
      const page = `${demo.url}/articles/${String(shown).padStart(3, '0')}.html`;
      await waitFor(`article ${page} processed`, () => readProcessing(ctx, page), PATIENCE_MS);
    }
    await waitFor('alerts dispatched and posted', () => running.drained(), PATIENCE_MS);
    return await outcomeOf(running, shown);
  } finally {
    await closePoller();
    await running.close();
    await fetcher.close();
    await demo.close();
  }
}

/**
 * A corpus queued at once and worked off by `workers` in-process workers, each with its own
 * concurrency. `whenHalfDone` runs once half the articles are processed: the place to kill a primary.
 */
export async function runCorpus(
  ctx: RedisContext,
  articles: Article[],
  options: { concurrency: number; whenHalfDone?: () => Promise<void> },
): Promise<PipelineOutcome> {
  const running = startStages(ctx, { concurrency: options.concurrency });
  try {
    await running.subscribe();
    const queued = await enqueueArticles(ctx, running.queues, articles, { backfill: false });
    if (queued.length !== articles.length) throw new Error(`only ${queued.length} of ${articles.length} articles were queued`);
    const finished = async () => {
      const counts = await running.queues.articles.getJobCounts('completed', 'failed');
      return (counts.completed ?? 0) + (counts.failed ?? 0);
    };
    if (options.whenHalfDone) {
      await waitFor('half the corpus processed', async () => (await finished()) >= articles.length / 2, PATIENCE_MS);
      await options.whenHalfDone();
    }
    await waitFor('the whole corpus processed', async () => (await finished()) >= articles.length, PATIENCE_MS * 2);
    await waitFor('alerts dispatched and posted', () => running.drained(), PATIENCE_MS);
    let processed = 0;
    for (const article of articles) if (await readProcessing(ctx, article.id)) processed++;
    return await outcomeOf(running, processed);
  } finally {
    await running.close();
  }
}
