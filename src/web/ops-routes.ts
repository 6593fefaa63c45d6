import type { ServerResponse } from 'node:http';
import { describeError } from '../errors/index.js';
import type { Logger } from '../log/logger.js';
import { metrics, registry } from '../metrics/metrics.js';
import type { RedisContext } from '../redis/connection.js';
import { send, sendJson } from './http-util.js';
import type { WebQueue } from './types.js';

const PING_TIMEOUT_MS = 2000;

/** Resolves when Redis answers PING; a client that is not connected fails at once instead of queueing. */
async function pingRedis(ctx: RedisContext): Promise<void> {
  if (ctx.redis.status !== 'ready') throw new Error(`redis connection is ${ctx.redis.status}`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('redis did not answer PING in time')), PING_TIMEOUT_MS);
  });
  try {
    await Promise.race([ctx.redis.ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function healthRoute(ctx: RedisContext, res: ServerResponse): Promise<void> {
  try {
    await pingRedis(ctx);
    sendJson(res, 200, { status: 'ok' });
  } catch (error) {
    sendJson(res, 503, { status: 'unavailable', redis: describeError(error) });
  }
}

/** Sets the queue-depth gauge (waiting + delayed + prioritized) just before a scrape. */
async function updateQueueDepth(queues: readonly WebQueue[], logger: Logger): Promise<void> {
  await Promise.all(
    queues.map(async (queue) => {
      try {
        const counts = await queue.getJobCounts('waiting', 'delayed', 'prioritized');
        const depth = Object.values(counts).reduce((sum, n) => sum + (Number.isFinite(n) ? n : 0), 0);
        metrics.queueDepth.set({ queue: queue.name }, depth);
      } catch (error) {
        logger.warn({ queue: queue.name, err: describeError(error) }, 'cannot read queue depth');
      }
    }),
  );
}

export async function metricsRoute(queues: readonly WebQueue[], logger: Logger, res: ServerResponse): Promise<void> {
  await updateQueueDepth(queues, logger);
  send(res, 200, registry.contentType, await registry.metrics());
}
