import { membersOf, type Alert } from '../model/alert.js';
import { key, slotTag, type RedisContext } from '../redis/connection.js';

/** How many recent alerts the web page and `/api/alerts` can show. */
export const ALERT_LOG_LENGTH = 1000;

/**
 * The record of alerts produced, newest first, plus a live channel: every alert is
 * pushed to a capped list and published on Redis pub/sub, so any process (the web
 * page's live view, a second web instance) sees it the moment it happens.
 */
export class AlertLog {
  constructor(private readonly ctx: RedisContext) {}

  // The log, its "recorded" marks and the held alerts share one hash tag, so recording an
  // alert may check its mark and push it in one step on a cluster too.
  private get listKey(): string {
    return key(this.ctx, slotTag('alerts'), 'log');
  }

  get channel(): string {
    return key(this.ctx, slotTag('alerts'), 'live');
  }

  /** Records an alert once (by id) and announces it. Returns false when it was already recorded. */
  async record(alert: Alert): Promise<boolean> {
    const first = await this.ctx.redis.set(key(this.ctx, slotTag('alerts'), 'recorded', alert.id), '1', 'EX', 30 * 24 * 3600, 'NX');
    if (first !== 'OK') return false;
    const json = JSON.stringify(alert);
    await this.ctx.redis
      .multi()
      .lpush(this.listKey, json)
      .ltrim(this.listKey, 0, ALERT_LOG_LENGTH - 1)
      .publish(this.channel, json)
      .exec();
    return true;
  }

  async recent(limit = 100, filter?: { country?: string }): Promise<Alert[]> {
    const raw = await this.ctx.redis.lrange(this.listKey, 0, ALERT_LOG_LENGTH - 1);
    const alerts = raw.map((json) => JSON.parse(json) as Alert);
    const wanted = filter?.country ? alerts.filter((a) => membersOf(a).some((m) => m.country === filter.country)) : alerts;
    return wanted.slice(0, limit);
  }

  /** Calls onAlert for every alert recorded from now on, by any process. Returns an unsubscribe function. */
  async subscribe(onAlert: (alert: Alert) => void): Promise<() => Promise<void>> {
    // A copy of the main client: same shape (one server, Sentinel or cluster), same credentials.
    const subscriber = this.ctx.redis.duplicate();
    subscriber.on('error', () => undefined);
    subscriber.on('message', (_channel: string, json: string) => {
      try {
        onAlert(JSON.parse(json) as Alert);
      } catch {
        // A malformed message on our channel is ignored rather than crashing the listener.
      }
    });
    await subscriber.subscribe(this.channel);
    return async () => {
      await subscriber.quit().catch(() => subscriber.disconnect());
    };
  }
}
