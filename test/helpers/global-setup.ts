import { redisAnswers } from '../../src/redis/embedded.js';
import { testRedisUrl } from './redis.js';

/** Fails the whole run at once, with the fix, when the test Redis is not there. */
export default async function setup(): Promise<void> {
  const url = testRedisUrl();
  if (!(await redisAnswers(url))) {
    throw new Error(`tests need a Redis at ${url} (set TEST_REDIS_URL, or start one: redis-server --daemonize yes)`);
  }
}
