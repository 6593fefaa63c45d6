import { Queue } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertLog } from '../../src/alerts/alert-log.js';
import { HeldAlerts } from '../../src/alerts/held-alerts.js';
import { FeedRegistry } from '../../src/feeds/index.js';
import { silentLogger } from '../../src/log/logger.js';
import { createQueues } from '../../src/queue/queues.js';
import { migrateKeyLayout, renamedKey } from '../../src/redis/key-layout.js';
import { PledgeStore } from '../../src/state/index.js';
import { createTestRedis, type TestRedis } from '../helpers/redis.js';

describe('renamedKey', () => {
  it('moves each old family under its hash tag and leaves the rest alone', () => {
    expect(renamedKey('feed-ids')).toBe('{feeds}:ids');
    expect(renamedKey('feed-urls')).toBe('{feeds}:urls');
    expect(renamedKey('feed:0123456789abcdef')).toBe('{feeds}:feed:0123456789abcdef');
    expect(renamedKey('alerts:held')).toBe('{alerts}:held');
    expect(renamedKey('alerts:recorded:a1')).toBe('{alerts}:recorded:a1');
    expect(renamedKey('state:ukraine-guarantees:history:DE')).toBe('state:{ukraine-guarantees}:history:DE');
    expect(renamedKey('q:articles:wait')).toBe('q:{articles}:articles:wait');
    expect(renamedKey('q:deliver-slack:42')).toBe('q:{deliver-slack}:deliver-slack:42');
    for (const unchanged of [
      'subscriptions',
      'seen:x',
      'processed:x',
      'delivered:discord:c:a',
      'state:{ukraine-guarantees}:positions',
      'q:{articles}:articles:wait',
      '{feeds}:ids',
      'key-layout',
    ]) {
      expect(renamedKey(unchanged)).toBeNull();
    }
  });
});

/** A deployment from before the hash tags, upgraded: it keeps its feeds, positions, held alerts and queued jobs. */
describe('migrateKeyLayout on one Redis', () => {
  let redis: TestRedis;
  beforeEach(async () => {
    redis = await createTestRedis();
  });
  afterEach(async () => {
    await redis.cleanup();
  });

  it('renames the old keys once, and the stores and queues read them under the new names', async () => {
    const old = (rest: string) => `${redis.prefix}:${rest}`;
    const feedId = '0123456789abcdef';
    const slot = {
      country: 'DE',
      commitment: 'coalition',
      sides: [
        {
          stance: 'willing',
          quote: 'Germany is in.',
          url: 'https://news.example/1',
          outlet: 'Wire',
          published: '2025-09-04',
          speaker: 'self',
          confidence: 0.9,
          day: '2025-09-04',
        },
      ],
      day: '2025-09-04',
      changedAt: '2025-09-04T10:00:00.000Z',
    };
    await redis.redis
      .multi()
      .sadd(old('feed-ids'), feedId)
      .hset(old('feed-urls'), 'https://news.example/rss', feedId)
      .hset(old(`feed:${feedId}`), { id: feedId, url: 'https://news.example/rss', addedAt: '2025-09-01T00:00:00.000Z' })
      .hset(old('state:ukraine-guarantees:positions'), 'DE:coalition', JSON.stringify(slot))
      .hset(old('alerts:held'), 'held-1', JSON.stringify({ alert: { id: 'held-1' }, reason: 'reports disagree', heldAt: '2025-09-04T10:00:00.000Z' }))
      .exec();
    const oldQueue = new Queue('articles', { connection: redis.connection, prefix: `${redis.prefix}:q` });
    await oldQueue.add('article', { article: { id: 'queued-before-upgrade' }, backfill: false }, { jobId: 'article-queued-before-upgrade' });
    await oldQueue.close();

    expect(await migrateKeyLayout(redis, silentLogger)).toBeGreaterThanOrEqual(6);

    expect((await new FeedRegistry(redis).resolve('https://news.example/rss'))?.id).toBe(feedId);
    expect((await new PledgeStore(redis).positions('DE')).map((p) => [p.commitment, p.stance])).toEqual([['coalition', 'willing']]);
    expect((await new HeldAlerts(redis).list()).map((h) => h.alert.id)).toEqual(['held-1']);
    const queues = createQueues(redis);
    try {
      const job = await queues.articles.getJob('article-queued-before-upgrade');
      expect(await job?.getState()).toBe('waiting');
    } finally {
      await queues.close();
    }
    expect(await redis.redis.exists(old('feed-ids'), old('state:ukraine-guarantees:positions'), old('q:articles:wait'))).toBe(0);
    expect(await migrateKeyLayout(redis, silentLogger)).toBe(0);
    expect(await new AlertLog(redis).recent()).toEqual([]);
  });

  it('never overwrites a key that already exists under the new name', async () => {
    await redis.redis.sadd(`${redis.prefix}:feed-ids`, 'old');
    await redis.redis.sadd(`${redis.prefix}:{feeds}:ids`, 'new');
    await migrateKeyLayout(redis, silentLogger);
    expect(await redis.redis.smembers(`${redis.prefix}:{feeds}:ids`)).toEqual(['new']);
  });
});
