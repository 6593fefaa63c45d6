/**
 * Picks a document's character set the way the feed and HTML specs say (Content-Type,
 * then byte-order mark, then the XML prolog or an HTML meta tag) and decodes with
 * TextDecoder. A label that lies (UTF-8 declared, Latin-1 sent) falls through to the
 * next source instead of producing replacement characters.
 */
const SNIFF_BYTES = 2048;

function bomCharset(body: Buffer): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
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

/** The candidate charsets, most authoritative first, without duplicates. */
export function charsetCandidates(body: Buffer, contentType: string): string[] {
  const found = [charsetFromContentType(contentType), bomCharset(body), declaredInDocument(body), 'utf-8'];
  const usable = found.filter((label): label is string => Boolean(label && decoderFor(label, false)));
  return [...new Set(usable.map((label) => decoderFor(label, false)!.encoding))];
}

export function decodeBody(body: Buffer, contentType: string): string {
  for (const label of charsetCandidates(body, contentType)) {
    // Only UTF-8 can be proven wrong; a single-byte charset decodes anything.
    const decoder = decoderFor(label, label === 'utf-8')!;
    try {
      return decoder.decode(body);
    } catch {
      continue;
    }
  }
  // Not valid UTF-8 and nothing else declared: the web's usual legacy default.
  return new TextDecoder('windows-1252').decode(body);
}
