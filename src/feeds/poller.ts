import { Worker, type Job } from 'bullmq';
import { describeError, ErrorCode, isPledgewatchError, PledgewatchError } from '../errors/index.js';
import { assertHostAllowedAtAdd, type AddressPolicy, type SafeFetcher } from '../fetch/index.js';
import type { Logger } from '../log/logger.js';
import { metrics } from '../metrics/metrics.js';
import { QUEUE, type Queues } from '../queue/queues.js';
import { queueOptions, type RedisContext } from '../redis/connection.js';
import { intervalOf, pollFeedOnce, type PollDeps } from './poll.js';
import { normaliseFeedUrl, type FeedRegistry } from './registry.js';
import { isDue } from './schedule.js';
import type { Feed, FeedStatus, PollOutcome } from './types.js';

export interface PollerDeps {
  ctx: RedisContext;
  queues: Queues;
  fetcher: SafeFetcher;
  registry: FeedRegistry;
  logger: Logger;
  defaultIntervalSeconds: number;
  /** Polls in flight in this process (default 32); the fetcher still limits each host. */
  concurrency?: number;
  onFeedFailing?: (feed: FeedStatus, error: Error) => void;
}

export interface Poller {
  close(): Promise<void>;
  /** Re-reads the feed list: adds or updates a scheduler per feed and removes those of removed feeds. */
  sync(): Promise<void>;
}

export interface PollJobData {
  feedId: string;
}

const SCHEDULER_PREFIX = 'poll-';
const UPSERTS_IN_FLIGHT = 50;
/** Feeds added from chat or the CLI by another process are picked up within this. */
const RESYNC_MS = 60_000;
/** Polls in hand finish within one fetch timeout; past this, close without waiting (they are re-polled later). */
const CLOSE_GRACE_MS = 30_000;

/** BullMQ custom ids may not contain ':'; feed ids are hex, so this is safe. */
export function schedulerIdFor(feedId: string): string {
  return `${SCHEDULER_PREFIX}${feedId}`;
}

/**
 * Runs the poll worker and keeps one BullMQ Job Scheduler per feed at the feed's own
 * interval. A scheduler fires on time; the job itself skips the poll while the feed is
 * backing off (failures, Retry-After, the feed's refresh hint).
 */
export async function startPoller(deps: PollerDeps): Promise<Poller> {
  const pollDeps: PollDeps = { ...deps, queues: deps.queues };
  const worker = new Worker<PollJobData, PollOutcome | { feedId: string; status: 'skipped' }>(QUEUE.polls, (job) => runPollJob(pollDeps, job), {
    ...queueOptions(deps.ctx, QUEUE.polls),
    concurrency: deps.concurrency ?? 32,
    // A poll waits for its host's turn and a 10 s fetch; keep the lock well clear of that.
    lockDuration: 120_000,
  });
  worker.on('failed', (job, error) => {
    metrics.errors.inc({ stage: 'poll' });
    deps.logger.warn({ feedId: job?.data.feedId, err: error.message }, 'poll job failed');
  });
  worker.on('error', (error) => deps.logger.warn({ err: describeError(error) }, 'poll worker error'));
  const sync = (): Promise<void> => syncSchedulers(deps);
  await sync();
  const resync = setInterval(() => {
    sync().catch((error: unknown) => deps.logger.warn({ err: describeError(error) }, 'feed scheduler sync failed'));
  }, RESYNC_MS);
  resync.unref();
  return {
    sync,
    async close() {
      clearInterval(resync);
      await closeWithin(worker, CLOSE_GRACE_MS);
    },
  };
}

async function closeWithin(worker: Worker, graceMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const forced = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
  const outcome = await Promise.race([worker.close().then(() => 'closed' as const), forced]);
  clearTimeout(timer);
  if (outcome === 'timeout') await worker.close(true);
}

