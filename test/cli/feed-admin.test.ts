import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedsWithSchedules } from '../../src/cli/app.js';
import { FeedRegistry, schedulerIdFor } from '../../src/feeds/index.js';
import { createQueues, type Queues } from '../../src/queue/queues.js';
import { createTestRedis } from '../helpers/redis.js';

describe('feeds added from chat or the web page', () => {
  let redis: Awaited<ReturnType<typeof createTestRedis>>;
  let queues: Queues;

  beforeEach(async () => {
    redis = await createTestRedis();
    queues = createQueues(redis);
  });
  afterEach(async () => {
    await queues.close();
    await redis.cleanup();
  });

  it('get their poll schedule at once, and lose it when removed', async () => {
    const feeds = feedsWithSchedules(new FeedRegistry(redis), queues, 300);
    const feed = await feeds.add('https://news.example/world/rss', { addedBy: 'slack:U1' });
    const schedulers = await queues.polls.getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.every])).toEqual([[schedulerIdFor(feed.id), 300_000]]);
    expect((await feeds.list()).map((f) => f.url)).toEqual(['https://news.example/world/rss']);

    expect((await feeds.remove(feed.url))?.id).toBe(feed.id);
    expect(await queues.polls.getJobSchedulers()).toEqual([]);
    expect(await feeds.remove(feed.url)).toBeNull();
  });

  it('refuses a URL that is not http or https without scheduling anything', async () => {
    const feeds = feedsWithSchedules(new FeedRegistry(redis), queues, 300);
    await expect(feeds.add('file:///etc/passwd', { addedBy: 'discord:1' })).rejects.toThrow(/only http:\/\/ and https:\/\//);
    expect(await queues.polls.getJobSchedulers()).toEqual([]);
  });
});
