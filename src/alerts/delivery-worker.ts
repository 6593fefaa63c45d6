import { createHash } from 'node:crypto';
import { Queue, UnrecoverableError, Worker, type Job, type WorkerOptions } from 'bullmq';
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
const BUDGET_TTL_SECONDS = 2 * 3600;
/** Outlives the longest retry run (about a day), so no retry is charged twice. */
const CHARGE_MARK_TTL_SECONDS = 3 * 24 * 3600;
const DIGEST_TTL_SECONDS = 3 * 3600;

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
  await deliveryQueue(ctx, platform).add('alert', { kind: 'alert', alert, channelId }, { jobId: `deliver-${alert.id}-${shortHash(channelId)}` });
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
  /** BullMQ tuning, e.g. a short lockDuration so a crashed process's job is taken over sooner. */
  workerOptions?: Partial<WorkerOptions>;
}

/** What a delivery job needs of a BullMQ job: enough to run it outside a Worker (tests, the crash harness). */
export type DeliveryJobRun = Pick<Job<DeliveryJob>, 'data' | 'attemptsMade' | 'opts'>;

/** How the processor reacts to a 429: the worker passes its own rateLimit. */
export interface DeliveryProcessorHooks {
  rateLimit(retryAfterMs: number): Promise<void>;
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
  const log = deps.logger.child({ sink: platform });
  const hooks: DeliveryProcessorHooks = { rateLimit: (ms) => worker.rateLimit(ms) };
  const processJob = createDeliveryProcessor(deps, hooks);
  const worker: Worker<DeliveryJob> = new Worker<DeliveryJob>(deliveryQueueName(platform), (job) => processJob(job), {
    ...queueOptions(deps.ctx, deliveryQueueName(platform)),
    concurrency: deps.concurrency ?? 4,
    // BullMQ honours worker.rateLimit() (a 429's Retry-After) only for workers with a limiter;
    // this one is generous, the platform's own limits are what bind.
    limiter: { max: 1000, duration: 1000 },
    settings: { backoffStrategy: (attemptsMade: number) => Math.min(backoffMs * 2 ** Math.max(0, attemptsMade - 1), MAX_BACKOFF_MS) },
    ...deps.workerOptions,
  });
  // Rate-limit waits never get here (BullMQ puts the job back without a 'failed' event), and
  // outcomes are counted by the processor once per job, so this only logs the retries.
  worker.on('failed', (job, error) => {
    if (!job || isFinalAttempt(job, error)) return;
    log.warn({ channel: job.data.channelId, attempt: job.attemptsMade, err: error.message }, 'delivery failed, will retry');
  });
  worker.on('error', (error) => log.error({ err: error.message }, 'delivery worker error'));
  return worker;
}

/** True when BullMQ will not run the job again after this error. */
function isFinalAttempt(job: Pick<Job, 'attemptsMade' | 'opts'>, error: Error): boolean {
  return error instanceof UnrecoverableError || error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
}

/**
 * The work of one delivery job. The hourly budget is spent once per (alert, channel): the first
 * attempt reserves a unit and marks the job as charged, retries after failures or 429s reuse
 * that mark for free, and a job that finally fails gives its unit back. So once the platform
 * is back, the budget holds exactly one unit per delivered alert however long it was down.
 */
