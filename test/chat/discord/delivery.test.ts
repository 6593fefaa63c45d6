import type { Worker } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AlertLog } from '../../../src/alerts/alert-log.js';
import { DeliveryChannelGoneError, DeliveryRateLimitedError, type ChatSender } from '../../../src/alerts/delivery.js';
import { closeDeliveryQueues, deliveryQueue, enqueueDelivery, startDeliveryWorker, type DeliveryJob } from '../../../src/alerts/delivery-worker.js';
import { startAlertDispatcher } from '../../../src/alerts/dispatcher.js';
import { SubscriptionStore } from '../../../src/alerts/subscriptions.js';
import { createChatCore, type Caller } from '../../../src/chat/core/index.js';
import { createDiscordRest, createDiscordSender } from '../../../src/chat/discord/index.js';
import { silentLogger } from '../../../src/log/logger.js';
import type { Alert } from '../../../src/model/alert.js';
import { createQueues, enqueueAlerts, type Queues } from '../../../src/queue/queues.js';
import { PledgeStore } from '../../../src/state/index.js';
import { FakeDiscord } from '../../helpers/fake-discord.js';
import { createTestRedis } from '../../helpers/redis.js';

type TestRedis = Awaited<ReturnType<typeof createTestRedis>>;

const admin: Caller = { userId: 'U1', canManageSubscriptions: true, canManageFeeds: true };

let redis: TestRedis;
let fake: FakeDiscord;
let sender: ChatSender;
let subscriptions: SubscriptionStore;
const workers: Worker[] = [];

function alert(id: string, overrides: Partial<Alert> = {}): Alert {
  return {
    id,
    type: 'changed',
    country: 'DE',
    commitment: 'ground_troops',
    from: 'undecided',
    to: 'committed',
    evidence: {
      articleId: `article-${id}`,
      url: `https://news.example.test/${id}`,
      outlet: 'Wire',
      published: '2025-09-05',
      title: 'Germany will send troops',
      quote: 'Chancellor Merz said Germany will contribute troops.',
      speaker: 'self',
      stance: 'committed',
      confidence: 0.9,
    },
    createdAt: '2025-09-05T09:00:00.000Z',
    ...overrides,
  };
}

async function subscribe(channelId: string, filters: { countries?: string; commitments?: string } = {}): Promise<void> {
  const core = createChatCore({ state: new PledgeStore(redis), subscriptions, logger: silentLogger });
  const result = await core.subscribe({ platform: 'discord', channelId, workspaceId: '555' }, filters, admin);
  if (!result.ok) throw new Error(result.message);
}

function startWorker(): Worker<DeliveryJob> {
  const worker = startDeliveryWorker({ ctx: redis, sender, subscriptions, logger: silentLogger, backoffMs: 20, concurrency: 1 });
  workers.push(worker);
  return worker;
}

async function waitUntil(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  redis = await createTestRedis();
  fake = await FakeDiscord.start();
  subscriptions = new SubscriptionStore(redis);
  // In-place retries off and a short timeout: the queue does the retrying, quickly, in tests.
  const rest = createDiscordRest({ token: 'test-token', api: fake.apiUrl, retries: 0, timeoutMs: 2000 });
  sender = createDiscordSender({ rest, logger: silentLogger });
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.close()));
});

afterAll(async () => {
  await closeDeliveryQueues(redis);
  await fake?.stop();
  await redis?.cleanup();
});

