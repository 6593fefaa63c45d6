/** At most this many characters of anything a user typed or a file held go into an error message. */
export const MAX_QUOTED_CHARS = 200;

// scheme://user:password@ -> scheme://user:***@ ; the user name stays (it helps find the setting).
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]*):[^\s/?#@]*@/gi;
// Control characters, ANSI escapes' ESC, DEL, C1 controls, bidi overrides and other format marks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffd]/g;

/** Hides the password of every URL in a text: "redis://:s3cret@db:6379" -> "redis://:***@db:6379". */
export function hideUrlPasswords(text: string): string {
  return text.replace(URL_PASSWORD, '$1:***@');
}

/**
 * User input as it may appear in a message: passwords in URLs hidden, unprintable characters
 * (terminal escapes, NULs, bidi overrides) shown as "?", at most MAX_QUOTED_CHARS characters
 * with "…" marking the cut. Never the raw bytes.
 */
export function quoteInput(value: string, max = MAX_QUOTED_CHARS): string {
  const printable = hideUrlPasswords(value).replace(UNPRINTABLE, '?');
  const chars = Array.from(printable);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : printable;
}