export function createDeliveryProcessor(deps: DeliveryWorkerDeps, hooks: DeliveryProcessorHooks): (job: DeliveryJobRun) => Promise<string> {
  const platform = deps.sender.platform;
  const now = deps.now ?? Date.now;
  const budget = deps.budgetPerHour ?? 30;
  const log = deps.logger.child({ sink: platform });

  return async (job) => {
    try {
      switch (job.data.kind) {
        case 'digest':
          return await deliverDigest(job.data.channelId, job.data.window);
        case 'notice':
          await deps.sender.sendText(job.data.channelId, job.data.text);
          return 'notice-sent';
        default:
          return await deliverAlert(job.data);
      }
    } catch (error) {
      throw await classify(error, job);
    }
  };

  async function deliverAlert({ alert, channelId }: Extract<DeliveryJob, { kind: 'alert' }>): Promise<string> {
    const deliveredKey = key(deps.ctx, 'delivered', platform, channelId, alert.id);
    if (await deps.ctx.redis.exists(deliveredKey)) return 'already-delivered';
    if (!(await deps.subscriptions.get(platform, channelId))) return 'unsubscribed';
    const window = Math.floor(now() / WINDOW_MS);
    if (!(await chargeOnce(channelId, alert.id, window))) {
      await holdForDigest(channelId, window, alert);
      metrics.alertsDelivered.inc({ sink: platform, outcome: 'held_for_digest' });
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

  /** True when this (alert, channel) may be posted: charged now, or charged by an earlier attempt. */
  async function chargeOnce(channelId: string, alertId: string, window: number): Promise<boolean> {
    const charged = await deps.ctx.redis.eval(
      CHARGE_ONCE_LUA,
      2,
      budgetKey(deps.ctx, platform, channelId, window),
      chargeMarkKey(deps.ctx, platform, channelId, alertId),
      String(budget),
      String(BUDGET_TTL_SECONDS),
      String(CHARGE_MARK_TTL_SECONDS),
      String(window),
    );
    return charged === 1;
  }

  /** A job that will never post gives back the unit its first attempt reserved (in the hour it reserved it). */
  async function refundCharge(channelId: string, alertId: string): Promise<void> {
    const mark = chargeMarkKey(deps.ctx, platform, channelId, alertId);
    const window = await deps.ctx.redis.get(mark);
    if (!window) return;
    await deps.ctx.redis.eval(REFUND_LUA, 2, mark, budgetKey(deps.ctx, platform, channelId, Number(window)), window);
  }

  async function holdForDigest(channelId: string, window: number, alert: Alert): Promise<void> {
    // Held once per alert (a retry after a crash finds it there), then the digest job, whose id makes a repeat a no-op.
    await deps.ctx.redis.eval(
      HOLD_ONCE_LUA,
      2,
      digestKey(deps.ctx, platform, channelId, window),
      heldIdsKey(deps.ctx, platform, channelId, window),
      alert.id,
      JSON.stringify(alert),
      String(DIGEST_TTL_SECONDS),
    );
    await deliveryQueue(deps.ctx, platform).add(
      'digest',
      { kind: 'digest', channelId, window },
      { jobId: `digest-${shortHash(channelId)}-${window}`, delay: Math.max(0, (window + 1) * WINDOW_MS - now()) },
    );
  }

  async function deliverDigest(channelId: string, window: number): Promise<string> {
    const held = digestKey(deps.ctx, platform, channelId, window);
    const alerts = (await deps.ctx.redis.lrange(held, 0, -1)).map((json) => JSON.parse(json) as Alert);
    if (alerts.length === 0) return 'empty-digest';
    await deps.sender.sendText(channelId, digestText(alerts));
    // One DEL: the list and its ids share the channel's hash tag.
    await deps.ctx.redis.del(held, heldIdsKey(deps.ctx, platform, channelId, window));
    metrics.alertsDelivered.inc({ sink: platform, outcome: 'digest' });
    return 'digest-sent';
  }

  async function classify(error: unknown, job: DeliveryJobRun): Promise<unknown> {
    const { channelId } = job.data;
    if (error instanceof DeliveryRateLimitedError) {
      // A wait, not a failure: no attempt is spent and the budget mark stays.
      metrics.deliveryWaits.inc({ sink: platform, reason: 'rate_limited' });
      log.info({ channel: channelId, retryAfterMs: error.retryAfterMs }, 'rate limited by the platform, waiting');
      await hooks.rateLimit(error.retryAfterMs);
      return Worker.RateLimitError();
    }
    if (error instanceof DeliveryChannelGoneError) {
      await deps.subscriptions.remove(platform, channelId);
      if (job.data.kind === 'alert') await refundCharge(channelId, job.data.alert.id);
      metrics.alertsDelivered.inc({ sink: platform, outcome: 'channel_gone' });
      log.warn({ channel: channelId, reason: error.reason }, 'channel is gone or forbids the bot: unsubscribed it');
      return new UnrecoverableError(error.message);
    }
    // BullMQ counts this attempt after we throw: the last one is attemptsMade + 1.
    if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
      if (job.data.kind === 'alert') await refundCharge(channelId, job.data.alert.id);
      metrics.alertsDelivered.inc({ sink: platform, outcome: 'error' });
      log.error({ channel: channelId, attempts: job.attemptsMade + 1, err: (error as Error).message }, 'delivery gave up');
    }
    return error;
  }
}

/**
 * A channel's budget counters, charge marks and held digests share one hash tag (the channel),
 * so the scripts that span them run on a cluster; channels still spread over every slot.
 */
function channelTag(platform: Platform, channelId: string): string {
  return slotTag(`${platform}:${channelId}`);
}

function budgetKey(ctx: RedisContext, platform: Platform, channelId: string, window: number): string {
  return key(ctx, 'budget', channelTag(platform, channelId), String(window));
}

function chargeMarkKey(ctx: RedisContext, platform: Platform, channelId: string, alertId: string): string {
  return key(ctx, 'budget-charged', channelTag(platform, channelId), alertId);
}

function digestKey(ctx: RedisContext, platform: Platform, channelId: string, window: number): string {
  return key(ctx, 'digest', channelTag(platform, channelId), String(window));
}

function heldIdsKey(ctx: RedisContext, platform: Platform, channelId: string, window: number): string {
  return key(ctx, 'digest-ids', channelTag(platform, channelId), String(window));
}

/** How many units of a channel's hourly budget are spent (or reserved by jobs in flight). */
export async function budgetSpent(ctx: RedisContext, platform: Platform, channelId: string, atMs: number): Promise<number> {
  return Number((await ctx.redis.get(budgetKey(ctx, platform, channelId, Math.floor(atMs / WINDOW_MS)))) ?? 0);
}

/**
 * KEYS: 1 the window's budget counter, 2 the job's charge mark. ARGV: 1 budget, 2 counter TTL, 3 mark TTL, 4 window.
 * 1 when the job may post (charged before, or charged now), 0 when the budget is spent.
 * The mark remembers which hour it charged, so a refund finds the counter in any later hour.
 */
const CHARGE_ONCE_LUA = `
if redis.call('EXISTS', KEYS[2]) == 1 then return 1 end
local spent = tonumber(redis.call('GET', KEYS[1]) or '0')
if spent >= tonumber(ARGV[1]) then return 0 end
redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('SET', KEYS[2], ARGV[4], 'EX', ARGV[3])
return 1`;

/** KEYS: 1 the charge mark, 2 the counter of its hour. ARGV: 1 that hour. Gives the unit back once, if the counter still exists. */
const REFUND_LUA = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('DECR', KEYS[2]) end
return 1`;

/** KEYS: 1 held list, 2 set of held ids. ARGV: 1 alert id, 2 alert JSON, 3 TTL. */
const HOLD_ONCE_LUA = `
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return 1`;

/** Plain text for a channel whose hourly alert budget ran out. */
export function digestText(alerts: Alert[]): string {
  const lines = alerts.slice(0, 40).map((a) => `• ${alertHeadline(a)} (${a.evidence.outlet}, ${displayDate(a.evidence.published)})`);
  const more = alerts.length > 40 ? `\n…and ${alerts.length - 40} more` : '';
  return `Digest: ${alerts.length} more position change${alerts.length === 1 ? '' : 's'} this hour\n${lines.join('\n')}${more}`;
}
