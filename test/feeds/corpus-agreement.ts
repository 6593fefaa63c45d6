import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { parseFeed } from '../../src/feeds/index.js';
import { decodeBody } from '../../src/fetch/index.js';

/**
 * Our feed path (decodeBody then parseFeed, as `feeds check` and the poller run it) side by
 * side with what feedparser 6.0.14 returns for its own public test feeds. The feeds are read
 * from ../shared beside the checkout, never copied into the repository.
 */
export const FEEDPARSER_CORPUS = fileURLToPath(new URL('../../../shared/feeds-corpus/feedparser/', import.meta.url));
/** Where feedparser's test server served the files: relative links resolve against it. */
const SERVED_FROM = 'http://127.0.0.1:8097/';

interface ExpectedEntry {
  title: string | null;
  titleType: string | null;
  link: string | null;
  id: string | null;
  published: string | null;
  updated: string | null;
}

interface ExpectedFile {
  path: string;
  cat: string;
  contentType: string;
  entries: ExpectedEntry[];
}

/**
 * Cases where we judge feedparser's answer wrong for a news reader and differ on purpose.
 * Reviewed one by one; each names the file and why.
 */
export const EXCEPTIONS: Record<string, string> = {
  'tests/wellformed/rss/entity_in_doctype.xml':
    'declares an XML entity in its DOCTYPE. We refuse every entity declaration, harmless or not: it is how billion-laughs and XXE documents work, and no news feed needs one.',
  'tests/wellformed/rss/item_category_image.xml':
    "the item's only title belongs to an <image> nested in its <category>; feedparser lets it bleed into the item title. The item has no key of its own, so we skip it.",
  'tests/wellformed/atom/entry_link_no_href_link_priority.xml':
    'the fixture expects the alternate link for both entries; feedparser 6.0.14 returns the enclosure for the entry that lists it first. We return the alternate link, as the fixture says.',
  'tests/wellformed/atom10/entry_link_no_href_link_priority.xml': 'as for the Atom 0.3 copy: the alternate link, as the fixture says, not the enclosure.',
  'tests/wellformed/atom/entry_link_rel_enclosure_no_href.xml':
    'the fixture expects the alternate link; feedparser 6.0.14 lets a later text-only enclosure link override it. We keep the alternate link.',
  'tests/wellformed/atom10/entry_link_rel_enclosure_no_href.xml': 'as for the Atom 0.3 copy: the alternate link, not the enclosure.',
  'tests/illformed/chardet/shiftjis.xml':
    'Shift_JIS bytes declared as UTF-8. Neither reader recovers the Japanese: feedparser guesses iso-8859-2, we repair the UTF-8; both titles are garbled, differently.',
};

export interface Disagreement {
  path: string;
  field: 'rejected' | 'count' | 'title' | 'link' | 'date';
  ours: string;
  feedparser: string;
}

export interface CorpusFigures {
  files: number;
  filesWithEntries: number;
  rejectedWithEntries: number;
  countAgreement: number;
  titleAgreement: number;
  linkAgreement: number;
  dateAgreement: number;
  entriesCompared: number;
  exceptions: number;
  disagreements: Disagreement[];
}

function loadExpected(): ExpectedFile[] {
  return JSON.parse(readFileSync(`${FEEDPARSER_CORPUS}expected-feedparser-6.0.14.json`, 'utf8')) as ExpectedFile[];
}

/**
 * Many fixtures test one element, so their items have no id, link or title and we would
 * (rightly) skip them. Giving every item a key of our own lets their counts be compared.
 */
function addKeys(xml: string): string {
  let n = 0;
  return xml.replace(/<((?:[\w-]+:)?(?:item|entry))(\s[^<>]*?)?(?<!\/)>/g, (open) => `${open}<guid>corpus-key-${(n += 1)}</guid>`);
}

