import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleFile } from '../extract/article-file.js';
import type { Article } from '../model/article.js';

/** The demo articles shipped with the project: the five reports of 4-5 September 2025. */
export const DEMO_ARTICLES_DIR = fileURLToPath(new URL('../../data/demo/articles/', import.meta.url));

export interface DemoServerOptions {
  articlesDir?: string;
  /** Milliseconds between two articles appearing in the feed; 0 shows them all at once; 'manual' waits for revealNext(). */
  revealEveryMs?: number | 'manual';
  /** Milliseconds before the first article appears (the first poll sees an empty feed). */
  firstRevealMs?: number;
  host?: string;
  port?: number;
}

export interface DemoServer {
  url: string;
  feedUrl: string;
  /** How many articles the feed shows now. */
  revealed(): number;
  /** With revealEveryMs 'manual': shows one more article; returns the slug shown, or null when all are. */
  revealNext(): string | null;
  total: number;
  close(): Promise<void>;
}

interface DemoItem {
  slug: string;
  article: Article;
}

/**
 * Serves the seed story as a real RSS feed plus article pages on 127.0.0.1, revealing
 * one article at a time so the poller, the page fetch and the queue replay the story
 * as it happened. Items carry only a short summary, so the worker fetches each page.
 */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const items = await loadDemoItems(options.articlesDir ?? DEMO_ARTICLES_DIR);
  const revealEveryMs = options.revealEveryMs ?? 3000;
  let manuallyRevealed = 0;
  const firstRevealMs = options.firstRevealMs ?? (revealEveryMs === 'manual' ? 0 : revealEveryMs);
  const startedAt = Date.now();
  const revealed = (): number => {
    if (revealEveryMs === 'manual') return manuallyRevealed;
    if (revealEveryMs <= 0) return items.length;
    const elapsed = Date.now() - startedAt - firstRevealMs;
    return elapsed < 0 ? 0 : Math.min(items.length, 1 + Math.floor(elapsed / revealEveryMs));
  };
  let base = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://demo').pathname;
    if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(renderFeed(base, items.slice(0, revealed())));
      return;
    }
    const match = /^\/articles\/([\w-]+)\.html$/.exec(path);
    const item = match ? items.slice(0, revealed()).find((i) => i.slug === match[1]) : undefined;
    if (item) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(renderPage(item.article));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  base = `http://${host}:${port}`;
  return {
    url: base,
    feedUrl: `${base}/feed.xml`,
    revealed,
    revealNext() {
      if (manuallyRevealed >= items.length) return null;
      return items[manuallyRevealed++]!.slug;
    },
    total: items.length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function loadDemoItems(dir: string): Promise<DemoItem[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const items = await Promise.all(
    files.map(async (file) => ({ slug: file.replace(/\.txt$/, ''), article: parseArticleFile(await readFile(join(dir, file), 'utf8'), file) })),
  );
  // Published order; the file name breaks ties within a day.
  return items.sort((a, b) => a.article.published.localeCompare(b.article.published) || a.slug.localeCompare(b.slug));
}

function titleOf(article: Article): string {
  if (article.title !== 'unknown') return article.title;
  const firstSentence = article.body.trim().split(/(?<=[.!?])\s/)[0] ?? 'Untitled';
  return firstSentence.length > 110 ? `${firstSentence.slice(0, 107)}...` : firstSentence;
}

function renderFeed(base: string, items: DemoItem[]): string {
  const entries = [...items]
    .reverse()
    .map(({ slug, article }) => {
      const summary = article.body.trim().slice(0, 240);
      const pubDate = new Date(`${article.published}T12:00:00Z`).toUTCString();
      return `    <item>
      <title>${escapeXml(titleOf(article))}</title>
      <link>${base}/articles/${slug}.html</link>
      <guid isPermaLink="false">pledgewatch-demo-${slug}</guid>
      <pubDate>${pubDate}</pubDate>
      <description>${escapeXml(summary)}…</description>
    </item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>pledgewatch demo: the seed story</title>
    <link>${base}/</link>
    <description>Five reports of 4-5 September 2025 on security guarantees for Ukraine, replayed one by one.</description>
${entries}
  </channel>
</rss>
`;
}

/** An article page with the usual clutter around it, so the full-text extraction does real work. */
function renderPage(article: Article): string {
  const paragraphs = article.body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeXml(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(titleOf(article))}</title>
<meta property="article:published_time" content="${article.published}"></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/europe">Europe</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all</div>
<main><article>
<h1>${escapeXml(titleOf(article))}</h1>
${paragraphs}
</article></main>
<aside><h2>Related</h2><ul><li><a href="/x">Markets close higher</a></li><li><a href="/y">Weather this weekend</a></li></ul></aside>
<footer>© Demo News. All rights reserved.</footer>
</body></html>
`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