/** Starts (or re-times) one feed's scheduler right away, e.g. from `feeds add`; its first poll runs at once. */
export async function scheduleFeed(queues: Pick<Queues, 'polls'>, feed: Feed, defaultIntervalSeconds: number): Promise<void> {
  const every = (feed.intervalSeconds ?? defaultIntervalSeconds) * 1000;
  await queues.polls.upsertJobScheduler(schedulerIdFor(feed.id), { every }, { name: 'poll', data: { feedId: feed.id } });
}

export async function unscheduleFeed(queues: Pick<Queues, 'polls'>, feedId: string): Promise<void> {
  await queues.polls.removeJobScheduler(schedulerIdFor(feedId));
}

/**
 * The feed list as people change it (CLI, chat, web page): adding or removing a feed also
 * creates or drops its poll schedule at once, instead of waiting for the poller's re-sync.
 * A URL whose host is an address the fetcher would refuse (loopback, private, metadata) is
 * refused here already, with the same rules (ALLOW_PRIVATE_FEEDS, FEED_ALLOWLIST); each
 * poll checks again at connect time, where names are resolved.
 */
export function feedsWithSchedules(registry: FeedRegistry, queues: Pick<Queues, 'polls'>, defaultIntervalSeconds: number, addressPolicy: AddressPolicy) {
  return {
    list: () => registry.list(),
    async add(url: string, options: { addedBy: string; intervalSeconds?: number }) {
      assertFeedAddressAllowed(url, addressPolicy);
      const feed = await registry.add(url, options);
      await scheduleFeed(queues, feed, defaultIntervalSeconds);
      return feed;
    },
    async remove(idOrUrl: string) {
      const feed = await registry.remove(idOrUrl);
      if (feed) await unscheduleFeed(queues, feed.id);
      return feed;
    },
  };
}

/** Refuses a feed URL whose host the fetcher would never connect to; one message says why and what to set. */
export function assertFeedAddressAllowed(url: string, policy: AddressPolicy): void {
  const normalised = new URL(normaliseFeedUrl(url));
  try {
    assertHostAllowedAtAdd(normalised.hostname, policy);
  } catch (error) {
    if (!isPledgewatchError(error)) throw error;
    throw new PledgewatchError(ErrorCode.FetchBlocked, `feed not added: ${error.message}`);
  }
}

async function runPollJob(deps: PollDeps, job: Job<PollJobData>): Promise<PollOutcome | { feedId: string; status: 'skipped' }> {
  const { feedId } = job.data;
  const feed = await deps.registry.get(feedId);
  if (!feed) return { feedId, status: 'missing', itemsFound: 0, queued: 0, backfill: false };
  if (!isDue(feed.nextPollAt, Date.now(), intervalOf(feed, deps.defaultIntervalSeconds))) return { feedId, status: 'skipped' };
  return pollFeedOnce(deps, feedId);
}

async function syncSchedulers(deps: PollerDeps): Promise<void> {
  const feeds = await deps.registry.list();
  const existing = new Map<string, number | undefined>();
  for (const scheduler of await deps.queues.polls.getJobSchedulers(0, -1)) {
    existing.set(scheduler.id ?? scheduler.key, scheduler.every);
  }
  const wanted = new Set<string>();
  const upserts: Array<() => Promise<unknown>> = [];
  for (const feed of feeds) {
    const id = schedulerIdFor(feed.id);
    const every = intervalOf(feed, deps.defaultIntervalSeconds) * 1000;
    wanted.add(id);
    if (existing.get(id) === every) continue;
    upserts.push(() => deps.queues.polls.upsertJobScheduler(id, { every }, { name: 'poll', data: { feedId: feed.id } }));
  }
  const removals = [...existing.keys()]
    .filter((id) => id.startsWith(SCHEDULER_PREFIX) && !wanted.has(id))
    .map((id) => () => deps.queues.polls.removeJobScheduler(id));
  await runBounded([...upserts, ...removals], UPSERTS_IN_FLIGHT);
  deps.logger.info({ feeds: feeds.length, upserted: upserts.length, removed: removals.length }, 'feed schedulers in sync');
}

async function runBounded(tasks: Array<() => Promise<unknown>>, limit: number): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
}
