import { Worker, type WorkerOptions } from 'bullmq';
import type { Logger } from '../log/logger.js';
import { metrics } from '../metrics/metrics.js';
import type { Alert } from '../model/alert.js';
import { QUEUE, type AlertJob } from '../queue/queues.js';
import { queueOptions, type RedisContext } from '../redis/connection.js';
import type { AlertLog } from './alert-log.js';
import { alertText } from './format.js';
import { fanOut, holdReason, type HeldAlerts, type HoldPolicy } from './held-alerts.js';
import type { SubscriptionStore } from './subscriptions.js';

/** Somewhere an alert is shown on this machine: the console, a test's recorder. */
export type LocalSink = (alert: Alert) => void | Promise<void>;

export interface DispatcherDeps {
  ctx: RedisContext;
  alertLog: AlertLog;
  subscriptions: SubscriptionStore;
  logger: Logger;
  localSinks: LocalSink[];
  /** "Confirm before broadcast": matching alerts wait in `held` and admins are told. */
  hold?: { policy: HoldPolicy; held: HeldAlerts; notifyAdmins(text: string, noticeId: string): Promise<unknown> };
  /** BullMQ tuning, e.g. a short lockDuration so a crashed process's job is taken over sooner. */
  workerOptions?: Partial<WorkerOptions>;
}

/**
 * Consumes the alerts queue: records each alert once (which also feeds the web page's
 * live view), shows it on the local sinks, and queues one delivery per subscribed
 * channel, unless the hold policy says an operator must confirm it first. Every step
 * is idempotent, so a retried job neither repeats nor loses one.
 */
export function startAlertDispatcher(deps: DispatcherDeps): Worker<AlertJob> {
  const worker = new Worker<AlertJob>(QUEUE.alerts, (job) => dispatchAlert(deps, job.data.alert), {
    ...queueOptions(deps.ctx, QUEUE.alerts),
    concurrency: 4,
    ...deps.workerOptions,
  });
  worker.on('failed', (job, error) => deps.logger.warn({ alert: job?.data.alert.id, err: error.message }, 'alert dispatch failed, will retry'));
  worker.on('error', (error) => deps.logger.error({ err: error.message }, 'alert dispatcher error'));
  return worker;
}

/**
 * One alert job. Each step either is atomic or is repeated by a retry until its own
 * "done" mark is written, so a crash between any two of them is completed by the retry:
 * log entry and live message (one script), local sinks (until marked shown), the admin
 * notice of a held alert (until marked notified), deliveries (job ids).
 */
export async function dispatchAlert(deps: DispatcherDeps, alert: Alert): Promise<{ channels: number; held?: string }> {
  const recorded = await deps.alertLog.record(alert);
  if (recorded === 'new') metrics.alertsProduced.inc({ type: alert.type });
  if (recorded !== 'shown') {
    for (const sink of deps.localSinks) await sink(alert);
    await deps.alertLog.markShown(alert.id);
  }
  const reason = deps.hold ? holdReason(alert, deps.hold.policy) : null;
  if (deps.hold && reason) {
    if (await deps.hold.held.hold(alert, reason)) {
      const text = `Alert held for confirmation (${reason}): ${alertText(alert)}\nConfirm with \`pledgewatch alerts confirm ${alert.id}\` or drop it with \`pledgewatch alerts discard ${alert.id}\`.`;
      await deps.hold.notifyAdmins(text, `held-${alert.id}`);
      await deps.hold.held.markNotified(alert.id);
    }
    return { channels: 0, held: reason };
  }
  return { channels: await fanOut(deps.ctx, deps.subscriptions, alert) };
}
