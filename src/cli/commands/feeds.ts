import type { Command } from 'commander';
import { ErrorCode, PledgewatchError } from '../../errors/index.js';
import {
  FeedRegistry,
  FEED_ACCEPT,
  parseFeed,
  feedsWithSchedules,
  type FeedStatus,
  type ParsedFeed,
} from '../../feeds/index.js';
import { createSafeFetcher, safeFetchOptionsFromConfig, type FetchResult } from '../../fetch/index.js';
import { createQueues } from '../../queue/queues.js';
import type { RedisContext } from '../../redis/connection.js';
import { printJson, type CommandContext, type RegisterCommands } from '../command-context.js';

export const register: RegisterCommands = (program: Command, getContext) => {
  const feeds = program.command('feeds').description('manage the news feeds that are polled');

  feeds
    .command('add')
    .description('add a feed (RSS or Atom); its first poll records without alerting')
    .argument('<url>', 'feed URL, http:// or https://')
    .option('--interval <seconds>', 'poll interval in seconds (default POLL_INTERVAL_SECONDS)', parseSeconds)
    .action(async (url: string, options: { interval?: number }) => {
      const cli = getContext();
      await withQueues(cli, async (ctx, queues) => {
        const feeds = feedsWithSchedules(new FeedRegistry(ctx), queues, cli.config.POLL_INTERVAL_SECONDS);
        const feed = await feeds.add(url, { intervalSeconds: options.interval, addedBy: 'cli' });
        const every = feed.intervalSeconds ?? cli.config.POLL_INTERVAL_SECONDS;
        process.stdout.write(`feed ${feed.id} ${feed.url}: polled every ${every}s\n`);
      });
    });

  feeds
    .command('list')
    .description('every feed with its health: last success, last error, items seen, next poll, failing')
    .option('--json', 'print JSON only')
    .action(async (options: { json?: boolean }) => {
      const cli = getContext();
      const list = await new FeedRegistry(await cli.redis()).list();
      if (options.json) return printJson(list);
      process.stdout.write(formatFeedList(list, cli.config.POLL_INTERVAL_SECONDS, Date.now()));
    });

  feeds
    .command('remove')
    .description('stop polling a feed (articles already queued stay queued)')
    .argument('<url-or-id>', 'the feed URL or the id shown by `feeds list`')
    .action(async (idOrUrl: string) => {
      const cli = getContext();
      await withQueues(cli, async (ctx, queues) => {
        const removed = await feedsWithSchedules(new FeedRegistry(ctx), queues, cli.config.POLL_INTERVAL_SECONDS).remove(idOrUrl);
        if (!removed) throw new PledgewatchError(ErrorCode.NotFound, `no feed "${idOrUrl}" (see \`pledgewatch feeds list\`)`);
        process.stdout.write(`removed feed ${removed.id} ${removed.url}\n`);
      });
    });

  feeds
    .command('check')
    .description('fetch and parse a feed once and explain what was found, or exactly why it failed')
    .argument('<url>', 'feed URL')
    .option('--json', 'print JSON only')
    .action(async (url: string, options: { json?: boolean }) => {
      const report = await checkFeed(getContext(), url);
      if (options.json) printJson(report);
      else process.stdout.write(formatCheck(report));
    });
};

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isInteger(seconds)) throw new PledgewatchError(ErrorCode.CommandInput, `--interval must be whole seconds, got "${value}"`);
  return seconds;
}

async function withQueues(cli: CommandContext, run: (ctx: RedisContext, queues: ReturnType<typeof createQueues>) => Promise<void>): Promise<void> {
  const ctx = await cli.redis();
  const queues = createQueues(ctx);
  try {
    await run(ctx, queues);
  } finally {
    await queues.close();
  }
}

export interface CheckReport {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  /** The charset the body was actually decoded with, which is not always the declared one. */
  charset: string;
  bytes: number;
  /** 'lenient' when the XML was broken and read again forgivingly. */
  reading: 'strict' | 'lenient';
  /** What had to be mended to read the feed (decoding, broken XML, unreadable dates). */
  repairs: string[];
  title?: string;
  items: number;
  skippedItems: number;
  refreshHintSeconds?: number;
  sample: Array<{ title: string; url: string; published: string; summaryOnly: boolean }>;
}

/** One fetch and parse with the production limits; any failure is thrown with its reason. */
async function checkFeed(cli: CommandContext, url: string): Promise<CheckReport> {
  const fetcher = createSafeFetcher(safeFetchOptionsFromConfig(cli.config));
  try {
    const result = await fetcher.fetch(url, { accept: FEED_ACCEPT });
    const parsed = parseFeed(result.text(), result.url);
    return toReport(url, result, parsed);
  } finally {
    await fetcher.close();
  }
}

export function toReport(url: string, result: FetchResult, parsed: ParsedFeed): CheckReport {
  const decoded = result.decoded();
  return {
    url,
    finalUrl: result.url,
    status: result.status,
    contentType: result.contentType,
    charset: decoded.charset,
    bytes: result.body.length,
    reading: parsed.reading,
    repairs: [...decoded.repairs, ...parsed.repairs],
    title: parsed.title,
    items: parsed.items.length,
    skippedItems: parsed.skippedItems,
    refreshHintSeconds: parsed.ttlSeconds,
    sample: parsed.items.slice(0, 5).map((a) => ({ title: a.title, url: a.url, published: a.published, summaryOnly: a.summaryOnly ?? false })),
  };
}

export function formatCheck(report: CheckReport): string {
  const lines = [
    `${report.title ?? '(untitled feed)'}: ${report.items} item(s)${report.skippedItems ? `, ${report.skippedItems} skipped (no guid, link or title)` : ''}`,
    `  fetched ${report.finalUrl}${report.finalUrl !== report.url ? ` (redirected from ${report.url})` : ''}`,
    `  HTTP ${report.status}, ${report.contentType || 'no Content-Type'}, ${report.bytes} bytes, decoded as ${report.charset}`,
  ];
  for (const repair of report.repairs) lines.push(`  repaired: ${repair}`);
  if (report.refreshHintSeconds) lines.push(`  the feed asks to be polled at most every ${report.refreshHintSeconds}s (honoured up to 1 hour)`);
  for (const item of report.sample) {
    lines.push(`  - ${item.title} (${item.published})${item.summaryOnly ? ' [summary only: the page will be fetched]' : ''}`, `    ${item.url}`);
  }
  return `${lines.join('\n')}\n`;
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
