import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FeedRegistry, schedulerIdFor, startPoller, type Poller } from '../../src/feeds/index.js';
import { silentLogger } from '../../src/log/logger.js';
import type { SafeFetcher } from '../../src/fetch/index.js';
import { createQueues, type Queues } from '../../src/queue/queues.js';
import type { LocalServer } from '../fetch/local-server.js';
import { createTestRedis } from '../helpers/redis.js';
import { item, rss, startFeedServer, testFetcher, type Route } from './feed-server.js';

const routes: Record<string, Route> = {};
let server: LocalServer;
let fetcher: SafeFetcher;
let redis: Awaited<ReturnType<typeof createTestRedis>>;
let queues: Queues;
let registry: FeedRegistry;
let poller: Poller | undefined;

beforeAll(async () => {
  server = await startFeedServer(routes);
  fetcher = testFetcher();
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

beforeEach(async () => {
  redis = await createTestRedis();
  queues = createQueues(redis);
  registry = new FeedRegistry(redis);
});

afterEach(async () => {
  await poller?.close();
  poller = undefined;
  await queues.close();
  await redis.cleanup();
});

/** Waits (bounded by the test timeout) until the condition holds. */
async function eventually<T>(read: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (holds(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function articleTitles(): Promise<string[]> {
  const jobs = await queues.articles.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
  return jobs.map((job) => job.data.article.title).sort();
}

const story = (n: number): string => item({ guid: `e2e-${n}`, title: `Story ${n}`, link: `https://news.example/${n}` });

async function start(): Promise<Poller> {
  poller = await startPoller({ ctx: redis, queues, fetcher, registry, logger: silentLogger, defaultIntervalSeconds: 300, concurrency: 4 });
  return poller;
}

describe('startPoller end to end', () => {
  it('polls a new feed at once and queues each article exactly once across re-polls and feeds', async () => {
    routes['/one'] = { body: rss(story(1) + story(2)) };
    routes['/two'] = { body: rss(story(2) + story(3)) };
    const one = await registry.add(`${server.origin}/one`);
    await start();
    await eventually(
      () => registry.get(one.id),
      (feed) => feed?.backfilled === true,
    );
    expect(await articleTitles()).toEqual(['Story 1', 'Story 2']);

    // Poll the same feed again through the worker: it is due once its next poll time passes.
    await registry.update(one.id, { nextPollAt: undefined });
    const pollsBefore = server.requests.filter((r) => r.url === '/one').length;
    await queues.polls.add('poll', { feedId: one.id });
    await eventually(
      async () => server.requests.filter((r) => r.url === '/one').length,
      (n) => n > pollsBefore,
    );
    await eventually(
      () => queues.polls.getActiveCount(),
      (n) => n === 0,
    );

    // A second feed carrying story 2 again.
    const two = await registry.add(`${server.origin}/two`);
    await poller!.sync();
    await eventually(
      () => registry.get(two.id),
      (feed) => feed?.backfilled === true,
    );
    expect(await articleTitles()).toEqual(['Story 1', 'Story 2', 'Story 3']);
    const jobs = await queues.articles.getJobs(['waiting']);
    expect(jobs.every((job) => job.data.backfill)).toBe(true);
  });

  it('keeps one scheduler per feed at its interval and removes schedulers of removed feeds', async () => {
    routes['/s1'] = { body: rss(story(10)) };
    routes['/s2'] = { body: rss(story(11)) };
    const a = await registry.add(`${server.origin}/s1`, { intervalSeconds: 900 });
    const b = await registry.add(`${server.origin}/s2`);
    await start();
    const schedulers = async (): Promise<Map<string, number | undefined>> =>
      new Map((await queues.polls.getJobSchedulers(0, -1)).map((s) => [s.id ?? s.key, s.every]));
    expect(await schedulers()).toEqual(
      new Map([
        [schedulerIdFor(a.id), 900_000],
        [schedulerIdFor(b.id), 300_000],
      ]),
    );
    await registry.remove(b.id);
    await poller!.sync();
    expect(await schedulers()).toEqual(new Map([[schedulerIdFor(a.id), 900_000]]));
  });

  it('skips a scheduled poll while the feed is backing off', async () => {
    routes['/later'] = { body: rss(story(20)) };
    const feed = await registry.add(`${server.origin}/later`);
    await registry.update(feed.id, { nextPollAt: new Date(Date.now() + 3_600_000).toISOString() });
    await start();
    const job = await queues.polls.add('poll', { feedId: feed.id });
    const finished = await eventually(
      () => queues.polls.getJob(job.id!),
      (j) => j?.returnvalue != null,
    );
    expect(finished!.returnvalue).toMatchObject({ status: 'skipped' });
    expect(server.requests.filter((r) => r.url === '/later')).toHaveLength(0);
  });
});
