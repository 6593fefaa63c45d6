import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request the client got wrong: answered with its status and a one-line reason. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Served on every response: the page loads nothing from elsewhere and runs no inline code. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', `${JSON.stringify(value, null, 2)}\n`, headers);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  send(res, status, 'text/html; charset=utf-8', html);
}

/** Reads a request body up to maxBytes; larger bodies are refused with 413 rather than buffered. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new HttpError(413, `request body larger than ${maxBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new HttpError(413, `request body larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses the request target; a malformed one is the client's error, not a crash. */
export function parseRequestUrl(req: IncomingMessage): URL {
  const target = req.url ?? '/';
  if (target.length > 4096) throw new HttpError(414, 'request URL too long');
  try {
    return new URL(target, 'http://localhost');
  } catch {
    throw new HttpError(400, 'malformed request URL');
  }
}

/** Whether the client asked for CSV: `?format=csv` or a `.csv` suffix on the path. */
export function wantsCsv(url: URL): boolean {
  const format = url.searchParams.get('format');
  if (format !== null && format !== 'csv' && format !== 'json') {
    throw new HttpError(400, `unknown format "${format.slice(0, 40)}" (use json or csv)`);
  }
  return format === 'csv' || url.pathname.endsWith('.csv');
}
