/**
 * The whole pipeline under load, on the local Redis, in its own key prefix (two corpora:
 * copies of the demo story, where every article updates the same thirty positions, and
 * generated reports spread over 28 countries and six commitments):
 * - articles per second through the queue with 1 and with 2 worker processes
 *   (`pledgewatch worker`, as deployed, WORKER_CONCURRENCY from BENCH_WORKER_CONCURRENCY,
 *   default 8), over copies of the demo story with distinct ids;
 * - the same with one worker process on a Redis Cluster (three primaries, three replicas)
 *   started on free loopback ports, in the same run, so the two shapes compare directly;
 * - seconds from an item appearing in a feed to its alert reaching the sink
 *   (a feed server on 127.0.0.1, the real poller, worker and alert dispatcher).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { AlertLog } from '../src/alerts/alert-log.js';
import { startAlertDispatcher } from '../src/alerts/dispatcher.js';
import { SubscriptionStore } from '../src/alerts/subscriptions.js';
import { readArticleFolder } from '../src/cli/replay.js';
import { loadConfig } from '../src/config/config.js';
import { copiesOfStory, spreadCorpus } from '../src/demo/corpus.js';
import { DEMO_ARTICLES_DIR } from '../src/demo/demo-server.js';
import { createExtractor } from '../src/extract/index.js';
import { FeedRegistry, startPoller } from '../src/feeds/index.js';
import { createSafeFetcher } from '../src/fetch/index.js';
import { silentLogger } from '../src/log/logger.js';
import { startArticleWorker } from '../src/queue/article-worker.js';
import { createQueues, enqueueArticles } from '../src/queue/queues.js';
import { closeRedisContext, createRedisContext, type RedisContext, type RedisTarget, deleteKeysMatching, parseHostPort } from '../src/redis/connection.js';
import { ClusterTopology, redisServerInstalled } from '../test/helpers/redis-servers.js';
import { PledgeStore } from '../src/state/index.js';
import type { Article } from '../src/model/article.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CLI = fileURLToPath(new URL('../bin/pledgewatch.mjs', import.meta.url));
const THROUGHPUT_ARTICLES = Number(process.env.BENCH_PIPELINE_ARTICLES ?? 2000);
const LATENCY_ITEMS = Number(process.env.BENCH_LATENCY_ITEMS ?? 12);

async function dropPrefix(ctx: RedisContext): Promise<void> {
  await deleteKeysMatching(ctx, `${ctx.prefix}:*`);
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`benchmark gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Where the worker processes find Redis: one server by default, or a cluster's nodes. */
interface Shape {
  target: RedisTarget;
  env: Record<string, string>;
}

const SINGLE: Shape = { target: { shape: 'single', url: REDIS_URL }, env: { REDIS_URL } };

