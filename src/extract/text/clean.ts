/**
 * Scraped article text carries junk that must never become a claim: "LOADING...", cookie
 * banners, ads, photo captions, repeated titles and lists of related links. This turns a
 * body into the lines worth reading. Every step is a single linear pass.
 */

import { CALENDAR_NAMES } from './calendar.js';

/** Longer input is not an article; reading stops here so time stays bounded. */
export const MAX_BODY_CHARS = 400_000;
/**
 * Longer lines are split at sentence ends (a body scraped without line breaks is still prose);
 * a stretch this long without even a space is a dump (minified code, base64) and is dropped.
 */
export const MAX_LINE_CHARS = 20_000;

const JUNK_LINE =
  /^(?:loading\W*|summari[sz]e|advertisement|advert|ad|sponsored(?: content)?|share(?: this(?: article)?)?|print|email|close|menu|search|subscribe(?: now)?|sign (?:up|in)|log ?in|skip to (?:main )?content|listen(?: to this article)?|comments?|\d+ comments?|follow us.*|back to top|what's the story|story continues below.*|continue reading.*|watch:?.*|video|getty images|image|photo)$/i;
// Two independent tests: "cookie ... consent" as one pattern would backtrack on long lines.
const COOKIE_WORD = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(?:consent|accept|privacy|partners|settings|preferences|we use|this site)\b/i;
const COOKIE_BUTTONS = /\b(?:accept all|reject all|manage (?:cookies|preferences|consent))\b/i;
// Caption labels and credits: the words (opening with \b) and the bracketed forms.
const CAPTION_WORDS =
  /\b(?:(?:photo|photograph|picture|image|credit|file photo|caption|pictured|photo illustration)\s*:|^file photo\b|(?:getty images|afp via getty|reuters\/|ap photo)\b)/i;
const CAPTION_BRACKETED = /\((?:photo by\b|\s*(?:photo|image)\s*:)/i;
const RELATED_HEADER =
  /^(?:related(?: news| articles| stories| coverage| content| topics)?|recommended(?: for you| stories| articles)?|more (?:from|on|stories|news|in)\b.*|read (?:more|also|next)|also read|you may (?:also )?like|you might (?:also )?like|most (?:read|popular|viewed)|trending(?: now)?|video articles|latest(?: news| stories)?|top stories|editor'?s picks|don't miss|popular now|in case you missed it|more to explore|further reading)\s*:?$/i;
const INLINE_READ_MORE = /^(?:read more|read also|also read|see also|related|recommended|watch|listen)\s*:/i;
/** "Also on Example Herald:", "More on Ukraine:" before links to other stories; not "Also on the table:" or "Also on Thursday:". */
const OUTLET_LINKS = new RegExp(`^(?:Also|More) on (?:the )?(?!(?:${CALENDAR_NAMES})\\b)\\p{Lu}[^:]{0,40}:`, 'u');
const TRUNCATED_TEASER = /(?:\.\.\.|…)\s*$/;
const DATE_LINE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2}|\w{3} \d{2}, \d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\s*\w{0,4})?$|^\d{1,2}:\d{2}\s*(?:am|pm)?\s*(?:gmt|utc|cet|cest|bst|et)?$/i;

// One scan for the junk signs that may sit anywhere in a line: a table cell end, a truncated teaser, cookie buttons, a caption.
// The word patterns share one leading \b, tested once per position rather than once per pattern (twice as fast on long lines).
const JUNK_ANYWHERE = new RegExp(
  `\\|\\s*$|${TRUNCATED_TEASER.source}|${CAPTION_BRACKETED.source}|\\b(?:${COOKIE_BUTTONS.source.slice(2)}|${CAPTION_WORDS.source.slice(2)})`,
  'i',
);

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const ODD_CHARACTER = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffd]/;

/** True when the text looks like bytes, not language: many control or replacement characters. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  // Text has none of those characters at all: one scan for them before counting them one by one.
  if (!ODD_CHARACTER.test(sample)) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd / sample.length > 0.02;
}

/** True when a body is markup rather than scraped text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000);
  return head.includes('<') && /<(?:!doctype html|html|head|body|div|p|article|script)\b/.test(head.toLowerCase());
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
};

const DROPPED_BLOCK = /<(script|style|noscript|nav|header|footer|aside|form|svg)\b[^>]{0,2000}>|<!--/gi;

/**
 * Removes scripts, styles, navigation and comments. Closing tags are found with indexOf on a
 * lower-cased copy, so unclosed tags cost one pass in total (a lazy regex would be quadratic).
 */
function dropBlocks(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let pos = 0;
  for (;;) {
    DROPPED_BLOCK.lastIndex = pos;
    const open = DROPPED_BLOCK.exec(html);
    if (!open) break;
    parts.push(html.slice(pos, open.index), '\n');
    const close = open[0] === '<!--' ? '-->' : `</${open[1]!.toLowerCase()}`;
    const end = lower.indexOf(close, open.index + open[0].length);
    if (end < 0) return parts.join('');
    const gt = close === '-->' ? end + 2 : lower.indexOf('>', end);
    pos = gt < 0 ? html.length : gt + 1;
  }
  parts.push(html.slice(pos));
  return parts.join('');
}

