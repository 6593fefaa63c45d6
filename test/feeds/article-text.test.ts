import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticleText, fetchArticleText } from '../../src/feeds/index.js';
import type { SafeFetcher } from '../../src/fetch/index.js';
import { startLocalServer, type LocalServer } from '../fetch/local-server.js';
import { testFetcher } from './feed-server.js';

const PARAGRAPH = 'Prime Minister Giorgia Meloni confirmed that Italy will not send troops to Ukraine, but will help monitor a ceasefire. ';
const ARTICLE = `<!DOCTYPE html><html><head><title>Italy rules out troops | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-09-04T18:00:00Z"></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav><article><h1>Italy rules out troops</h1>
${`<p>${PARAGRAPH.repeat(3)}</p>`.repeat(5)}</article><footer>© Example News</footer></body></html>`;

let server: LocalServer;
let fetcher: SafeFetcher;
let trickle: NodeJS.Timeout | undefined;

beforeAll(async () => {
  server = await startLocalServer((req, res) => {
    switch (req.url) {
      case '/article':
        return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
      case '/latin1':
        return res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            Buffer.from(
              `<html><head><meta charset="iso-8859-1"><title>Notícias</title></head><body><article>${'<p>A Itália não enviará tropas, disse o governo português. </p>'.repeat(20)}</article></body></html>`,
              'latin1',
            ),
          );
      case '/pdf':
        return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(`<html><body>${'<p>padding</p>'.repeat(200_000)}</body></html>`);
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/html' });
        trickle = setInterval(() => res.write(' '), 50);
        return res.on('close', () => clearInterval(trickle));
      default:
        return res.writeHead(404).end();
    }
  });
  fetcher = testFetcher({ timeoutMs: 800, maxBytes: 1_000_000 });
});

afterAll(async () => {
  clearInterval(trickle);
  await fetcher.close();
  await server.close();
});

describe('fetchArticleText', () => {
  it('returns the readable text, title, date and site name of a page', async () => {
    const article = await fetchArticleText(fetcher, `${server.origin}/article`);
    expect(article.title).toContain('Italy rules out troops');
    expect(article.text).toContain('Italy will not send troops to Ukraine');
    expect(article.text).not.toContain('Home');
    expect(article.published).toBe('2025-09-04T18:00:00.000Z');
    expect(article.siteName).toBe('Example News');
  });

  it('decodes a non-UTF-8 page from its meta charset', async () => {
    const article = await fetchArticleText(fetcher, `${server.origin}/latin1`);
    expect(article.title).toBe('Notícias');
    expect(article.text).toContain('A Itália não enviará tropas');
  });

  it('refuses a non-HTML page with the reason', async () => {
    await expect(fetchArticleText(fetcher, `${server.origin}/pdf`)).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringContaining('not an HTML page (application/pdf)'),
    });
  });

  it('refuses a huge page at the size cap', async () => {
    await expect(fetchArticleText(fetcher, `${server.origin}/huge`)).rejects.toMatchObject({ code: 'FETCH_TOO_LARGE' });
  });

  it('gives up on a page that trickles', async () => {
    await expect(fetchArticleText(fetcher, `${server.origin}/slow`)).rejects.toMatchObject({ code: 'FETCH_TIMEOUT' });
  });

  it('reports a missing page', async () => {
    await expect(fetchArticleText(fetcher, `${server.origin}/gone`)).rejects.toMatchObject({ code: 'FETCH_FAILED', status: 404 });
  });
});

describe('extractArticleText', () => {
  it('falls back to the body text when the page is not article-like', () => {
    const result = extractArticleText('<html><head><title>Short</title></head><body><div>Just one line.</div></body></html>', 'https://news.example/x');
    expect(result.title).toBe('Short');
    expect(result.text).toContain('Just one line.');
  });

  it('survives markup soup', () => {
    const result = extractArticleText('<<<>>><p><b><i>unclosed <script>while(1){}</script> text', 'https://news.example/y');
    expect(result.text).toContain('unclosed');
  });
});
