import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSafeFetcher, type SafeFetcher } from '../../src/fetch/index.js';
import { startLocalServer, type LocalServer } from '../fetch/local-server.js';

/** rss-parser's test feeds, read from ../shared beside the checkout (CI has it there too), never copied in. */
export const FIXTURES = fileURLToPath(new URL('../../../shared/feeds-corpus/', import.meta.url));

export function fixture(name: string): Buffer {
  return readFileSync(`${FIXTURES}${name}`);
}

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A loopback server answering from a mutable route table; unknown paths get 404. */
export async function startFeedServer(routes: Record<string, Route>): Promise<LocalServer> {
  return startLocalServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (!route) return res.writeHead(404).end('not found');
    res.writeHead(route.status ?? 200, route.headers ?? { 'content-type': 'application/rss+xml' });
    res.end(route.body ?? '');
  });
}

export function testFetcher(overrides: { timeoutMs?: number; maxBytes?: number } = {}): SafeFetcher {
  return createSafeFetcher({
    timeoutMs: overrides.timeoutMs ?? 3000,
    maxBytes: overrides.maxBytes ?? 5_000_000,
    userAgent: 'pledgewatch-test/1 (+https://github.com/pledgewatch/pledgewatch)',
    allowPrivate: false,
    allowlist: ['127.0.0.1'],
  });
}

export function rss(items: string, channel = '<title>Test Outlet</title><link>https://news.example/</link>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;
}

export function item(fields: Record<string, string>): string {
  return `<item>${Object.entries(fields)
    .map(([name, value]) => `<${name}>${value}</${name}>`)
    .join('')}</item>`;
}
