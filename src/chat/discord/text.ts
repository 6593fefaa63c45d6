import { escapeMarkdown } from 'discord.js';

/** Discord's message and embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  embedsPerMessage: 10,
  content: 2000,
  url: 2048,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const ELLIPSIS = '…';

/**
 * Cuts text to at most `limit` UTF-16 units (Discord counts these) without splitting a
 * surrogate pair, marking the cut with an ellipsis.
 */
export function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return prefixWithin(text, limit - ELLIPSIS.length) + ELLIPSIS;
}

/**
 * Escapes markdown in untrusted text (article quotes, titles, outlet names) and
 * defuses @everyone/@here/user mentions. Mentions would not ping anyway
 * (allowed_mentions parse: []), but they should not even look like one.
 */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  return escaped.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>');
}

/**
 * Escapes, then fits the result in `limit`. Cutting happens on the raw text (by code
 * point), so an escape sequence is never split and a quote never ends in a stray backslash.
 */
export function fitEscaped(raw: string, limit: number): string {
  if (raw.length <= limit) {
    const whole = escapeText(raw);
    if (whole.length <= limit) return whole;
  }
  // Escaping never shortens text, so no more than `limit` units of the raw text can fit:
  // drop the rest before the (costly) escaping.
  const chars = Array.from(prefixWithin(raw, limit));
  // Escaping grows text about evenly, so shrink the prefix by the overshoot ratio until it
  // fits: two or three escapes instead of a binary search's dozen.
  let count = chars.length;
  for (;;) {
    const escaped = escapeText(chars.slice(0, count).join('').trimEnd());
    if (escaped.length + ELLIPSIS.length <= limit || count === 0) return escaped + ELLIPSIS;
    count = Math.min(count - 1, Math.floor((count * (limit - ELLIPSIS.length)) / escaped.length));
  }
}

/** The longest prefix of whole code points within maxUnits UTF-16 units. */
function prefixWithin(text: string, maxUnits: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > maxUnits) break;
    out += char;
  }
  return out;
}

/** An http(s) URL Discord will accept, or undefined: a bad URL in an embed makes the whole post fail. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > LIMITS.url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.toString();
  } catch {
    return undefined;
  }
}

/** "[link text](url)" with the URL made safe for markdown; plain text when the URL is not usable. */
export function maskedLink(label: string, url: string | undefined): string {
  const safe = safeUrl(url);
  if (!safe) return label;
  return `[${label}](${safe.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}
