import { describe, expect, it } from 'vitest';
import { notifyAdmins } from '../../src/alerts/admin-notices.js';
import { AlertLog } from '../../src/alerts/alert-log.js';
import { closeDeliveryQueues, deliveryQueue, deliveryQueueName } from '../../src/alerts/delivery-worker.js';
import { dispatchAlert, type DispatcherDeps } from '../../src/alerts/dispatcher.js';
import { HeldAlerts } from '../../src/alerts/held-alerts.js';
import { SubscriptionStore, type Subscription } from '../../src/alerts/subscriptions.js';
import { silentLogger } from '../../src/log/logger.js';
import type { RedisContext } from '../../src/redis/connection.js';
import { crashAfterEveryCall } from '../helpers/crash-harness.js';
import type { CrashInjector } from '../helpers/crash-injector.js';
import { endState } from '../helpers/redis-snapshot.js';
import { alertFor } from './fixtures.js';
import { unfilteredSubscription } from '../helpers/subscriptions.js';

const alerts = [alertFor('IT', 'a1'), alertFor('PL', 'a2', 'disputed'), alertFor('PL', 'a3')];

function subscription(platform: Subscription['platform'], channelId: string, countries: string[]): Subscription {
  return { ...unfilteredSubscription(platform, channelId), countries };
}

describe('the alert dispatcher under a crash after every Redis call', () => {
  it('records, shows, holds and fans out every alert once, as in an undisturbed run', async () => {
    /** The console of the process and of its restarted successor. */
    const shown: string[] = [];
    const report = await crashAfterEveryCall({
      units: alerts.length,
      reset: () => void shown.splice(0),
      async seed(ctx) {
        const subscriptions = new SubscriptionStore(ctx);
        await subscriptions.upsert(subscription('discord', 'c1', []));
        await subscriptions.upsert(subscription('slack', 'c2', ['PL']));
      },
      async start(ctx: RedisContext, injector: CrashInjector): Promise<DispatcherDeps> {
        await Promise.all([deliveryQueue(ctx, 'discord').waitUntilReady(), deliveryQueue(ctx, 'slack').waitUntilReady()]);
        const noticeOptions = { channels: ['discord:admins'], perHour: 10, logger: silentLogger, now: () => Date.UTC(2025, 8, 4, 12) };
        return {
          ctx,
          alertLog: new AlertLog(ctx),
          subscriptions: new SubscriptionStore(ctx),
          logger: silentLogger,
          localSinks: [
            (alert) => {
              injector.assertAlive();
              shown.push(`shown ${alert.id}`);
            },
          ],
          hold: {
            policy: { disputed: true, confidenceBelow: 0 },
            held: new HeldAlerts(ctx),
            notifyAdmins: (text, noticeId) => notifyAdmins(ctx, text, noticeId, noticeOptions),
          },
        };
      },
      run: async (deps, unit) => void (await dispatchAlert(deps, alerts[unit]!)),
      stop: (deps) => closeDeliveryQueues(deps.ctx),
      observe: async (ctx) => [...(await endState(ctx, [deliveryQueueName('discord'), deliveryQueueName('slack')])), ...[...shown].sort()],
    });
    expect(report.calls).toBeGreaterThan(alerts.length * 3);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  });
});
