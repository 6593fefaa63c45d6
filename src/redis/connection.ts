import type { RedisOptions as BullRedisOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';

/**
 * Everything that talks to Redis gets one of these: a client plus the key prefix,
 * so tests and several deployments can share one server without touching each other.
 */
export interface RedisContext {
  redis: Redis;
  /** Root of every key this deployment owns, e.g. "pw". */
  prefix: string;
  /** Options for BullMQ, which opens its own (blocking) connections. */
  connection: BullRedisOptions;
  /** The BullMQ key prefix: queues live under "<prefix>:q:<queue>:...". */
  bullPrefix: string;
}

/** Builds a key under the deployment prefix: key(ctx, 'feeds', id) -> "pw:feeds:<id>". */
export function key(ctx: Pick<RedisContext, 'prefix'>, ...parts: string[]): string {
  return [ctx.prefix, ...parts].join(':');
}

export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const options: RedisOptions = {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : 6379,
    // BullMQ workers use blocking commands and insist on this.
    maxRetriesPerRequest: null,
  };
  if (parsed.username) options.username = decodeURIComponent(parsed.username);
  if (parsed.password) options.password = decodeURIComponent(parsed.password);
  const db = parsed.pathname.replace(/^\//, '');
  if (db) options.db = Number(db);
  if (parsed.protocol === 'rediss:') options.tls = {};
  return options;
}

export function createRedisContext(url: string, prefix: string): RedisContext {
  const connection = redisOptionsFromUrl(url);
  const redis = new Redis({ ...connection, lazyConnect: false });
  return { redis, prefix, connection: connection as BullRedisOptions, bullPrefix: `${prefix}:q` };
}

export async function closeRedisContext(ctx: RedisContext): Promise<void> {
  try {
    await ctx.redis.quit();
  } catch {
    ctx.redis.disconnect();
  }
}

/**
 * Deletes every key matching pattern (SCAN + UNLINK, never KEYS), except those for which
 * keep() is true. Returns how many were deleted. For clearing one prefix on a shared server.
 */
export async function deleteKeysMatching(ctx: RedisContext, pattern: string, keep: (key: string) => boolean = () => false): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await ctx.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    const doomed = keys.filter((k) => !keep(k));
    if (doomed.length > 0) deleted += await ctx.redis.unlink(...doomed);
  } while (cursor !== '0');
  return deleted;
}
