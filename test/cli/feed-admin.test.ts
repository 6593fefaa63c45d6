import { describe, expect, it } from 'vitest';
import { FeedRegistry, feedsWithSchedules, schedulerIdFor } from '../../src/feeds/index.js';
import { useQueuesOnTestRedis } from '../helpers/redis.js';

describe('feeds added from chat or the web page', () => {
  const test = useQueuesOnTestRedis();

  it('get their poll schedule at once, and lose it when removed', async () => {
    const { redis, queues } = test;
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
    const { redis, queues } = test;
    const feeds = feedsWithSchedules(new FeedRegistry(redis), queues, 300);
    await expect(feeds.add('file:///etc/passwd', { addedBy: 'discord:1' })).rejects.toThrow(/only http:\/\/ and https:\/\//);
    expect(await queues.polls.getJobSchedulers()).toEqual([]);
  });
});
