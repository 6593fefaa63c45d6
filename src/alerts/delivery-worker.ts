import { createHash } from 'node:crypto';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from '../log/logger.js';
import { metrics } from '../metrics/metrics.js';
import { membersOf, type Alert } from '../model/alert.js';
import { memberIds } from './group.js';
import { key, queueOptions, slotTag, type RedisContext } from '../redis/connection.js';
import { alertHeadline } from './format.js';
import { displayDate } from './present.js';
import { DeliveryChannelGoneError, DeliveryRateLimitedError, type ChatSender } from './delivery.js';
import type { Platform, SubscriptionStore } from './subscriptions.js';

/** One alert for one channel, or the digest of what a channel's hourly budget held back. */
export type DeliveryJob =
  | { kind: 'alert'; alert: Alert; channelId: string }
  | { kind: 'digest'; channelId: string; window: number }
  | { kind: 'notice'; channelId: string; text: string };

export function deliveryQueueName(platform: Platform): string {
  return `deliver-${platform}`;
}

/** Retry for about a day before a delivery is parked in the failed set (kept two weeks). */
const DELIVERY_ATTEMPTS = 200;
const MAX_BACKOFF_MS = 10 * 60_000;
const DELIVERED_TTL_SECONDS = 30 * 24 * 3600;
const WINDOW_MS = 3600_000;

const queues = new WeakMap<RedisContext, Map<Platform, Queue<DeliveryJob>>>();

/** The delivery queue of a platform, one per Redis context and platform. */
export function deliveryQueue(ctx: RedisContext, platform: Platform): Queue<DeliveryJob> {
  let byPlatform = queues.get(ctx);
  if (!byPlatform) queues.set(ctx, (byPlatform = new Map()));
  let queue = byPlatform.get(platform);
  if (!queue) {
    queue = new Queue<DeliveryJob>(deliveryQueueName(platform), {
      ...queueOptions(ctx, deliveryQueueName(platform)),
      defaultJobOptions: {
        attempts: DELIVERY_ATTEMPTS,
        backoff: { type: 'capped' },
        removeOnComplete: { age: 24 * 3600, count: 5000 },
        removeOnFail: { age: 14 * 24 * 3600 },
      },
    });
    byPlatform.set(platform, queue);
  }
  return queue;
}

