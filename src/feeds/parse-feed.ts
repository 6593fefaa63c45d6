import Parser from 'rss-parser';
import { articleIdFor } from '../extract/article-file.js';
import { ErrorCode, PledgewatchError } from '../errors/index.js';
import type { Article } from '../model/article.js';
import { parseFeedDate } from './dates.js';
import { decodeEntities, htmlToText } from './html-text.js';
import type { ParsedFeed } from './types.js';

/** Below this many characters the feed only carries a teaser: the worker fetches the page. */
export const SUMMARY_ONLY_BELOW = 800;

type FeedFields = {
  ttl?: string;
  'sy:updatePeriod'?: string;
  'sy:updateFrequency'?: string;
  'syn:updatePeriod'?: string;
  'syn:updateFrequency'?: string;
};
type ItemFields = { id?: unknown; 'content:encoded'?: string; date?: string };
type RawItem = ItemFields & Parser.Item;
type RawFeed = FeedFields & Parser.Output<ItemFields>;

/** rss-parser's format builders, called on the xml2js tree so parsing stays synchronous. */
interface Builders {
  xmlParser: { parseString(xml: string, callback: (error: Error | null, result: unknown) => void): void };
  buildAtomFeed(tree: unknown): RawFeed;
  buildRSS2(tree: unknown): RawFeed;
  buildRSS1(tree: unknown): RawFeed;
  buildRSS0_9(tree: unknown): RawFeed;
}

const PERIOD_SECONDS: Record<string, number> = { hourly: 3600, daily: 86_400, weekly: 604_800, monthly: 2_592_000, yearly: 31_536_000 };

function newParser(): Builders {
  return new Parser<FeedFields, ItemFields>({
    customFields: {
      feed: ['sy:updatePeriod', 'sy:updateFrequency', 'syn:updatePeriod', 'syn:updateFrequency'],
      item: ['id'],
    },
  }) as unknown as Builders;
}

/**
 * Parses a feed body that we fetched and decoded ourselves into Articles.
 * Throws PledgewatchError(FeedParse) with a reason a person can act on.
 */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const raw = buildFeed(xml, feedUrl);
  const outlet = cleanText(raw.title) || hostOf(feedUrl);
  const items: Article[] = [];
  let skippedItems = 0;
  for (const item of raw.items ?? []) {
    const article = safeToArticle(item, outlet, feedUrl);
    if (article) items.push(article);
    else skippedItems += 1;
  }
  return { title: cleanText(raw.title) || undefined, link: raw.link, items, skippedItems, ttlSeconds: refreshHint(raw) };
}

function buildFeed(xml: string, feedUrl: string): RawFeed {
  const trimmed = xml.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw parseError(feedUrl, 'the response is empty');
  rejectEntityDeclarations(trimmed, feedUrl);
  if (/^(<!doctype html|<html)/i.test(trimmed)) throw htmlPageError(trimmed, feedUrl);
  const parser = newParser();
  let tree: Record<string, unknown> | undefined;
  let failure: Error | undefined;
  try {
    // xml2js calls back synchronously when async is off (its default).
    parser.xmlParser.parseString(trimmed, (error, result) => {
      failure = error ?? undefined;
      tree = (result ?? undefined) as Record<string, unknown> | undefined;
    });
  } catch (error) {
    failure = error as Error;
  }
  if (failure) throw parseError(feedUrl, `malformed or truncated XML (${firstLine(failure.message)})`);
  if (!tree) throw parseError(feedUrl, 'the XML has no root element');
  return buildByFormat(parser, tree, feedUrl);
}

function buildByFormat(parser: Builders, tree: Record<string, unknown>, feedUrl: string): RawFeed {
  const rss = tree.rss as { $?: { version?: string } } | undefined;
  try {
    if (tree.feed) return parser.buildAtomFeed(tree);
    if (tree['rdf:RDF']) return parser.buildRSS1(tree);
    if (rss && /^0\.9/.test(rss.$?.version ?? '')) return parser.buildRSS0_9(tree);
    if (rss) return parser.buildRSS2(tree);
  } catch (error) {
    throw parseError(feedUrl, `the feed structure is broken (${firstLine((error as Error).message)})`);
  }
  const root = Object.keys(tree)[0] ?? '?';
  if (root.toLowerCase() === 'html') throw htmlPageError('', feedUrl);
  throw parseError(feedUrl, `<${root}> is not an RSS or Atom feed`);
}

