import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, buildConnector, request } from 'undici';
import type { Config } from '../config/config.js';
import { ErrorCode, PledgewatchError, isPledgewatchError, quoteInput } from '../errors/index.js';
import { assertLiteralAllowed, createGuardedLookup } from './address-guard.js';
import { decodeBodyDetailed, type DecodedBody } from './charset.js';
import { HostLimiter } from './host-limiter.js';
import { HttpStatusError, parseRetryAfter } from './http-errors.js';

export interface SafeFetchOptions {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  allowPrivate: boolean;
  allowlist: string[];
  /** Redirect hops followed before giving up (default 5). */
  maxRedirects?: number;
  /** DNS resolver; injectable so tests can make a name resolve to any address. */
  lookup?: LookupFunction;
  /** Requests in flight to one origin at once (default 4): hosts ban bots that hammer them. */
  perHostConcurrency?: number;
}

export interface FetchRequest {
  etag?: string;
  lastModified?: string;
  accept?: string;
}

export interface FetchResult {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  headers: Record<string, string>;
  body: Buffer;
  contentType: string;
  /** The body decoded with its BOM, else Content-Type charset, else XML prolog / meta tag. */
  text(): string;
  /** The same text with the charset actually used and what decoding had to mend. */
  decoded(): DecodedBody;
}

export interface SafeFetcher {
  fetch(url: string, request?: FetchRequest): Promise<FetchResult>;
  close(): Promise<void>;
}

const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_PER_HOST = 4;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function safeFetchOptionsFromConfig(config: Config): SafeFetchOptions {
  return {
    timeoutMs: config.FETCH_TIMEOUT_MS,
    maxBytes: config.FETCH_MAX_BYTES,
    userAgent: config.USER_AGENT,
    allowPrivate: config.ALLOW_PRIVATE_FEEDS,
    allowlist: config.FEED_ALLOWLIST,
  };
}

/**
 * The one way pledgewatch reaches the network: http/https only, every hop and every
 * DNS answer checked at connect time, one deadline for the whole fetch, and a cap on
 * the decompressed body that aborts the stream as soon as it is crossed.
 */
export function createSafeFetcher(options: SafeFetchOptions): SafeFetcher {
  const policy = { allowPrivate: options.allowPrivate, allowlist: options.allowlist };
  const connector = buildConnector({ lookup: createGuardedLookup(policy, options.lookup), timeout: options.timeoutMs });
  const agent = new Agent({
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connections: 64,
    connect(connectOptions, callback) {
      try {
        assertLiteralAllowed(connectOptions.hostname, policy);
      } catch (error) {
        return callback(error as Error, null);
      }
      connector(connectOptions, callback);
    },
  });
  const limiter = new HostLimiter(options.perHostConcurrency ?? DEFAULT_PER_HOST);
  return {
    async fetch(url, req = {}) {
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      // The deadline starts once the first hop gets its host slot: waiting for a busy
      // host is politeness, not a slow server.
      const hop: Hop = (hopUrl, hopReq, signal) =>
        limiter.run(hopUrl.host, () => {
          timer ??= setTimeout(() => controller.abort(), options.timeoutMs);
          return fetchHop(agent, hopUrl, hopReq, signal, options);
        });
      try {
        return await followRedirects(url, req, controller.signal, options, policy, hop);
      } catch (error) {
        throw classifyError(error, url, controller.signal.aborted, options.timeoutMs);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await agent.close();
    },
  };
}

interface HopResult {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

type Hop = (url: URL, req: FetchRequest, signal: AbortSignal) => Promise<HopResult>;

async function followRedirects(
  rawUrl: string,
  req: FetchRequest,
  signal: AbortSignal,
  options: SafeFetchOptions,
  policy: { allowPrivate: boolean; allowlist: string[] },
  hop: Hop,
): Promise<FetchResult> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const visited: string[] = [];
  let url = checkUrl(rawUrl, policy);
  for (;;) {
    visited.push(url.href);
    const result = await hop(url, req, signal);
    const location = result.headers.location;
    if (!REDIRECT_STATUSES.has(result.status) || !location) return toFetchResult(url, result);
    const next = checkUrl(resolveLocation(location, url), policy);
    if (visited.includes(next.href)) {
      throw new PledgewatchError(ErrorCode.FetchFailed, `redirect loop: ${[...visited, next.href].join(' -> ')}`);
    }
    if (visited.length > maxRedirects) {
      throw new PledgewatchError(
        ErrorCode.FetchFailed,
        `more than ${maxRedirects} redirects starting at ${quoteInput(rawUrl)} (last: ${quoteInput(url.href)}); use the final URL directly`,
      );
    }
    url = next;
  }
}

function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new PledgewatchError(ErrorCode.FetchFailed, `redirect from ${base.href} to an invalid URL "${quoteInput(location)}"`);
  }
}

