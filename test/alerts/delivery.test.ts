import type { Worker } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notifyAdmins } from '../../src/alerts/admin-notices.js';
import { DeliveryChannelGoneError, DeliveryRateLimitedError, type ChatSender } from '../../src/alerts/delivery.js';
import { budgetSpent, closeDeliveryQueues, deliveryQueue, enqueueDelivery, startDeliveryWorker, type DeliveryJob } from '../../src/alerts/delivery-worker.js';
import { SubscriptionStore, type Subscription } from '../../src/alerts/subscriptions.js';
import { silentLogger } from '../../src/log/logger.js';
import { metrics } from '../../src/metrics/metrics.js';
import type { Alert } from '../../src/model/alert.js';
import { createTestRedis } from '../helpers/redis.js';
import { pendingJobs, waitFor } from '../helpers/wait.js';
import { unfilteredSubscription } from '../helpers/subscriptions.js';

function alert(id: string, country = 'IT'): Alert {
  return {
    id,
    type: 'changed',
    country,
    commitment: 'ground_troops',
    from: 'willing',
    to: 'declined',
    evidence: {
      articleId: `a-${id}`,
      url: 'https://news.example/1',
      outlet: 'Example',
      published: '2025-09-04',
      title: 't',
      quote: 'Meloni said Italy will not send troops.',
      speaker: 'self',
      stance: 'declined',
      confidence: 0.9,
    },
    createdAt: '2025-09-04T12:00:00Z',
  };
}

function subscription(channelId: string): Subscription {
  return unfilteredSubscription('discord', channelId, 'now');
}

/** A platform that records what it was asked to post and fails on command. */
class RecordingPlatform implements ChatSender {
  readonly platform = 'discord' as const;
  readonly posted: Array<{ channelId: string; alertId?: string; text?: string; at: number }> = [];
  failNext: Error[] = [];

  async send(channelId: string, a: Alert): Promise<void> {
    const failure = this.failNext.shift();
    if (failure) throw failure;
    this.posted.push({ channelId, alertId: a.id, at: Date.now() });
  }

  async sendText(channelId: string, text: string): Promise<void> {
    this.posted.push({ channelId, text, at: Date.now() });
  }
}

async function deliveries(outcome: string): Promise<number> {
  const { values } = await metrics.alertsDelivered.get();
  return values.find((v) => v.labels.sink === 'discord' && v.labels.outcome === outcome)?.value ?? 0;
}

async function rateLimitWaits(): Promise<number> {
  const { values } = await metrics.deliveryWaits.get();
  return values.find((v) => v.labels.sink === 'discord' && v.labels.reason === 'rate_limited')?.value ?? 0;
}

