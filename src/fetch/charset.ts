import iconv from 'iconv-lite';

/**
 * Picks a document's character set the way the XML and HTML specs say and decodes it:
 * a byte-order mark first (it cannot lie), then the byte pattern of a BOM-less UTF-16 or
 * UTF-32 document (XML 1.0 appendix F), then Content-Type, then the XML prolog or an HTML
 * meta tag. A label that lies (UTF-8 declared, Latin-1 sent) falls through to the next
 * source. UTF-8 with a few broken bytes keeps its UTF-8 and loses only those bytes.
 */
const SNIFF_BYTES = 2048;

export interface DecodedBody {
  text: string;
  /** The charset actually used, which is not always the one declared. */
  charset: string;
  /** What had to be mended to decode it, for `feeds check`; empty when nothing was. */
  repairs: string[];
}

/** TextDecoder has no UTF-32; iconv-lite, already the usual Node answer for legacy charsets, does. */
const WIDE_VIA_ICONV: Record<string, string> = { 'utf-32le': 'utf32le', 'utf-32be': 'utf32be' };

function bomCharset(body: Buffer): { charset: string; length: number } | undefined {
  const [a, b, c, d] = body;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 };
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { charset: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { charset: 'utf-32le', length: 4 };
  if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 };
  if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 };
  return undefined;
}

/** XML 1.0 appendix F: without a BOM, the first "<?" or "<" gives a wide encoding away by its zero bytes. */
function sniffWideCharset(body: Buffer): string | undefined {
  const head = body.subarray(0, 4).toString('hex');
  if (head === '0000003c') return 'utf-32be';
  if (head === '3c000000') return 'utf-32le';
  if (head === '003c003f' || head.startsWith('003c00')) return 'utf-16be';
  if (head === '3c003f00' || /^3c00[^0]/.test(head)) return 'utf-16le';
  return undefined;
}

export function charsetFromContentType(contentType: string): string | undefined {
  const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return match?.[1]?.toLowerCase();
}

function declaredInDocument(body: Buffer): string | undefined {
  const head = body.subarray(0, SNIFF_BYTES).toString('latin1');
  const prolog = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (prolog) return prolog[1]!.toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  return meta?.[1]?.toLowerCase();
}

function decoderFor(label: string, fatal: boolean): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined; // unknown label: try the next source
  }
}

/** The WHATWG name of a label, with UTF-32 (unknown to TextDecoder) named by hand. */
function canonical(label: string): string | undefined {
  const wide = /^(utf-?32|ucs-?4)(le|be)?$/i.exec(label.replace(/[_\s]/g, '-'));
  if (wide) return `utf-32${(wide[2] ?? 'be').toLowerCase()}`;
  return decoderFor(label, false)?.encoding;
}

const isWide = (charset: string): boolean => /^utf-(16|32)/.test(charset);

/** The declared candidates, most authoritative first, without duplicates. */
export function charsetCandidates(body: Buffer, contentType: string): string[] {
  const found = [bomCharset(body)?.charset, sniffWideCharset(body), charsetFromContentType(contentType), declaredInDocument(body), 'utf-8'];
  const usable = found.map((label) => (label ? canonical(label) : undefined)).filter((label): label is string => Boolean(label));
  return [...new Set(usable)];
}

export function decodeBody(body: Buffer, contentType: string): string {
  return decodeBodyDetailed(body, contentType).text;
}

export function decodeBodyDetailed(body: Buffer, contentType: string): DecodedBody {
  const bom = bomCharset(body);
  if (bom) return decodeAs(bom.charset, body.subarray(bom.length), true);
  const wide = sniffWideCharset(body);
  if (wide) return decodeAs(wide, body, true);
  for (const charset of charsetCandidates(body, contentType)) {
    // A declared UTF-16/32 on bytes without their zero-byte pattern is a copied prolog, not the truth.
    if (isWide(charset)) continue;
    const decoded = decodeAs(charset, body, false);
    if (decoded) return decoded;
  }
  // Not valid UTF-8 and nothing else declared: UTF-8 with a few broken bytes, or a legacy charset.
  if (looksLikeUtf8(body)) return decodeAs('utf-8', body, true);
  return {
    text: new TextDecoder('windows-1252').decode(body),
    charset: 'windows-1252',
    repairs: ['not valid UTF-8 and no other charset declared: read as windows-1252'],
  };
}

function decodeAs(charset: string, body: Buffer, repair: true): DecodedBody;
function decodeAs(charset: string, body: Buffer, repair: false): DecodedBody | undefined;
function decodeAs(charset: string, body: Buffer, repair: boolean): DecodedBody | undefined {
  const viaIconv = WIDE_VIA_ICONV[charset];
  if (viaIconv) return { text: iconv.decode(body, viaIconv, { stripBOM: false }), charset, repairs: [] };
  if (charset !== 'utf-8') return { text: decoderFor(charset, false)!.decode(body), charset, repairs: [] };
  try {
    return { text: decoderFor('utf-8', true)!.decode(body), charset, repairs: [] };
  } catch {
    if (!repair) return undefined; // only UTF-8 can be proven wrong: try the next label
  }
  // Replacing only the broken sequences keeps every other character of the document right.
  const text = decoderFor('utf-8', false)!.decode(body);
  const broken = countReplacements(text) - countReplacements(body.toString('latin1').replaceAll('\xef\xbf\xbd', '\ufffd'));
  return { text, charset, repairs: [`replaced ${broken} invalid UTF-8 sequence(s) with U+FFFD`] };
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) count += 1;
  return count;
}

const MULTI_BYTE = /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/g;

/** More well-formed multi-byte UTF-8 sequences than stray high bytes: damaged UTF-8, not Latin-1. */
function looksLikeUtf8(body: Buffer): boolean {
  const bytes = body.toString('latin1');
  const sequences = bytes.match(MULTI_BYTE) ?? [];
  const strayBytes = (bytes.match(/[\x80-\xff]/g)?.length ?? 0) - sequences.join('').length;
  return sequences.length > 0 && strayBytes < sequences.length;
}
