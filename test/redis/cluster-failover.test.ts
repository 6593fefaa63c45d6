import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_LOG_LENGTH } from '../../src/alerts/alert-log.js';
import { spreadCorpus } from '../../src/demo/corpus.js';
import { closeRedisContext, createRedisContext, deleteKeysMatching, parseHostPort, type RedisContext } from '../../src/redis/connection.js';
import { DEFAULT_TOPIC } from '../../src/state/index.js';
import { runCorpus, runSeedStory, type PipelineOutcome } from '../helpers/pipeline-run.js';
import { createTestRedis, type TestRedis } from '../helpers/redis.js';
import { ClusterTopology, NO_REDIS_SERVER, redisServerInstalled } from '../helpers/redis-servers.js';

const installed = redisServerInstalled();
if (!installed) console.warn(`Cluster failover test ${NO_REDIS_SERVER}`);

const CORPUS_SIZE = 2000;

/**
 * The pipeline on a Redis Cluster of three primaries with one replica each, on loopback:
 * the seed story and a generated 2,000-article corpus end in the same positions as on one
 * Redis. During the corpus the primary that holds the topic's state (the commit script's
 * slot) is SIGKILLed; its replica takes over and nothing is lost or applied twice.
 */
describe.skipIf(!installed)('Cluster: three primaries, one killed mid-run', () => {
  let topology: ClusterTopology;
  let single: TestRedis;
  let story: { single: PipelineOutcome; cluster: PipelineOutcome };
  let corpus: { single: PipelineOutcome; cluster: PipelineOutcome };
  let failover = { seconds: 0, port: 0 };
  const contexts: RedisContext[] = [];

  function clusterContext(): RedisContext {
    const ctx = createRedisContext({ shape: 'cluster', nodes: topology.nodeList.map(parseHostPort), url: 'redis://127.0.0.1' }, `pw-test-${randomUUID()}`);
    ctx.redis.on('error', () => undefined);
    contexts.push(ctx);
    return ctx;
  }

  beforeAll(async () => {
    single = await createTestRedis();
    topology = await ClusterTopology.start();
    const articles = spreadCorpus(CORPUS_SIZE);
    story = { single: await runSeedStory(single), cluster: await runSeedStory(clusterContext()) };
    await deleteKeysMatching(single, `${single.prefix}:*`);
    const corpusSingle = await runCorpus(single, articles, { concurrency: 4 });
    const ctx = clusterContext();
    const stateKey = `${ctx.prefix}:state:{${DEFAULT_TOPIC}}:positions`;
    const corpusCluster = await runCorpus(ctx, articles, {
      concurrency: 4,
      whenHalfDone: async () => {
        failover = await topology.killPrimaryOf(stateKey);
      },
    });
    corpus = { single: corpusSingle, cluster: corpusCluster };
    console.info(`Cluster failover: ${failover.seconds.toFixed(2)} s from SIGKILL of the primary on port ${failover.port} to its replica serving the slots`);
  }, 900_000);

  afterAll(async () => {
    for (const ctx of contexts) await closeRedisContext(ctx);
    await topology?.stop();
    await single?.cleanup();
  });

  it('replays the seed story with the same positions and alerts as one Redis', () => {
    expect(story.single.positions.length).toBeGreaterThan(10);
    expect(story.cluster.positions).toEqual(story.single.positions);
    expect(story.cluster.alertsReceived).toEqual(story.single.alertsReceived);
    expect(story.cluster.alertLog).toEqual(story.single.alertLog);
    expect(story.cluster.alertsPosted).toEqual(story.single.alertsPosted);
    expect(story.single.alertsForChannel.length).toBeGreaterThan(0);
    expect(story.single.alertsPosted).toEqual(story.single.alertsForChannel);
  });

  it('failed over to the replica of the killed primary', async () => {
    expect(failover.seconds).toBeGreaterThan(0);
    await topology.awaitHealthy(60_000);
    const owner = await topology.primaryFor(`x:state:{${DEFAULT_TOPIC}}:positions`);
    expect(owner.port).not.toBe(failover.port);
  });

  it('processes the whole corpus once despite the kill: none lost, none failed', () => {
    expect(corpus.single.articlesProcessed).toBe(CORPUS_SIZE);
    expect(corpus.cluster.articlesProcessed).toBe(CORPUS_SIZE);
    expect(corpus.cluster.articlesFailed).toBe(0);
  });

  it('ends the corpus in the same positions as one Redis', () => {
    expect(corpus.single.positions.length).toBeGreaterThan(30);
    expect(corpus.cluster.positions).toEqual(corpus.single.positions);
  });

  it('shows every alert once, and logs each alert it shows', () => {
    const { alertsReceived, alertsReceivedTwice, alertLog } = corpus.cluster;
    expect(alertsReceived.length).toBeGreaterThan(0);
    expect(alertsReceivedTwice).toEqual([]);
    // The log keeps the latest ALERT_LOG_LENGTH alerts, each once.
    expect(alertLog).toHaveLength(Math.min(ALERT_LOG_LENGTH, alertsReceived.length));
    expect(new Set(alertLog).size).toBe(alertLog.length);
    const received = new Set(alertsReceived);
    expect(alertLog.filter((line) => !received.has(line))).toEqual([]);
  });

  it('posts every alert to the subscribed channel once', () => {
    expect(corpus.cluster.alertsPosted).toEqual(corpus.cluster.alertsForChannel);
    expect(corpus.cluster.alertsPostedTwice).toEqual([]);
  });
});
