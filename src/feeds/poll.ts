import { describeError, isPledgewatchError } from '../errors/index.js';
import { HttpStatusError, type SafeFetcher } from '../fetch/index.js';
import type { Logger } from '../log/logger.js';
import { metrics } from '../metrics/metrics.js';
import { enqueueArticles, type Queues } from '../queue/queues.js';
import type { RedisContext } from '../redis/connection.js';
import { parseFeed } from './parse-feed.js';
import type { FeedRegistry } from './registry.js';
import { FAILING_AFTER, delayAfterFailureSeconds, effectiveIntervalSeconds } from './schedule.js';
import type { FeedStatus, PollOutcome } from './types.js';

export interface PollDeps {
  ctx: RedisContext;
  queues: Pick<Queues, 'articles'>;
  fetcher: SafeFetcher;
  registry: FeedRegistry;
  logger: Logger;
  /** POLL_INTERVAL_SECONDS: the interval of feeds added without their own. */
  defaultIntervalSeconds?: number;
  /** Called once when a feed turns failing (FAILING_AFTER consecutive failures). */
  onFeedFailing?: (feed: FeedStatus, error: Error) => void;
  now?: () => number;
}

export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const DEFAULT_INTERVAL_SECONDS = 300;

export function intervalOf(feed: FeedStatus, defaultIntervalSeconds = DEFAULT_INTERVAL_SECONDS): number {
  return feed.intervalSeconds ?? defaultIntervalSeconds;
}

/**
 * Polls one feed: conditional fetch, parse, queue new items (the first success is a
 * backfill that records without alerting), then record the feed's health. Never throws
 * for a bad feed: the error is logged, counted and stored on the feed.
 */
export async function pollFeedOnce(deps: PollDeps, feedId: string): Promise<PollOutcome> {
  const feed = await deps.registry.get(feedId);
  if (!feed) return { feedId, status: 'missing', itemsFound: 0, queued: 0, backfill: false };
  const startedAt = (deps.now ?? Date.now)();
  try {
    return await pollAndRecord(deps, feed, startedAt);
  } catch (error) {
    if (!isPledgewatchError(error)) throw error; // Redis or queue trouble: let the job fail and retry
    return recordFailure(deps, feed, error, startedAt);
  }
}

async function pollAndRecord(deps: PollDeps, feed: FeedStatus, startedAt: number): Promise<PollOutcome> {
  const result = await deps.fetcher.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified, accept: FEED_ACCEPT });
  const interval = intervalOf(feed, deps.defaultIntervalSeconds);
  const base = { lastPollAt: new Date(startedAt).toISOString(), consecutiveFailures: 0, failing: false };
  if (result.notModified) {
    const nextPollAt = nextAt(startedAt, effectiveIntervalSeconds(interval, feed.hintSeconds));
    await deps.registry.update(feed.id, { ...base, lastSuccessAt: base.lastPollAt, nextPollAt });
    noteRecovery(deps, feed);
    metrics.feedsPolled.inc({ outcome: 'not_modified' });
    return { feedId: feed.id, status: 'not_modified', itemsFound: 0, queued: 0, backfill: false, nextPollAt };
  }
  const parsed = parseFeed(result.text(), result.url);
  const backfill = !feed.backfilled;
  const queued = await enqueueArticles(
    deps.ctx,
    deps.queues,
    parsed.items.map((item) => ({ ...item, feedId: feed.id })),
    { backfill },
  );
  const nextPollAt = nextAt(startedAt, effectiveIntervalSeconds(interval, parsed.ttlSeconds));
  await deps.registry.update(
    feed.id,
    {
      ...base,
      lastSuccessAt: base.lastPollAt,
      nextPollAt,
      backfilled: true,
      itemsSeen: parsed.items.length,
      title: parsed.title,
      hintSeconds: parsed.ttlSeconds,
      etag: result.headers.etag,
      lastModified: result.headers['last-modified'],
    },
    queued.length,
  );
  noteRecovery(deps, feed);
  metrics.feedsPolled.inc({ outcome: 'ok' });
  metrics.articlesQueued.inc(queued.length);
  const repairs = [...result.decoded().repairs, ...parsed.repairs];
  deps.logger.debug({ feed: feed.url, items: parsed.items.length, queued: queued.length, backfill, ...(repairs.length > 0 && { repairs }) }, 'feed polled');
  return { feedId: feed.id, status: 'ok', itemsFound: parsed.items.length, queued: queued.length, backfill, nextPollAt };
}

async function recordFailure(deps: PollDeps, feed: FeedStatus, error: Error & { code: string }, startedAt: number): Promise<PollOutcome> {
  const failures = feed.consecutiveFailures + 1;
  const retryAfter = error instanceof HttpStatusError ? error.retryAfterSeconds : undefined;
  const nextPollAt = nextAt(startedAt, delayAfterFailureSeconds(intervalOf(feed, deps.defaultIntervalSeconds), failures, retryAfter));
  const failing = failures >= FAILING_AFTER;
  const at = new Date(startedAt).toISOString();
  const patch = { lastPollAt: at, lastErrorAt: at, lastError: error.message, lastErrorCode: error.code, consecutiveFailures: failures, failing, nextPollAt };
  await deps.registry.update(feed.id, patch);
  metrics.feedsPolled.inc({ outcome: 'error' });
  metrics.errors.inc({ stage: 'feed' });
  deps.logger.warn({ feed: feed.url, feedId: feed.id, code: error.code, failures, nextPollAt, err: error.message }, 'feed poll failed');
  if (failing && !feed.failing) notifyFailing(deps, { ...feed, ...patch }, error);
  return { feedId: feed.id, status: 'error', itemsFound: 0, queued: 0, backfill: false, error: error.message, errorCode: error.code, nextPollAt };
}

function notifyFailing(deps: PollDeps, feed: FeedStatus, error: Error): void {
  deps.logger.error({ feed: feed.url, failures: feed.consecutiveFailures, err: error.message }, 'feed is failing; polling it rarely');
  try {
    deps.onFeedFailing?.(feed, error);
  } catch (notifyError) {
    deps.logger.warn({ feed: feed.url, err: describeError(notifyError) }, 'could not notify admins about a failing feed');
  }
}

function noteRecovery(deps: PollDeps, feed: FeedStatus): void {
  if (feed.failing) deps.logger.info({ feed: feed.url, failures: feed.consecutiveFailures }, 'feed recovered');
}

function nextAt(fromMs: number, seconds: number): string {
  return new Date(fromMs + seconds * 1000).toISOString();
}
