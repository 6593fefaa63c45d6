import { FEED_ACCEPT, parseFeed, type ParsedFeed } from '../../feeds/index.js';
import { createSafeFetcher, safeFetchOptionsFromConfig, type FetchResult } from '../../fetch/index.js';
import type { CommandContext } from '../command-context.js';
import { printJson } from '../io.js';

/** `feeds check <url>`: one fetch and parse with the production limits, explained. */
export async function checkFeedCommand(cli: CommandContext, url: string, options: { json?: boolean }): Promise<void> {
  const report = await checkFeed(cli, url);
  if (options.json) printJson(cli.io, report);
  else cli.io.stdout(formatCheck(report));
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
