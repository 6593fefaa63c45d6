import Parser from 'rss-parser';
import { articleIdFor } from '../extract/article-file.js';
import { ErrorCode, PledgewatchError } from '../errors/index.js';
import type { Article } from '../model/article.js';
import { lenientDocument, localName, type FeedNode } from './feed-tree.js';
import { decodeEntities, htmlToText } from './html-text.js';
import { readItem, readLink, readTitle } from './read-item.js';
import type { ParsedFeed } from './types.js';

/** Below this many characters the feed only carries a teaser: the worker fetches the page. */
export const SUMMARY_ONLY_BELOW = 800;

type RawItem = { 'content:encoded'?: string } & Parser.Item;
type RawFeed = Parser.Output<RawItem>;

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
  return new Parser() as unknown as Builders;
}

interface FeedDocument {
  /** The channel (RSS) or feed (Atom) element. */
  container: FeedNode;
  items: Array<{ node: FeedNode; body?: string }>;
  reading: ParsedFeed['reading'];
  repairs: string[];
}

/**
 * Parses a feed body that we fetched and decoded ourselves into Articles. Well-formed feeds
 * go through rss-parser; a feed it rejects (a bare "&", an unknown entity, a truncated
 * body, one entry it cannot build) is read again leniently, keeping what can be kept.
 * Throws PledgewatchError(FeedParse) with a reason a person can act on.
 */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const document = readDocument(xml, feedUrl);
  const channel = safely(() => document.container.children(), []);
  const title = safely(() => readTitle(channel), '');
  const outlet = title || hostOf(feedUrl);
  const items: Article[] = [];
  let skippedItems = 0;
  const notes = { undated: [] as string[], lostFields: 0 };
  for (const { node, body } of document.items) {
    const article = safeToArticle(node, body, outlet, feedUrl, notes);
    if (article) items.push(article);
    else skippedItems += 1;
  }
  return {
    title: title || undefined,
    link:
      absoluteLink(
        safely(() => readLink(channel), ''),
        feedUrl,
      ) || undefined,
    items,
    skippedItems,
    ttlSeconds: safely(() => refreshHint(channel), undefined),
    reading: document.reading,
    repairs: [...document.repairs, ...itemRepairs(notes)],
  };
}

function readDocument(xml: string, feedUrl: string): FeedDocument {
  const trimmed = xml.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw parseError(feedUrl, 'the response is empty');
  // Refused before either pass sees it: no pass may expand entities.
  rejectEntityDeclarations(trimmed, feedUrl);
  if (/^(<!doctype html|<html)/i.test(trimmed)) throw htmlPageError(trimmed, feedUrl);
  const strict = readStrictly(trimmed, feedUrl);
  if ('document' in strict) return strict.document;
  return readLeniently(trimmed, feedUrl, strict.failure);
}

/** rss-parser's own reading; its failure, if any, becomes the reason the lenient pass gives. */
function readStrictly(xml: string, feedUrl: string): { document: FeedDocument } | { failure: string } {
  const parser = newParser();
  let tree: Record<string, unknown> | undefined;
  let failure: Error | undefined;
  try {
    // xml2js calls back synchronously when async is off (its default).
    parser.xmlParser.parseString(xml, (error, result) => {
      failure = error ?? undefined;
      tree = (result ?? undefined) as Record<string, unknown> | undefined;
    });
  } catch (error) {
    failure = error as Error;
  }
  if (failure) return { failure: `the XML is not well-formed (${firstLine(failure.message)})` };
  if (!tree) return { failure: 'the XML has no root element' };
  const root = Object.keys(tree)[0] ?? '?';
  if (root.toLowerCase() === 'html') throw htmlPageError('', feedUrl);
  const format = feedFormat(tree);
  if (!format) throw parseError(feedUrl, `<${root}> is not an RSS or Atom feed`);
  let built: RawFeed;
  try {
    built = format.build(parser, tree);
  } catch (error) {
    return { failure: `rss-parser could not build it (${firstLine((error as Error).message)})` };
  }
  // Fields are read from htmlparser2's tree of the same (well-formed) document: unlike
  // xml2js's, it keeps mixed content in order, so an xhtml title reads as written.
  const document = feedElements(xml, feedUrl, (root) =>
    localName(root) === 'feed' || localName(root) === 'rdf' ? root.children() : channelOf(root).children(),
  );
  const bodies = document.items.length === built.items.length ? built.items.map(bodyOf) : [];
  return { document: { ...document, items: document.items.map(({ node }, i) => ({ node, body: bodies[i] })), reading: 'strict', repairs: [] } };
}

function channelOf(root: FeedNode): FeedNode {
  return root.children().find((child) => localName(child) === 'channel') ?? root;
}

