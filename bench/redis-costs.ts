/**
 * What the pipeline asks of Redis, for the capacity model in docs/scaling.md. Runs on a
 * private redis-server on a free loopback port (so other traffic does not count), stage
 * by stage, reading INFO commandstats and INFO cpu before and after each stage:
 * - Redis commands (and Redis CPU) per article queued, per article processed, per alert
 *   dispatched with and without a subscribed channel, per delivery, per feed poll;
 * - commands per second of Redis CPU on this mix: what one primary sustains;
 * - MEMORY USAGE of each kind of key, per feed, position, history entry, article.
 * BENCH_COST_ARTICLES (default 1000) articles of the generated corpus.
 */
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { AlertLog } from '../src/alerts/alert-log.js';
import { closeDeliveryQueues, deliveryQueue, startDeliveryWorker } from '../src/alerts/delivery-worker.js';
import { startAlertDispatcher } from '../src/alerts/dispatcher.js';
import { SubscriptionStore } from '../src/alerts/subscriptions.js';
import { loadConfig } from '../src/config/config.js';
import { spreadCorpus } from '../src/demo/corpus.js';
import { createExtractor } from '../src/extract/index.js';
import { FeedRegistry, startPoller } from '../src/feeds/index.js';
import { createSafeFetcher } from '../src/fetch/index.js';
import { silentLogger } from '../src/log/logger.js';
import { metrics } from '../src/metrics/metrics.js';
import type { Alert } from '../src/model/alert.js';
import { startArticleWorker } from '../src/queue/article-worker.js';
import { createQueues, enqueueArticles, type Queues } from '../src/queue/queues.js';
import { closeRedisContext, createRedisContext, key, queuePrefix, slotTag, type RedisContext } from '../src/redis/connection.js';
import { DEFAULT_TOPIC, PledgeStore } from '../src/state/index.js';
import { SingleServer } from '../test/helpers/redis-servers.js';
import { unfilteredSubscription } from '../test/helpers/subscriptions.js';

const ARTICLES = Number(process.env.BENCH_COST_ARTICLES ?? 1000);
const FEEDS = 200;
const ITEMS_PER_FEED = 20;
const POLL_ROUNDS = 3;

interface StageCost {
  units: number;
  commandsPerUnit: number;
  redisCpuMicrosecondsPerUnit: number;
  /** The commands that make up most of it, per unit. */
  top: Record<string, number>;
}

type Stats = { calls: Map<string, number>; cpuSeconds: number };

async function readStats(ctx: RedisContext): Promise<Stats> {
  const info = await ctx.redis.info('all');
  const calls = new Map<string, number>();
  for (const match of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls.set(match[1]!, Number(match[2]));
  const cpu = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0);
  return { calls, cpuSeconds: cpu('used_cpu_sys') + cpu('used_cpu_user') };
}

/** Commands that only this measurement sends. */
const OWN_COMMANDS = new Set(['info', 'config|resetstat', 'memory|usage']);

async function measure(ctx: RedisContext, units: number, stage: () => Promise<void>): Promise<StageCost & { commands: number; cpuSeconds: number }> {
  await ctx.redis.config('RESETSTAT');
  const before = await readStats(ctx);
  await stage();
  const after = await readStats(ctx);
  const perCommand = [...after.calls]
    .filter(([name]) => !OWN_COMMANDS.has(name))
    .map(([name, calls]) => [name, calls - (before.calls.get(name) ?? 0)] as const);
  const commands = perCommand.reduce((sum, [, calls]) => sum + calls, 0);
  const cpuSeconds = after.cpuSeconds - before.cpuSeconds;
  const top = Object.fromEntries(
    perCommand
      .filter(([, calls]) => calls / units >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .map(([name, calls]) => [name, round(calls / units, 1)]),
  );
  return { units, commands, cpuSeconds, commandsPerUnit: round(commands / units, 1), redisCpuMicrosecondsPerUnit: Math.round((cpuSeconds * 1e6) / units), top };
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`benchmark gave up waiting for ${what}`);
    await sleep(25);
  }
}

async function count(queue: { getJobCounts(...types: string[]): Promise<Record<string, number>> }, ...states: string[]): Promise<number> {
  return Object.values(await queue.getJobCounts(...states)).reduce((sum, n) => sum + n, 0);
}

/** A sender that accepts everything: the delivery's Redis cost without a chat platform. */
const nullSender = { platform: 'discord' as const, send: async () => undefined, sendText: async () => undefined };

