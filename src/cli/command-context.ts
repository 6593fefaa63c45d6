import { loadConfig, type Config } from '../config/config.js';
import { createLogger, type Logger } from '../log/logger.js';
import { closeRedisContext, createRedisContext, describeTarget, redisTargetFromConfig, waitUntilReady, type RedisContext } from '../redis/connection.js';
import { ensureRedis, type EmbeddedRedis } from '../redis/embedded.js';
import { migrateKeyLayout } from '../redis/key-layout.js';
import type { CliIo } from './io.js';

/** What a command needs from the edge: its output streams, config, a logger and (lazily) Redis. */
export interface CommandContext {
  io: CliIo;
  config: Config;
  logger: Logger;
  /** Connects on first use (starting an embedded redis-server if allowed); closed by the CLI on exit. */
  redis(): Promise<RedisContext>;
  /** Registers clean-up to run on exit or Ctrl-C (last registered runs first). */
  onClose(fn: () => Promise<void> | void): void;
  close(): Promise<void>;
}

/** Loaded by the CLI only when a command runs: `--help` needs neither config nor Redis. */
export function createCommandContext(env: Record<string, string | undefined>, io: CliIo): CommandContext {
  const config = loadConfig(env);
  const logger = createLogger({ level: config.LOG_LEVEL, destination: io.logDestination });
  const closers: Array<() => Promise<void> | void> = [];
  let redisPromise: Promise<RedisContext> | undefined;
  let embedded: EmbeddedRedis | undefined;
  return {
    io,
    config,
    logger,
    redis() {
      redisPromise ??= (async () => {
        const target = redisTargetFromConfig(config);
        // Only a single local server can be started on demand; Sentinel and Cluster are run by their operators.
        if (target.shape === 'single') {
          embedded = await ensureRedis(config.REDIS_URL, { dataDir: 'data/redis', allowSpawn: config.EMBEDDED_REDIS, logger });
        }
        const ctx = createRedisContext(target, config.PLEDGEWATCH_PREFIX);
        ctx.redis.on('error', (error: Error) => logger.warn({ err: error.message, redis: describeTarget(target) }, 'redis connection error'));
        try {
          if (target.shape !== 'single') {
            logger.info({ redis: describeTarget(target) }, 'connecting to redis');
            await waitUntilReady(ctx, target);
          }
          await migrateKeyLayout(ctx, logger);
        } catch (error) {
          ctx.redis.disconnect();
          throw error;
        }
        return ctx;
      })();
      return redisPromise;
    },
    onClose(fn) {
      closers.push(fn);
    },
    async close() {
      for (const fn of closers.reverse()) {
        try {
          await fn();
        } catch (error) {
          logger.warn({ err: (error as Error).message }, 'error during shutdown');
        }
      }
      closers.length = 0;
      // A context that never came up was already disconnected.
      if (redisPromise) await redisPromise.then(closeRedisContext).catch(() => undefined);
      await embedded?.stop();
    },
  };
}
