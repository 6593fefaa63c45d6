import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ErrorCode, PledgewatchError } from '../errors/index.js';
import type { SafeFetcher } from '../fetch/index.js';
import { parseFeedDate } from './dates.js';

export interface ArticleText {
  title: string;
  text: string;
  published?: string;
  siteName?: string;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;
/** Readability gives up on pages with more elements than this (a guard against pathological markup). */
const MAX_ELEMENTS = 30_000;

/**
 * Fetches an article page through the safe fetcher and returns its readable text
 * (Readability on linkedom). Throws PledgewatchError for pages that are not HTML.
 */
export async function fetchArticleText(fetcher: SafeFetcher, url: string): Promise<ArticleText> {
  const page = await fetcher.fetch(url, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
  const html = page.text();
  if (!isHtml(page.contentType, html)) {
    const type = page.contentType.split(';')[0] || 'no Content-Type';
    throw new PledgewatchError(ErrorCode.FetchFailed, `${page.url} is not an HTML page (${type}); only web pages can be read for full text`);
  }
  return extractArticleText(html, page.url);
}

function isHtml(contentType: string, html: string): boolean {
  if (HTML_TYPES.test(contentType)) return true;
  // Servers that send no or a generic type: trust the markup itself.
  return (contentType === '' || /^(text\/plain|application\/octet-stream)\b/i.test(contentType)) && /^\s*(<!doctype html|<html)/i.test(html);
}

/** The readable part of an HTML page; pure, so it is tested and benchmarked without a server. */
export function extractArticleText(html: string, pageUrl: string): ArticleText {
  const { document } = parseHTML(withBase(html, pageUrl));
  const meta = (name: string): string | undefined =>
    document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim() || undefined;
  const published = parseFeedDate(meta('article:published_time') ?? meta('date') ?? meta('pubdate'));
  const documentTitle = document.querySelector('title')?.textContent?.trim() ?? '';
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    parsed = null; // too many elements or markup Readability cannot handle: fall back to the body text
  }
  const text = tidy(parsed?.textContent?.trim() || bodyText(document));
  return {
    title: tidy(parsed?.title || documentTitle || meta('og:title') || ''),
    text,
    published: parseFeedDate(parsed?.publishedTime ?? undefined) ?? published,
    siteName: parsed?.siteName?.trim() || meta('og:site_name'),
  };
}

/** Whatever text the page has when Readability finds no article (fragments, soup). */
function bodyText(document: ReturnType<typeof parseHTML>['document']): string {
  document.querySelectorAll('script, style, noscript, template').forEach((node) => node.remove());
  return document.body?.textContent || document.documentElement?.textContent || '';
}

/**
 * linkedom has no document URL, so a <base> makes relative links resolve; and it builds
 * no <html>/<body> around a bare fragment, so one is added.
 */
function withBase(html: string, pageUrl: string): string {
  const base = /<base\s/i.test(html) ? '' : `<base href="${pageUrl.replace(/"/g, '&quot;')}">`;
  if (!/<html[\s>]/i.test(html)) return `<!DOCTYPE html><html><head>${base}</head><body>${html}</body></html>`;
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (head) => head + base);
  return html.replace(/<html[^>]*>/i, (open) => `${open}<head>${base}</head>`);
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
