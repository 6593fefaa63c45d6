import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAILING_AFTER, FeedRegistry, pollFeedOnce, type FeedStatus, type PollDeps } from '../../src/feeds/index.js';
import type { SafeFetcher } from '../../src/fetch/index.js';
import { createQueues, type Queues } from '../../src/queue/queues.js';
import { startLocalServer, type LocalServer } from '../fetch/local-server.js';
import { createTestRedis } from '../helpers/redis.js';
import { item, rss, testFetcher } from './feed-server.js';

interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  etag?: string;
  silent?: boolean;
}

const routes: Record<string, Route> = {};
const NOW = Date.parse('2026-03-01T12:00:00Z');
let server: LocalServer;
let fetcher: SafeFetcher;
let redis: Awaited<ReturnType<typeof createTestRedis>>;
let queues: Queues;
let registry: FeedRegistry;
let logLines: Array<Record<string, unknown>>;
let failingCalls: Array<{ feed: FeedStatus; error: Error }>;
let deps: PollDeps;

beforeAll(async () => {
  server = await startLocalServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (!route) return res.writeHead(404).end();
    if (route.silent) return;
    if (route.etag && req.headers['if-none-match'] === route.etag) return res.writeHead(304).end();
    res.writeHead(route.status ?? 200, { 'content-type': 'application/rss+xml', ...(route.etag ? { etag: route.etag } : {}), ...route.headers });
    res.end(route.body ?? '');
  });
  fetcher = testFetcher({ timeoutMs: 500, maxBytes: 1_000_000 });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

beforeEach(async () => {
  redis = await createTestRedis();
  queues = createQueues(redis);
  registry = new FeedRegistry(redis);
  logLines = [];
  failingCalls = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  deps = {
    ctx: redis,
    queues,
    fetcher,
    registry,
    logger: pino({ level: 'info' }, sink),
    defaultIntervalSeconds: 300,
    onFeedFailing: (feed, error) => failingCalls.push({ feed, error }),
    now: () => NOW,
  };
});

afterEach(async () => {
  await queues.close();
  await redis.cleanup();
});

async function queuedArticles(): Promise<Array<{ id: string; backfill: boolean; feedId?: string; title: string }>> {
  const jobs = await queues.articles.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
  return jobs.map((job) => ({ id: job.data.article.id, backfill: job.data.backfill, feedId: job.data.article.feedId, title: job.data.article.title }));
}

const story = (n: number): string =>
  item({ guid: `story-${n}`, title: `Story ${n}`, link: `https://news.example/${n}`, pubDate: 'Thu, 04 Sep 2025 14:30:00 GMT' });

