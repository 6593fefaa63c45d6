import type { ClaimExtractor } from '../extract/extractor.js';
import type { RedisContext } from '../redis/connection.js';
import { DEFAULT_CONFIRMATION, type ConfirmationPolicy } from '../state/confirmation.js';
import type { Expectations } from './expectations.js';
import {
  checkRun,
  confirmationDelay,
  finalDifferences,
  replayStory,
  shuffled,
  type ConfirmationDelay,
  type StoryArticle,
  type TimelineCheck,
} from './replay-story.js';

export interface TimelineOptions {
  extractor: ClaimExtractor;
  /** The "on" policy; "off" is the same with confirmation disabled. */
  confirmation?: ConfirmationPolicy;
  /** Seed of the shuffled order. */
  seed?: number;
  now?: Date;
}

export interface TimelineReport {
  story: string;
  articles: number;
  seed: number;
  /** published/off, published/on, shuffled/off, shuffled/on */
  checks: TimelineCheck[];
  delay: { published: ConfirmationDelay; shuffled: ConfirmationDelay };
  /** Slots whose final position differs between published and shuffled order (confirmation on; off gives the same positions). */
  orderDifferences: string[];
}

/** The story in published and in shuffled order, each with confirmation off and on. */
export async function runTimeline(
  ctx: RedisContext,
  story: readonly StoryArticle[],
  expectations: Expectations,
  options: TimelineOptions,
): Promise<TimelineReport> {
  const on = options.confirmation ?? DEFAULT_CONFIRMATION;
  const off = { ...on, enabled: false };
  const seed = options.seed ?? 14;
  const orders: Array<[string, readonly StoryArticle[]]> = [
    ['published', story],
    [`shuffled(${seed})`, shuffled(story, seed)],
  ];
  const checks: TimelineCheck[] = [];
  const finals = [];
  for (const [order, articles] of orders) {
    for (const policy of [off, on]) {
      const run = await replayStory(ctx, articles, { extractor: options.extractor, confirmation: policy, order, now: options.now });
      checks.push(checkRun(run, expectations));
      finals.push(run);
    }
  }
  return {
    story: expectations.story,
    articles: story.length,
    seed,
    checks,
    delay: { published: confirmationDelay(checks[0]!, checks[1]!), shuffled: confirmationDelay(checks[2]!, checks[3]!) },
    orderDifferences: finalDifferences(finals[1]!, finals[3]!),
  };
}

const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/**
 * The figures side by side, for people. With `details`, each run with confirmation on also names its unexpected change
 * alerts (slot, from, to, article) and the expected changes it missed: what to read next.
 */
export function formatTimeline(report: TimelineReport, options: { details?: boolean } = {}): string {
  const rows: Array<[string, (c: TimelineCheck) => string]> = [
    ['expected changes alerted', (c) => `${c.expectedAlerted}/${c.expectedChanges} (${percent(c.expectedAlertedShare)})`],
    ['first positions alerted', (c) => String(c.firstPositions)],
    ['change alerts to channels', (c) => String(c.changeAlerts)],
    ['  of them expected', (c) => `${c.expectedAlerts} (${c.changeAlerts === 0 ? 'none sent' : percent(c.precision)})`],
    ['  unexpected', (c) => String(c.unexpectedAlerts)],
    ['    of them an allowed single move', (c) => String(c.allowedMoves)],
    ['flip-flops reaching a channel', (c) => String(c.flipFlops)],
    ['corrections posted', (c) => String(c.corrections)],
    ['quiet slots that alerted', (c) => String(c.quietBroken.length)],
    ['slots alerted more than once', (c) => String(c.atMostOnceBroken.length)],
    ['alerts from distractors', (c) => String(c.distractorAlerts)],
  ];
  const heads = report.checks.map((c) => `${c.order}/${c.confirmation}`);
  const width = Math.max(...heads.map((h) => h.length), 14);
  const lines = [
    `${report.story}: ${report.articles} articles`,
    `${''.padEnd(32)}${heads.map((h) => h.padStart(width + 2)).join('')}`,
    ...rows.map(([label, value]) => `${label.padEnd(32)}${report.checks.map((c) => value(c).padStart(width + 2)).join('')}`),
  ];
  for (const [order, delay] of Object.entries(report.delay)) {
    lines.push(
      `delay confirmation adds (${order}): ${delay.articles.mean} articles on average (max ${delay.articles.max}), ` +
        `${delay.hours.mean} h of publication time (max ${delay.hours.max}) over ${delay.compared} changes`,
    );
  }
  lines.push(
    report.orderDifferences.length === 0
      ? 'published and shuffled order: same final positions'
      : `published and shuffled order: final positions differ on ${report.orderDifferences.join(', ')}`,
  );
  if (options.details) for (const check of report.checks.filter((c) => c.confirmation === 'on')) lines.push(...checkDetails(check));
  return lines.join('\n');
}

function checkDetails(check: TimelineCheck): string[] {
  const run = `${check.order}/${check.confirmation}`;
  return [
    `unexpected change alerts (${run}):${check.unexpected.length === 0 ? ' none' : ''}`,
    ...check.unexpected.map((u) => `  ${u.slot} ${u.from} -> ${u.to} at ${u.file}`),
    `expected changes missed (${run}):${check.missed.length === 0 ? ' none' : ''}`,
    ...check.missed.map((m) => `  ${m.slot} -> ${m.to}`),
  ];
}
