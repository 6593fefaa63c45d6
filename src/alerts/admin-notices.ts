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

/** KEYS: 1 the hour's hash of notice id -> place. ARGV: 1 notice id, 2 TTL. Returns the notice's place. */
const PLACE_IN_HOUR_LUA = `
local place = redis.call('HGET', KEYS[1], ARGV[1])
if place then return tonumber(place) end
place = redis.call('HLEN', KEYS[1]) + 1
redis.call('HSET', KEYS[1], ARGV[1], place)
redis.call('EXPIRE', KEYS[1], ARGV[2])
return place`;

/**
 * Operational notices (a feed starts failing) for the people who run the bot, never for
 * subscribed channels. Capped per hour across all processes; past the cap, only logged.
 * Returns how many channels the notice was queued for.
 */
export async function notifyAdmins(ctx: RedisContext, text: string, noticeId: string, options: AdminNoticeOptions): Promise<number> {
  options.logger.warn({ notice: noticeId }, text);
  if (options.channels.length === 0) return 0;
  const hour = Math.floor((options.now ?? Date.now)() / 3_600_000);
  // Each notice takes its place in the hour once: a retried job gets the same place, so the same answer.
  const place = Number(await ctx.redis.eval(PLACE_IN_HOUR_LUA, 1, key(ctx, 'admin-notices', String(hour)), noticeId, '7200'));
  if (place > options.perHour) {
    options.logger.warn({ notice: noticeId, perHour: options.perHour }, 'admin notice cap reached: not posted');
    return 0;
  }
  for (const entry of options.channels) {
    const [platform, channelId] = entry.split(':') as [Platform, string];
    await enqueueNotice(ctx, platform, channelId, text, noticeId);
  }
  return options.channels.length;
}
