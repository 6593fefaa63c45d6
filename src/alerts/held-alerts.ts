import type { Alert } from '../model/alert.js';
import { key, slotTag, type RedisContext } from '../redis/connection.js';
import { enqueueDelivery } from './delivery-worker.js';
import type { SubscriptionStore } from './subscriptions.js';

/** Which alerts wait for an operator's confirmation before they reach subscribed channels. */
export interface HoldPolicy {
  disputed: boolean;
  /** Alerts whose evidence is less sure than this are held; 0 holds none. */
  confidenceBelow: number;
}

export interface HeldAlert {
  alert: Alert;
  reason: string;
  heldAt: string;
}

/** Why an alert must be confirmed before broadcast, or null when it may go out. */
export function holdReason(alert: Alert, policy: HoldPolicy): string | null {
  if (policy.disputed && alert.type === 'disputed') return 'reports disagree';
  if (alert.evidence.confidence < policy.confidenceBelow) {
    return `confidence ${alert.evidence.confidence.toFixed(2)} is below ${policy.confidenceBelow}`;
  }
  return null;
}

/** Queues one delivery per subscribed channel whose filter matches. Returns how many. */
export async function fanOut(ctx: RedisContext, subscriptions: SubscriptionStore, alert: Alert): Promise<number> {
  const targets = await subscriptions.matching(alert);
  for (const target of targets) await enqueueDelivery(ctx, target.platform, alert, target.channelId);
  return targets.length;
}

const NOTIFIED_TTL_SECONDS = 30 * 24 * 3600;

/** Alerts waiting for confirmation, in one Redis hash keyed by alert id. */
export class HeldAlerts {
  constructor(private readonly ctx: RedisContext) {}

  private get hashKey(): string {
    return key(this.ctx, slotTag('alerts'), 'held');
  }

  private notifiedKey(alertId: string): string {
    return key(this.ctx, slotTag('alerts'), 'held-notified', alertId);
  }

  /**
   * Holds an alert. True while the admins still have to be told about it: the first time,
   * and again on a retry that follows a crash before markNotified (the notice's id keeps
   * a repeat from posting twice).
   */
  async hold(alert: Alert, reason: string, now = new Date()): Promise<boolean> {
    const held: HeldAlert = { alert, reason, heldAt: now.toISOString() };
    const [[, added], [, notified]] = (await this.ctx.redis
      .multi()
      .hsetnx(this.hashKey, alert.id, JSON.stringify(held))
      .exists(this.notifiedKey(alert.id))
      .exec()) as [[null, number], [null, number]];
    return added === 1 || notified === 0;
  }

  async markNotified(alertId: string): Promise<void> {
    await this.ctx.redis.set(this.notifiedKey(alertId), '1', 'EX', NOTIFIED_TTL_SECONDS);
  }

  async list(): Promise<HeldAlert[]> {
    const all = Object.values(await this.ctx.redis.hgetall(this.hashKey)).map((json) => JSON.parse(json) as HeldAlert);
    return all.sort((a, b) => a.heldAt.localeCompare(b.heldAt));
  }

  /** Removes and returns a held alert; null when there is none with that id (or someone took it first). */
  async take(alertId: string): Promise<HeldAlert | null> {
    const [[, json], [, removed]] = (await this.ctx.redis.multi().hget(this.hashKey, alertId).hdel(this.hashKey, alertId).exec()) as [
      [null, string | null],
      [null, number],
    ];
    return json && removed === 1 ? (JSON.parse(json) as HeldAlert) : null;
  }

  /**
   * Confirms a held alert: hands it to release (the fan-out, idempotent by job ids) and only
   * then forgets it, so a crash in between leaves it held and a second confirm completes it.
   * Null when no alert with that id is held.
   */
  async release<T>(alertId: string, deliver: (alert: Alert) => Promise<T>): Promise<{ held: HeldAlert; result: T } | null> {
    const json = await this.ctx.redis.hget(this.hashKey, alertId);
    if (!json) return null;
    const held = JSON.parse(json) as HeldAlert;
    const result = await deliver(held.alert);
    await this.ctx.redis.hdel(this.hashKey, alertId);
    return { held, result };
  }
}