export async function closeDeliveryQueues(ctx: RedisContext): Promise<void> {
  const byPlatform = queues.get(ctx);
  if (!byPlatform) return;
  queues.delete(ctx);
  await Promise.all([...byPlatform.values()].map((q) => q.close()));
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Queues one alert for one channel. The job id makes a second enqueue of the same pair a no-op. */
export async function enqueueDelivery(ctx: RedisContext, platform: Platform, alert: Alert, channelId: string): Promise<void> {
  await deliveryQueue(ctx, platform).add(
    'alert',
    { kind: 'alert', alert, channelId },
    { jobId: `deliver-${alert.id}-${shortHash(channelId)}` },
  );
}

/** Queues a plain notice (to an admin channel); noticeId makes a repeat of the same notice a no-op. */
export async function enqueueNotice(ctx: RedisContext, platform: Platform, channelId: string, text: string, noticeId: string): Promise<void> {
  await deliveryQueue(ctx, platform).add(
    'notice',
    { kind: 'notice', channelId, text },
    { jobId: `notice-${shortHash(`${noticeId}|${channelId}`)}`, attempts: 20 },
  );
}

export interface DeliveryWorkerDeps {
  ctx: RedisContext;
  sender: ChatSender;
  subscriptions: SubscriptionStore;
  logger: Logger;
  /** First retry delay; doubles each attempt up to 10 minutes. */
  backoffMs?: number;
  /** Alerts per channel per hour before the rest go into one digest message. */
  budgetPerHour?: number;
  concurrency?: number;
  now?: () => number;
}

/**
 * Posts queued alerts to one platform's channels. Retries with capped exponential
 * backoff while the platform is down; waits out a 429 without spending an attempt;
 * unsubscribes a channel that is gone or forbids the bot; posts a given alert to a
 * given channel at most once; past the hourly budget, collects alerts into a digest.
 */
export function startDeliveryWorker(deps: DeliveryWorkerDeps): Worker<DeliveryJob> {
  const platform = deps.sender.platform;
  const backoffMs = deps.backoffMs ?? 2000;
  const now = deps.now ?? Date.now;
  const budget = deps.budgetPerHour ?? 30;
  const log = deps.logger.child({ sink: platform });
  const worker: Worker<DeliveryJob> = new Worker<DeliveryJob>(
    deliveryQueueName(platform),
    async (job) => {
      try {
        switch (job.data.kind) {
          case 'digest':
            return await deliverDigest(job.data.channelId, job.data.window);
          case 'notice':
            await deps.sender.sendText(job.data.channelId, job.data.text);
            return 'notice-sent';
          default:
            return await deliverAlert(job as Job<Extract<DeliveryJob, { kind: 'alert' }>>);
        }
      } catch (error) {
        throw await classify(error, job.data.channelId);
      }
    },
    {
      ...queueOptions(deps.ctx, deliveryQueueName(platform)),
      concurrency: deps.concurrency ?? 4,
      // BullMQ honours worker.rateLimit() (a 429's Retry-After) only for workers with a limiter;
      // this one is generous, the platform's own limits are what bind.
      limiter: { max: 1000, duration: 1000 },
      settings: { backoffStrategy: (attemptsMade: number) => Math.min(backoffMs * 2 ** Math.max(0, attemptsMade - 1), MAX_BACKOFF_MS) },
    },
  );
  worker.on('failed', (job, error) => {
    if (error.name === 'RateLimitError') return;
    metrics.alertsDelivered.inc({ sink: platform, outcome: 'error' });
    log.warn({ channel: job?.data.channelId, attempt: job?.attemptsMade, err: error.message }, 'delivery failed, will retry');
  });
  worker.on('error', (error) => log.error({ err: error.message }, 'delivery worker error'));

  async function deliverAlert(job: Job<Extract<DeliveryJob, { kind: 'alert' }>>): Promise<string> {
    const { alert, channelId } = job.data;
    const deliveredKey = key(deps.ctx, 'delivered', platform, channelId, alert.id);
    if (await deps.ctx.redis.exists(deliveredKey)) return 'already-delivered';
    if (!(await deps.subscriptions.get(platform, channelId))) return 'unsubscribed';
    const window = Math.floor(now() / WINDOW_MS);
    if (!(await withinBudget(channelId, window))) {
      await holdForDigest(channelId, window, alert);
      return 'held-for-digest';
    }
    const replyTo = await originalMessage(channelId, alert);
    const posted = await deps.sender.send(channelId, alert, replyTo ? { replyTo } : {});
    await deps.ctx.redis.set(deliveredKey, '1', 'EX', DELIVERED_TTL_SECONDS);
    if (posted) await rememberPosted(channelId, alert, posted.messageId);
    metrics.alertsDelivered.inc({ sink: platform, outcome: 'sent' });
    log.info({ channel: channelId, alert: alert.id, country: alert.country, commitment: alert.commitment }, 'alert posted');
    return 'sent';
  }

  function postedKey(channelId: string, alertId: string): string {
    // One tag per channel: a correction reads several of the channel's keys at once (MGET).
    return key(deps.ctx, 'posted', slotTag(`${platform}:${channelId}`), alertId);
  }

  /** The platform's message id for this alert and each country in it, so a later correction can answer it. */
  async function rememberPosted(channelId: string, alert: Alert, messageId: string): Promise<void> {
    const pipeline = deps.ctx.redis.pipeline();
    for (const id of new Set([alert.id, ...memberIds(alert)])) pipeline.set(postedKey(channelId, id), messageId, 'EX', DELIVERED_TTL_SECONDS);
    await pipeline.exec();
  }

  /** For a correction: the message of the alert it corrects in this channel, if it was posted here. */
  async function originalMessage(channelId: string, alert: Alert): Promise<string | undefined> {
    const corrected = [alert.corrects?.alertId, ...membersOf(alert).map((m) => m.corrects?.alertId)].filter((id): id is string => Boolean(id));
    if (corrected.length === 0) return undefined;
    const found = await deps.ctx.redis.mget(...corrected.map((id) => postedKey(channelId, id)));
    return found.find((id): id is string => typeof id === 'string');
  }

  async function withinBudget(channelId: string, window: number): Promise<boolean> {
    const counter = key(deps.ctx, 'budget', platform, channelId, String(window));
    const [[, count]] = (await deps.ctx.redis.multi().incr(counter).expire(counter, 2 * 3600).exec()) as [[null, number]];
    return count <= budget;
  }

  async function holdForDigest(channelId: string, window: number, alert: Alert): Promise<void> {
    const held = key(deps.ctx, 'digest', platform, channelId, String(window));
    await deps.ctx.redis.multi().rpush(held, JSON.stringify(alert)).expire(held, 3 * 3600).exec();
    await deliveryQueue(deps.ctx, platform).add(
      'digest',
      { kind: 'digest', channelId, window },
      { jobId: `digest-${shortHash(channelId)}-${window}`, delay: Math.max(0, (window + 1) * WINDOW_MS - now()) },
    );
  }

  async function deliverDigest(channelId: string, window: number): Promise<string> {
    const held = key(deps.ctx, 'digest', platform, channelId, String(window));
    const alerts = (await deps.ctx.redis.lrange(held, 0, -1)).map((json) => JSON.parse(json) as Alert);
    if (alerts.length === 0) return 'empty-digest';
    await deps.sender.sendText(channelId, digestText(alerts));
    await deps.ctx.redis.del(held);
    metrics.alertsDelivered.inc({ sink: platform, outcome: 'digest' });
    return 'digest-sent';
  }

  async function classify(error: unknown, channelId: string): Promise<unknown> {
    if (error instanceof DeliveryRateLimitedError) {
      log.info({ channel: channelId, retryAfterMs: error.retryAfterMs }, 'rate limited by the platform, waiting');
      await worker.rateLimit(error.retryAfterMs);
      return Worker.RateLimitError();
    }
    if (error instanceof DeliveryChannelGoneError) {
      await deps.subscriptions.remove(platform, channelId);
      metrics.alertsDelivered.inc({ sink: platform, outcome: 'channel_gone' });
      log.warn({ channel: channelId, reason: error.reason }, 'channel is gone or forbids the bot: unsubscribed it');
      return new UnrecoverableError(error.message);
    }
    return error;
  }

  return worker;
}

/** Plain text for a channel whose hourly alert budget ran out. */
export function digestText(alerts: Alert[]): string {
  const lines = alerts.slice(0, 40).map((a) => `• ${alertHeadline(a)} (${a.evidence.outlet}, ${displayDate(a.evidence.published)})`);
  const more = alerts.length > 40 ? `\n…and ${alerts.length - 40} more` : '';
  return `Digest: ${alerts.length} more position change${alerts.length === 1 ? '' : 's'} this hour\n${lines.join('\n')}${more}`;
}
