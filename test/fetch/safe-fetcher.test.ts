import type { LookupFunction } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createSafeFetcher, type SafeFetchOptions, type SafeFetcher } from '../../src/fetch/index.js';
import { startLocalServer, type LocalServer } from './local-server.js';

const USER_AGENT = 'pledgewatch-test/1 (+https://github.com/pledgewatch/pledgewatch)';
let servers: LocalServer[] = [];
let fetchers: SafeFetcher[] = [];

afterEach(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  fetchers = [];
});

function fetcher(overrides: Partial<SafeFetchOptions> = {}): SafeFetcher {
  const created = createSafeFetcher({
    timeoutMs: 2000,
    maxBytes: 1_000_000,
    userAgent: USER_AGENT,
    allowPrivate: false,
    allowlist: ['127.0.0.1'],
    ...overrides,
  });
  fetchers.push(created);
  return created;
}

async function server(...args: Parameters<typeof startLocalServer>): Promise<LocalServer> {
  const started = await startLocalServer(...args);
  servers.push(started);
  return started;
}

function resolverTo(address: string, calls: string[]): LookupFunction {
  return ((hostname: string, _options: unknown, callback: (...args: unknown[]) => void) => {
    calls.push(hostname);
    callback(null, [{ address, family: address.includes(':') ? 6 : 4 }]);
  }) as unknown as LookupFunction;
}

describe('safe fetch: politeness', () => {
  it('sends the User-Agent and answers a conditional GET with 304', async () => {
    const feed = await server((req, res) => {
      if (req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === 'Tue, 01 Sep 2026 10:00:00 GMT') {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 01 Sep 2026 10:00:00 GMT', 'content-type': 'text/xml' });
      res.end('<rss/>');
    });
    const f = fetcher();
    const first = await f.fetch(`${feed.origin}/feed`);
    expect(first).toMatchObject({ status: 200, notModified: false, contentType: 'text/xml' });
    expect(first.headers.etag).toBe('"v1"');
    expect(first.text()).toBe('<rss/>');
    const byEtag = await f.fetch(`${feed.origin}/feed`, { etag: first.headers.etag });
    expect(byEtag).toMatchObject({ status: 304, notModified: true });
    expect(byEtag.body.length).toBe(0);
    const byDate = await f.fetch(`${feed.origin}/feed`, { lastModified: first.headers['last-modified'] });
    expect(byDate.notModified).toBe(true);
    expect(feed.requests.map((r) => r.headers['user-agent'])).toEqual([USER_AGENT, USER_AGENT, USER_AGENT]);
    expect(feed.requests[0]!.headers['accept-encoding']).toContain('gzip');
  });

  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
  ])('decodes a %s body', async (encoding, compress) => {
    const text = '<rss><channel><title>Zürich — “news”</title></channel></rss>';
    const feed = await server((_req, res) => {
      res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(compress(Buffer.from(text)));
    });
    expect((await fetcher().fetch(feed.origin)).text()).toBe(text);
  });

  it('keeps at most perHostConcurrency requests in flight to one host', async () => {
    let active = 0;
    let maxActive = 0;
    const feed = await server((_req, res) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      setTimeout(() => {
        active -= 1;
        res.end('ok');
      }, 10);
    });
    const f = fetcher({ perHostConcurrency: 2 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => f.fetch(`${feed.origin}/${i}`)));
    expect(feed.requests).toHaveLength(10);
    expect(maxActive).toBeLessThanOrEqual(2);
  });
  it('starts the deadline when a request gets its host slot, not while it waits politely', async () => {
    // Eight answers of 300 ms in a row take 2.4 s, past one 2 s deadline, yet each fits its own.
    const feed = await server((_req, res) => setTimeout(() => res.end('ok'), 300));
    const f = fetcher({ perHostConcurrency: 1, timeoutMs: 2000 });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => f.fetch(`${feed.origin}/${i}`)));
    expect(results.map((r) => r.text())).toEqual(Array(8).fill('ok'));
  });
});

