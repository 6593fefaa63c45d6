import type { FeedStatus } from '../../feeds/types.js';
import { FeedRegistry } from '../../feeds/registry.js';
import { ErrorCode, PledgewatchError, quoteInput } from '../../errors/index.js';
import type { feedsWithSchedules } from '../../feeds/poller.js';
import type { CommandContext } from '../command-context.js';
import { printJson } from '../io.js';

/** `feeds list`: reads the registry only, so it loads neither the poller nor the fetcher. */
export async function listFeeds(cli: CommandContext, options: { json?: boolean }): Promise<void> {
  const list = await new FeedRegistry(await cli.redis()).list();
  if (options.json) return printJson(cli.io, list);
  cli.io.stdout(formatFeedList(list, cli.config.POLL_INTERVAL_SECONDS, Date.now()));
}

/** `feeds add <url>`: the feed and its poll schedule together. */
export async function addFeed(cli: CommandContext, url: string, options: { interval?: number }): Promise<void> {
  await withFeedAdmin(cli, async (feeds) => {
    const feed = await feeds.add(url, { intervalSeconds: options.interval, addedBy: 'cli' });
    const every = feed.intervalSeconds ?? cli.config.POLL_INTERVAL_SECONDS;
    cli.io.stdout(`feed ${feed.id} ${feed.url}: polled every ${every}s\n`);
  });
}

/** `feeds remove <url-or-id>`: articles already queued stay queued. */
export async function removeFeed(cli: CommandContext, idOrUrl: string): Promise<void> {
  await withFeedAdmin(cli, async (feeds) => {
    const removed = await feeds.remove(idOrUrl);
    if (!removed) throw new PledgewatchError(ErrorCode.NotFound, `no feed "${quoteInput(idOrUrl)}" (see \`pledgewatch feeds list\`)`);
    cli.io.stdout(`removed feed ${removed.id} ${removed.url}\n`);
  });
}

type FeedAdmin = ReturnType<typeof feedsWithSchedules>;

async function withFeedAdmin(cli: CommandContext, run: (feeds: FeedAdmin) => Promise<void>): Promise<void> {
  const poller = await import('../../feeds/poller.js');
  const { createQueues } = await import('../../queue/queues.js');
  const ctx = await cli.redis();
  const queues = createQueues(ctx);
  try {
    const addressPolicy = { allowPrivate: cli.config.ALLOW_PRIVATE_FEEDS, allowlist: cli.config.FEED_ALLOWLIST };
    await run(poller.feedsWithSchedules(new FeedRegistry(ctx), queues, cli.config.POLL_INTERVAL_SECONDS, addressPolicy));
  } finally {
    await queues.close();
  }
}

export function formatFeedList(feeds: FeedStatus[], defaultInterval: number, now: number): string {
  if (feeds.length === 0) return 'no feeds yet: add one with `pledgewatch feeds add <url>`\n';
  const lines = feeds.map((feed) => {
    const health = feed.failing ? 'FAILING' : feed.consecutiveFailures > 0 ? 'erroring' : feed.lastSuccessAt ? 'ok' : 'new';
    const parts = [
      `${health.padEnd(8)} ${feed.id} ${feed.title ? `${feed.title} — ` : ''}${feed.url}`,
      `         every ${feed.intervalSeconds ?? defaultInterval}s; last success ${ago(feed.lastSuccessAt, now)}; items ${feed.itemsSeen} (${feed.itemsQueued} queued); next poll ${ago(feed.nextPollAt, now)}`,
    ];
    if (feed.lastError && feed.consecutiveFailures > 0) {
      parts.push(`         last error ${ago(feed.lastErrorAt, now)} (${feed.consecutiveFailures} in a row): ${feed.lastError}`);
    }
    return parts.join('\n');
  });
  return `${lines.join('\n')}\n`;
}

function ago(iso: string | undefined, now: number): string {
  if (!iso) return 'never';
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const magnitude = Math.abs(seconds);
  const text = magnitude < 90 ? `${magnitude}s` : magnitude < 5400 ? `${Math.round(magnitude / 60)}m` : `${Math.round(magnitude / 3600)}h`;
  return seconds > 0 ? `in ${text}` : `${text} ago`;
}