/** Only http and https, and IP literals judged now, before anything connects. */
export function checkUrl(raw: string, policy: { allowPrivate: boolean; allowlist: string[] }): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PledgewatchError(ErrorCode.FetchBlocked, `"${quoteInput(raw)}" is not a valid URL (expected http:// or https://...)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PledgewatchError(ErrorCode.FetchBlocked, `refused ${quoteInput(url.protocol)} URL ${quoteInput(raw)}: only http and https are fetched`);
  }
  if (url.username || url.password) {
    throw new PledgewatchError(ErrorCode.FetchBlocked, `refused ${url.host}: URLs with credentials are not fetched`);
  }
  assertLiteralAllowed(url.hostname, policy);
  url.hash = '';
  return url;
}

async function fetchHop(agent: Agent, url: URL, req: FetchRequest, signal: AbortSignal, options: SafeFetchOptions): Promise<HopResult> {
  const response = await request(url, {
    dispatcher: agent,
    method: 'GET',
    signal,
    headers: requestHeaders(req, options.userAgent),
  });
  const headers = flattenHeaders(response.headers);
  const { statusCode: status } = response;
  if (status === 304 || REDIRECT_STATUSES.has(status) || status >= 400) {
    await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
    if (status >= 400) throw new HttpStatusError(url.href, status, parseRetryAfter(headers['retry-after']));
    return { status, headers, body: Buffer.alloc(0) };
  }
  const declared = Number(headers['content-length']);
  if (!headers['content-encoding'] && declared > options.maxBytes) {
    response.body.destroy();
    throw tooLarge(url.href, options.maxBytes, `the server announced ${declared} bytes`);
  }
  const body = await readCapped(response.body, headers['content-encoding'], options.maxBytes, url.href);
  return { status, headers, body };
}

function requestHeaders(req: FetchRequest, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: req.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (req.etag) headers['if-none-match'] = req.etag;
  if (req.lastModified) headers['if-modified-since'] = req.lastModified;
  return headers;
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function decompressorFor(encoding: string | undefined, url: string): NodeJS.ReadWriteStream | undefined {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === '' || name === 'identity') return undefined;
  if (name === 'gzip' || name === 'x-gzip') return createGunzip();
  if (name === 'br') return createBrotliDecompress();
  if (name === 'deflate') return createInflate();
  throw new PledgewatchError(ErrorCode.FetchFailed, `${url} uses content encoding "${quoteInput(encoding ?? '')}", which is not supported`);
}

/** Counts DECOMPRESSED bytes, so a small gzip bomb is stopped as soon as it inflates past the cap. */
async function readCapped(body: Readable, encoding: string | undefined, maxBytes: number, url: string): Promise<Buffer> {
  let decompressor: NodeJS.ReadWriteStream | undefined;
  try {
    decompressor = decompressorFor(encoding, url);
  } catch (error) {
    body.destroy();
    throw error;
  }
  const source = decompressor ? body.pipe(decompressor) : body;
  let inflateError: unknown;
  let bodyFailed = false;
  if (decompressor) {
    body.on('error', (error) => {
      bodyFailed = true;
      (decompressor as unknown as Readable).destroy(error);
    });
    decompressor.on('error', (error) => (inflateError ??= error));
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(url, maxBytes, decompressor ? 'after decompression' : 'while reading');
      chunks.push(chunk);
    }
  } catch (error) {
    if (error === inflateError && !bodyFailed && !isPledgewatchError(error)) {
      throw new PledgewatchError(ErrorCode.FetchFailed, `${url}: the ${encoding} body is corrupt (${(error as Error).message})`);
    }
    throw error;
  } finally {
    body.destroy();
    (decompressor as unknown as Readable | undefined)?.destroy();
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(url: string, maxBytes: number, detail: string): PledgewatchError {
  return new PledgewatchError(
    ErrorCode.FetchTooLarge,
    `${url} is larger than the ${maxBytes}-byte limit (${detail}); raise FETCH_MAX_BYTES if this is expected`,
  );
}

function toFetchResult(url: URL, hop: HopResult): FetchResult {
  const contentType = hop.headers['content-type'] ?? '';
  let decoded: DecodedBody | undefined;
  return {
    url: url.href,
    status: hop.status,
    notModified: hop.status === 304,
    headers: hop.headers,
    body: hop.body,
    contentType,
    text: () => (decoded ??= decodeBodyDetailed(hop.body, contentType)).text,
    decoded: () => (decoded ??= decodeBodyDetailed(hop.body, contentType)),
  };
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Turns whatever undici, zlib or DNS threw into one PledgewatchError a person can act on. */
function classifyError(error: unknown, url: string, aborted: boolean, timeoutMs: number): PledgewatchError {
  const own = findPledgewatchError(error);
  if (own) return own;
  const code = (error as { code?: string }).code ?? '';
  if (aborted || TIMEOUT_CODES.has(code)) {
    return new PledgewatchError(
      ErrorCode.FetchTimeout,
      `${url} did not answer completely within ${timeoutMs} ms (slow or stalled server); raise FETCH_TIMEOUT_MS if it is just slow`,
      { cause: error },
    );
  }
  const reason =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? 'host not found (check the spelling of the domain)'
      : code === 'ECONNREFUSED'
        ? 'connection refused (nothing listens there)'
        : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
          ? 'the server closed the connection'
          : (error as Error).message || String(error);
  return new PledgewatchError(ErrorCode.FetchFailed, `cannot fetch ${url}: ${reason}`, { cause: error });
}

function findPledgewatchError(error: unknown): PledgewatchError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (isPledgewatchError(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
