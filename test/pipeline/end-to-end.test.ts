import type { Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertLog } from '../../src/alerts/alert-log.js';
import { startAlertDispatcher } from '../../src/alerts/dispatcher.js';
import { SubscriptionStore } from '../../src/alerts/subscriptions.js';
import { loadConfig } from '../../src/config/config.js';
import { startDemoServer, type DemoServer } from '../../src/demo/demo-server.js';
import { createExtractor } from '../../src/extract/index.js';
import { FeedRegistry, fetchArticleText, startPoller } from '../../src/feeds/index.js';
import { createSafeFetcher, type SafeFetcher } from '../../src/fetch/index.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Alert } from '../../src/model/alert.js';
import { startArticleWorker } from '../../src/queue/article-worker.js';
import { readProcessing } from '../../src/queue/processing-record.js';
import { createQueues, type Queues } from '../../src/queue/queues.js';
import { PledgeStore } from '../../src/state/index.js';
import { createTestRedis } from '../helpers/redis.js';
import { pendingJobs, waitFor } from '../helpers/wait.js';

/**
 * The seed story through the real pipeline: the demo feed server reveals the five reports
 * one by one; the poller fetches the feed, the worker fetches each page, extracts claims and
 * applies them; the dispatcher shows the alerts.
 */
describe('the seed story, end to end', () => {
  let redis: Awaited<ReturnType<typeof createTestRedis>>;
  let queues: Queues;
  let demo: DemoServer;
  let fetcher: SafeFetcher;
  let store: PledgeStore;
  const workers: Worker[] = [];
  const alerts: Alert[] = [];
  let closePoller: () => Promise<void>;

  beforeAll(async () => {
    redis = await createTestRedis();
    queues = createQueues(redis);
    demo = await startDemoServer({ revealEveryMs: 'manual' });
    fetcher = createSafeFetcher({ timeoutMs: 5000, maxBytes: 2_000_000, userAgent: 'pledgewatch-test', allowPrivate: true, allowlist: [] });
    store = new PledgeStore(redis);
    const registry = new FeedRegistry(redis);
    workers.push(
      startArticleWorker({
        ctx: redis,
        queues,
        extractor: createExtractor(loadConfig({}), silentLogger),
        store,
        fetchPageText: (url) => fetchArticleText(fetcher, url),
        logger: silentLogger,
        concurrency: 1,
      }),
      startAlertDispatcher({
        ctx: redis,
        alertLog: new AlertLog(redis),
        subscriptions: new SubscriptionStore(redis),
        logger: silentLogger,
        // The reported position's changes; their later confirmations are tested in test/confirmation and test/timeline.
        localSinks: [(alert) => void (alert.track !== 'confirmed' && alerts.push(alert))],
      }),
    );
    const feed = await registry.add(demo.feedUrl, { intervalSeconds: 1, minIntervalSeconds: 1 });
    const poller = await startPoller({ ctx: redis, queues, fetcher, registry, logger: silentLogger, defaultIntervalSeconds: 1 });
    closePoller = () => poller.close();
    // The first poll of a new feed records without alerting; the demo feed is still empty then.
    await waitFor('first poll of the demo feed', async () => (await registry.get(feed.id))?.lastSuccessAt);
    for (let shown = 0; demo.revealNext(); shown++) {
      const slug = `${demo.url}/articles/${String(shown).padStart(3, '0')}.html`;
      await waitFor(`article ${slug} processed`, () => readProcessing(redis, slug));
    }
    await waitFor('alerts drained', async () => (await pendingJobs(queues.alerts)) === 0);
  }, 60_000);

  afterAll(async () => {
    await closePoller?.();
    for (const worker of workers) await worker.close();
    await fetcher?.close();
    await demo?.close();
    await queues?.close();
    await redis?.cleanup();
  });

  it('fetches every page in full and alerts each first-seen position once', async () => {
    for (let i = 0; i < 5; i++) {
      const record = await readProcessing(redis, `${demo.url}/articles/00${i}.html`);
      expect(record?.fullText).toBe('fetched');
    }
    const news = alerts.filter((a) => a.type === 'new');
    const slots = news.map((a) => `${a.country}/${a.commitment}`);
    expect(new Set(slots).size).toBe(slots.length);
    expect(slots).toEqual(expect.arrayContaining(['DE/coalition', 'IT/ground_troops', 'US/coalition', 'RU/ground_troops', 'BG/maritime']));
    for (const alert of alerts) expect(alert.evidence.url).toMatch(new RegExp(`^${demo.url}/articles/00\\d\\.html$`));
  });

  it('raises exactly one change in the whole story: Germany, coalition, willing -> conditional', () => {
    const changes = alerts.filter((a) => a.type !== 'new');
    expect(changes.map((a) => [a.type, a.country, a.commitment, a.from, a.to])).toEqual([['changed', 'DE', 'coalition', 'willing', 'conditional']]);
    expect(changes[0]!.evidence.url).toBe(`${demo.url}/articles/002.html`);
    expect(changes[0]!.evidence.quote).toMatch(/Germany/);
  });

  it('keeps Italy declined on ground troops when a vaguer report says it refrained', async () => {
    const italy = alerts.filter((a) => a.country === 'IT' && a.commitment === 'ground_troops');
    expect(italy.map((a) => [a.type, a.to])).toEqual([['new', 'declined']]);
    const [position] = (await store.positions('IT')).filter((p) => p.commitment === 'ground_troops');
    expect(position?.stance).toBe('declined');
    expect(position?.corroborations).toBeGreaterThanOrEqual(2);
  });

  it('queues nothing again when the unchanged feed is polled again', async () => {
    const before = await queues.articles.getJobCounts('completed', 'waiting', 'active', 'delayed');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const after = await queues.articles.getJobCounts('completed', 'waiting', 'active', 'delayed');
    expect(after).toEqual(before);
    expect(before.completed).toBe(5);
  });
});
