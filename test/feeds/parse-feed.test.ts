import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed, parseFeedDate, type ParsedFeed } from '../../src/feeds/index.js';
import type { SafeFetcher } from '../../src/fetch/index.js';
import type { LocalServer } from '../fetch/local-server.js';
import { fixture, item, rss, startFeedServer, testFetcher, type Route } from './feed-server.js';

const XML = { 'content-type': 'application/rss+xml' };
const routes: Record<string, Route> = {};
let server: LocalServer;
let dtdServer: LocalServer;
let fetcher: SafeFetcher;

beforeAll(async () => {
  server = await startFeedServer(routes);
  dtdServer = await startFeedServer({});
  fetcher = testFetcher();
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
  await dtdServer.close();
});

/** Serves a body on the loopback server, fetches it through the safe fetcher and parses it. */
async function serveAndParse(path: string, route: Route): Promise<ParsedFeed> {
  routes[path] = route;
  const result = await fetcher.fetch(`${server.origin}${path}`);
  return parseFeed(result.text(), result.url);
}

describe('the feeds corpus, served over HTTP', () => {
  it.each([
    ['guardian.rss', 'The Guardian', 55, 'Trump State of the Union address promised unity but emphasized discord'],
    ['heise.atom', 'heise developer neueste Meldungen', 15, 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei'],
    ['feedburner.atom', 'Google Ads Developer Blog', 25, 'AdWords and DFP Java client library will soon require Java 7+'],
    ['content-encoded.rss', 'Food in Invironment on Medium', 7, 'THE CREATIVE FORAGER'],
    [
      'craigslist.rss',
      'craigslist SF bay area | apts/housing for rent search',
      25,
      'Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd 1930ft 2',
    ],
    ['rss-1.rss', 'Science twis', 69, 'Food for fungi'],
    ['reddit-atom.rss', 'reddit: the front page of the internet', 24, 'The Difficulties in Space'],
    ['many-links.rss', 'Google Testing Blog', 25, 'Code Health: Providing Context with Commit Messages and Bug Reports'],
    ['narro.rss', 'foobar on Narro', 1, 'FAQ for Narro'],
    ['instant-article.rss', 'Instant Article Test', 1, 'My first Instant Article'],
    ['heraldsun.rss', 'RSS0.92 Example', 2, 'The First Item'],
  ])('%s parses to the right items', async (name, title, count, firstTitle) => {
    const feed = await serveAndParse(`/${name}`, { headers: XML, body: fixture(name) });
    expect(feed.title).toBe(title);
    expect(feed.items).toHaveLength(count);
    expect(feed.items[0]!.title).toBe(firstTitle);
    expect(new Set(feed.items.map((a) => a.id)).size).toBe(count);
    for (const article of feed.items) {
      expect(article.outlet).toBe(title);
      expect(article.url).toMatch(/^https?:\/\//);
      expect(article.body).not.toMatch(/<\/p>|<div\b|<img\b|<br\b/i);
    }
  });

  it('decodes the ISO-8859-1 feed from its XML prolog when the header has no charset', async () => {
    const feed = await serveAndParse('/encoding.rss', { headers: { 'content-type': 'application/rss+xml' }, body: fixture('encoding.rss') });
    expect(feed.title).toBe('Jornal de Notícias - Últimas Notícias');
    expect(feed.items[0]!.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
    expect(feed.items.map((a) => a.title).join('\n')).not.toContain('\uFFFD');
  });

  it('decodes it right even when the header wrongly says UTF-8', async () => {
    const feed = await serveAndParse('/encoding-lying.rss', { headers: { 'content-type': 'text/xml; charset=utf-8' }, body: fixture('encoding.rss') });
    expect(feed.title).toBe('Jornal de Notícias - Últimas Notícias');
  });

  it('decodes a Latin-1 feed with no prolog from the header, or by guessing when nothing is declared', async () => {
    const declared = await serveAndParse('/uol-declared', { headers: { 'content-type': 'text/xml; charset=ISO-8859-1' }, body: fixture('uolNoticias.rss') });
    const guessed = await serveAndParse('/uol-undeclared', { headers: { 'content-type': 'text/xml' }, body: fixture('uolNoticias.rss') });
    for (const feed of [declared, guessed]) {
      expect(feed.items[0]!.title).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
      expect(feed.items[0]!.published).toBe('2018-09-24T22:42:40.000Z');
    }
  });

  it('keys items by guid, else link, else title, and skips items with none', async () => {
    const feed = await serveAndParse('/incomplete', {
      headers: XML,
      body: rss(
        item({ guid: 'urn:x:1', title: 'Has guid' }) +
          item({ link: 'https://news.example/a', title: 'Has link' }) +
          item({ title: 'Only a title' }) +
          item({ description: 'nothing to key it by' }),
      ),
    });
    expect(feed.items.map((a) => a.title)).toEqual(['Has guid', 'Has link', 'Only a title']);
    expect(feed.skippedItems).toBe(1);
    expect(feed.items[2]!.summaryOnly).toBe(false);
    const atom = await serveAndParse('/missing-fields.atom', { headers: XML, body: fixture('missing-fields.atom') });
    expect(atom.items).toHaveLength(1);
    expect(atom.items[0]).toMatchObject({ title: 'unknown', published: 'unknown' });
    const empty = await serveAndParse('/incomplete-fields.atom', { headers: XML, body: fixture('incomplete-fields.atom') });
    expect(empty).toMatchObject({ items: [], skippedItems: 1 });
  });

  it('reads refresh hints from <ttl> and the syndication module', async () => {
    expect((await serveAndParse('/narro.rss', { headers: XML, body: fixture('narro.rss') })).ttlSeconds).toBe(1200);
    expect((await serveAndParse('/craigslist.rss', { headers: XML, body: fixture('craigslist.rss') })).ttlSeconds).toBe(600);
  });

  it('makes plain-text bodies and marks short ones summary-only', async () => {
    const long = 'The coalition met in Paris. '.repeat(40);
    const feed = await serveAndParse('/bodies', {
      headers: XML,
      body: rss(
        item({
          guid: '1',
          link: 'https://news.example/1',
          title: 'Short',
          description: '&lt;p&gt;Italy &amp;amp; Germany &lt;b&gt;will&lt;/b&gt; help&lt;/p&gt;',
        }) +
          item({ guid: '2', link: 'https://news.example/2', title: 'Long', 'content:encoded': `<![CDATA[<div><p>${long}</p><script>evil()</script></div>]]>` }),
        '<title>Outlet</title>',
      ),
    });
    expect(feed.items[0]).toMatchObject({ body: 'Italy & Germany will help', summaryOnly: true });
    expect(feed.items[1]!.body).toBe(long.trim());
    expect(feed.items[1]!.summaryOnly).toBe(false);
  });

  it('handles 10,000 items in one feed', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => item({ guid: `g-${i}`, title: `Item ${i}`, link: `https://news.example/${i}` })).join('');
    const feed = await serveAndParse('/huge-feed', { headers: XML, body: rss(items) });
    expect(feed.items).toHaveLength(10_000);
    expect(feed.items[9_999]!.title).toBe('Item 9999');
    expect(new Set(feed.items.map((a) => a.id)).size).toBe(10_000);
  });
});

describe('broken and hostile feeds give one clear FeedParse error', () => {
  const cases: Array<[string, Route, RegExp]> = [
    ['XML with no feed in it', { headers: XML, body: '<?xml version="1.0"?><a>&broken <b></a>' }, /<a> is not an RSS or Atom feed|no RSS or Atom element/],
    ['a broken foreign document', { headers: XML, body: '<svg><g></svg' }, /malformed or truncated XML.*no RSS or Atom element/],
    [
      'an HTML page',
      { headers: { 'content-type': 'text/html' }, body: '<!DOCTYPE html><html><body><h1>News</h1></body></html>' },
      /HTML page, not an RSS or Atom feed/,
    ],
    ['an empty 200', { headers: XML, body: '' }, /empty/],
    ['a JSON document', { headers: { 'content-type': 'application/json' }, body: '{"items":[]}' }, /malformed|not an RSS/],
    ['a foreign XML root', { headers: XML, body: '<?xml version="1.0"?><svg></svg>' }, /<svg> is not an RSS or Atom feed/],
  ];
  it.each(cases)('%s', async (_name, route, message) => {
    const path = `/broken-${Math.random().toString(36).slice(2)}`;
    await expect(serveAndParse(path, route)).rejects.toMatchObject({ code: 'FEED_PARSE', message });
  });

  it('points at the feed an HTML page advertises', async () => {
    const page =
      '<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" title="News" href="/world/rss?x=1&amp;y=2"></head><body>home</body></html>';
    await expect(serveAndParse('/site-home', { headers: { 'content-type': 'text/html' }, body: page })).rejects.toMatchObject({
      code: 'FEED_PARSE',
      message: expect.stringContaining(`the page links to a feed at ${server.origin}/world/rss?x=1&y=2: add that URL instead`),
    });
  });

  it('refuses an entity-expansion ("billion laughs") document without expanding it', async () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const body = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]><rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;
    await expect(serveAndParse('/lol', { headers: XML, body })).rejects.toMatchObject({ code: 'FEED_PARSE', message: /entities/ });
  });

  it('neither expands nor fetches an external entity (XXE) or an external DTD', async () => {
    const secret = `${dtdServer.origin}/secret`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "${secret}">]><rss version="2.0"><channel><title>&xxe;</title></channel></rss>`;
    await expect(serveAndParse('/xxe', { headers: XML, body: xxe })).rejects.toMatchObject({ code: 'FEED_PARSE' });
    const externalDtd = `<?xml version="1.0"?><!DOCTYPE rss SYSTEM "${dtdServer.origin}/evil.dtd"><rss version="2.0"><channel><title>Plain</title>${item({ guid: 'a', title: 'Still parsed' })}</channel></rss>`;
    const feed = await serveAndParse('/dtd', { headers: XML, body: externalDtd });
    expect(feed.items[0]!.title).toBe('Still parsed');
    expect(dtdServer.requests).toHaveLength(0);
  });
});

describe('dates in odd formats', () => {
  it.each([
    ['Thu, 04 Sep 2025 14:30:00 GMT', '2025-09-04T14:30:00.000Z'],
    ['Thu, 4 Sep 2025 16:30:00 +0200', '2025-09-04T14:30:00.000Z'],
    ['2025-09-04T14:30:00Z', '2025-09-04T14:30:00.000Z'],
    ['2025-09-04 14:30:00', '2025-09-04T14:30:00.000Z'],
    ['04.09.2025', '2025-09-04T00:00:00.000Z'],
    ['04/09/2025 14:30', '2025-09-04T14:30:00.000Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['4 septembre 2025', '2025-09-04T00:00:00.000Z'],
    ['4. September 2025 16:30 CEST', '2025-09-04T14:30:00.000Z'],
    ['September 4th, 2025', '2025-09-04T00:00:00.000Z'],
    ['4 de setembro de 2025', '2025-09-04T00:00:00.000Z'],
  ])('%s', (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });

  it.each(['', 'yesterday', 'not a date', '31/31/2025', '0000-00-00', '2999-01-01T00:00:00Z'])('"%s" is unknown', (raw) => {
    expect(parseFeedDate(raw)).toBeUndefined();
  });

  it("a feed's items get ISO dates or 'unknown'", async () => {
    const feed = await serveAndParse('/dates', {
      headers: XML,
      body: rss(item({ guid: '1', title: 'a', pubDate: '04.09.2025' }) + item({ guid: '2', title: 'b', pubDate: 'someday' }) + item({ guid: '3', title: 'c' })),
    });
    expect(feed.items.map((a) => a.published)).toEqual(['2025-09-04T00:00:00.000Z', 'unknown', 'unknown']);
  });
});