function startWorkerProcess(prefix: string, shape: Shape): ChildProcess {
  return spawn(process.execPath, [CLI, 'worker'], {
    env: {
      ...process.env,
      ...shape.env,
      PLEDGEWATCH_PREFIX: prefix,
      LOG_LEVEL: 'warn',
      EMBEDDED_REDIS: 'false',
      WORKER_CONCURRENCY: process.env.BENCH_WORKER_CONCURRENCY ?? '8',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function throughput(workers: number, articles: Article[], shape: Shape = SINGLE): Promise<number> {
  const articlesCount = articles.length;
  const ctx = createRedisContext(shape.target, `pw-bench-${randomUUID()}`);
  const queues = createQueues(ctx);
  const children = Array.from({ length: workers }, () => startWorkerProcess(ctx.prefix, shape));
  try {
    // BullMQ lists a cluster's workers only per node, so on a cluster a warm-up article shows a worker is up.
    if (shape.target.shape !== 'cluster') await until(async () => (await queues.articles.getWorkers()).length >= workers, 30_000, 'worker processes');
    await enqueueArticles(ctx, queues, [{ ...articles[0]!, id: 'warm-up', url: 'https://news.example/warm-up' }], { backfill: false });
    await until(async () => ((await queues.articles.getJobCounts('completed')).completed ?? 0) >= 1, 60_000, 'a worker process to take the warm-up article');
    const started = performance.now();
    await enqueueArticles(ctx, queues, articles, { backfill: false });
    await until(async () => ((await queues.articles.getJobCounts('completed')).completed ?? 0) >= articlesCount + 1, 300_000, 'articles processed');
    return articlesCount / ((performance.now() - started) / 1000);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? once(c, 'exit') : undefined)));
    await queues.close();
    await dropPrefix(ctx);
    await closeRedisContext(ctx);
  }
}

/** Alternating reports (Italy will / will not send troops), each a day newer: every item is a real change. */
function latencyItemXml(base: string, index: number): string {
  const verb = index % 2 === 0 ? 'will send' : 'will not send';
  const day = new Date(Date.UTC(2025, 9, 1 + index)).toUTCString();
  const text = `Italian Prime Minister Giorgia Meloni said on Tuesday that Italy ${verb} troops to Ukraine as part of the security guarantees.`;
  return `<item><title>Italy update ${index}</title><link>${base}/a/${index}</link><guid>latency-${index}</guid><pubDate>${day}</pubDate><description>${text} ${'Officials gave no further details. '.repeat(30)}</description></item>`;
}

async function feedToAlertLatency(items: number): Promise<number[]> {
  const ctx = createRedisContext(REDIS_URL, `pw-bench-${randomUUID()}`);
  const queues = createQueues(ctx);
  const appearedAt = new Map<string, number>();
  let visible = 0;
  let base = '';
  const server = createServer((_req, res) => {
    const entries = Array.from({ length: visible }, (_, i) => latencyItemXml(base, i))
      .reverse()
      .join('');
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>latency</title><link>${base}</link>${entries}</channel></rss>`);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const latencies: number[] = [];
  const fetcher = createSafeFetcher({ timeoutMs: 5000, maxBytes: 5_000_000, userAgent: 'pledgewatch-bench', allowPrivate: true, allowlist: [] });
  const registry = new FeedRegistry(ctx);
  const store = new PledgeStore(ctx);
  const worker = startArticleWorker({ ctx, queues, extractor: createExtractor(loadConfig({}), silentLogger), store, logger: silentLogger, concurrency: 4 });
  const dispatcher = startAlertDispatcher({
    ctx,
    alertLog: new AlertLog(ctx),
    subscriptions: new SubscriptionStore(ctx),
    logger: silentLogger,
    localSinks: [
      (alert) => {
        const appeared = appearedAt.get(alert.evidence.url);
        if (appeared !== undefined) latencies.push((performance.now() - appeared) / 1000);
      },
    ],
  });
  await registry.add(`${base}/feed.xml`, { intervalSeconds: 1, minIntervalSeconds: 1 });
  const poller = await startPoller({ ctx, queues, fetcher, registry, logger: silentLogger, defaultIntervalSeconds: 1 });
  try {
    // The first poll of a new feed is a backfill; let it pass on the empty feed.
    await new Promise((r) => setTimeout(r, 2500));
    for (let i = 0; i < items; i++) {
      appearedAt.set(`${base}/a/${i}`, performance.now());
      visible = i + 1;
      await until(async () => latencies.length >= i + 1, 30_000, `alert for item ${i}`);
      // Spread appearances over the poll cycle so the figures include the wait for the next poll.
      await new Promise((r) => setTimeout(r, 300 + ((i * 370) % 1000)));
    }
    return latencies;
  } finally {
    await poller.close();
    await worker.close();
    await dispatcher.close();
    await fetcher.close();
    server.closeAllConnections();
    server.close();
    await queues.close();
    await dropPrefix(ctx);
    await closeRedisContext(ctx);
  }
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * A Redis Cluster of three primaries and three replicas started on loopback ports, the
 * worker processes configured through REDIS_CLUSTER_NODES as deployed. Null when
 * redis-server is not installed.
 */
async function startCluster(): Promise<{ shape: Shape; stop(): Promise<void> } | null> {
  if (!redisServerInstalled()) return null;
  const cluster = await ClusterTopology.start();
  const target: RedisTarget = { shape: 'cluster', nodes: cluster.nodeList.map(parseHostPort), url: 'redis://127.0.0.1' };
  return { shape: { target, env: { REDIS_CLUSTER_NODES: cluster.nodeList.join(',') } }, stop: () => cluster.stop() };
}

export async function run(): Promise<Record<string, unknown>> {
  const story = copiesOfStory(await readArticleFolder(DEMO_ARTICLES_DIR), THROUGHPUT_ARTICLES);
  const spread = spreadCorpus(THROUGHPUT_ARTICLES);
  const cluster = await startCluster();
  // Each cluster run right after its single-Redis twin, so both see the same machine load.
  let oneWorker: number, twoWorkers: number, spreadOne: number, spreadTwo: number;
  let onCluster: { story: number; spread: number } | null = null;
  try {
    oneWorker = await throughput(1, story);
    const clusterStory = cluster ? await throughput(1, story, cluster.shape) : null;
    spreadOne = await throughput(1, spread);
    const clusterSpread = cluster ? await throughput(1, spread, cluster.shape) : null;
    if (clusterStory !== null && clusterSpread !== null) onCluster = { story: clusterStory, spread: clusterSpread };
    twoWorkers = await throughput(2, story);
    spreadTwo = await throughput(2, spread);
  } finally {
    await cluster?.stop();
  }
  const latencies = (await feedToAlertLatency(LATENCY_ITEMS)).sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    articles: THROUGHPUT_ARTICLES,
    articles_per_second_1_worker: round(oneWorker),
    articles_per_second_2_workers: round(twoWorkers),
    spread_articles_per_second_1_worker: round(spreadOne),
    spread_articles_per_second_2_workers: round(spreadTwo),
    // One worker process against a 3-primary cluster on the same machine, beside the single-Redis figures above.
    cluster_articles_per_second_1_worker: onCluster ? round(onCluster.story) : null,
    cluster_spread_articles_per_second_1_worker: onCluster ? round(onCluster.spread) : null,
    feed_to_alert_items: latencies.length,
    feed_to_alert_seconds_median: round(quantile(latencies, 0.5)),
    feed_to_alert_seconds_p95: round(quantile(latencies, 0.95)),
    poll_interval_seconds: 1,
  };
}
