import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertLog } from '../../src/alerts/alert-log.js';
import { closeDeliveryQueues, startDeliveryWorker } from '../../src/alerts/delivery-worker.js';
import { startAlertDispatcher } from '../../src/alerts/dispatcher.js';
import { SubscriptionStore } from '../../src/alerts/subscriptions.js';
import { createSlackSender } from '../../src/chat/slack/sender.js';
import { pollFeedOnce } from '../../src/feeds/poll.js';
import { FeedRegistry } from '../../src/feeds/registry.js';
import { silentLogger } from '../../src/log/logger.js';
import { createQueues, enqueueAlerts, type Queues } from '../../src/queue/queues.js';
import { key } from '../../src/redis/connection.js';
import { alertFor } from '../crash-windows/fixtures.js';
import { item, rss, startFeedServer, testFetcher } from '../feeds/feed-server.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { createTestRedis, testRedisUrl, type TestRedis } from '../helpers/redis.js';
import { waitFor } from '../helpers/wait.js';
import { unfilteredSubscription } from '../helpers/subscriptions.js';

const POLLER = fileURLToPath(new URL('../helpers/poller-process.ts', import.meta.url));
const BOT = fileURLToPath(new URL('../helpers/bot-process.ts', import.meta.url));

/** Runs a helper process to its SIGKILL; generous, since two shared cores may be busy. */
async function runUntilKilled(script: string, args: string[]): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
  const [, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  return signal;
}

async function countKeys(redis: TestRedis, pattern: string): Promise<number> {
  let cursor = '0';
  let count = 0;
  do {
    const [next, keys] = await redis.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    count += keys.length;
  } while (cursor !== '0');
  return count;
}

describe('kill -9 at the worst moment, one process of each kind', () => {
  let redis: TestRedis;
  let queues: Queues;
  beforeEach(async () => {
    redis = await createTestRedis();
    queues = createQueues(redis);
  });
  afterEach(async () => {
    await queues.close();
    await redis.cleanup();
  });

  it('a poller killed right after its first "seen" write loses no article', async () => {
    const stories = Array.from({ length: 50 }, (_, i) =>
      item({ title: `Troops, part ${i}`, link: `https://news.example/kill-${i}`, guid: `kill-${i}`, description: `Part ${i}: the minister spoke.` }),
    );
    const server = await startFeedServer({ '/feed.xml': { body: rss(stories.join('')) } });
    const fetcher = testFetcher();
    try {
      const registry = new FeedRegistry(redis);
      const feed = await registry.add(`${server.origin}/feed.xml`);
      expect(await runUntilKilled(POLLER, [testRedisUrl(), redis.prefix, '1'])).toBe('SIGKILL');
      // The next poll, by a poller that lives.
      await pollFeedOnce({ ctx: redis, queues, registry, fetcher, logger: silentLogger }, feed.id);
      const jobs = await queues.articles.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
      expect(new Set(jobs.map((job) => job.id)).size).toBe(50);
      expect(await countKeys(redis, key(redis, 'seen', '*'))).toBe(50);
    } finally {
      await fetcher.close();
      await server.close();
    }
  }, 180_000);

  it('a bot killed right after its first delivery posts every alert once, and logs each once', async () => {
    const slack = await new FakeSlack().start();
    const closers: Array<() => Promise<unknown>> = [];
    try {
      const subscriptions = new SubscriptionStore(redis);
      await subscriptions.upsert(unfilteredSubscription('slack', 'C0ALERTS'));
      const alerts = ['IT', 'PL', 'FR', 'DE', 'ES'].map((country, i) => alertFor(country, `kill-${i}`));
      await enqueueAlerts(queues, alerts);
      expect(await runUntilKilled(BOT, [testRedisUrl(), redis.prefix, slack.apiUrl, '1'])).toBe('SIGKILL');
      expect(slack.callsTo('chat.postMessage').length).toBeGreaterThanOrEqual(1);

      // The restarted bot takes over the dead one's jobs once their 2 s locks lapse.
      const client = new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
      const workerOptions = { stalledInterval: 500 };
      const dispatcher = startAlertDispatcher({
        ctx: redis,
        alertLog: new AlertLog(redis),
        subscriptions,
        logger: silentLogger,
        localSinks: [],
        workerOptions,
      });
      const delivery = startDeliveryWorker({
        ctx: redis,
        sender: createSlackSender({ client, logger: silentLogger }),
        subscriptions,
        logger: silentLogger,
        workerOptions,
      });
      closers.push(
        () => dispatcher.close(),
        () => delivery.close(),
        () => closeDeliveryQueues(redis),
      );
      await waitFor('every alert posted', () => slack.callsTo('chat.postMessage').length >= alerts.length, 120_000);
      // Anything posted twice would have arrived by now: the queues are empty.
      await waitFor('queues drained', async () => (await queues.alerts.getJobCounts('waiting', 'active', 'delayed')).waiting === 0, 30_000);
      const posted = slack.callsTo('chat.postMessage').map((call) => String(call.params.text));
      expect(posted).toHaveLength(alerts.length);
      for (const a of alerts) expect(posted.filter((text) => text.includes(a.evidence.url)).length, a.id).toBe(1);
      expect((await new AlertLog(redis).recent(100)).map((a) => a.id).sort()).toEqual(alerts.map((a) => a.id).sort());
    } finally {
      for (const close of closers.reverse()) await close();
      await slack.close();
    }
  }, 240_000);
});