async function articleStages(ctx: RedisContext, queues: Queues) {
  const articles = spreadCorpus(ARTICLES);
  const queued = await measure(ctx, ARTICLES, async () => void (await enqueueArticles(ctx, queues, articles, { backfill: false })));
  const store = new PledgeStore(ctx);
  let worker: ReturnType<typeof startArticleWorker> | undefined;
  const processed = await measure(ctx, ARTICLES, async () => {
    worker = startArticleWorker({ ctx, queues, extractor: createExtractor(loadConfig({}), silentLogger), store, logger: silentLogger, concurrency: 8 });
    await until(async () => (await count(queues.articles, 'completed', 'failed')) >= ARTICLES, 'articles processed');
  });
  await worker?.close();
  return { queued, processed, alerts: await queues.alerts.count() };
}

async function alertStages(ctx: RedisContext, queues: Queues, alertsQueued: number) {
  const subscriptions = new SubscriptionStore(ctx);
  const dispatcher = startAlertDispatcher({ ctx, alertLog: new AlertLog(ctx), subscriptions, logger: silentLogger, localSinks: [] });
  // Half the alerts with no channel subscribed, then one channel for the rest: the difference is the fan-out.
  const half = Math.floor(alertsQueued / 2);
  await dispatcher.pause();
  const waiting = await queues.alerts.getJobs(['waiting'], 0, alertsQueued);
  const later = waiting.slice(half).map((job) => job.data.alert);
  await Promise.all(waiting.slice(half).map((job) => job.remove()));
  const unsubscribed = await measure(ctx, half, async () => {
    dispatcher.resume();
    await until(async () => (await count(queues.alerts, 'waiting', 'active', 'delayed')) === 0, 'alerts dispatched');
  });
  await subscriptions.upsert(unfilteredSubscription('discord', 'bench', new Date().toISOString()));
  const subscribed = await measure(ctx, later.length, async () => {
    await queues.alerts.addBulk(
      later.map((alert: Alert) => ({ name: 'alert', data: { alert }, opts: { jobId: `alert-later-${alert.id.replace(/[^A-Za-z0-9_-]/g, '_')}` } })),
    );
    await until(async () => (await count(queues.alerts, 'waiting', 'active', 'delayed')) === 0, 'alerts dispatched to one channel');
  });
  await dispatcher.close();
  const deliveries = await count(deliveryQueue(ctx, 'discord'), 'waiting');
  const delivered = await measure(ctx, deliveries, async () => {
    const worker = startDeliveryWorker({ ctx, sender: nullSender, subscriptions, logger: silentLogger, budgetPerHour: 1_000_000 });
    await until(async () => (await count(deliveryQueue(ctx, 'discord'), 'waiting', 'active', 'delayed')) === 0, 'deliveries');
    await worker.close();
  });
  return { unsubscribed, subscribed, delivered };
}

/** FEEDS feeds of ITEMS_PER_FEED unchanged items each, answered 200 every time (the costlier case than 304). */
async function pollStage(ctx: RedisContext, queues: Queues) {
  const items = Array.from(
    { length: ITEMS_PER_FEED },
    (_, i) =>
      `<item><title>Item ${i}</title><link>https://news.example/poll/${i}</link><guid>poll-${i}</guid><description>Talks continued in Paris on the guarantees for Ukraine.</description></item>`,
  ).join('');
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>${req.url}</title><link>https://news.example/</link>${items.replaceAll('poll-', `poll${req.url}-`)}</channel></rss>`,
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  const fetcher = createSafeFetcher({ timeoutMs: 10_000, maxBytes: 5_000_000, userAgent: 'pledgewatch-bench', allowPrivate: false, allowlist: ['127.0.0.1'] });
  const registry = new FeedRegistry(ctx);
  for (let i = 0; i < FEEDS; i++) await registry.add(`http://127.0.0.1:${port}/feed/${i}`);
  const polled = async () => (await registry.list()).filter((f) => f.lastSuccessAt).length;
  // The first round is each feed's backfill; the measured rounds find every item already seen.
  const poller = await startPoller({ ctx, queues, fetcher, registry, logger: silentLogger, defaultIntervalSeconds: 300, concurrency: 32 });
  await until(async () => (await polled()) >= FEEDS, 'first polls');
  await until(async () => (await count(queues.polls, 'waiting', 'active')) === 0, 'first polls settle');
  const ids = await registry.ids();
  const polls = await measure(ctx, FEEDS * POLL_ROUNDS, async () => {
    for (let round = 0; round < POLL_ROUNDS; round++) {
      await Promise.all(ids.map((id) => ctx.redis.hdel(key(ctx, slotTag('feeds'), 'feed', id), 'nextPollAt')));
      const before = await pollsCounted();
      await queues.polls.addBulk(ids.map((feedId) => ({ name: 'poll', data: { feedId } })));
      await until(async () => (await pollsCounted()) >= before + FEEDS, 'a poll round');
    }
  });
  await poller.close();
  await fetcher.close();
  server.closeAllConnections();
  server.close();
  // The per-poll figure includes one DEL of nextPollAt per feed that only this benchmark sends.
  return { ...polls, note: 'includes 1 HDEL per poll sent by the benchmark to make the feed due' };
}