/** Markup to text: drops scripts, styles and navigation, keeps block breaks as new lines. */
export function htmlToText(html: string): string {
  return dropBlocks(html)
    .replace(/<\/?(?:p|div|br|li|ul|ol|h[1-6]|section|article|blockquote|tr|table|figure|figcaption)\b[^>]{0,2000}>/gi, '\n')
    .replace(/<[^>]{0,2000}>/g, '')
    .replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

function safeCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

function lineKey(line: string): string {
  return line.toLowerCase();
}

// A video's transcript or player text ends the article's own prose in a page opening.
const TRANSCRIPT_HEADER = /^(?:(?:video )?transcript|watch(?: the| our)? video|video transcript|now playing|up next|more videos|related videos)\s*:?$/i;

const DATE_STAMP = /^date \d{4}-\d{2}-\d{2}\s+/;
// Whitespace other than single spaces; most scraped lines have none, and testing is four times cheaper than replacing.
const ODD_SPACE = /[^\S ]| {2}/;
const stripDateStamp = (line: string): string => (line.startsWith('date ') ? line.replace(DATE_STAMP, '') : line);

/** Whether a line is junk on its own, whatever surrounds it. */
function isJunkLine(line: string): boolean {
  if (line.length > MAX_LINE_CHARS) return true;
  if (JUNK_LINE.test(line) || DATE_LINE.test(line) || INLINE_READ_MORE.test(line) || OUTLET_LINKS.test(line)) return true;
  if (line.startsWith('![') || line.startsWith('|')) return true;
  if (JUNK_ANYWHERE.test(line)) return true;
  if (COOKIE_WORD.test(line) && COOKIE_CONTEXT.test(line)) return true;
  return !/\p{L}{2}/u.test(line);
}

/**
 * The lines of a body worth reading, in order: junk and repeats dropped, and everything under a
 * "Related" / "Recommended" header skipped until prose (a long paragraph) resumes.
 * `seen` carries line keys across calls so a title repeated in the body is read once.
 */
export function cleanLines(body: string, seen: Set<string> = new Set()): string[] {
  let text = body.length > MAX_BODY_CHARS ? body.slice(0, MAX_BODY_CHARS) : body;
  if (looksBinary(text)) return [];
  if (looksLikeHtml(text)) text = htmlToText(text);
  const lines: string[] = [];
  let inRelatedList = false;
  reading: for (const raw of text.split('\n')) {
    // Stored page openings start with a "date YYYY-MM-DD" stamp before the headline.
    const spaced = ODD_SPACE.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
    // Some sites write the apostrophe as the modifier letter (Belgiumʼs): read it as the usual one.
    const whole = stripDateStamp((spaced.includes('\u02bc') ? spaced.replace(/\u02bc/g, '’') : spaced).trim());
    for (const line of whole.length > MAX_LINE_CHARS ? splitLongLine(whole).pieces : [whole]) {
      if (!line) continue;
      if (TRANSCRIPT_HEADER.test(line)) break reading;
      if (RELATED_HEADER.test(line)) {
        inRelatedList = true;
        continue;
      }
      if (inRelatedList) {
        if (line.length < 200) continue;
        inRelatedList = false;
      }
      if (isJunkLine(line)) continue;
      const key = lineKey(line);
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(line);
    }
  }
  return lines;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', "'", '”', '’', ')', ']', '»']);

/** Index just past the last sentence end (punctuation, closing quotes, then a space) in line[from, to), or -1. */
function lastSentenceEnd(line: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    if (line[i] !== ' ') continue;
    let j = i - 1;
    while (j > from && CLOSING.has(line[j]!)) j--;
    if (SENTENCE_END.has(line[j]!)) return i;
  }
  return -1;
}

/**
 * Cuts a line longer than MAX_LINE_CHARS into pieces that fit: at the last sentence end that
 * fits, else at the last space. A stretch of MAX_LINE_CHARS without a space is dropped and
 * counted. One pass: each cut scans back at most one piece.
 */
export function splitLongLine(line: string, max = MAX_LINE_CHARS): { pieces: string[]; droppedChars: number } {
  const pieces: string[] = [];
  let droppedChars = 0;
  let start = 0;
  while (line.length - start > max) {
    const end = start + max;
    let cut = lastSentenceEnd(line, start, end + 1);
    if (cut < 0) cut = line.lastIndexOf(' ', end);
    if (cut <= start) {
      const space = line.indexOf(' ', end);
      const stop = space < 0 ? line.length : space;
      droppedChars += stop - start;
      start = stop + 1;
      continue;
    }
    pieces.push(line.slice(start, cut).trim());
    start = cut + 1;
  }
  if (start < line.length) pieces.push(line.slice(start).trim());
  return { pieces: pieces.filter(Boolean), droppedChars };
}

/** What cleanLines leaves unread of a body: past MAX_BODY_CHARS, and dumps without spaces. For the log. */
export function unreadText(body: string): { truncatedChars: number; droppedChars: number } {
  const truncatedChars = Math.max(0, body.length - MAX_BODY_CHARS);
  let droppedChars = 0;
  const text = truncatedChars > 0 ? body.slice(0, MAX_BODY_CHARS) : body;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > MAX_LINE_CHARS) droppedChars += splitLongLine(text.slice(start, end).replace(/\s+/g, ' ').trim()).droppedChars;
    start = end + 1;
  }
  return { truncatedChars, droppedChars };
}
