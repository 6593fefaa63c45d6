import { parseFeedDate } from './dates.js';
import { localName, prefixOf, type FeedNode } from './feed-tree.js';
import { htmlToText } from './html-text.js';

/**
 * Reads one RSS item or Atom entry the way lenient feed readers do. Each field is read on
 * its own: a field that cannot be read is left empty and noted, the item is kept.
 */
export interface ItemFields {
  /** guid or Atom id: what the item is, never where it is. */
  id: string;
  /** RSS 1.0's rdf:about, the key of last resort (after link and title, so older keys stay stable). */
  about: string;
  link: string;
  title: string;
  /** ISO timestamp, or undefined when no date field could be read. */
  published?: string;
  /** Raw date text that was present but unreadable, for the repair report. */
  unreadableDate?: string;
  body: string;
  /** Fields that threw while being read. */
  lostFields: string[];
}

/** Date elements by local name, most specific first (dc:date, dcterms:issued, Atom 0.3 issued/modified). */
const DATE_FIELDS = ['pubdate', 'published', 'issued', 'date', 'created', 'updated', 'modified'];
/** Title-like elements of other vocabularies that are not the item's headline. */
const FOREIGN_PREFIXES = new Set(['media', 'itunes', 'googleplay', 'image', 'georss', 'gml', 'slash', 'wfw', 'feedburner']);
/** Link relations that point at the article itself. */
const ALTERNATE = new Set(['alternate', 'http://www.iana.org/assignments/relation/alternate']);

export function readItem(item: FeedNode, bodyFromParser?: string): ItemFields {
  const lostFields: string[] = [];
  const read = <T>(field: string, reader: () => T, fallback: T): T => {
    try {
      return reader();
    } catch {
      lostFields.push(field);
      return fallback;
    }
  };
  const own = read('children', () => item.children().filter((child) => !FOREIGN_PREFIXES.has(prefixOf(child))), []);
  const dates = read('date', () => readDate(own), { published: undefined, unreadable: undefined });
  return {
    id: read('id', () => readId(own), ''),
    about: read('about', () => item.attr('rdf:about')?.trim() ?? '', ''),
    link: read('link', () => readLink(own), ''),
    title: read('title', () => readTitle(own), ''),
    published: dates.published,
    unreadableDate: dates.unreadable,
    body: read('body', () => bodyFromParser ?? readBody(own), ''),
    lostFields,
  };
}

function named(nodes: FeedNode[], ...names: string[]): FeedNode[] {
  return nodes.filter((node) => names.includes(localName(node)));
}

function readId(own: FeedNode[]): string {
  return named(own, 'guid', 'id')[0]?.text().trim() ?? '';
}

/**
 * The article's address: an Atom link with rel="alternate" or no rel (never a licence,
 * an enclosure or a comments feed), else an RSS <link> text, else a guid that says it is a
 * permalink. A guid with isPermaLink="false" is only an id.
 */
export function readLink(own: FeedNode[]): string {
  const links = named(own, 'link').filter((link) => isAlternate(link.attr('rel')));
  const href = links.map((link) => link.attr('href')?.trim()).find(Boolean);
  if (href) return href;
  // An Atom link written as text, or RSS's plain <link>.
  const text = links.map((link) => (link.attr('href') === undefined ? link.text().trim() : '')).find(Boolean);
  if (text) return text;
  return permalinkId(own);
}

/** A guid is a permalink unless it says isPermaLink="false"; an Atom id that is a web address is one too. */
function permalinkId(own: FeedNode[]): string {
  const guid = named(own, 'guid')[0];
  const candidate = guid ? (guid.attr('isPermaLink')?.trim().toLowerCase() === 'false' ? '' : guid.text()) : (named(own, 'id')[0]?.text() ?? '');
  return /^https?:\/\//i.test(candidate.trim()) ? candidate.trim() : '';
}

function isAlternate(rel: string | undefined): boolean {
  return rel === undefined || rel.trim() === '' || ALTERNATE.has(rel.trim().toLowerCase());
}

/**
 * Atom says how its text is typed: "text" is shown as is ("3 < 5 > 2" stays), "html" is
 * markup to strip, "xhtml" is inline elements whose text we keep. Atom 0.3 says
 * mode="escaped" for html. RSS titles are plain text unless they carry markup.
 */
export function readTitle(own: FeedNode[]): string {
  const title = named(own, 'title')[0];
  if (!title) return '';
  const type = (title.attr('type') ?? '').toLowerCase();
  const mode = (title.attr('mode') ?? '').toLowerCase();
  const raw = title.text();
  if (mode === 'base64' || isBinaryType(type)) return squash(Buffer.from(raw.trim(), 'base64').toString('utf8'));
  const isHtml = type === 'html' || type === 'text/html' || mode === 'escaped' || (type === '' && looksLikeMarkup(raw));
  return squash(isHtml ? htmlToText(raw) : raw);
}

/** Atom allows any media type; one that is neither text nor XML is carried in base64. */
function isBinaryType(type: string): boolean {
  return type.includes('/') && !type.startsWith('text/') && !/[+/]xml$/.test(type);
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Real tags or entities, not a lone comparison sign: "<b>x</b>" and "&amp;" are markup, "3 < 5 > 2" is not. */
function looksLikeMarkup(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i.test(text) || /&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
}

function readDate(own: FeedNode[]): { published?: string; unreadable?: string } {
  let unreadable: string | undefined;
  for (const field of DATE_FIELDS) {
    // A repeated element: the last one wins, as in feedparser.
    for (const node of named(own, field).reverse()) {
      const text = node.text().trim();
      if (!text) continue;
      const published = parseFeedDate(text);
      if (published) return { published };
      unreadable ??= text;
    }
  }
  return { unreadable };
}

function readBody(own: FeedNode[]): string {
  for (const field of ['encoded', 'content', 'description', 'summary']) {
    const text = named(own, field)[0]?.text().trim();
    if (text) return text;
  }
  return '';
}