/** Names the feed the page advertises (<link rel="alternate" type="application/rss+xml">) when it has one. */
function htmlPageError(html: string, feedUrl: string): PledgewatchError {
  const advertised = advertisedFeed(html, feedUrl);
  const hint = advertised ? `the page links to a feed at ${advertised}: add that URL instead` : "look for the site's feed link, often /feed or /rss";
  return parseError(feedUrl, `this is an HTML page, not an RSS or Atom feed (${hint})`);
}

function advertisedFeed(html: string, pageUrl: string): string | undefined {
  for (const tag of html.slice(0, 200_000).match(/<link\b[^>]*>/gi) ?? []) {
    if (!/rel\s*=\s*["']?alternate/i.test(tag) || !/type\s*=\s*["']?application\/(rss|atom)\+xml/i.test(tag)) continue;
    const href = /href\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    const url = href ? absoluteLink(decodeEntities(href), pageUrl) : '';
    if (url) return url;
  }
  return undefined;
}

/**
 * Entity declarations are how "billion laughs" and XXE documents work. No real news feed
 * needs them, so the document is refused before any parser sees it.
 */
function rejectEntityDeclarations(xml: string, feedUrl: string): void {
  const head = xml.slice(0, 64 * 1024);
  if (/<!ENTITY/i.test(head) || /<!DOCTYPE[^>]*\[/i.test(head)) {
    throw parseError(feedUrl, 'the document declares XML entities (<!ENTITY>), which are refused for safety');
  }
}

/** One odd item (an element where text was expected, say) is skipped, not the whole feed. */
function safeToArticle(item: RawItem, outlet: string, feedUrl: string): Article | null {
  try {
    return toArticle(item, outlet, feedUrl);
  } catch {
    return null;
  }
}

function toArticle(item: RawItem, outlet: string, feedUrl: string): Article | null {
  const guid = textOf(item.guid) || textOf(item.id);
  const link = absoluteLink(textOf(item.link), feedUrl);
  const title = cleanText(item.title);
  const stableKey = guid || link || title;
  if (!stableKey) return null;
  const body = htmlToText(textOf(item['content:encoded']) || textOf(item.content) || textOf(item.summary) || textOf(item.contentSnippet));
  return {
    id: articleIdFor(stableKey),
    url: link || (isHttpUrl(guid) ? guid : feedUrl),
    outlet,
    // Our own reading of pubDate first: rss-parser's isoDate reads 04.09.2025 as April 9.
    published: parseFeedDate(item.pubDate) ?? parseFeedDate(item.isoDate) ?? parseFeedDate(item.date) ?? 'unknown',
    title: title || 'unknown',
    body,
    // Without a link there is no page to fetch the full text from.
    summaryOnly: body.length < SUMMARY_ONLY_BELOW && link !== '',
  };
}

function refreshHint(raw: RawFeed): number | undefined {
  const ttlMinutes = Number(textOf(raw.ttl));
  if (Number.isFinite(ttlMinutes) && ttlMinutes > 0) return Math.round(ttlMinutes * 60);
  // The syndication module's usual prefix is sy:, but any prefix is legal (craigslist uses syn:).
  const period = PERIOD_SECONDS[(textOf(raw['sy:updatePeriod']) || textOf(raw['syn:updatePeriod'])).toLowerCase()];
  if (!period) return undefined;
  const frequency = Number(textOf(raw['sy:updateFrequency']) || textOf(raw['syn:updateFrequency']) || '1');
  return Math.round(period / (Number.isFinite(frequency) && frequency > 0 ? frequency : 1));
}

/** xml2js hands back strings, or {_: text, $: attrs} when an element has attributes. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && '_' in value && typeof (value as { _: unknown })._ === 'string') {
    return ((value as { _: string })._).trim();
  }
  return '';
}

function cleanText(value: unknown): string {
  return htmlToText(textOf(value)).replace(/\s+/g, ' ').trim();
}

function absoluteLink(link: string, feedUrl: string): string {
  if (!link) return '';
  try {
    const url = new URL(link, feedUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'unknown';
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.slice(0, 200);
}

function parseError(feedUrl: string, reason: string): PledgewatchError {
  return new PledgewatchError(ErrorCode.FeedParse, `cannot read the feed at ${feedUrl}: ${reason}`);
}
