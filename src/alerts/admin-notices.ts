import type { Logger } from '../log/logger.js';
import { key, type RedisContext } from '../redis/connection.js';
import { enqueueNotice } from './delivery-worker.js';
import type { Platform } from './subscriptions.js';

export interface AdminNoticeOptions {
  /** "discord:<channel id>" / "slack:<channel id>" entries (ADMIN_CHANNELS). */
  channels: string[];
  perHour: number;
  logger: Logger;
  now?: () => number;
}

/**
 * Operational notices (a feed starts failing) for the people who run the bot, never for
 * subscribed channels. Capped per hour across all processes; past the cap, only logged.
 * Returns how many channels the notice was queued for.
 */
export async function notifyAdmins(ctx: RedisContext, text: string, noticeId: string, options: AdminNoticeOptions): Promise<number> {
  options.logger.warn({ notice: noticeId }, text);
  if (options.channels.length === 0) return 0;
  const hour = Math.floor((options.now ?? Date.now)() / 3_600_000);
  const counter = key(ctx, 'admin-notices', String(hour));
  const [[, count]] = (await ctx.redis.multi().incr(counter).expire(counter, 7200).exec()) as [[null, number]];
  if (count > options.perHour) {
    options.logger.warn({ notice: noticeId, perHour: options.perHour }, 'admin notice cap reached: not posted');
    return 0;
  }
  for (const entry of options.channels) {
    const [platform, channelId] = entry.split(':') as [Platform, string];
    await enqueueNotice(ctx, platform, channelId, text, noticeId);
  }
  return options.channels.length;
}
