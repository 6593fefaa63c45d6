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
  const targets = await subscriptions.targets(alert);
  for (const target of targets) await enqueueDelivery(ctx, target.subscription.platform, target.alert, target.subscription.channelId);
  return targets.length;
}

/** Alerts waiting for confirmation, in one Redis hash keyed by alert id. */
export class HeldAlerts {
  constructor(private readonly ctx: RedisContext) {}

  private get hashKey(): string {
    return key(this.ctx, slotTag('alerts'), 'held');
  }

  /** Holds an alert; false when it was already held (a retried job). */
  async hold(alert: Alert, reason: string, now = new Date()): Promise<boolean> {
    const held: HeldAlert = { alert, reason, heldAt: now.toISOString() };
    return (await this.ctx.redis.hsetnx(this.hashKey, alert.id, JSON.stringify(held))) === 1;
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
}