describe('safe fetch: failures are typed and readable', () => {
  it('reports 404 and 500 with the status, and Retry-After on 429/503', async () => {
    const site = await server((req, res) => {
      if (req.url === '/missing') res.writeHead(404).end('nope');
      else if (req.url === '/busy') res.writeHead(503, { 'retry-after': '120' }).end();
      else res.writeHead(500).end('boom');
    });
    const f = fetcher();
    await expect(f.fetch(`${site.origin}/missing`)).rejects.toMatchObject({ code: 'FETCH_FAILED', status: 404, message: expect.stringContaining('HTTP 404') });
    await expect(f.fetch(`${site.origin}/boom`)).rejects.toMatchObject({ code: 'FETCH_FAILED', status: 500 });
    await expect(f.fetch(`${site.origin}/busy`)).rejects.toMatchObject({ status: 503, retryAfterSeconds: 120 });
  });

  it('stops a redirect loop and a chain longer than 5', async () => {
    const site = await server((req, res) => {
      if (req.url === '/a') res.writeHead(302, { location: '/b' }).end();
      else if (req.url === '/b') res.writeHead(301, { location: '/a' }).end();
      else {
        const n = Number(req.url!.slice(1));
        res.writeHead(302, { location: `/${n + 1}` }).end();
      }
    });
    const f = fetcher();
    await expect(f.fetch(`${site.origin}/a`)).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining('redirect loop') });
    const before = site.requests.length;
    await expect(f.fetch(`${site.origin}/1`)).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining('more than 5 redirects') });
    expect(site.requests.length - before).toBe(6);
  });

  it('follows a short redirect chain to the final URL', async () => {
    const site = await server((req, res) => {
      if (req.url === '/old') res.writeHead(308, { location: '/new' }).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('moved');
    });
    const result = await fetcher().fetch(`${site.origin}/old`);
    expect(result.url).toBe(`${site.origin}/new`);
    expect(result.text()).toBe('moved');
  });

  it('times out a server that never answers', async () => {
    const silent = await server(() => undefined);
    await expect(fetcher({ timeoutMs: 300 }).fetch(silent.origin)).rejects.toMatchObject({ code: 'FETCH_TIMEOUT' });
  });

  it('times out a server that trickles one byte at a time', async () => {
    let timer: NodeJS.Timeout | undefined;
    const trickle = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      timer = setInterval(() => res.write('<'), 50);
      res.on('close', () => clearInterval(timer));
    });
    await expect(fetcher({ timeoutMs: 500 }).fetch(trickle.origin)).rejects.toMatchObject({ code: 'FETCH_TIMEOUT' });
    clearInterval(timer);
  });

  it('aborts a 100 MB body early, without reading it all', async () => {
    let written = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const huge = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      const pump = (): void => {
        while (written < 100_000_000 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (written = Math.min(written, 100_000_000)));
      pump();
    });
    await expect(fetcher({ maxBytes: 1_000_000 }).fetch(huge.origin)).rejects.toMatchObject({ code: 'FETCH_TOO_LARGE' });
    expect(written).toBeLessThan(50_000_000);
  });

  it('refuses a body whose Content-Length is over the cap before reading it', async () => {
    const big = await server((_req, res) => {
      res.writeHead(200, { 'content-length': '100000000' });
      res.write('x');
    });
    await expect(fetcher({ maxBytes: 1_000_000 }).fetch(big.origin)).rejects.toMatchObject({
      code: 'FETCH_TOO_LARGE',
      message: expect.stringContaining('FETCH_MAX_BYTES'),
    });
  });

  it('caps DECOMPRESSED bytes of a gzip bomb', async () => {
    const bomb = gzipSync(Buffer.alloc(20_000_000));
    expect(bomb.length).toBeLessThan(100_000);
    const site = await server((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/xml' });
      res.end(bomb);
    });
    await expect(fetcher({ maxBytes: 1_000_000 }).fetch(site.origin)).rejects.toMatchObject({
      code: 'FETCH_TOO_LARGE',
      message: expect.stringContaining('after decompression'),
    });
  });

  it('reports a corrupt gzip body', async () => {
    const site = await server((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(Buffer.from('definitely not gzip'));
    });
    await expect(fetcher().fetch(site.origin)).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining('corrupt') });
  });

  it('reports a refused connection', async () => {
    const gone = await server(() => undefined);
    await gone.close();
    servers = [];
    await expect(fetcher().fetch(gone.origin)).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining('connection refused') });
  });
});

