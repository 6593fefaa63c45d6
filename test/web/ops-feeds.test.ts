import { Queue } from 'bullmq';
import { request } from 'node:http';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/model/alert.js';
import { queueOptions } from '../../src/redis/connection.js';
import { startWebServer } from '../../src/web/index.js';
import { feedsWithSchedules } from '../../src/feeds/index.js';
import { createQueues } from '../../src/queue/queues.js';
import { silentLogger } from '../../src/log/logger.js';
import { startWebFixture, type WebFixture } from './web-fixture.js';

const TOKEN = 'test-admin-token-123';
let fx: WebFixture;
let queue: Queue;
const mountedCalls: string[] = [];

beforeAll(async () => {
  fx = await startWebFixture({
    config: { HTTP_HOST: '127.0.0.1', HTTP_PORT: 0, WEB_ADMIN_TOKEN: TOKEN },
    routes: {
      '/discord/interactions': (req, res) => {
        mountedCalls.push(req.method ?? '');
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"type":1}');
      },
    },
  });
  queue = new Queue('articles', queueOptions(fx.ctx, 'articles'));
});

afterAll(async () => {
  await queue.close();
  await fx.close();
});

function adminFetch(path: string, init: RequestInit = {}, token = TOKEN): Promise<Response> {
  return fetch(fx.server.url + path, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
}

describe('GET /healthz', () => {
  it('is 200 {status:"ok"} while Redis answers', async () => {
    const res = await fetch(`${fx.server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('is 503 when the Redis connection is down', async () => {
    const down = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true });
    const server = await startWebServer({
      config: { HTTP_HOST: '127.0.0.1', HTTP_PORT: 0, WEB_ADMIN_TOKEN: undefined },
      logger: silentLogger,
      ctx: { ...fx.ctx, redis: down },
      store: fx.store,
      alertLog: fx.alertLog,
    });
    try {
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { status: string }).status).toBe('unavailable');
    } finally {
      await server.close();
      down.disconnect();
    }
  });
});

describe('GET /metrics', () => {
  it('serves Prometheus text with the queue depth read from the queues', async () => {
    const server = await startWebServer({
      config: { HTTP_HOST: '127.0.0.1', HTTP_PORT: 0, WEB_ADMIN_TOKEN: undefined },
      logger: silentLogger,
      ctx: fx.ctx,
      store: fx.store,
      alertLog: fx.alertLog,
      queues: [queue],
    });
    try {
      await queue.addBulk([1, 2, 3].map((n) => ({ name: 'article', data: { n } })));
      await queue.add('article', { n: 4 }, { delay: 60_000 });
      const res = await fetch(`${server.url}/metrics`);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await res.text();
      expect(text).toContain('# TYPE pledgewatch_queue_depth gauge');
      expect(text).toMatch(/pledgewatch_queue_depth\{queue="articles"\} 4\n/);
      expect(text).toContain('pledgewatch_process_cpu_seconds_total');
    } finally {
      await server.close();
    }
  });
});

describe('feeds', () => {
  it('lists feeds and says whether writes are possible', async () => {
    const res = await fetch(`${fx.server.url}/api/feeds`);
    expect(await res.json()).toMatchObject({ writable: true, count: 0, feeds: [] });
  });

  it('refuses writes without the right bearer token', async () => {
    const none = await fetch(`${fx.server.url}/api/feeds`, { method: 'POST', body: '{"url":"https://a.test/rss"}' });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await adminFetch('/api/feeds', { method: 'POST', body: '{"url":"https://a.test/rss"}' }, 'nope');
    expect(wrong.status).toBe(401);
    expect((await adminFetch('/api/feeds/f1', { method: 'DELETE' }, 'nope')).status).toBe(401);
    expect(await fx.feeds.list()).toEqual([]);
  });

  it('adds and removes a feed with the token, and shows it on the feeds page', async () => {
    const added = await adminFetch('/api/feeds', { method: 'POST', body: JSON.stringify({ url: 'https://a.test/rss?a=1&b=2' }) });
    expect(added.status).toBe(201);
    const { added: feed } = (await added.json()) as { added: { id: string; addedBy: string } };
    expect(feed.addedBy).toBe('web');
    const page = await (await fetch(`${fx.server.url}/feeds`)).text();
    expect(page).toContain('https://a.test/rss?a=1&amp;b=2');
    expect(page).toContain('<th scope="col">consecutiveFailures</th>');
    expect((await adminFetch(`/api/feeds/${feed.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await adminFetch(`/api/feeds/${feed.id}`, { method: 'DELETE' })).status).toBe(404);
    await adminFetch('/api/feeds', { method: 'POST', body: JSON.stringify({ url: 'https://b.test/atom' }) });
    const byUrl = await adminFetch(`/api/feeds?url=${encodeURIComponent('https://b.test/atom')}`, { method: 'DELETE' });
    expect(byUrl.status).toBe(200);
    expect(await fx.feeds.list()).toEqual([]);
  });

  it('answers bad bodies with 4xx and the reason', async () => {
    expect((await adminFetch('/api/feeds', { method: 'POST', body: 'not json' })).status).toBe(400);
    expect((await adminFetch('/api/feeds', { method: 'POST', body: '{"url": 42}' })).status).toBe(400);
    const refused = await adminFetch('/api/feeds', { method: 'POST', body: '{"url":"ftp://x.test/"}' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toContain('only http:// and https://');
    const huge = await adminFetch('/api/feeds', { method: 'POST', body: JSON.stringify({ url: 'x'.repeat(20_000) }) });
    expect(huge.status).toBe(413);
    expect((await adminFetch('/api/feeds', { method: 'DELETE' })).status).toBe(400);
  });

  it('refuses a loopback feed URL with 400 and the reason, as the fetcher would', async () => {
    const queues = createQueues(fx.ctx);
    const server = await startWebServer({
      config: { HTTP_HOST: '127.0.0.1', HTTP_PORT: 0, WEB_ADMIN_TOKEN: TOKEN },
      logger: silentLogger,
      ctx: fx.ctx,
      store: fx.store,
      alertLog: fx.alertLog,
      feeds: feedsWithSchedules(fx.feeds, queues, 300, { allowPrivate: false, allowlist: [] }),
    });
    try {
      const res = await fetch(`${server.url}/api/feeds`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: '{"url":"http://127.0.0.1/"}',
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/^feed not added: refused to connect to 127\.0\.0\.1: .*ALLOW_PRIVATE_FEEDS/);
      expect(await fx.feeds.list()).toEqual([]);
    } finally {
      await server.close();
      await queues.close();
    }
  });

  it('is read-only when no admin token is configured', async () => {
    const server = await startWebServer({
      config: { HTTP_HOST: '127.0.0.1', HTTP_PORT: 0, WEB_ADMIN_TOKEN: undefined },
      logger: silentLogger,
      ctx: fx.ctx,
      store: fx.store,
      alertLog: fx.alertLog,
      feeds: fx.feeds,
    });
    try {
      const res = await fetch(`${server.url}/api/feeds`, { method: 'POST', headers: { authorization: 'Bearer anything' }, body: '{"url":"https://a.test/"}' });
      expect(res.status).toBe(403);
      expect(((await (await fetch(`${server.url}/api/feeds`)).json()) as { writable: boolean }).writable).toBe(false);
      expect(await (await fetch(`${server.url}/feeds`)).text()).toContain('read-only');
    } finally {
      await server.close();
    }
  });
});

describe('mounted routes', () => {
  it('passes POSTs to the app-mounted handler and refuses other methods', async () => {
    const res = await fetch(`${fx.server.url}/discord/interactions`, { method: 'POST', body: '{}' });
    expect(await res.json()).toEqual({ type: 1 });
    expect((await fetch(`${fx.server.url}/discord/interactions`)).status).toBe(405);
    expect(mountedCalls).toEqual(['POST']);
  });
});

/** Reads a Server-Sent Events stream until `until` returns true for the text so far. */
function readStream(url: string, until: (text: string) => boolean, onOpen: () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, (res) => {
      let text = '';
      let opened = false;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        if (!opened && text.includes(': connected')) {
          opened = true;
          onOpen();
        }
        if (until(text)) {
          req.destroy();
          resolve(text);
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function alertFor(country: string, id: string): Alert {
  return {
    id,
    type: 'changed',
    country,
    commitment: 'air',
    from: 'undecided',
    to: 'committed',
    createdAt: '2025-09-07T10:00:00.000Z',
    evidence: {
      articleId: 'a1',
      url: 'https://n.test/1',
      outlet: 'N',
      published: '2025-09-07',
      title: 't',
      quote: 'q',
      speaker: 'self',
      stance: 'committed',
      confidence: 0.9,
    },
  };
}

describe('GET /api/alerts/stream', () => {
  it('pushes each recorded alert as an SSE event, only the asked country when filtered', async () => {
    const text = await readStream(
      `${fx.server.url}/api/alerts/stream?country=FR`,
      (t) => t.includes('event: alert'),
      () => {
        void fx.alertLog.record(alertFor('PL', 'sse-pl')).then(() => fx.alertLog.record(alertFor('FR', 'sse-fr')));
      },
    );
    const data = /event: alert\ndata: (.*)\n\n/.exec(text)?.[1];
    expect(JSON.parse(data!)).toMatchObject({ id: 'sse-fr', country: 'FR', countryName: 'France', to: 'committed' });
    expect(text).not.toContain('sse-pl');
    expectRetryHint(text);
  });

  it('rejects an unknown country filter', async () => {
    expect((await fetch(`${fx.server.url}/api/alerts/stream?country=Narnia`)).status).toBe(400);
  });
});

function expectRetryHint(text: string): void {
  expect(text.startsWith('retry: 3000\n')).toBe(true);
}
