import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedRegistry, normaliseFeedUrl } from '../../src/feeds/index.js';
import { createTestRedis } from '../helpers/redis.js';

let redis: Awaited<ReturnType<typeof createTestRedis>>;
let registry: FeedRegistry;

beforeEach(async () => {
  redis = await createTestRedis();
  registry = new FeedRegistry(redis);
});

afterEach(async () => {
  await redis.cleanup();
});

describe('FeedRegistry', () => {
  it('adds a feed once per normalised URL', async () => {
    const first = await registry.add('https://News.Example.org:443/rss?x=1#top', { addedBy: 'admin' });
    const again = await registry.add('https://news.example.org/rss?x=1');
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ url: 'https://news.example.org/rss?x=1', addedBy: 'admin' });
    expect(await registry.list()).toHaveLength(1);
  });

  it('updates the interval when a feed is added again with one', async () => {
    const feed = await registry.add('https://news.example.org/rss');
    await registry.add('https://news.example.org/rss', { intervalSeconds: 900 });
    expect((await registry.get(feed.id))?.intervalSeconds).toBe(900);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'not a url', 'ftp://example.org/feed', 'https://user:pw@example.org/feed'])(
    'refuses %s with a readable reason',
    async (url) => {
      await expect(registry.add(url)).rejects.toMatchObject({ code: 'COMMAND_INPUT' });
    },
  );

  it('refuses intervals out of bounds', async () => {
    await expect(registry.add('https://a.example/rss', { intervalSeconds: 1 })).rejects.toMatchObject({ code: 'COMMAND_INPUT' });
    await expect(registry.add('https://a.example/rss', { intervalSeconds: 10.5 })).rejects.toMatchObject({ code: 'COMMAND_INPUT' });
  });

  it('starts with empty health and lists feeds sorted by URL', async () => {
    await registry.add('https://b.example/rss');
    await registry.add('https://a.example/rss');
    const list = await registry.list();
    expect(list.map((f) => f.url)).toEqual(['https://a.example/rss', 'https://b.example/rss']);
    expect(list[0]).toMatchObject({ consecutiveFailures: 0, itemsSeen: 0, itemsQueued: 0, failing: false, backfilled: false });
  });

  it('removes by id or by URL, and health updates do not resurrect a removed feed', async () => {
    const a = await registry.add('https://a.example/rss');
    const b = await registry.add('https://b.example/rss');
    expect((await registry.remove(a.id))?.url).toBe(a.url);
    expect((await registry.remove('https://B.example/rss'))?.id).toBe(b.id);
    expect(await registry.remove('https://c.example/rss')).toBeNull();
    await registry.update(a.id, { consecutiveFailures: 3 }, 2);
    expect(await registry.get(a.id)).toBeNull();
    expect(await registry.list()).toEqual([]);
  });

  it('stores health updates, clears undefined fields and counts queued items', async () => {
    const feed = await registry.add('https://a.example/rss');
    await registry.update(feed.id, { etag: '"x"', failing: true, consecutiveFailures: 5 }, 3);
    await registry.update(feed.id, { etag: undefined, failing: false }, 2);
    expect(await registry.get(feed.id)).toMatchObject({ failing: false, consecutiveFailures: 5, itemsQueued: 5 });
    expect((await registry.get(feed.id))?.etag).toBeUndefined();
  });
});

describe('normaliseFeedUrl', () => {
  it('drops fragments and default ports, keeps the query', () => {
    expect(normaliseFeedUrl(' HTTP://Example.ORG:80/a/b?q=1#x ')).toBe('http://example.org/a/b?q=1');
  });
});
