/**
 * Feed poller at scale: BENCH_FEEDS (10,000) feeds spread over 50 loopback "hosts" (ports),
 * served from a worker thread so server and poller each get a core. Round 1 is the first
 * poll of every feed (200, parse, backfill queueing); rounds 2 and 3 are the steady state
 * (conditional GET -> 304) driven through the same BullMQ worker. Reports feeds/s, round
 * seconds and memory after each round; the target is 10,000 feeds per 300 s.
 * For live-memory figures run: node --expose-gc --import tsx bench/index.ts feeds
 */
import { randomUUID } from 'node:crypto';
import { Worker as Thread } from 'node:worker_threads';
import { FeedRegistry, startPoller } from '../src/feeds/index.js';
import { createSafeFetcher } from '../src/fetch/index.js';
import { silentLogger } from '../src/log/logger.js';
import { metrics } from '../src/metrics/metrics.js';
import { createQueues } from '../src/queue/queues.js';
import { closeRedisContext, createRedisContext, type RedisContext, deleteKeysMatching } from '../src/redis/connection.js';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 10_000);
const HOSTS = 50;
/** Steady (304) rounds after the first; more of them show whether memory levels off. */
const STEADY_ROUNDS = Number(process.env.BENCH_FEEDS_STEADY_ROUNDS ?? 2);
const ROUND_LIMIT_MS = 10 * 60_000;
const TARGET_FEEDS_PER_SECOND = 10_000 / 300;

/** Plain JS for the server thread: /feed/N answers 304 to its ETag, else a two-item RSS. */
const SERVER_SOURCE = `
const { createServer } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const servers = [];
let ready = 0;
for (let i = 0; i < workerData.hosts; i += 1) {
  const server = createServer((req, res) => {
    if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304); return res.end(); }
    const n = req.url.split('/').pop();
    const items = [1, 2].map((k) => '<item><guid>feed-' + n + '-item-' + k + '</guid><title>Feed ' + n + ' story ' + k +
      '</title><link>https://news.example/' + n + '/' + k + '</link><pubDate>Thu, 04 Sep 2025 14:30:00 GMT</pubDate>' +
      '<description>Italy will monitor a ceasefire.</description></item>').join('');
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"' });
    res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ' + n + '</title>' + items + '</channel></rss>');
  });
  server.keepAliveTimeout = 60000;
  server.listen(0, '127.0.0.1', () => { if (++ready === workerData.hosts) parentPort.postMessage(servers.map((s) => s.address().port)); });
  servers.push(server);
}
parentPort.on('message', () => { for (const s of servers) s.close(); servers.forEach((s) => s.closeAllConnections()); parentPort.close(); });
`;

async function startServers(): Promise<{ ports: number[]; stop(): Promise<void> }> {
  const thread = new Thread(SERVER_SOURCE, { eval: true, workerData: { hosts: HOSTS } });
  const ports = await new Promise<number[]>((resolve, reject) => {
    thread.once('message', resolve);
    thread.once('error', reject);
  });
  return {
    ports,
    async stop() {
      thread.postMessage('stop');
      await thread.terminate();
    },
  };
}

async function pollsCounted(): Promise<number> {
  const { values } = await metrics.feedsPolled.get();
  return values.reduce((sum, v) => sum + v.value, 0);
}

/** After a full GC when node runs with --expose-gc, so rounds compare live memory, not garbage. */
function memory(): { rssMb: number; heapUsedMb: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: Math.round(rss / 1e6), heapUsedMb: Math.round(heapUsed / 1e6) };
}

/** Waits until `count` more polls are done (bounded by ROUND_LIMIT_MS), returning the round's figures. */
async function round(count: number, before: number, startedAt: number): Promise<Record<string, number | boolean>> {
  let done = 0;
  while (done < count && Date.now() - startedAt < ROUND_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    done = (await pollsCounted()) - before;
  }
  const seconds = (Date.now() - startedAt) / 1000;
  return { polled: done, complete: done >= count, seconds: Number(seconds.toFixed(2)), feedsPerSecond: Math.round(done / seconds), ...memory() };
}

async function dropPrefix(ctx: RedisContext): Promise<void> {
  await deleteKeysMatching(ctx, `${ctx.prefix}:*`);
}

export async function run(): Promise<Record<string, unknown>> {
  const ctx = createRedisContext(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', `pw-bench-feeds-${randomUUID()}`);
  const servers = await startServers();
  const queues = createQueues(ctx);
  const fetcher = createSafeFetcher({
    timeoutMs: 10_000,
    maxBytes: 5_000_000,
    userAgent: 'pledgewatch-bench/1',
    allowPrivate: false,
    allowlist: ['127.0.0.1'],
  });
  const registry = new FeedRegistry(ctx);
  const results: Record<string, unknown> = { feeds: FEEDS, hosts: HOSTS, targetFeedsPerSecond: Number(TARGET_FEEDS_PER_SECOND.toFixed(1)) };
  try {
    const addStart = Date.now();
    for (let i = 0; i < FEEDS; i += 1) await registry.add(`http://127.0.0.1:${servers.ports[i % HOSTS]}/feed/${i}`);
    results.addSeconds = Number(((Date.now() - addStart) / 1000).toFixed(2));
    results.before = memory();

    // Round 1: startPoller upserts one scheduler per feed; each scheduler's first poll runs at once.
    let before = await pollsCounted();
    let startedAt = Date.now();
    const poller = await startPoller({ ctx, queues, fetcher, registry, logger: silentLogger, defaultIntervalSeconds: 300, concurrency: 64 });
    results.schedulerSyncSeconds = Number(((Date.now() - startedAt) / 1000).toFixed(2));
    results.firstRound = await round(FEEDS, before, startedAt);
    results.articlesQueued = await queues.articles.count();

    // Rounds 2 and 3: every feed due again, one poll job each, all answered 304.
    const steadyRounds: Array<Record<string, number | boolean>> = [];
    for (let r = 0; r < STEADY_ROUNDS; r += 1) {
      const ids = await registry.ids();
      const pipeline = ctx.redis.pipeline();
      for (const id of ids) pipeline.hdel(`${ctx.prefix}:{feeds}:feed:${id}`, 'nextPollAt');
      await pipeline.exec();
      before = await pollsCounted();
      startedAt = Date.now();
      for (let i = 0; i < ids.length; i += 1000) {
        await queues.polls.addBulk(ids.slice(i, i + 1000).map((feedId) => ({ name: 'poll', data: { feedId } })));
      }
      steadyRounds.push(await round(ids.length, before, startedAt));
    }
    results.steadyRounds = steadyRounds;
    const { values } = await metrics.feedsPolled.get();
    results.outcomes = Object.fromEntries(values.map((v) => [String(v.labels.outcome), v.value]));
    const last = steadyRounds.at(-1);
    if (last) results.headroom = Number((Number(last.feedsPerSecond) / TARGET_FEEDS_PER_SECOND).toFixed(1));
    await poller.close();
  } finally {
    await fetcher.close();
    await queues.close();
    await servers.stop();
    await dropPrefix(ctx);
    await closeRedisContext(ctx);
  }
  return results;
}
