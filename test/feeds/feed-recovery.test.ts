import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCheck, toReport } from '../../src/cli/commands/feed-check.js';
import { parseFeed, type ParsedFeed } from '../../src/feeds/index.js';
import { decodeBodyDetailed, type SafeFetcher } from '../../src/fetch/index.js';
import type { LocalServer } from '../fetch/local-server.js';
import { fixture, item, rss, startFeedServer, testFetcher, type Route } from './feed-server.js';

const XML = { 'content-type': 'application/rss+xml' };
const routes: Record<string, Route> = {};
let server: LocalServer;
let fetcher: SafeFetcher;

beforeAll(async () => {
  server = await startFeedServer(routes);
  fetcher = testFetcher({ maxBytes: 1_000_000 });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

/** Through the real path: loopback server, safe fetcher, decodeBody, parseFeed. */
async function serveAndParse(path: string, route: Route): Promise<ParsedFeed> {
  routes[path] = route;
  const result = await fetcher.fetch(`${server.origin}${path}`);
  return parseFeed(result.text(), result.url);
}

const atom = (entries: string): string =>
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title>${entries}</feed>`;

describe('feeds that strict XML refuses are read leniently', () => {
  it('keeps every item of a feed with a bare "&" and an unknown entity, and says what it repaired', async () => {
    const body = rss(
      item({ guid: '1', title: 'AT&T and the coalition', link: 'https://news.example/a?x=1&y=2' }) +
        item({ guid: '2', title: 'Caf&eacute; talks&nbsp;resume' }),
    );
    const feed = await serveAndParse('/bare-amp', { headers: XML, body });
    expect(feed.items.map((a) => a.title)).toEqual(['AT&T and the coalition', 'Café talks resume']);
    expect(feed.items[0]!.url).toBe('https://news.example/a?x=1&y=2');
    expect(feed.reading).toBe('lenient');
    expect(feed.repairs[0]).toMatch(/not well-formed.*read leniently/);
  });

  it('keeps the items before the break of a truncated feed', async () => {
    const whole = fixture('guardian.rss').toString('utf8');
    const cut = whole.indexOf('</item>', whole.indexOf('</item>') + 1) + 200;
    const feed = await serveAndParse('/truncated', { headers: XML, body: whole.slice(0, cut) });
    expect(feed.items.length).toBeGreaterThanOrEqual(2);
    expect(feed.items[0]!.title).toBe('Trump State of the Union address promised unity but emphasized discord');
    expect(feed.title).toBe('The Guardian');
  });

  it('keeps items before an unclosed CDATA section', async () => {
    const body = rss(item({ guid: '1', title: 'Before the break' }) + '<item><guid>2</guid><title><![CDATA[Cut short');
    const feed = await serveAndParse('/unclosed-cdata', { headers: XML, body });
    expect(feed.items[0]!.title).toBe('Before the break');
    expect(feed.items[1]!.title).toBe('Cut short');
  });

  it('reads an Atom link written as text with no attributes, which rss-parser cannot', async () => {
    const feed = await serveAndParse('/atom-text-link', {
      headers: XML,
      body: atom('<entry><id>urn:1</id><title>Text link</title><link>https://news.example/text-link</link></entry>'),
    });
    expect(feed.items[0]).toMatchObject({ title: 'Text link', url: 'https://news.example/text-link' });
  });

  it('keeps an Atom entry with an unreadable date, undated, and its neighbours dated', async () => {
    const feed = await serveAndParse('/atom-bad-date', {
      headers: XML,
      body: atom(
        '<entry><id>urn:1</id><title>Bad date</title><published>Sun, 99 Jun 2009 12:00:00 GMT</published></entry>' +
          '<entry><id>urn:2</id><title>Good date</title><published>2025-09-04T10:00:00+02:00</published></entry>',
      ),
    });
    expect(feed.items.map((a) => [a.title, a.published])).toEqual([
      ['Bad date', 'unknown'],
      ['Good date', '2025-09-04T08:00:00.000Z'],
    ]);
    expect(feed.repairs.join('\n')).toMatch(/1 item date\(s\) could not be read.*left undated/);
  });

  it('still refuses entity declarations on the lenient path (billion laughs in a broken feed)', async () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const body = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]><rss version="2.0"><channel><title>&lol9; AT&T</title><item><title>&lol9;</title></channel>`;
    await expect(serveAndParse('/laughs-broken', { headers: XML, body })).rejects.toMatchObject({ code: 'FEED_PARSE', message: /entities/ });
  });

  it('still caps a gzip bomb whose content would need the lenient pass', async () => {
    const broken = Buffer.from(`<rss version="2.0"><channel><title>AT&T</title>${'<item><title>x & y</title></item>'.repeat(100_000)}`);
    const route = { headers: { ...XML, 'content-encoding': 'gzip' }, body: gzipSync(Buffer.concat([broken, Buffer.alloc(5_000_000, 0x20)])) };
    await expect(serveAndParse('/bomb-broken', route)).rejects.toMatchObject({ code: 'FETCH_TOO_LARGE' });
  });
});