async function pollsCounted(): Promise<number> {
  const { values } = await metrics.feedsPolled.get();
  return values.reduce((sum, v) => sum + v.value, 0);
}

async function memoryOf(ctx: RedisContext, name: string): Promise<number> {
  return Number((await ctx.redis.call('MEMORY', 'USAGE', name, 'SAMPLES', '0')) ?? 0);
}

async function memoryFigures(ctx: RedisContext) {
  const state = (part: string) => key(ctx, 'state', slotTag(DEFAULT_TOPIC), part);
  const positions = await ctx.redis.hlen(state('positions'));
  const countries = (await new PledgeStore(ctx).countries()).slice(0, 5);
  let streamBytes = 0;
  let entries = 0;
  for (const country of countries) {
    streamBytes += await memoryOf(ctx, state(`history:${country}`));
    entries += await ctx.redis.xlen(state(`history:${country}`));
  }
  const article = spreadCorpus(1)[0]!;
  const feedId = (await new FeedRegistry(ctx).ids())[0]!;
  const [, jobKeys] = await ctx.redis.scan('0', 'MATCH', `${queuePrefix(ctx, 'articles')}:articles:*`, 'COUNT', 1000);
  const jobKey = jobKeys.find(
    (k) => /:articles:[^:]+$/.test(k) && !/:(wait|active|completed|failed|delayed|meta|events|id|stalled-check|marker|prioritized|paused|pc|limiter)$/.test(k),
  );
  return {
    bytesPerPosition: Math.round(((await memoryOf(ctx, state('positions'))) + (await memoryOf(ctx, state('counts')))) / positions),
    positions,
    bytesPerHistoryEntry: Math.round(streamBytes / entries),
    historyEntriesSampled: entries,
    bytesPerStateRecord:
      (await memoryOf(ctx, state(`article:${article.id}`))) +
      (await memoryOf(ctx, state(`url:${createHash('sha256').update(article.url).digest('hex').slice(0, 32)}`))),
    bytesPerProcessingRecord: await memoryOf(ctx, key(ctx, 'processed', article.id)),
    bytesPerSeenMark: await memoryOf(ctx, key(ctx, 'seen', article.id)),
    bytesPerFeed: await memoryOf(ctx, key(ctx, slotTag('feeds'), 'feed', feedId)),
    bytesPerFinishedArticleJob: jobKey ? await memoryOf(ctx, jobKey) : null,
    bytesPerSubscription: await memoryOf(ctx, key(ctx, 'subscriptions')),
    usedMemoryMb: round(Number(/^used_memory:(\d+)/m.exec(await ctx.redis.info('memory'))?.[1] ?? 0) / 1e6, 1),
  };
}

function round(x: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export async function run(): Promise<Record<string, unknown>> {
  const server = await SingleServer.start();
  const ctx = createRedisContext(`redis://127.0.0.1:${server.port}`, `pw-bench-${randomUUID().slice(0, 8)}`);
  const queues = createQueues(ctx);
  try {
    const { queued, processed, alerts } = await articleStages(ctx, queues);
    const alertCosts = await alertStages(ctx, queues, alerts);
    const poll = await pollStage(ctx, queues);
    const memory = await memoryFigures(ctx);
    const sustained = (processed.commands + queued.commands) / (processed.cpuSeconds + queued.cpuSeconds);
    const strip = ({ commands: _c, cpuSeconds: _s, ...rest }: StageCost & { commands: number; cpuSeconds: number }) => rest;
    return {
      articles: ARTICLES,
      per_article_queued: strip(queued),
      per_article_processed: strip(processed),
      alerts_raised: alerts,
      per_alert_no_subscription: strip(alertCosts.unsubscribed),
      per_alert_one_subscription: strip(alertCosts.subscribed),
      per_delivery: strip(alertCosts.delivered),
      per_poll_unchanged_feed: { ...strip(poll), itemsPerFeed: ITEMS_PER_FEED },
      commands_per_redis_cpu_second_article_mix: Math.round(sustained),
      memory,
    };
  } finally {
    await queues.close();
    await closeDeliveryQueues(ctx);
    await closeRedisContext(ctx);
    await server.stop();
  }
}