describe('safe fetch: SSRF guard', () => {
  it('refuses loopback by default without sending a request', async () => {
    const site = await server((_req, res) => res.end('secret'));
    const f = fetcher({ allowlist: [] });
    await expect(f.fetch(site.origin)).rejects.toMatchObject({ code: 'FETCH_BLOCKED' });
    await expect(f.fetch(`http://[::1]:${site.port}/`)).rejects.toMatchObject({ code: 'FETCH_BLOCKED' });
    await expect(f.fetch(`http://[::ffff:127.0.0.1]:${site.port}/`)).rejects.toMatchObject({ code: 'FETCH_BLOCKED' });
    expect(site.requests).toHaveLength(0);
  });

  it.each(['file:///etc/passwd', 'ftp://127.0.0.1/feed', 'gopher://127.0.0.1/', 'javascript:alert(1)', 'not a url'])('refuses %s', async (url) => {
    await expect(fetcher().fetch(url)).rejects.toMatchObject({ code: 'FETCH_BLOCKED' });
  });

  it.each([
    ['10.0.0.1', { allowPrivate: false }],
    ['169.254.169.254', { allowPrivate: true }],
    ['::1', { allowPrivate: false }],
    ['::ffff:10.0.0.1', { allowPrivate: false }],
  ])('refuses a host name resolving to %s at connect time', async (address, policy) => {
    const calls: string[] = [];
    const f = fetcher({ ...policy, allowlist: [], lookup: resolverTo(address, calls) });
    await expect(f.fetch('http://feeds.example.test/rss')).rejects.toMatchObject({ code: 'FETCH_BLOCKED', message: expect.stringContaining(address) });
    expect(calls).toContain('feeds.example.test');
  });

  it('connects to an allowlisted host name through the injected resolver', async () => {
    const site = await server((_req, res) => res.end('hello'));
    const calls: string[] = [];
    const f = fetcher({ allowlist: ['feeds.example.test'], lookup: resolverTo('127.0.0.1', calls) });
    const result = await f.fetch(`http://feeds.example.test:${site.port}/`);
    expect(result.text()).toBe('hello');
    expect(calls).toEqual(['feeds.example.test']);
    expect(site.requests[0]!.headers.host).toBe(`feeds.example.test:${site.port}`);
  });

  it.each(['http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:a9fe:a9fe]/', 'file:///etc/passwd'])(
    'refuses a redirect from an allowed server into %s',
    async (target) => {
      const site = await server((_req, res) => res.writeHead(302, { location: target }).end());
      const calls: string[] = [];
      const f = fetcher({ lookup: resolverTo('127.0.0.1', calls) });
      await expect(f.fetch(`${site.origin}/feed`)).rejects.toMatchObject({ code: 'FETCH_BLOCKED' });
      expect(site.requests).toHaveLength(1);
      expect(calls).toHaveLength(0);
    },
  );

  it('refuses a redirect to a host name that resolves to a private address', async () => {
    const site = await server((_req, res) => res.writeHead(301, { location: 'http://internal.example.test/admin' }).end());
    const calls: string[] = [];
    const f = fetcher({ lookup: resolverTo('192.168.1.10', calls) });
    await expect(f.fetch(`${site.origin}/feed`)).rejects.toMatchObject({ code: 'FETCH_BLOCKED', message: expect.stringContaining('192.168.1.10') });
    expect(calls).toEqual(['internal.example.test']);
  });
});