/** The feed's container and items from htmlparser2's tree; `itemsIn` says where to look for them. */
function feedElements(xml: string, feedUrl: string, itemsIn: (root: FeedNode) => FeedNode[], failure?: string): Omit<FeedDocument, 'reading' | 'repairs'> {
  const root = lenientDocument(xml).find((node) => ['rss', 'rdf', 'feed', 'html'].includes(localName(node)));
  if (!root) throw parseError(feedUrl, `malformed or truncated XML: ${failure ?? 'no root element'}, and no RSS or Atom element was found`);
  if (localName(root) === 'html') throw htmlPageError(xml, feedUrl);
  const itemName = localName(root) === 'feed' ? 'entry' : 'item';
  const container = itemName === 'entry' ? root : channelOf(root);
  return {
    container,
    items: itemsIn(root)
      .filter((node) => localName(node) === itemName)
      .map((node) => ({ node })),
  };
}

/** Which of rss-parser's builders fits the tree. */
function feedFormat(tree: Record<string, unknown>): { build(parser: Builders, tree: Record<string, unknown>): RawFeed } | undefined {
  if (tree.feed) return { build: (p, t) => p.buildAtomFeed(t) };
  if (tree['rdf:RDF']) return { build: (p, t) => p.buildRSS1(t) };
  const rss = tree.rss as { $?: { version?: string } } | undefined;
  if (!rss) return undefined;
  return /^0\.9/.test(rss.$?.version ?? '') ? { build: (p, t) => p.buildRSS0_9(t) } : { build: (p, t) => p.buildRSS2(t) };
}

/**
 * The lenient pass: htmlparser2 in XML mode reads what a strict parser refuses, closing
 * what a truncated body left open. Items are found wherever a broken tag left them.
 */
function readLeniently(xml: string, feedUrl: string, failure: string): FeedDocument {
  const document = feedElements(xml, feedUrl, (root) => descendants(root, localName(root) === 'feed' ? 'entry' : 'item'), failure);
  return { ...document, reading: 'lenient', repairs: [`${failure}: read leniently, keeping every item that could be read`] };
}

/** Elements with this local name at any depth, not looking inside a match. */
function descendants(node: FeedNode, name: string): FeedNode[] {
  return node.children().flatMap((child) => (localName(child) === name ? [child] : descendants(child, name)));
}

function bodyOf(item: RawItem | undefined): string | undefined {
  if (!item) return undefined;
  return textOf(item['content:encoded']) || textOf(item.content) || textOf(item.summary) || textOf(item.contentSnippet) || undefined;
}

function itemRepairs(notes: { undated: string[]; lostFields: number }): string[] {
  const repairs: string[] = [];
  if (notes.undated.length > 0) {
    repairs.push(`${notes.undated.length} item date(s) could not be read (e.g. "${notes.undated[0]!.slice(0, 60)}"): left undated, ordered by when first seen`);
  }
  if (notes.lostFields > 0) repairs.push(`${notes.lostFields} item field(s) could not be read and were left empty`);
  return repairs;
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
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

/** One odd item is skipped, never the whole feed. */
function safeToArticle(
  node: FeedNode,
  body: string | undefined,
  outlet: string,
  feedUrl: string,
  notes: { undated: string[]; lostFields: number },
): Article | null {
  try {
    return toArticle(node, body, outlet, feedUrl, notes);
  } catch {
    return null;
  }
}

function toArticle(
  node: FeedNode,
  rawBody: string | undefined,
  outlet: string,
  feedUrl: string,
  notes: { undated: string[]; lostFields: number },
): Article | null {
  const fields = readItem(node, rawBody);
  notes.lostFields += fields.lostFields.length;
  const link = absoluteLink(fields.link, feedUrl);
  const stableKey = fields.id || link || fields.title || fields.about;
  if (!stableKey) return null;
  if (!fields.published && fields.unreadableDate) notes.undated.push(fields.unreadableDate);
  const body = htmlToText(fields.body);
  return {
    id: articleIdFor(stableKey),
    url: link || feedUrl,
    outlet,
    published: fields.published ?? 'unknown',
    title: fields.title || 'unknown',
    body,
    // Without a link there is no page to fetch the full text from.
    summaryOnly: body.length < SUMMARY_ONLY_BELOW && link !== '',
  };
}

function refreshHint(channel: FeedNode[]): number | undefined {
  const valueOf = (name: string): string =>
    channel
      .find((node) => localName(node) === name.toLowerCase())
      ?.text()
      .trim() ?? '';
  const ttlMinutes = Number(valueOf('ttl'));
  if (valueOf('ttl') !== '' && Number.isFinite(ttlMinutes) && ttlMinutes > 0) return Math.round(ttlMinutes * 60);
  // The syndication module's usual prefix is sy:, but any prefix is legal (craigslist uses syn:).
  const period = PERIOD_SECONDS[valueOf('updatePeriod').toLowerCase()];
  if (!period) return undefined;
  const frequency = Number(valueOf('updateFrequency') || '1');
  return Math.round(period / (Number.isFinite(frequency) && frequency > 0 ? frequency : 1));
}

/** xml2js hands back strings, or {_: text, $: attrs} when an element has attributes. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && '_' in value && typeof (value as { _: unknown })._ === 'string') {
    return (value as { _: string })._.trim();
  }
  return '';
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
