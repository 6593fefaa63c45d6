import { describe, expect, it } from 'vitest';
import type { ChatSender } from '../../src/alerts/delivery.js';
import { closeDeliveryQueues, createDeliveryProcessor, deliveryQueue, deliveryQueueName, type DeliveryJob } from '../../src/alerts/delivery-worker.js';
import { SubscriptionStore } from '../../src/alerts/subscriptions.js';
import { silentLogger } from '../../src/log/logger.js';
import type { RedisContext } from '../../src/redis/connection.js';
import { crashAfterEveryCall } from '../helpers/crash-harness.js';
import type { CrashInjector } from '../helpers/crash-injector.js';
import { endState } from '../helpers/redis-snapshot.js';
import { alertFor } from './fixtures.js';
import { unfilteredSubscription } from '../helpers/subscriptions.js';

const NOW = Date.UTC(2025, 8, 4, 12, 10);
const WINDOW = Math.floor(NOW / 3_600_000);
/** A budget of 2: a1 and a2 are posted, a3 and a4 wait for the hour's digest, which closes the run. */
const jobs: DeliveryJob[] = [
  ...['a1', 'a2', 'a3', 'a4'].map((id): DeliveryJob => ({ kind: 'alert', alert: alertFor('IT', id), channelId: 'c1' })),
  { kind: 'digest', channelId: 'c1', window: WINDOW },
];

describe('alert delivery under a crash after every Redis call', () => {
  it('posts every alert and the digest once and charges the budget once per post, as in an undisturbed run', async () => {
    /** What the chat platform received from the process and from its restarted successor. */
    const posts: string[] = [];
    const report = await crashAfterEveryCall({
      units: jobs.length,
      reset: () => void posts.splice(0),
      seed: (ctx) => new SubscriptionStore(ctx).upsert(unfilteredSubscription('discord', 'c1')),
      async start(ctx: RedisContext, injector: CrashInjector) {
        await deliveryQueue(ctx, 'discord').waitUntilReady();
        const sender: ChatSender = {
          platform: 'discord',
          async send(channelId, alert) {
            injector.assertAlive();
            posts.push(`post ${channelId} ${alert.id}`);
          },
          async sendText(channelId, text) {
            injector.assertAlive();
            posts.push(`post ${channelId} ${text.split('\n')[0]}`);
          },
        };
        const deliver = createDeliveryProcessor(
          { ctx, sender, subscriptions: new SubscriptionStore(ctx), logger: silentLogger, budgetPerHour: 2, now: () => NOW },
          { rateLimit: async () => undefined },
        );
        return { ctx, deliver };
      },
      run: async ({ deliver }, unit, attempt) => void (await deliver({ data: jobs[unit]!, attemptsMade: attempt - 1, opts: { attempts: 200 } })),
      stop: ({ ctx }) => closeDeliveryQueues(ctx),
      observe: async (ctx) => [...(await endState(ctx, [deliveryQueueName('discord')])), ...posts],
    });
    expect(report.calls).toBeGreaterThan(jobs.length * 3);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  });
});
