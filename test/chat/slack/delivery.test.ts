import { webApi } from '@slack/bolt';
import type { Job, Worker } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDeliveryQueues, enqueueDelivery, startDeliveryWorker, type DeliveryJob } from '../../../src/alerts/delivery-worker.js';
import { SubscriptionStore } from '../../../src/alerts/subscriptions.js';
import { createSlackSender } from '../../../src/chat/slack/sender.js';
import { silentLogger } from '../../../src/log/logger.js';
import { FakeSlack } from '../../helpers/fake-slack.js';
import { createTestRedis } from '../../helpers/redis.js';
import { alert } from './fixtures.js';
import { unfilteredSubscription } from '../../helpers/subscriptions.js';

type TestRedis = Awaited<ReturnType<typeof createTestRedis>>;
let redis: TestRedis;
let slack: FakeSlack;
let subscriptions: SubscriptionStore;
let worker: Worker<DeliveryJob>;

beforeEach(async () => {
  redis = await createTestRedis();
  slack = await new FakeSlack().start();
  subscriptions = new SubscriptionStore(redis);
  for (const channelId of ['C0ALERTS', 'C0GONE']) {
    await subscriptions.upsert(unfilteredSubscription('slack', channelId, '2025-09-01T00:00:00.000Z'));
  }
  const client = new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
  const sender = createSlackSender({ client, logger: silentLogger });
  // One job at a time: BullMQ only shares a manual rateLimit() wait across concurrent
  // fetches and processes when the Worker has a `limiter`; without one, only a single
  // slot reliably waits out Retry-After.
  worker = startDeliveryWorker({ ctx: redis, sender, subscriptions, logger: silentLogger, backoffMs: 20, concurrency: 1 });
});

afterEach(async () => {
  await worker.close();
  await closeDeliveryQueues(redis);
  await slack.close();
  await redis.cleanup();
});

/** Resolves on the worker's next completed/failed event for this alert id (awaited, never timed). */
function settled(alertId: string, event: 'completed' | 'failed'): Promise<Job<DeliveryJob>> {
  return new Promise((resolve) => {
    const onEvent = (job: Job<DeliveryJob> | undefined) => {
      if (job?.data.kind !== 'alert' || job.data.alert.id !== alertId) return;
      worker.off(event, onEvent);
      resolve(job);
    };
    worker.on(event, onEvent);
  });
}

describe('Slack alerts through the delivery queue', () => {
  it('delivers an alert queued while Slack is down once Slack is back', async () => {
    slack.setDown(true);
    const done = settled('a-down', 'completed');
    await enqueueDelivery(redis, 'slack', alert({ id: 'a-down' }), 'C0ALERTS');
    await slack.waitForRefused(2);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
    slack.setDown(false);
    const job = await done;
    expect(job.returnvalue).toBe('sent');
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.params.channel).toBe('C0ALERTS');
    expect(posts[0]?.params.text).toMatch(/^Italy — ground troops/);
  });

  it('posts the same alert to a channel only once, however often it is queued', async () => {
    const first = settled('a-once', 'completed');
    await enqueueDelivery(redis, 'slack', alert({ id: 'a-once' }), 'C0ALERTS');
    await enqueueDelivery(redis, 'slack', alert({ id: 'a-once' }), 'C0ALERTS');
    await first;
    await enqueueDelivery(redis, 'slack', alert({ id: 'a-once' }), 'C0ALERTS');
    // A later alert on the same queue: once it is posted, the duplicates above were dealt with.
    const later = settled('a-later', 'completed');
    await enqueueDelivery(redis, 'slack', alert({ id: 'a-later', to: 'willing' }), 'C0ALERTS');
    await later;
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts.map((p) => String(p.params.text).includes('-&gt; willing'))).toEqual([false, true]);
  });

  it("honours Slack's 429 Retry-After before posting again", async () => {
    slack.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const done = settled('a-429', 'completed');
    await enqueueDelivery(redis, 'slack', alert({ id: 'a-429' }), 'C0ALERTS');
    await done;
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    // Lower bound only: the second attempt waited out the Retry-After second.
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('unsubscribes a channel Slack says is gone, without retrying', async () => {
    slack.script('chat.postMessage', { status: 200, body: { ok: false, error: 'channel_not_found' } });
    const failed = settled('a-gone', 'failed');
    await enqueueDelivery(redis, 'slack', alert({ id: 'a-gone' }), 'C0GONE');
    const job = await failed;
    expect(job.failedReason).toContain('channel_not_found');
    expect(await subscriptions.get('slack', 'C0GONE')).toBeNull();
    expect(await subscriptions.get('slack', 'C0ALERTS')).not.toBeNull();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
