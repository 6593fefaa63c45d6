import { fileURLToPath } from 'node:url';
import type { Worker } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memberIds } from '../../src/alerts/group.js';
import { AlertLog } from '../../src/alerts/alert-log.js';
import { startAlertDispatcher } from '../../src/alerts/dispatcher.js';
import { SubscriptionStore } from '../../src/alerts/subscriptions.js';
import { loadConfig } from '../../src/config/config.js';
import { createExtractor } from '../../src/extract/index.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Alert, Position } from '../../src/model/alert.js';
import type { Article } from '../../src/model/article.js';
import { startArticleWorker } from '../../src/queue/article-worker.js';
import { createQueues, enqueueArticles, type Queues } from '../../src/queue/queues.js';
import { PledgeStore } from '../../src/state/index.js';
import { launch } from '../helpers/cli.js';
import { demoCorpus } from '../helpers/corpus.js';
import { createTestRedis, testRedisUrl } from '../helpers/redis.js';
import { pendingJobs, waitFor } from '../helpers/wait.js';

type TestRedis = Awaited<ReturnType<typeof createTestRedis>>;
const WORKER_SCRIPT = fileURLToPath(new URL('../helpers/article-worker-process.ts', import.meta.url));

function positionKeys(positions: Position[]): string[] {
  return positions.map((p) => `${p.country}/${p.commitment}=${p.stance}`).sort();
}

describe('a worker killed mid-stream', () => {
  let redis: TestRedis;
  let queues: Queues;
  const closers: Array<() => Promise<unknown>> = [];

  beforeEach(async () => {
    redis = await createTestRedis();
    queues = createQueues(redis);
  });

  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await queues.close();
    await redis.cleanup();
  });

  async function allApplied(store: PledgeStore, articles: Article[]): Promise<boolean> {
    for (const article of articles) if (!(await store.explain(article.id))) return false;
    return (await pendingJobs(queues.articles)) === 0;
  }

  it('leaves every article applied once and every alert delivered once, as if nothing happened', async () => {
    const articles = await demoCorpus(25);
    const store = new PledgeStore(redis);
    await enqueueArticles(redis, queues, articles, { backfill: false });

    const crashing = launch(['--import', 'tsx', WORKER_SCRIPT, testRedisUrl(), redis.prefix, '7']);
    const { signal } = await crashing.exited;
    expect(signal, crashing.stderr()).toBe('SIGKILL');
    // It died right after applying its 7th article: the rest are still queued.
    expect((await queues.articles.getJobCounts('waiting')).waiting).toBeGreaterThan(0);

    const delivered: Alert[] = [];
    const worker = startArticleWorker({
      ctx: redis,
      queues,
      extractor: createExtractor(loadConfig({}), silentLogger),
      store,
      logger: silentLogger,
      concurrency: 2,
      workerOptions: { lockDuration: 1000, stalledInterval: 500 },
    });
    const dispatcher: Worker = startAlertDispatcher({
      ctx: redis,
      alertLog: new AlertLog(redis),
      subscriptions: new SubscriptionStore(redis),
      logger: silentLogger,
      localSinks: [(alert) => void delivered.push(alert)],
    });
    closers.push(
      () => worker.close(),
      () => dispatcher.close(),
    );

    await waitFor('every article applied', () => allApplied(store, articles), 25_000);
    const recorded = new Set<string>();
    for (const article of articles) for (const alert of (await store.explain(article.id))!.alerts) recorded.add(alert.id);
    // Alerts are shown grouped, one message per article and shared quote: count the countries in them.
    const shownIds = () => delivered.flatMap((a) => memberIds(a));
    await waitFor('every recorded alert shown', () => shownIds().length >= recorded.size, 10_000);

    const shown = shownIds();
    expect(new Set(shown).size).toBe(shown.length);
    expect(new Set(shown)).toEqual(recorded);
    expect(recorded.size).toBeGreaterThan(0);

    // The same corpus through one undisturbed worker ends in the same positions.
    const reference = await createTestRedis();
    const referenceQueues = createQueues(reference);
    const referenceStore = new PledgeStore(reference);
    const referenceWorker = startArticleWorker({
      ctx: reference,
      queues: referenceQueues,
      extractor: createExtractor(loadConfig({}), silentLogger),
      store: referenceStore,
      logger: silentLogger,
      concurrency: 1,
    });
    try {
      await enqueueArticles(reference, referenceQueues, articles, { backfill: false });
      await waitFor('reference run applied', async () => {
        for (const article of articles) if (!(await referenceStore.explain(article.id))) return false;
        return true;
      });
      expect(positionKeys(await store.positions())).toEqual(positionKeys(await referenceStore.positions()));
    } finally {
      await referenceWorker.close();
      await referenceQueues.close();
      await reference.cleanup();
    }
  }, 120_000);
});