describe('Discord sender', () => {
  it('posts the alert embed with mentions disabled, and an @everyone in the article never pings', async () => {
    const hostile = alert('hostile', {
      evidence: { ...alert('x').evidence, title: '@everyone Germany in!', quote: '@here **Merz**: troops <@123>' },
    });
    await sender.send('101', hostile);
    const [posted] = fake.messagesTo('101');
    const body = posted!.body as { content?: string; allowed_mentions: unknown; embeds: Array<Record<string, unknown>> };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.content).toBeUndefined();
    expect(body.embeds[0]!.description).toBe('✅ “@\u200bhere \\*\\*Merz\\*\\*: troops <@\u200b123>”');
    expect(JSON.stringify(body)).not.toMatch(/@(everyone|here)|<@\d/);
    expect(posted!.headers.authorization).toBe('Bot test-token');
  });

  it('waits out a short 429 (retry_after) inside the REST client and posts once after it', async () => {
    fake.respondOnce(
      'POST',
      /^\/channels\/102\/messages$/,
      429,
      { message: 'You are being rate limited.', retry_after: 0.3, global: false },
      {
        'retry-after': '0.3',
        'x-ratelimit-scope': 'user',
      },
    );
    await sender.send('102', alert('rate-1'));
    const attempts = fake.messagesTo('102');
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(300);
  });

  it('hands a long 429 back to the queue as DeliveryRateLimitedError', async () => {
    fake.respondOnce(
      'POST',
      /^\/channels\/103\/messages$/,
      429,
      { message: 'You are being rate limited.', retry_after: 60, global: false },
      {
        'retry-after': '60',
      },
    );
    const error = await sender.send('103', alert('rate-2')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryRateLimitedError);
    expect((error as DeliveryRateLimitedError).retryAfterMs).toBeGreaterThanOrEqual(60_000);
  });

  it('reports a forbidden or deleted channel as gone', async () => {
    fake.closeChannel('104', 403);
    fake.closeChannel('105', 404);
    await expect(sender.send('104', alert('gone-1'))).rejects.toBeInstanceOf(DeliveryChannelGoneError);
    await expect(sender.send('105', alert('gone-2'))).rejects.toBeInstanceOf(DeliveryChannelGoneError);
  });

  it('posts the alert as plain text when Discord refuses the embed (400), so it still arrives', async () => {
    fake.respondOnce('POST', /^\/channels\/107\/messages$/, 400, { message: 'Invalid Form Body', code: 50035 });
    await sender.send('107', alert('refused-1'));
    const [refused, fallback] = fake.messagesTo('107');
    expect((refused!.body as { embeds: unknown[] }).embeds).toHaveLength(1);
    expect(fallback!.body).toEqual({
      embeds: [],
      allowed_mentions: { parse: [] },
      content:
        'Position changed (confirmed): 🇩🇪 Germany — ground troops: undecided -> committed\n"Chancellor Merz said Germany will contribute troops."\n' +
        'Wire, 2025-09-05, high confidence (90%)\nhttps://news.example.test/refused-1',
    });
  });

  it('throws a plain error (so the queue retries) when Discord answers 5xx', async () => {
    fake.respondOnce('POST', /^\/channels\/106\/messages$/, 502, { message: 'Bad Gateway' });
    const error = await sender.send('106', alert('down-1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(DeliveryChannelGoneError);
    expect(error).not.toBeInstanceOf(DeliveryRateLimitedError);
  });
});

describe('through the delivery queue', () => {
  it('honours subscription filters: only matching channels get the alert', async () => {
    await subscribe('201', { countries: 'Germany' });
    await subscribe('202', { countries: 'Italy' });
    await subscribe('203', { countries: 'DE', commitments: 'not ground troops' });
    await subscribe('204');
    const queues: Queues = createQueues(redis);
    const dispatcher = startAlertDispatcher({ ctx: redis, alertLog: new AlertLog(redis), subscriptions, logger: silentLogger, localSinks: [] });
    workers.push(dispatcher);
    startWorker();
    try {
      await enqueueAlerts(queues, [alert('filter-1')]);
      await waitUntil(() => fake.messagesTo('201').length === 1 && fake.messagesTo('204').length === 1, 'both matching channels');
      expect(fake.messagesTo('202')).toEqual([]);
      expect(fake.messagesTo('203')).toEqual([]);
      const title = (fake.messagesTo('201')[0]!.body as { embeds: Array<{ title: string }> }).embeds[0]!.title;
      expect(title).toBe('🇩🇪 Germany — ground troops: undecided -> committed');
    } finally {
      await queues.close();
    }
  });

  it('unsubscribes a channel that forbids the bot (403) instead of retrying it', async () => {
    await subscribe('301');
    fake.closeChannel('301', 403);
    startWorker();
    await enqueueDelivery(redis, 'discord', alert('forbidden-1'), '301');
    await waitUntil(async () => (await subscriptions.get('discord', '301')) === null, 'the subscription to be removed');
    const failedJob = async () =>
      (await deliveryQueue(redis, 'discord').getJobs(['failed'])).find((j) => j.data.kind === 'alert' && j.data.alert.id === 'forbidden-1');
    await waitUntil(async () => (await failedJob()) !== undefined, 'the job to fail for good');
    expect((await failedJob())?.attemptsMade).toBe(1);
    // A later alert for the same channel is not even tried.
    await enqueueDelivery(redis, 'discord', alert('forbidden-2'), '301');
    const later = (await deliveryQueue(redis, 'discord').getJobs(['waiting', 'active', 'completed', 'delayed'])).find(
      (j) => j.data.kind === 'alert' && j.data.alert.id === 'forbidden-2',
    )!;
    await waitUntil(async () => (await later.getState()) === 'completed', 'the second job to finish');
    expect((await deliveryQueue(redis, 'discord').getJob(later.id!))?.returnvalue).toBe('unsubscribed');
    expect(fake.messagesTo('301')).toHaveLength(1);
  });

  it('keeps an alert queued while Discord is down and posts it when Discord is back', async () => {
    await subscribe('401');
    startWorker();
    await fake.stop();
    await enqueueDelivery(redis, 'discord', alert('outage-1'), '401');
    const queue = deliveryQueue(redis, 'discord');
    await waitUntil(async () => {
      const jobs = await queue.getJobs(['delayed', 'waiting', 'active', 'failed']);
      return jobs.some((j) => j.data.kind === 'alert' && j.data.alert.id === 'outage-1' && j.attemptsMade >= 2);
    }, 'failed attempts while Discord is down');
    expect(fake.messagesTo('401')).toEqual([]);
    await fake.restart();
    const posted = await fake.waitFor((r) => r.path === '/channels/401/messages');
    expect((posted.body as { embeds: Array<{ url: string }> }).embeds[0]!.url).toBe('https://news.example.test/outage-1');
    expect(await subscriptions.get('discord', '401')).not.toBeNull();
  });
});
