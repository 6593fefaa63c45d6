import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRedisContext, createRedisContext, parseHostPort, type RedisContext } from '../../src/redis/connection.js';
import { runSeedStory, type PipelineOutcome } from '../helpers/pipeline-run.js';
import { createTestRedis, type TestRedis } from '../helpers/redis.js';
import { NO_REDIS_SERVER, redisServerInstalled, SentinelTopology } from '../helpers/redis-servers.js';

const installed = redisServerInstalled();
if (!installed) console.warn(`Sentinel failover test ${NO_REDIS_SERVER}`);

/**
 * Failover under the running pipeline: a primary, a replica and three sentinels on
 * loopback. The seed story runs once undisturbed on the test Redis and once through
 * Sentinel, where the primary is SIGKILLed right after the third report appears. The
 * workers and the poller must find the promoted replica by themselves and the story
 * must end exactly as the undisturbed one: same positions, same alerts, none twice.
 */
describe.skipIf(!installed)('Sentinel: the primary dies mid-story', () => {
  let topology: SentinelTopology;
  let reference: TestRedis;
  let ctx: RedisContext;
  let undisturbed: PipelineOutcome;
  let disturbed: PipelineOutcome;
  let failoverSeconds = 0;

  beforeAll(async () => {
    reference = await createTestRedis();
    topology = await SentinelTopology.start();
    ctx = createRedisContext(
      { shape: 'sentinel', sentinels: topology.sentinelList.map(parseHostPort), masterName: topology.masterName, url: 'redis://127.0.0.1' },
      `pw-test-${randomUUID()}`,
    );
    ctx.redis.on('error', () => undefined);
    undisturbed = await runSeedStory(reference);
    disturbed = await runSeedStory(ctx, async (shown) => {
      if (shown === 2) failoverSeconds = await topology.killPrimaryAndAwaitPromotion();
    });
    console.info(`Sentinel failover: ${failoverSeconds.toFixed(2)} s from SIGKILL of the primary to a promoted, writable replica`);
  }, 600_000);

  afterAll(async () => {
    if (ctx) await closeRedisContext(ctx);
    await topology?.stop();
    await reference?.cleanup();
  });

  it('promoted the replica after the kill', async () => {
    expect(failoverSeconds).toBeGreaterThan(0);
    expect(await topology.primaryPort()).toBe(topology.replica.port);
    expect(topology.primary.alive).toBe(false);
  });

  it('processed every report, none failed', () => {
    expect(disturbed.articlesProcessed).toBe(5);
    expect(disturbed.articlesFailed).toBe(0);
  });

  it('ends with the same positions as the undisturbed run', () => {
    expect(undisturbed.positions.length).toBeGreaterThan(10);
    expect(disturbed.positions).toEqual(undisturbed.positions);
  });

  it('raised the same alerts, none lost and none twice', () => {
    expect(undisturbed.alertsReceived.length).toBeGreaterThan(5);
    expect(disturbed.alertsReceived).toEqual(undisturbed.alertsReceived);
    expect(disturbed.alertsReceivedTwice).toEqual([]);
    expect(disturbed.alertLog).toEqual(undisturbed.alertLog);
  });

  it('posted every alert to the subscribed channel once', () => {
    expect(undisturbed.alertsForChannel.length).toBeGreaterThan(0);
    expect(undisturbed.alertsPosted).toEqual(undisturbed.alertsForChannel);
    expect(disturbed.alertsPosted).toEqual(undisturbed.alertsPosted);
    expect(disturbed.alertsPostedTwice).toEqual([]);
  });
});