describe('the delivery queue', () => {
  let redis: Awaited<ReturnType<typeof createTestRedis>>;
  let subscriptions: SubscriptionStore;
  let platform: RecordingPlatform;
  let worker: Worker<DeliveryJob> | undefined;

  beforeEach(async () => {
    redis = await createTestRedis();
    subscriptions = new SubscriptionStore(redis);
    platform = new RecordingPlatform();
  });
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
    await closeDeliveryQueues(redis);
    await redis.cleanup();
  });

  function start(options: { budgetPerHour?: number; now?: () => number } = {}): void {
    worker = startDeliveryWorker({ ctx: redis, sender: platform, subscriptions, logger: silentLogger, backoffMs: 20, concurrency: 2, ...options });
  }

  const drained = () => waitFor('deliveries drained', async () => (await pendingJobs(deliveryQueue(redis, 'discord'))) === 0);

  it('posts an alert to a channel once, however often it is queued', async () => {
    await subscriptions.upsert(subscription('c1'));
    start();
    await enqueueDelivery(redis, 'discord', alert('x'), 'c1');
    await enqueueDelivery(redis, 'discord', alert('x'), 'c1');
    await waitFor('posted', () => platform.posted.length === 1);
    await drained();
    // Even after the first job is gone, the delivered mark stops a second post.
    await deliveryQueue(redis, 'discord').obliterate({ force: true });
    await enqueueDelivery(redis, 'discord', alert('x'), 'c1');
    await drained();
    expect(platform.posted.map((p) => p.alertId)).toEqual(['x']);
  });

  it('retries while the platform is down and posts when it is back', async () => {
    await subscriptions.upsert(subscription('c1'));
    platform.failNext = [new Error('ECONNREFUSED'), new Error('503 Service Unavailable'), new Error('ECONNRESET')];
    start();
    await enqueueDelivery(redis, 'discord', alert('y'), 'c1');
    await waitFor('posted after the outage', () => platform.posted.length === 1);
    expect(platform.failNext).toHaveLength(0);
  });

  it('waits out a rate limit before posting again', async () => {
    await subscriptions.upsert(subscription('c1'));
    platform.failNext = [new DeliveryRateLimitedError(400)];
    const queuedAt = Date.now();
    start();
    await enqueueDelivery(redis, 'discord', alert('z'), 'c1');
    await waitFor('posted after the wait', () => platform.posted.length === 1);
    expect(platform.posted[0]!.at - queuedAt).toBeGreaterThanOrEqual(400);
  });

  it('unsubscribes a channel that is gone, without retrying', async () => {
    await subscriptions.upsert(subscription('gone'));
    platform.failNext = [new DeliveryChannelGoneError('404 Unknown Channel')];
    start();
    await enqueueDelivery(redis, 'discord', alert('g'), 'gone');
    await waitFor('unsubscribed', async () => !(await subscriptions.get('discord', 'gone')));
    const failed = await deliveryQueue(redis, 'discord').getFailed();
    expect(failed.map((job) => job.attemptsMade)).toEqual([1]);
    expect(platform.posted).toHaveLength(0);
  });

  it('holds alerts past the hourly budget and posts them as one digest', async () => {
    await subscriptions.upsert(subscription('busy'));
    // The clock sits a moment before the end of an hour, so the digest is due almost at once.
    const hourEnd = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
    start({ budgetPerHour: 2, now: () => hourEnd - 300 });
    for (const id of ['a1', 'a2', 'a3', 'a4']) await enqueueDelivery(redis, 'discord', alert(id, id === 'a4' ? 'DE' : 'IT'), 'busy');
    await waitFor('digest posted', () => platform.posted.some((p) => p.text));
    expect(platform.posted.filter((p) => p.alertId)).toHaveLength(2);
    const digest = platform.posted.find((p) => p.text)!.text!;
    expect(digest).toMatch(/^Digest: 2 more position changes this hour/);
    expect(digest.split('\n')).toHaveLength(3);
  });

  it('charges the hourly budget once per posted alert, however many attempts failed or waited', async () => {
    await subscriptions.upsert(subscription('c1'));
    const clock = Date.UTC(2025, 8, 4, 12, 5);
    // Four 500s and a 429 for the first alert: with a budget of 3, all three alerts must still go out on their own.
    platform.failNext = [...Array.from({ length: 4 }, () => new Error('500 Internal Server Error')), new DeliveryRateLimitedError(50)];
    const errorsBefore = await deliveries('error');
    const waitsBefore = await rateLimitWaits();
    start({ budgetPerHour: 3, now: () => clock });
    await enqueueDelivery(redis, 'discord', alert('b1'), 'c1');
    await waitFor('first alert posted after its failures', () => platform.posted.length === 1);
    for (const id of ['b2', 'b3']) await enqueueDelivery(redis, 'discord', alert(id), 'c1');
    await waitFor('all posted', () => platform.posted.length === 3);
    await drained();
    expect(platform.posted.map((p) => p.alertId)).toEqual(['b1', 'b2', 'b3']);
    expect(await budgetSpent(redis, 'discord', 'c1', clock)).toBe(3);
    // Metrics count final outcomes: retried failures are not errors, and the 429 is a wait.
    expect(await deliveries('error')).toBe(errorsBefore);
    expect(await rateLimitWaits()).toBe(waitsBefore + 1);
  });

  it('gives the budget unit back when a channel turns out to be gone', async () => {
    await subscriptions.upsert(subscription('gone'));
    const clock = Date.UTC(2025, 8, 4, 12, 5);
    platform.failNext = [new DeliveryChannelGoneError('404 Unknown Channel')];
    start({ budgetPerHour: 3, now: () => clock });
    await enqueueDelivery(redis, 'discord', alert('g2'), 'gone');
    await waitFor('unsubscribed', async () => !(await subscriptions.get('discord', 'gone')));
    await drained();
    expect(await budgetSpent(redis, 'discord', 'gone', clock)).toBe(0);
  });

  it('sends admin notices to admin channels only, and stops at the hourly cap', async () => {
    start();
    const options = { channels: ['discord:admins'], perHour: 2, logger: silentLogger };
    expect(await notifyAdmins(redis, 'Feed failing: one', 'n1', options)).toBe(1);
    expect(await notifyAdmins(redis, 'Feed failing: two', 'n2', options)).toBe(1);
    expect(await notifyAdmins(redis, 'Feed failing: three', 'n3', options)).toBe(0);
    await waitFor('notices posted', () => platform.posted.length === 2);
    await drained();
    expect(platform.posted.map((p) => [p.channelId, p.text])).toEqual(
      expect.arrayContaining([
        ['admins', 'Feed failing: one'],
        ['admins', 'Feed failing: two'],
      ]),
    );
    expect(platform.posted).toHaveLength(2);
  });
});
