import type { Alert } from '../model/alert.js';
import { key, slotTag, type RedisContext } from '../redis/connection.js';

/** How many recent alerts the web page and `/api/alerts` can show. */
export const ALERT_LOG_LENGTH = 1000;
const RECORDED_TTL_SECONDS = 30 * 24 * 3600;
const SHOWN = 'shown';

/**
 * KEYS: 1 recorded mark, 2 log list. ARGV: 1 alert JSON, 2 mark TTL, 3 last log index, 4 live channel.
 * The mark holds '1' until the local sinks showed the alert, then 'shown'.
 */
const RECORD_LUA = `
local mark = redis.call('GET', KEYS[1])
if mark then
  if mark == '${SHOWN}' then return 'shown' end
  return 'unshown'
end
redis.call('SET', KEYS[1], '1', 'EX', ARGV[2])
redis.call('LPUSH', KEYS[2], ARGV[1])
redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[3]))
redis.call('PUBLISH', ARGV[4], ARGV[1])
return 'new'`;

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

  private recordedKey(alertId: string): string {
    return key(this.ctx, slotTag('alerts'), 'recorded', alertId);
  }

  /**
   * Records an alert once (by id) and announces it, in one atomic step: the "recorded" mark,
   * the log entry and the live message exist together or not at all, so a crash can never
   * leave an alert marked but missing from the log and the web page.
   * Returns 'new' the first time, 'unshown' while the local sinks have not confirmed it
   * (a crash after recording, see markShown) and 'shown' after that.
   */
  async record(alert: Alert): Promise<'new' | 'unshown' | 'shown'> {
    const json = JSON.stringify(alert);
    const state = await this.ctx.redis.eval(
      RECORD_LUA,
      2,
      this.recordedKey(alert.id),
      this.listKey,
      json,
      String(RECORDED_TTL_SECONDS),
      String(ALERT_LOG_LENGTH - 1),
      this.channel,
    );
    return state as 'new' | 'unshown' | 'shown';
  }

  /** The local sinks (console, a test's recorder) showed the alert: a retried job skips them. */
  async markShown(alertId: string): Promise<void> {
    await this.ctx.redis.set(this.recordedKey(alertId), SHOWN, 'KEEPTTL', 'XX');
  }

  async recent(limit = 100, filter?: { country?: string }): Promise<Alert[]> {
    const raw = await this.ctx.redis.lrange(this.listKey, 0, ALERT_LOG_LENGTH - 1);
    const alerts = raw.map((json) => JSON.parse(json) as Alert);
    const wanted = filter?.country ? alerts.filter((a) => a.country === filter.country) : alerts;
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