describe('pollFeedOnce', () => {
  it('backfills on the first poll, sends a conditional GET next, and queues only new items later', async () => {
    routes['/news'] = { etag: '"v1"', body: rss(story(1) + story(2)) };
    const feed = await registry.add(`${server.origin}/news`);
    const first = await pollFeedOnce(deps, feed.id);
    expect(first).toMatchObject({ status: 'ok', itemsFound: 2, queued: 2, backfill: true, nextPollAt: '2026-03-01T12:05:00.000Z' });
    expect(await registry.get(feed.id)).toMatchObject({
      backfilled: true,
      itemsSeen: 2,
      itemsQueued: 2,
      etag: '"v1"',
      title: 'Test Outlet',
      lastSuccessAt: '2026-03-01T12:00:00.000Z',
    });

    const second = await pollFeedOnce(deps, feed.id);
    expect(second).toMatchObject({ status: 'not_modified', queued: 0 });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');

    routes['/news'] = { etag: '"v2"', body: rss(story(3) + story(1) + story(2)) };
    const third = await pollFeedOnce(deps, feed.id);
    expect(third).toMatchObject({ status: 'ok', itemsFound: 3, queued: 1, backfill: false });
    const queued = await queuedArticles();
    expect(queued).toHaveLength(3);
    expect(queued.find((a) => a.title === 'Story 3')).toMatchObject({ backfill: false, feedId: feed.id });
    expect(queued.filter((a) => a.backfill)).toHaveLength(2);
  });

  it('queues an item carried by two feeds once', async () => {
    routes['/a'] = { body: rss(story(10) + story(11)) };
    routes['/b'] = { body: rss(story(11) + story(12)) };
    const a = await registry.add(`${server.origin}/a`);
    const b = await registry.add(`${server.origin}/b`);
    await pollFeedOnce(deps, a.id);
    const fromB = await pollFeedOnce(deps, b.id);
    expect(fromB).toMatchObject({ itemsFound: 2, queued: 1 });
    expect((await queuedArticles()).map((x) => x.title).sort()).toEqual(['Story 10', 'Story 11', 'Story 12']);
  });

  it('backs off on failures, tells admins once when the feed turns failing, and recovers', async () => {
    routes['/flaky'] = { status: 500, body: 'oops' };
    const feed = await registry.add(`${server.origin}/flaky`);
    const outcomes = [];
    for (let i = 0; i < FAILING_AFTER + 1; i += 1) outcomes.push(await pollFeedOnce(deps, feed.id));
    expect(outcomes.map((o) => o.status)).toEqual(Array(FAILING_AFTER + 1).fill('error'));
    expect(outcomes[0]!.nextPollAt).toBe('2026-03-01T12:05:00.000Z');
    expect(outcomes[1]!.nextPollAt).toBe('2026-03-01T12:10:00.000Z');
    expect(outcomes[FAILING_AFTER - 1]!.nextPollAt).toBe('2026-03-01T18:00:00.000Z');
    expect(failingCalls).toHaveLength(1);
    expect(failingCalls[0]!.feed).toMatchObject({ url: feed.url, failing: true, consecutiveFailures: FAILING_AFTER });
    expect(failingCalls[0]!.error.message).toContain('HTTP 500');
    expect(await registry.get(feed.id)).toMatchObject({ failing: true, consecutiveFailures: FAILING_AFTER + 1, lastErrorCode: 'FETCH_FAILED' });

    routes['/flaky'] = { body: rss(story(20)) };
    expect(await pollFeedOnce(deps, feed.id)).toMatchObject({ status: 'ok', backfill: true });
    expect(await registry.get(feed.id)).toMatchObject({ failing: false, consecutiveFailures: 0 });
    expect(logLines.some((line) => line.msg === 'feed recovered')).toBe(true);
  });

  it('honours Retry-After and the feed ttl hint', async () => {
    routes['/busy'] = { status: 429, headers: { 'retry-after': '1800' } };
    routes['/ttl'] = { body: rss(story(30), '<title>T</title><ttl>20</ttl>') };
    const busy = await registry.add(`${server.origin}/busy`);
    const ttl = await registry.add(`${server.origin}/ttl`);
    expect((await pollFeedOnce(deps, busy.id)).nextPollAt).toBe('2026-03-01T12:30:00.000Z');
    expect((await pollFeedOnce(deps, ttl.id)).nextPollAt).toBe('2026-03-01T12:20:00.000Z');
    expect(await registry.get(ttl.id)).toMatchObject({ hintSeconds: 1200 });
  });

  it('gives every broken feed its own clear, logged error while a good feed still polls', async () => {
    const bomb = gzipSync(Buffer.alloc(20_000_000));
    const broken: Record<string, [Route, string]> = {
      // Broken XML is read leniently now; broken XML with no feed inside is still an error.
      '/malformed': [{ body: '<?xml version="1.0"?><oops>&broken <title>x</titel>' }, 'FEED_PARSE'],
      '/html': [{ headers: { 'content-type': 'text/html' }, body: '<!DOCTYPE html><html><body>home page</body></html>' }, 'FEED_PARSE'],
      '/empty': [{ body: '' }, 'FEED_PARSE'],
      '/server-error': [{ status: 500 }, 'FETCH_FAILED'],
      '/not-found': [{ status: 404 }, 'FETCH_FAILED'],
      '/loop': [{ status: 302, headers: { location: '/loop' } }, 'FETCH_FAILED'],
      '/silent': [{ silent: true }, 'FETCH_TIMEOUT'],
      '/bomb': [{ headers: { 'content-encoding': 'gzip' }, body: bomb }, 'FETCH_TOO_LARGE'],
      '/laughs': [
        {
          body: '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title></channel></rss>',
        },
        'FEED_PARSE',
      ],
      '/to-private': [{ status: 301, headers: { location: 'http://10.0.0.1/feed' } }, 'FETCH_BLOCKED'],
    };
    for (const [path, [route]] of Object.entries(broken)) routes[path] = route;
    routes['/good'] = { body: rss(story(40)) };
    const ids = new Map<string, string>();
    for (const path of [...Object.keys(broken), '/good']) ids.set(path, (await registry.add(`${server.origin}${path}`)).id);

    const outcomes = await Promise.all([...ids].map(async ([path, id]) => [path, await pollFeedOnce(deps, id)] as const));
    for (const [path, outcome] of outcomes) {
      if (path === '/good') {
        expect(outcome).toMatchObject({ status: 'ok', queued: 1 });
        continue;
      }
      expect(outcome, path).toMatchObject({ status: 'error', errorCode: broken[path]![1] });
      expect(outcome.error, path).toMatch(/\S{10,}/);
      expect((await registry.get(ids.get(path)!))?.lastError, path).toBe(outcome.error);
    }
    const warnings = logLines.filter((line) => line.msg === 'feed poll failed');
    expect(warnings.map((line) => line.feed).sort()).toEqual(
      Object.keys(broken)
        .map((p) => `${server.origin}${p}`)
        .sort(),
    );
    expect((await queuedArticles()).map((a) => a.title)).toEqual(['Story 40']);
  });

  it('reports a feed that was removed as missing', async () => {
    expect(await pollFeedOnce(deps, '0123456789abcdef')).toMatchObject({ status: 'missing' });
  });
});
