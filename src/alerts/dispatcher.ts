import { Worker } from 'bullmq';
import type { Logger } from '../log/logger.js';
import { metrics } from '../metrics/metrics.js';
import type { Alert } from '../model/alert.js';
import { QUEUE, type AlertJob } from '../queue/queues.js';
import type { RedisContext } from '../redis/connection.js';
import type { AlertLog } from './alert-log.js';
import { enqueueDelivery } from './delivery-worker.js';
import type { SubscriptionStore } from './subscriptions.js';

/** Somewhere an alert is shown on this machine: the console, a test's recorder. */
export type LocalSink = (alert: Alert) => void | Promise<void>;

export interface DispatcherDeps {
  ctx: RedisContext;
  alertLog: AlertLog;
  subscriptions: SubscriptionStore;
  logger: Logger;
  localSinks: LocalSink[];
}

/**
 * Consumes the alerts queue: records each alert once (which also feeds the web page's
 * live view), shows it on the local sinks, and queues one delivery per subscribed
 * channel. Every step is idempotent, so a retried job neither repeats nor loses one.
 */
export function startAlertDispatcher(deps: DispatcherDeps): Worker<AlertJob> {
  const worker = new Worker<AlertJob>(
    QUEUE.alerts,
    async (job) => {
      const { alert } = job.data;
      if (await deps.alertLog.record(alert)) {
        metrics.alertsProduced.inc({ type: alert.type });
        for (const sink of deps.localSinks) await sink(alert);
      }
      const targets = await deps.subscriptions.matching(alert);
      for (const target of targets) await enqueueDelivery(deps.ctx, target.platform, alert, target.channelId);
      return { channels: targets.length };
    },
    { connection: deps.ctx.connection, prefix: deps.ctx.bullPrefix, concurrency: 4 },
  );
  worker.on('failed', (job, error) =>
    deps.logger.warn({ alert: job?.data.alert.id, err: error.message }, 'alert dispatch failed, will retry'),
  );
  worker.on('error', (error) => deps.logger.error({ err: error.message }, 'alert dispatcher error'));
  return worker;
}