describe('titles, links and dates as lenient readers take them', () => {
  it('makes text of xhtml and html titles and leaves plain-text titles alone', () => {
    const feed = parseFeed(
      atom(
        '<entry><id>1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Italy <b>will</b> send troops</div></title></entry>' +
          '<entry><id>2</id><title type="html">France &amp;lt;b&amp;gt;agrees&amp;lt;/b&amp;gt;</title></entry>' +
          '<entry><id>3</id><title type="text">3 &lt; 5 &gt; 2</title></entry>' +
          '<entry><id>4</id><title>3 &lt; 5 &gt; 2</title></entry>',
      ),
      'https://news.example/atom',
    );
    expect(feed.items.map((a) => a.title)).toEqual(['Italy will send troops', 'France agrees', '3 < 5 > 2', '3 < 5 > 2']);
  });

  it('takes the alternate link, or one with no rel, never a licence or an enclosure', () => {
    const feed = parseFeed(
      atom(
        '<entry><id>1</id><title>a</title><link rel="license" href="https://creativecommons.org/licenses/by/4.0/"/><link rel="enclosure" href="https://cdn.example/a.mp3"/><link rel="alternate" href="https://news.example/a"/></entry>' +
          '<entry><id>2</id><title>b</title><link rel="enclosure" href="https://cdn.example/b.mp3"/><link href="https://news.example/b"/></entry>',
      ),
      'https://news.example/atom',
    );
    expect(feed.items.map((a) => a.url)).toEqual(['https://news.example/a', 'https://news.example/b']);
  });

  it('treats a guid with isPermaLink="false" as an id, never as the link', () => {
    const feed = parseFeed(
      rss(
        '<item><guid isPermaLink="false">https://cms.example/node/17</guid><title>Id only</title></item><item><guid>https://news.example/permalink</guid><title>Permalink</title></item>',
      ),
      'https://news.example/rss',
    );
    expect(feed.items.map((a) => a.url)).toEqual(['https://news.example/rss', 'https://news.example/permalink']);
    expect(feed.items[0]!.id).not.toBe(feed.items[1]!.id);
  });

  it('reads dc:date, dcterms:issued and dcterms:modified, and Atom 0.3 issued and modified', () => {
    const dc = 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"';
    const feed = parseFeed(
      `<rss version="2.0" ${dc}><channel><title>t</title>` +
        '<item><guid>1</guid><title>a</title><dc:date>2025-09-04T10:00:00Z</dc:date></item>' +
        '<item><guid>2</guid><title>b</title><dcterms:issued>2025-09-05T10:00:00Z</dcterms:issued></item>' +
        '<item><guid>3</guid><title>c</title><dcterms:modified>2025-09-06T10:00:00Z</dcterms:modified></item></channel></rss>',
      'https://news.example/rss',
    );
    expect(feed.items.map((a) => a.published)).toEqual(['2025-09-04T10:00:00.000Z', '2025-09-05T10:00:00.000Z', '2025-09-06T10:00:00.000Z']);
    const atom03 = parseFeed(
      '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title><entry><id>1</id><title>a</title><issued>2025-09-07T10:00:00Z</issued></entry><entry><id>2</id><title>b</title><modified>2025-09-08T10:00:00Z</modified></entry></feed>',
      'https://news.example/atom',
    );
    expect(atom03.items.map((a) => a.published)).toEqual(['2025-09-07T10:00:00.000Z', '2025-09-08T10:00:00.000Z']);
  });
});

describe('encodings as publishers send them', () => {
  const title = 'España y Türkiye: garantías de seguridad';
  const utf8Feed = (titleText: string): Buffer => Buffer.from(rss(item({ guid: '1', title: titleText }) + item({ guid: '2', title: 'Second' })));

  it('replaces only the bad byte of a UTF-8 feed, with or without a BOM, and reports it', async () => {
    const good = utf8Feed(title);
    const at = good.indexOf('Second');
    const broken = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
    for (const body of [broken, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), broken])]) {
      const decoded = decodeBodyDetailed(body, 'application/rss+xml');
      expect(decoded.charset).toBe('utf-8');
      expect(decoded.repairs).toEqual(['replaced 1 invalid UTF-8 sequence(s) with U+FFFD']);
      const feed = parseFeed(decoded.text, 'https://news.example/rss');
      expect(feed.items.map((a) => a.title)).toEqual([title, '\ufffdSecond']);
    }
  });

  it.each([
    ['utf-16le', (text: string) => Buffer.from(text, 'utf16le')],
    ['utf-16be', (text: string) => Buffer.from(text, 'utf16le').swap16()],
    ['utf-32le', (text: string) => utf32(text, 'le')],
    ['utf-32be', (text: string) => utf32(text, 'be')],
  ])('detects BOM-less %s from its zero bytes (XML 1.0 appendix F)', (charset, encode) => {
    const decoded = decodeBodyDetailed(encode(rss(item({ guid: '1', title }))), 'application/xml');
    expect(decoded.charset).toBe(charset);
    expect(parseFeed(decoded.text, 'https://news.example/rss').items[0]!.title).toBe(title);
  });

  it('feeds check reports the charset actually used and what was repaired', async () => {
    const good = utf8Feed(title);
    routes['/one-bad-byte'] = {
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
      body: Buffer.concat([good.subarray(0, 300), Buffer.from([0xc3]), good.subarray(300)]),
    };
    const result = await fetcher.fetch(`${server.origin}/one-bad-byte`);
    const report = toReport(result.url, result, parseFeed(result.text(), result.url));
    expect(report).toMatchObject({ charset: 'utf-8', reading: 'strict', repairs: ['replaced 1 invalid UTF-8 sequence(s) with U+FFFD'] });
    expect(formatCheck(report)).toContain('repaired: replaced 1 invalid UTF-8 sequence(s)');
  });
});

function utf32(text: string, order: 'le' | 'be'): Buffer {
  const points = [...text].map((char) => char.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((point, i) => (order === 'le' ? out.writeUInt32LE(point, i * 4) : out.writeUInt32BE(point, i * 4)));
  return out;
}
