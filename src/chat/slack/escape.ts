/**
 * Article text is untrusted: a headline may contain "<!channel>" or "<@U123>".
 * Slack treats &, < and > as control characters, so every piece of outside text is
 * escaped before it goes into a message, and cut to Block Kit's limits without ever
 * splitting an "&amp;" or a surrogate pair.
 */

/** Block Kit and chat.postMessage limits (characters). */
export const SLACK_LIMITS = {
  headerText: 150,
  sectionText: 3000,
  contextText: 3000,
  blocks: 50,
  fallbackText: 40_000,
} as const;

const ELLIPSIS = '…';
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// "@here" typed as plain text can still become a mention in some clients; a zero-width
// joiner after the "@" keeps it readable and inert.
const BROADCAST_WORDS = /@(channel|here|everyone)\b/gi;

/** Escapes one piece of untrusted text for mrkdwn or plain_text. */
export function escapeSlack(text: string): string {
  return neutraliseBroadcasts(text).replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

function neutraliseBroadcasts(text: string): string {
  return text.replace(BROADCAST_WORDS, '@\u2060$1');
}

/**
 * Escapes and cuts to at most `max` characters (escaped length), ending with "…" when cut.
 * Works piece by piece so no entity or emoji is ever split in half.
 */
export function escapeAndTruncate(text: string, max: number): string {
  if (text.length <= max) {
    const escaped = escapeSlack(text);
    if (escaped.length <= max) return escaped;
  }
  // Escaping never shortens text, so the first max+1 code units are all that can fit.
  return truncatePieces(piecesOf(text.slice(0, max + 1)), max);
}

/** Cuts already-escaped text (trusted markup plus escaped parts) at a safe boundary. */
export function truncateEscaped(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  const pieces = escaped.match(/&(?:amp|lt|gt);|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g) ?? [];
  return truncatePieces(pieces, max);
}

function piecesOf(text: string): string[] {
  return Array.from(neutraliseBroadcasts(text), (c) => ENTITIES[c] ?? c);
}

function truncatePieces(pieces: string[], max: number): string {
  const budget = max - ELLIPSIS.length;
  let out = '';
  for (const piece of pieces) {
    if (out.length + piece.length > budget) break;
    out += piece;
  }
  return out + ELLIPSIS;
}

/**
 * A mrkdwn link to an article. Only http(s) URLs become links; anything else is shown
 * as escaped text. "|" and ">" would end Slack's link syntax early, so they are encoded.
 */
export function slackLink(url: string, label: string, maxLabel = 200): string {
  const safeLabel = escapeAndTruncate(label.trim() || url, maxLabel);
  const href = safeHref(url);
  return href ? `<${href}|${safeLabel}>` : safeLabel;
}

export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(/\|/g, '%7C').replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}