function needsKeys(file: ExpectedFile): boolean {
  return file.entries.some((entry) => !entry.id && !entry.link && !entry.title);
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function expectedTitle(entry: ExpectedEntry): string {
  if (!entry.title) return 'unknown';
  // feedparser hands back sanitised markup for html titles: its text is what a reader sees.
  return squash(entry.titleType === 'text/html' || entry.titleType === 'application/xhtml+xml' ? decodeHTML(entry.title.replace(/<[^>]*>/g, '')) : entry.title);
}

/** Hosts are case-insensitive: compare addresses the way a browser would. */
function sameAddress(ours: string, theirs: string): boolean {
  try {
    return new URL(ours).href === new URL(theirs).href;
  } catch {
    return ours === theirs;
  }
}

function sameInstant(ours: string, theirs: string | null): boolean {
  if (!theirs) return ours === 'unknown';
  return ours !== 'unknown' && Date.parse(ours) === Date.parse(theirs);
}

export function measureCorpus(exceptions: Record<string, string> = EXCEPTIONS): CorpusFigures {
  const expected = loadExpected();
  const disagreements: Disagreement[] = [];
  const tally = { count: 0, title: 0, link: 0, date: 0, entries: 0, exceptions: 0 };
  for (const file of expected) {
    const url = `${SERVED_FROM}${file.path}`;
    // A reviewed exception counts as agreement: we differ from feedparser there on purpose.
    const differ = (field: Disagreement['field'], ours: string, feedparser: string): void => {
      if (!exceptions[file.path]) return void disagreements.push({ path: file.path, field, ours, feedparser });
      tally.exceptions += 1;
      if (field !== 'rejected') tally[field] += 1;
    };
    let items;
    try {
      const text = decodeBody(readFileSync(`${FEEDPARSER_CORPUS}${file.path}`), file.contentType);
      items = parseFeed(needsKeys(file) ? addKeys(text) : text, url).items;
    } catch (error) {
      if (file.entries.length > 0) {
        differ('rejected', (error as Error).message, `${file.entries.length} entries`);
        differ('count', '0', String(file.entries.length));
      } else tally.count += 1;
      continue;
    }
    if (items.length === file.entries.length) tally.count += 1;
    else differ('count', String(items.length), String(file.entries.length));
    file.entries.slice(0, items.length).forEach((entry, i) => {
      const article = items[i]!;
      tally.entries += 1;
      if (squash(article.title) === expectedTitle(entry)) tally.title += 1;
      else differ('title', article.title, expectedTitle(entry));
      if (sameAddress(article.url, entry.link || url)) tally.link += 1;
      else differ('link', article.url, entry.link || `(none: ${url})`);
      if (sameInstant(article.published, entry.published ?? entry.updated)) tally.date += 1;
      else differ('date', article.published, entry.published ?? entry.updated ?? '(none)');
    });
  }
  const share = (n: number, of: number): number => Math.round((1000 * n) / of) / 10;
  return {
    files: expected.length,
    filesWithEntries: expected.filter((file) => file.entries.length > 0).length,
    rejectedWithEntries: disagreements.filter((d) => d.field === 'rejected').length,
    countAgreement: share(tally.count, expected.length),
    titleAgreement: share(tally.title, tally.entries),
    linkAgreement: share(tally.link, tally.entries),
    dateAgreement: share(tally.date, tally.entries),
    entriesCompared: tally.entries,
    exceptions: tally.exceptions,
    disagreements,
  };
}

/**
 * The date forms feedparser's date tests cover (RFC 822 with named, numeric and military
 * zones, swapped day and month, asctime, Perforce, Greek, Hungarian, Korean, W3C-DTF,
 * ISO 8601 with two-digit years, SQL style), written here with our own values.
 */
export const VALID_DATE_FORMS: Array<[string, string]> = [
  ['Tue, 02 Sep 2025 08:15:00 MET', '2025-09-02T07:15:00Z'],
  ['Tue, 02 Sep 2025 08:15:00 MEST', '2025-09-02T06:15:00Z'],
  ['Wed, 03 Sep 25 19:05:11 GMT', '2025-09-03T19:05:11Z'],
  ['Wed, 03 Sep 2025 19:05:11 GMT', '2025-09-03T19:05:11Z'],
  ['Fri,  5 Sep 2025 10:00:00 GMT', '2025-09-05T10:00:00Z'],
  ['Mon, 08 Sep 2025 18:28:00 Etc/GMT', '2025-09-08T18:28:00Z'],
  ['Mon, 08 Sep 2025 22:40:00 GMT-01:30', '2025-09-09T00:10:00Z'],
  ['Mon, 08 Sep 2025 22:40:00 +02:30', '2025-09-08T20:10:00Z'],
  ['Tue, 09 Sep, 2025 06:28:00 UTC', '2025-09-09T06:28:00Z'],
  ['Tue, 09 Sep 2025 07:45 GMT', '2025-09-09T07:45:00Z'],
  ['Tue, 09 Sep 2025', '2025-09-09T00:00:00Z'],
  ['Wed, 10 September 2025 16:31:00 AT', '2025-09-10T20:31:00Z'],
  ['Wed, 10 September 2025 16:31:00 ET', '2025-09-10T21:31:00Z'],
  ['Wed, 10 September 2025 16:31:00 CT', '2025-09-10T22:31:00Z'],
  ['Wed, 10 September 2025 16:31:00 MT', '2025-09-10T23:31:00Z'],
  ['Wed, 10 September 2025 16:31:00 PT', '2025-09-11T00:31:00Z'],
  ['Thu Sep 11 2025 17:26:16 +0200', '2025-09-11T15:26:16Z'],
  ['Fri Sep 12 16:29:06 2025', '2025-09-12T16:29:06Z'],
  ['Fri Sep 12 01:16:00 +0000 2025', '2025-09-12T01:16:00Z'],
  ['Sat, 2025/09/13 08:19:53 EDT', '2025-09-13T12:19:53Z'],
  ['Κυρ, 14 Σεπ 2025 12:00:00 EST', '2025-09-14T17:00:00Z'],
  ['2025-szeptember-15T9:15-05:00', '2025-09-15T14:15:00Z'],
  ['2025-09-16 오후 11:23:17', '2025-09-16T14:23:17Z'],
  ['2025년 09월 17일  01:31:15', '2025-09-16T16:31:15Z'],
  ['Thu, 18 Sep 2025 12:00:00 Z', '2025-09-18T12:00:00Z'],
  ['Thu, 18 Sep 2025 12:00:00 A', '2025-09-18T13:00:00Z'],
  ['Thu, 18 Sep 2025 12:00:00 N', '2025-09-18T11:00:00Z'],
  ['Thu, 18 Sep 2025 12:00:00 EST', '2025-09-18T17:00:00Z'],
  ['Thu, 18 Sep 2025 12:00:00 PDT', '2025-09-18T19:00:00Z'],
  ['Thu, 18 Sep 2025 12:00:00 CEST', '2025-09-18T10:00:00Z'],
  ['2025-09-19T10:14:55Z', '2025-09-19T10:14:55Z'],
  ['2025-09-19T10:14:55-08:00', '2025-09-19T18:14:55Z'],
  ['2025-09-19T10:14:55+08:00', '2025-09-19T02:14:55Z'],
  ['2025-09-19T23:25:47.538+10:00', '2025-09-19T13:25:47.538Z'],
  ['2025-09-19', '2025-09-19T00:00:00Z'],
  ['2025-09', '2025-09-01T00:00:00Z'],
  ['2025', '2025-01-01T00:00:00Z'],
  ['2024-02-28T18:14:55-08:00', '2024-02-29T02:14:55Z'],
  ['2023-02-28T18:14:55-08:00', '2023-03-01T02:14:55Z'],
  ['2000-02-28T18:14:55-08:00', '2000-02-29T02:14:55Z'],
  ['2025-09-20 23:56:58 -00:20', '2025-09-21T00:16:58Z'],
  ['2025-09-20 23:56:58', '2025-09-20T23:56:58Z'],
  ['2025-09-20 23:56:58.0', '2025-09-20T23:56:58Z'],
  ['2025-09-20T10:14:55.1234Z', '2025-09-20T10:14:55.123Z'],
  ['2025-009-20T10:14:55+00:00', '2025-09-20T10:14:55Z'],
  ['25-09-21', '2025-09-21T00:00:00Z'],
];

/** Not dates: each must leave its item undated, never misdated, and never reject the feed. */
export const INVALID_DATE_FORMS = [
  'Mon, 15 Sep 2025 1:2:3:4 GMT',
  'Mon, 15 zzz 2025 11:47:32 GMT',
  'Mon, Sep x 2025 11:47:32 GMT',
  'Mon, 15 Sep zz 11:47:32 GMT',
  'Mon, 15 Sep 2025 11:47:32 +zz:00',
  'Mon, 15 Sep 2025 11:47:32 +00:zz',
  'Sun, 99 Jun 2009 12:00:00 GMT',
  'Tue, 30 Feb 2025 10:00:00 GMT',
  'Mon, 15 Sep 2025 11:47:32 XYZ',
  '2025-09-15T25:14:55Z',
  '2025-09-15T10:61:55Z',
  '2025-09-15T10:14:61Z',
  '9999-12-31T23:59:59-99:99',
  '22025',
  '025',
  '2025-09-15-01',
  '2025-09-15T11:30:00-06:00Textra',
  '2025-xx-15',
  '2025-09-15T09:xx:00Z',
  '2025-09-15T09:00:00+00:xx',
];

export interface DateFigures {
  valid: number;
  rightInRss: number;
  rightInAtom: number;
  invalid: number;
  misdated: number;
  rejectedFeeds: number;
  wrong: string[];
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function dateFeeds(date: string): { rss: string; atom: string } {
  const value = escapeXml(date);
  return {
    rss: `<?xml version="1.0"?><rss version="2.0"><channel><title>Dates</title><item><guid>d</guid><title>t</title><pubDate>${value}</pubDate></item></channel></rss>`,
    atom: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Dates</title><entry><id>d</id><title>t</title><published>${value}</published></entry></feed>`,
  };
}

/** Each form in an RSS <pubDate> and an Atom <published>, through the whole parse path. */
export function measureDateForms(): DateFigures {
  const figures: DateFigures = {
    valid: VALID_DATE_FORMS.length,
    rightInRss: 0,
    rightInAtom: 0,
    invalid: INVALID_DATE_FORMS.length,
    misdated: 0,
    rejectedFeeds: 0,
    wrong: [],
  };
  const publishedIn = (xml: string): string | undefined => {
    try {
      return parseFeed(xml, 'https://dates.example/feed').items[0]?.published;
    } catch {
      figures.rejectedFeeds += 1;
      return undefined;
    }
  };
  for (const [date, iso] of VALID_DATE_FORMS) {
    const feeds = dateFeeds(date);
    for (const format of ['rss', 'atom'] as const) {
      const published = publishedIn(feeds[format]);
      if (published && sameInstant(published, iso)) figures[format === 'rss' ? 'rightInRss' : 'rightInAtom'] += 1;
      else figures.wrong.push(`${format} "${date}" -> ${published ?? 'rejected'}`);
    }
  }
  for (const date of INVALID_DATE_FORMS) {
    const feeds = dateFeeds(date);
    for (const xml of [feeds.rss, feeds.atom]) {
      const published = publishedIn(xml);
      if (published !== undefined && published !== 'unknown') {
        figures.misdated += 1;
        figures.wrong.push(`"${date}" -> ${published}`);
      }
    }
  }
  return figures;
}
