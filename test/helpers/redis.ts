import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach } from 'vitest';
import { createQueues, type Queues } from '../../src/queue/queues.js';
import { closeRedisContext, createRedisContext, deleteKeysMatching, type RedisContext } from '../../src/redis/connection.js';

export function testRedisUrl(): string {
  return process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/**
 * A Redis context under a fresh prefix ("pw-test-<uuid>"), so test files share the server
 * without seeing each other. `cleanup()` deletes every key under the prefix and closes.
 */
export async function createTestRedis(): Promise<RedisContext & { cleanup(): Promise<void> }> {
  const ctx = createRedisContext(testRedisUrl(), `pw-test-${randomUUID()}`);
  await ctx.redis.ping();
  return {
    ...ctx,
    async cleanup() {
      await deleteKeys(ctx, `${ctx.prefix}:*`);
      await closeRedisContext(ctx);
    },
  };
}

export async function deleteKeys(ctx: RedisContext, pattern: string): Promise<void> {
  await deleteKeysMatching(ctx, pattern);
}

export type TestRedis = Awaited<ReturnType<typeof createTestRedis>>;

/**
 * A fresh Redis prefix and the pipeline's queues for each test of the calling file,
 * closed and cleaned up after each. Read them in the tests, not at collection time.
 */
export function useQueuesOnTestRedis(): { redis: TestRedis; queues: Queues } {
  const state = {} as { redis: TestRedis; queues: Queues };
  beforeEach(async () => {
    state.redis = await createTestRedis();
    state.queues = createQueues(state.redis);
  });
  afterEach(async () => {
    await state.queues.close();
    await state.redis.cleanup();
  });
  return state;
}
