import { ErrorCode, PledgewatchError } from '../errors/index.js';

/** A non-2xx answer; carries the status and the server's Retry-After so the poller can back off politely. */
export class HttpStatusError extends PledgewatchError {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(ErrorCode.FetchFailed, describeStatus(url, status, retryAfterSeconds));
    this.name = 'HttpStatusError';
  }
}

function describeStatus(url: string, status: number, retryAfterSeconds?: number): string {
  const hint =
    status === 404 || status === 410
      ? ' (check the URL: the server has no such page)'
      : status === 401 || status === 403
        ? ' (the server refuses access; the feed may need a login or block bots)'
        : status === 429
          ? ' (the server is rate-limiting us)'
          : status >= 500
            ? ' (the server is failing; it will be retried later)'
            : '';
  const retry = retryAfterSeconds !== undefined ? `, retry after ${retryAfterSeconds}s` : '';
  return `HTTP ${status} from ${url}${hint}${retry}`;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.round((at - now) / 1000));
}
