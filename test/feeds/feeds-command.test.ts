import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFeedList } from '../../src/cli/commands/feeds.js';
import type { FeedStatus } from '../../src/feeds/index.js';
import { runCli } from '../helpers/cli.js';
import type { LocalServer } from '../fetch/local-server.js';
import { fixture, startFeedServer } from './feed-server.js';

let server: LocalServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/encoding.rss': { headers: { 'content-type': 'application/rss+xml' }, body: fixture('encoding.rss') },
    '/home': { headers: { 'content-type': 'text/html' }, body: '<!DOCTYPE html><html><body>home</body></html>' },
  });
});

afterAll(async () => {
  await server.close();
});

async function pledgewatch(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { LOG_LEVEL: 'silent', FEED_ALLOWLIST: '127.0.0.1', ...env });
}

describe('pledgewatch feeds check', () => {
  it('explains what a feed holds, as JSON on standard output only', async () => {
    const { code, stdout } = await pledgewatch(['feeds', 'check', '--json', `${server.origin}/encoding.rss`]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { title: string; items: number; charset: string; sample: Array<{ title: string }> };
    expect(report).toMatchObject({ title: 'Jornal de Notícias - Últimas Notícias', items: 40, charset: 'windows-1252' });
    expect(report.sample[0]!.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
  });

  it('fails with one readable line and a non-zero status', async () => {
    const html = await pledgewatch(['feeds', 'check', `${server.origin}/home`]);
    expect(html.code).not.toBe(0);
    expect(html.stderr.trim().split('\n')).toHaveLength(1);
    expect(html.stderr).toContain('HTML page, not an RSS or Atom feed');
    const blocked = await pledgewatch(['feeds', 'check', `${server.origin}/encoding.rss`], { FEED_ALLOWLIST: '' });
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('refused to connect to 127.0.0.1');
    expect(server.requests.filter((r) => r.url === '/encoding.rss')).toHaveLength(1);
  });
});

describe('formatFeedList', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  const base: FeedStatus = {
    id: 'abcdef0123456789',
    url: 'https://news.example/rss',
    addedAt: '2026-03-01T00:00:00Z',
    consecutiveFailures: 0,
    itemsSeen: 12,
    itemsQueued: 30,
    failing: false,
    backfilled: true,
  };

  it('shows health, last success, items and next poll', () => {
    const text = formatFeedList([{ ...base, title: 'News', lastSuccessAt: '2026-03-01T11:58:00Z', nextPollAt: '2026-03-01T12:03:00Z' }], 300, now);
    expect(text).toContain('ok       abcdef0123456789 News — https://news.example/rss');
    expect(text).toContain('every 300s; last success 2m ago; items 12 (30 queued); next poll in 3m');
  });

  it('flags failing feeds with their last error', () => {
    const text = formatFeedList(
      [{ ...base, failing: true, consecutiveFailures: 7, lastError: 'HTTP 500 from https://news.example/rss', lastErrorAt: '2026-03-01T09:00:00Z' }],
      300,
      now,
    );
    expect(text).toMatch(/^FAILING /);
    expect(text).toContain('last error 3h ago (7 in a row): HTTP 500 from https://news.example/rss');
  });

  it('says how to add the first feed', () => {
    expect(formatFeedList([], 300, now)).toContain('pledgewatch feeds add');
  });
});
