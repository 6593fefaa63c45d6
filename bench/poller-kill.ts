/**
 * A poller killed right after its first "seen" write, BENCH_KILLS (20) times, each time with
 * a fresh private Redis prefix and one loopback feed of BENCH_KILL_ARTICLES (1,000) items.
 * The poller is a real process (test/helpers/poller-process.ts) that SIGKILLs itself the
 * moment Redis answers that write; then a live poller polls the feed once and we count the
 * articles whose job exists. Reports how many were lost per kill (the goal is 0).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { pollFeedOnce } from '../src/feeds/poll.js';
import { FeedRegistry } from '../src/feeds/registry.js';
import { createSafeFetcher } from '../src/fetch/index.js';
import { silentLogger } from '../src/log/logger.js';
import { createQueues } from '../src/queue/queues.js';
import { closeRedisContext, createRedisContext, deleteKeysMatching, key, type RedisContext } from '../src/redis/connection.js';

const ARTICLES = Number(process.env.BENCH_KILL_ARTICLES ?? 1000);
const KILLS = Number(process.env.BENCH_KILLS ?? 20);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CHILD_LIMIT_MS = 120_000;
const POLLER = fileURLToPath(new URL('../test/helpers/poller-process.ts', import.meta.url));

function feedXml(): string {
  const items = Array.from(
    { length: ARTICLES },
    (_, i) =>
      `<item><guid>kill-bench-${i}</guid><title>Report ${i} on the force</title><link>https://news.example/kill/${i}</link>` +
      `<pubDate>Thu, 04 Sep 2025 14:30:00 GMT</pubDate><description>Report ${i}: ministers met again.</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Kill bench</title>${items.join('')}</channel></rss>`;
}

async function countKeys(ctx: RedisContext, pattern: string): Promise<number> {
  let cursor = '0';
  let count = 0;
  do {
    const [next, keys] = await ctx.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    count += keys.length;
  } while (cursor !== '0');
  return count;
}

/** Runs the poller process until it kills itself; 'timeout' if it never reached the write. */
async function pollerUntilKilled(prefix: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', POLLER, REDIS_URL, prefix, '1'], { stdio: ['ignore', 'ignore', 'inherit'] });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, CHILD_LIMIT_MS);
  const [, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  return timedOut ? 'timeout' : String(signal);
}

export async function run(): Promise<Record<string, unknown>> {
  const body = feedXml();
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const fetcher = createSafeFetcher({
    timeoutMs: 20_000,
    maxBytes: 50_000_000,
    userAgent: 'pledgewatch-bench/1',
    allowPrivate: false,
    allowlist: ['127.0.0.1'],
  });
  const lost: number[] = [];
  const seenAtKill: number[] = [];
  const signals: string[] = [];
  const started = Date.now();
  try {
    for (let kill = 0; kill < KILLS; kill++) {
      const ctx = createRedisContext(REDIS_URL, `pw-bench-kill-${randomUUID()}`);
      const queues = createQueues(ctx);
      try {
        const registry = new FeedRegistry(ctx);
        const feed = await registry.add(feedUrl);
        signals.push(await pollerUntilKilled(ctx.prefix));
        seenAtKill.push(await countKeys(ctx, key(ctx, 'seen', '*')));
        await pollFeedOnce({ ctx, queues, registry, fetcher, logger: silentLogger }, feed.id);
        const jobs = await queues.articles.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized']);
        lost.push(ARTICLES - new Set(jobs.map((job) => job.id)).size);
        process.stderr.write(`  kill ${kill + 1}/${KILLS}: ${signals.at(-1)}, ${seenAtKill.at(-1)} seen marks at the kill, ${lost.at(-1)} lost\n`);
      } finally {
        await queues.close();
        await deleteKeysMatching(ctx, `${ctx.prefix}:*`);
        await closeRedisContext(ctx);
      }
    }
  } finally {
    await fetcher.close();
    server.closeAllConnections();
    server.close();
  }
  return {
    articles: ARTICLES,
    kills: KILLS,
    killedAtFirstSeenWrite: signals.filter((s) => s === 'SIGKILL').length,
    lostTotal: lost.reduce((a, b) => a + b, 0),
    lostWorstKill: Math.max(...lost),
    seenMarksAtKill: { min: Math.min(...seenAtKill), max: Math.max(...seenAtKill) },
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}
