import { describe, expect, it } from 'vitest';
import { FeedRegistry, feedsWithSchedules, schedulerIdFor } from '../../src/feeds/index.js';
import { useQueuesOnTestRedis } from '../helpers/redis.js';

const PUBLIC_ONLY = { allowPrivate: false, allowlist: [] };

describe('feeds added from chat or the web page', () => {
  const test = useQueuesOnTestRedis();

  it('get their poll schedule at once, and lose it when removed', async () => {
    const { redis, queues } = test;
    const feeds = feedsWithSchedules(new FeedRegistry(redis), queues, 300, PUBLIC_ONLY);
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
    const feeds = feedsWithSchedules(new FeedRegistry(redis), queues, 300, PUBLIC_ONLY);
    await expect(feeds.add('file:///etc/passwd', { addedBy: 'discord:1' })).rejects.toThrow(/only http:\/\/ and https:\/\//);
    expect(await queues.polls.getJobSchedulers()).toEqual([]);
  });

  it.each([
    'http://127.0.0.1/',
    'http://localhost:8080/rss',
    'http://0.0.0.0/',
    'http://[::1]/feed',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://10.0.0.5/rss',
    'http://169.254.169.254/latest/meta-data',
    'http://[::ffff:127.0.0.1]/',
  ])('refuses %s with one clear message and schedules nothing', async (url) => {
    const { redis, queues } = test;
    const feeds = feedsWithSchedules(new FeedRegistry(redis), queues, 300, PUBLIC_ONLY);
    await expect(feeds.add(url, { addedBy: 'cli' })).rejects.toThrow(/^feed not added: refused to connect to .*(ALLOW_PRIVATE_FEEDS|FEED_ALLOWLIST)/);
    expect(await feeds.list()).toEqual([]);
    expect(await queues.polls.getJobSchedulers()).toEqual([]);
  });

  it('adds private addresses when private feeds are allowed or the address is listed, never the metadata address', async () => {
    const { redis, queues } = test;
    const privateOk = feedsWithSchedules(new FeedRegistry(redis), queues, 300, { allowPrivate: true, allowlist: [] });
    expect((await privateOk.add('http://127.0.0.1:9/rss', { addedBy: 'cli' })).url).toBe('http://127.0.0.1:9/rss');
    expect((await privateOk.add('http://localhost/rss', { addedBy: 'cli' })).url).toBe('http://localhost/rss');
    await expect(privateOk.add('http://169.254.169.254/', { addedBy: 'cli' })).rejects.toThrow(/cloud metadata/);
    const listed = feedsWithSchedules(new FeedRegistry(redis), queues, 300, { allowPrivate: false, allowlist: ['10.0.0.5'] });
    expect((await listed.add('http://10.0.0.5/rss', { addedBy: 'cli' })).url).toBe('http://10.0.0.5/rss');
  });
});
