import { setTimeout as sleep } from 'node:timers/promises';
import { Cluster } from 'ioredis';
import type { Logger } from '../log/logger.js';
import { key, slotTag, type RedisContext } from './connection.js';

/**
 * Keys moved under cluster hash tags (docs/scaling.md). A deployment upgraded from the
 * earlier layout keeps its feeds, positions, history, article records, alert log, held
 * alerts and queued jobs: on start, keys with the old names are renamed to the new ones,
 * once (a marker key records it). Only one server or Sentinel can hold the old layout:
 * cluster deployments always had the new one.
 */
const LAYOUT_VERSION = '2';
const MIGRATION_LOCK_SECONDS = 300;

/** The new name of a key (without the prefix) in the old layout, or null when it keeps its name. */
export function renamedKey(rest: string): string | null {
  if (rest === 'feed-ids') return `${slotTag('feeds')}:ids`;
  if (rest === 'feed-urls') return `${slotTag('feeds')}:urls`;
  if (rest.startsWith('feed:')) return `${slotTag('feeds')}:${rest}`;
  if (rest.startsWith('alerts:')) return `${slotTag('alerts')}:${rest.slice('alerts:'.length)}`;
  const state = /^state:([^{:][^:]*):(.+)$/.exec(rest);
  if (state) return `state:${slotTag(state[1]!)}:${state[2]}`;
  // BullMQ keys were "<prefix>:q:<queue>:..."; now the queue's prefix is "<prefix>:q:{<queue>}".
  const queue = /^q:([^{:][^:]*):(.+)$/.exec(rest);
  if (queue) return `q:${slotTag(queue[1]!)}:${queue[1]}:${queue[2]}`;
  return null;
}

/** Renames old-layout keys under ctx.prefix. Returns how many were renamed (0 once done). */
export async function migrateKeyLayout(ctx: RedisContext, logger: Logger): Promise<number> {
  if (ctx.redis instanceof Cluster) return 0;
  const redis = ctx.redis;
  const marker = key(ctx, 'key-layout');
  if ((await redis.get(marker)) === LAYOUT_VERSION) return 0;
  const lock = key(ctx, 'key-layout-migrating');
  if ((await redis.set(lock, String(process.pid), 'EX', MIGRATION_LOCK_SECONDS, 'NX')) !== 'OK') {
    // Another process is renaming: wait for it rather than start on half-moved keys.
    for (let waited = 0; waited < MIGRATION_LOCK_SECONDS * 1000 && (await redis.get(marker)) !== LAYOUT_VERSION; waited += 500) await sleep(500);
    return 0;
  }
  let renamed = 0;
  try {
    let cursor = '0';
    const root = `${ctx.prefix}:`;
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${root}*`, 'COUNT', 1000);
      cursor = next;
      for (const old of keys) {
        const rest = renamedKey(old.slice(root.length));
        // RENAMENX: never overwrite a key the new layout already holds.
        if (rest && (await redis.renamenx(old, `${root}${rest}`)) === 1) renamed++;
      }
    } while (cursor !== '0');
    await redis.set(marker, LAYOUT_VERSION);
  } finally {
    await redis.del(lock);
  }
  if (renamed > 0) logger.info({ keys: renamed, prefix: ctx.prefix }, 'renamed keys to the cluster-safe layout (docs/scaling.md)');
  return renamed;
}
