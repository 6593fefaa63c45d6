import type { Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertLog } from '../../src/alerts/alert-log.js';
import { closeDeliveryQueues, deliveryQueue } from '../../src/alerts/delivery-worker.js';
import { startAlertDispatcher } from '../../src/alerts/dispatcher.js';
import { HeldAlerts, holdReason } from '../../src/alerts/held-alerts.js';
import { SubscriptionStore } from '../../src/alerts/subscriptions.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Alert } from '../../src/model/alert.js';
import { createQueues, enqueueAlerts, type Queues } from '../../src/queue/queues.js';
import { runCli } from '../helpers/cli.js';
import { createTestRedis } from '../helpers/redis.js';
import { pendingJobs, waitFor } from '../helpers/wait.js';
import { unfilteredSubscription } from '../helpers/subscriptions.js';

function alert(id: string, type: Alert['type'], confidence: number): Alert {
  return {
    id,
    type,
    country: 'PL',
    commitment: 'ground_troops',
    from: 'declined',
    to: type === 'disputed' ? 'disputed' : 'willing',
    evidence: {
      articleId: `a-${id}`,
      url: 'https://news.example/pl',
      outlet: 'Example',
      published: '2025-10-01',
      title: 't',
      quote: 'Tusk said Poland would send troops.',
      speaker: 'self',
      stance: 'willing',
      confidence,
    },
    createdAt: '2025-10-01T12:00:00Z',
  };
}

describe('confirm before broadcast', () => {
  const policy = { disputed: true, confidenceBelow: 0.7 };

  it('holds disputed and unsure alerts only', () => {
    expect(holdReason(alert('a', 'changed', 0.9), policy)).toBeNull();
    expect(holdReason(alert('b', 'disputed', 0.9), policy)).toBe('reports disagree');
    expect(holdReason(alert('c', 'new', 0.6), policy)).toBe('confidence 0.60 is below 0.7');
    expect(holdReason(alert('d', 'disputed', 0.2), { disputed: false, confidenceBelow: 0 })).toBeNull();
  });

  it('keeps a confirmed alert held until its fan-out is done, so a confirm cut short can be repeated', async () => {
    const redis = await createTestRedis();
    try {
      const held = new HeldAlerts(redis);
      await held.hold(alert('x', 'disputed', 0.9), 'reports disagree');
      const cutShort = held.release('x', async () => {
        throw new Error('process died during the fan-out');
      });
      await expect(cutShort).rejects.toThrow('process died');
      expect((await held.list()).map((h) => h.alert.id)).toEqual(['x']);
      const released: string[] = [];
      const again = await held.release('x', async (a) => released.push(a.id));
      expect(again?.held.reason).toBe('reports disagree');
      expect(released).toEqual(['x']);
      expect(await held.list()).toEqual([]);
      expect(await held.release('x', async () => 1)).toBeNull();
    } finally {
      await redis.cleanup();
    }
  });

  describe('through the dispatcher and the CLI', () => {
    let redis: Awaited<ReturnType<typeof createTestRedis>>;
    let queues: Queues;
    let dispatcher: Worker;
    const notices: string[] = [];
    const shown: string[] = [];

    beforeAll(async () => {
      redis = await createTestRedis();
      queues = createQueues(redis);
      await new SubscriptionStore(redis).upsert(unfilteredSubscription('discord', 'c1', 'now'));
      dispatcher = startAlertDispatcher({
        ctx: redis,
        alertLog: new AlertLog(redis),
        subscriptions: new SubscriptionStore(redis),
        logger: silentLogger,
        localSinks: [(a) => void shown.push(a.id)],
        hold: { policy, held: new HeldAlerts(redis), notifyAdmins: async (text) => notices.push(text) },
      });
      await enqueueAlerts(queues, [alert('sure', 'changed', 0.9), alert('split', 'disputed', 0.9), alert('unsure', 'new', 0.6)]);
      await waitFor('alerts dispatched', async () => (await pendingJobs(queues.alerts)) === 0 && shown.length === 3);
    });

    afterAll(async () => {
      await dispatcher.close();
      await queues.close();
      await closeDeliveryQueues(redis);
      await redis.cleanup();
    });

    it('sends sure alerts on, and holds the rest with one notice each to admins', async () => {
      const deliveries = await deliveryQueue(redis, 'discord').getJobs(['waiting']);
      expect(deliveries.map((job) => job.data.kind === 'alert' && job.data.alert.id)).toEqual(['sure']);
      expect((await new HeldAlerts(redis).list()).map((h) => h.alert.id).sort()).toEqual(['split', 'unsure']);
      expect(notices).toHaveLength(2);
      expect(notices.join('\n')).toContain('pledgewatch alerts confirm split');
    });

    it('does not hold or notify twice when a job is retried', async () => {
      await queues.alerts.obliterate({ force: true });
      await enqueueAlerts(queues, [alert('split', 'disputed', 0.9)]);
      await waitFor('retry dispatched', async () => (await pendingJobs(queues.alerts)) === 0);
      expect(notices).toHaveLength(2);
      expect(await new HeldAlerts(redis).list()).toHaveLength(2);
    });

    it('releases a confirmed alert to subscribed channels and drops a discarded one', async () => {
      const env = { PLEDGEWATCH_PREFIX: redis.prefix };
      const pending = await runCli(['alerts', 'pending', '--json'], env);
      expect((JSON.parse(pending.stdout) as Array<{ alert: Alert }>).map((h) => h.alert.id).sort()).toEqual(['split', 'unsure']);

      const confirmed = await runCli(['alerts', 'confirm', 'split'], env);
      expect(confirmed.code, confirmed.stderr).toBe(0);
      expect(confirmed.stdout).toBe('released to 1 subscribed channel\n');
      const deliveries = await deliveryQueue(redis, 'discord').getJobs(['waiting']);
      expect(deliveries.map((job) => job.data.kind === 'alert' && job.data.alert.id).sort()).toEqual(['split', 'sure']);

      const discarded = await runCli(['alerts', 'discard', 'unsure'], env);
      expect(discarded.code, discarded.stderr).toBe(0);
      expect(await new HeldAlerts(redis).list()).toEqual([]);

      const again = await runCli(['alerts', 'confirm', 'split'], env);
      expect(again.code).toBe(1);
      expect(again.stderr.trim()).toBe('pledgewatch: no held alert with id split (see `pledgewatch alerts pending`)');
      // Four CLI processes one after the other: on two busy shared cores each may take 10 s or more to start.
    }, 180_000);
  });
});
