import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ErrorCode, namedBriefly, PledgewatchError } from '../errors/index.js';
import { readArticleFile } from '../extract/article-file.js';
import type { ClaimExtractor } from '../extract/extractor.js';
import { toldFrom, trackOf, type Alert, type PositionStance } from '../model/alert.js';
import type { Article } from '../model/article.js';
import { deleteKeysMatching, key, slotTag, type RedisContext } from '../redis/connection.js';
import type { ConfirmationPolicy } from '../state/confirmation.js';
import { PledgeStore } from '../state/pledge-store.js';
import { slotOf, type Expectations } from './expectations.js';

/** One article of a story, with the file it came from (expectations name articles by file). */
export interface StoryArticle {
  file: string;
  article: Article;
}

/**
 * A story folder's article files (SCHEMA.md format), in published order; the file name breaks ties.
 * With `only` (the expectations' `order`), exactly those articles: a folder may hold more (the whole
 * real-news set, batches kept for later included), and a missing one is an error, not a smaller story.
 */
export async function readStory(dir: string, only?: readonly string[]): Promise<StoryArticle[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  } catch (error) {
    throw new PledgewatchError(ErrorCode.ArticleFile, `cannot read story folder ${dir}: ${(error as Error).message}`);
  }
  if (only) files = storyFiles(dir, files, only);
  if (files.length === 0) throw new PledgewatchError(ErrorCode.ArticleFile, `no article files (*.txt) in ${dir}`);
  const story = await Promise.all(files.map(async (f) => ({ file: basename(f, '.txt'), article: await readArticleFile(join(dir, f)) })));
  return inPublishedOrder(story);
}

/** Articles in published order (an unknown date last), the file name breaking ties. */
export function inPublishedOrder(story: StoryArticle[]): StoryArticle[] {
  return story.sort((a, b) => publishedKey(a.article).localeCompare(publishedKey(b.article)) || a.file.localeCompare(b.file));
}

function storyFiles(dir: string, files: readonly string[], only: readonly string[]): string[] {
  const present = new Set(files);
  const wanted = only.map((id) => `${id}.txt`);
  const missing = wanted.filter((f) => !present.has(f));
  if (missing.length > 0)
    throw new PledgewatchError(ErrorCode.ArticleFile, `${missing.length} article file(s) of the story are not in ${dir}: ${namedBriefly(missing)}`);
  return wanted.sort();
}

function publishedKey(article: Article): string {
  return article.published === 'unknown' ? '9999' : article.published;
}

/** The same story in an order fixed by the seed (mulberry32), as news may arrive. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A change alert that reached "confirmed" channels (or every channel, with confirmation off). */
export interface ChannelAlert {
  slot: string;
  /** What these channels were told before (null: this is a first position, not a change). */
  from: PositionStance | null;
  to: PositionStance;
  type: Alert['type'];
  correction: boolean;
  /** Position of the article in the replayed order, from 0. */
  index: number;
  file: string;
  published: string;
}

export interface TimelineRun {
  order: string;
  confirmation: 'on' | 'off';
  articles: number;
  alerts: ChannelAlert[];
  /** Alerts that went to "every report" subscriptions only (reported, unconfirmed). */
  unconfirmedReports: number;
  finalPositions: Record<string, PositionStance>;
  /** Publication date of every article replayed, by file. */
  publishedOf: Record<string, string>;
}

/**
 * Replays a story through the real extractor and state (the stages the article worker runs,
 * without the queue transport) in the given order, on a fresh topic in Redis that is removed
 * afterwards, and records what reached channels.
 */
export async function replayStory(
  ctx: RedisContext,
  story: readonly StoryArticle[],
  options: { extractor: ClaimExtractor; confirmation: ConfirmationPolicy; order: string; now?: Date },
): Promise<TimelineRun> {
  const topic = `timeline-${randomUUID().slice(0, 8)}`;
  const store = new PledgeStore(ctx, { topic, confirmation: options.confirmation });
  const alerts: ChannelAlert[] = [];
  let unconfirmedReports = 0;
  try {
    for (const [index, { file, article }] of story.entries()) {
      const claims = await options.extractor.extract(article);
      const result = await store.applyArticle(article, claims, { now: options.now ?? new Date() });
      for (const alert of result.alerts) {
        if (trackOf(alert) === 'report') {
          unconfirmedReports++;
          continue;
        }
        alerts.push({
          slot: `${alert.country}:${alert.commitment}`,
          from: toldFrom(alert),
          to: alert.to,
          type: alert.type,
          correction: Boolean(alert.corrects),
          index,
          file,
          published: article.published,
        });
      }
    }
    const finalPositions: Record<string, PositionStance> = {};
    for (const position of await store.positions()) finalPositions[`${position.country}:${position.commitment}`] = position.stance;
    return {
      order: options.order,
      confirmation: options.confirmation.enabled ? 'on' : 'off',
      articles: story.length,
      alerts,
      unconfirmedReports,
      finalPositions,
      publishedOf: Object.fromEntries(story.map(({ file, article }) => [file, article.published])),
    };
  } finally {
    await deleteKeysMatching(ctx, `${key(ctx, 'state', slotTag(topic))}:*`).catch(() => undefined);
  }
}

/** How a run measures up against the story's expectations. */
export interface TimelineCheck {
  order: string;
  confirmation: 'on' | 'off';
  expectedChanges: number;
  expectedAlerted: number;
  /** Share of expected changes alerted (0..1). */
  expectedAlertedShare: number;
  /** Alerts of a first position (nothing told before): not changes. */
  firstPositions: number;
  /** Change alerts: a stance replacing one these channels were told. */
  changeAlerts: number;
  /** Change alerts that are an expected change, alerted for the first time. */
  expectedAlerts: number;
  unexpectedAlerts: number;
  /** Of the unexpected ones, the first change of a slot the history allows one move ("at most one change"): defensible, not expected. */
  allowedMoves: number;
  /** Share of change alerts that are expected (0..1; 1 when there were none). */
  precision: number;
  flipFlops: number;
  corrections: number;
  quietBroken: string[];
  atMostOnceBroken: string[];
  distractorAlerts: number;
  unexpected: Array<{ slot: string; from: PositionStance | null; to: PositionStance; file: string }>;
  missed: Array<{ slot: string; to: PositionStance }>;
  /** First alert of each expected change: where in the replay and when published. */
  firstAlerts: Record<string, { index: number; published: string }>;
}

export function checkRun(run: TimelineRun, expectations: Expectations): TimelineCheck {
  // An alert of an expected change counts from the day of the article that made it, not before.
  const from = new Map(expectations.mustChange.map((c) => [`${slotOf(c)}>${c.to}`, c.article ? (run.publishedOf[c.article] ?? '') : '']));
  const wanted = { has: (change: string, published: string) => from.has(change) && published.slice(0, 10) >= (from.get(change) ?? '').slice(0, 10) };
  const firstAlerts: TimelineCheck['firstAlerts'] = {};
  const unexpected: TimelineCheck['unexpected'] = [];
  let expectedAlerts = 0;
  for (const alert of run.alerts) {
    const change = `${alert.slot}>${alert.to}`;
    const first = wanted.has(change, alert.published) && !firstAlerts[change];
    // An expected change is alerted whether channels hear it as a change or as a first position.
    if (first) firstAlerts[change] = { index: alert.index, published: alert.published };
    if (alert.from === null) continue;
    if (first) expectedAlerts++;
    else unexpected.push({ slot: alert.slot, from: alert.from, to: alert.to, file: alert.file });
  }
  const changes = run.alerts.filter((a) => a.from !== null);
  const changesPerSlot = countBy(changes.map((a) => a.slot));
  const allowOne = new Set(expectations.atMostOneChange.map(slotOf));
  const movedOnce = new Set<string>();
  let allowedMoves = 0;
  for (const alert of unexpected) {
    if (!allowOne.has(alert.slot) || movedOnce.has(alert.slot)) continue;
    movedOnce.add(alert.slot);
    allowedMoves++;
  }
  const distractors = new Set(expectations.silentDistractors);
  const missed = expectations.mustChange.filter((c) => !firstAlerts[`${slotOf(c)}>${c.to}`]).map((c) => ({ slot: slotOf(c), to: c.to }));
  const expectedAlerted = expectations.mustChange.length - missed.length;
  const quietBroken = expectations.mustStayQuiet
    .filter((q) => run.alerts.some((a) => a.slot === slotOf(q) && (a.from !== null || (q.stance !== undefined && a.to !== q.stance))))
    .map(slotOf);
  return {
    order: run.order,
    confirmation: run.confirmation,
    expectedChanges: expectations.mustChange.length,
    expectedAlerted,
    expectedAlertedShare: ratio(expectedAlerted, expectations.mustChange.length),
    firstPositions: run.alerts.length - changes.length,
    changeAlerts: changes.length,
    expectedAlerts,
    unexpectedAlerts: unexpected.length,
    allowedMoves,
    precision: ratio(expectedAlerts, changes.length),
    flipFlops: flipFlops(run.alerts),
    corrections: run.alerts.filter((a) => a.correction).length,
    quietBroken,
    atMostOnceBroken: expectations.atMostOneChange.map(slotOf).filter((slot) => (changesPerSlot.get(slot) ?? 0) > 1),
    distractorAlerts: run.alerts.filter((a) => distractors.has(a.file)).length,
    unexpected,
    missed,
    firstAlerts,
  };
}

/** A stance posted, left, and posted again on one slot: A -> B -> A. Each return counts once. */
export function flipFlops(alerts: readonly Pick<ChannelAlert, 'slot' | 'to'>[]): number {
  const seen = new Map<string, PositionStance[]>();
  let count = 0;
  for (const alert of alerts) {
    const posted = seen.get(alert.slot) ?? [];
    if (posted.length > 0 && posted[posted.length - 1] !== alert.to && posted.includes(alert.to)) count++;
    posted.push(alert.to);
    seen.set(alert.slot, posted);
  }
  return count;
}

/** What confirmation costs in time: how much later (articles, hours of publication time) it alerts the same expected change. */
export interface ConfirmationDelay {
  compared: number;
  articles: { mean: number; max: number };
  hours: { mean: number; max: number };
}

export function confirmationDelay(off: TimelineCheck, on: TimelineCheck): ConfirmationDelay {
  const articles: number[] = [];
  const hours: number[] = [];
  for (const [change, late] of Object.entries(on.firstAlerts)) {
    const early = off.firstAlerts[change];
    if (!early) continue;
    articles.push(Math.max(0, late.index - early.index));
    hours.push(Math.max(0, hoursBetween(early.published, late.published)));
  }
  const summary = (values: number[]) => ({ mean: round(values.reduce((s, v) => s + v, 0) / Math.max(1, values.length)), max: round(Math.max(0, ...values)) });
  return { compared: articles.length, articles: summary(articles), hours: summary(hours) };
}

/** Slots whose final stance differs between two runs. */
export function finalDifferences(a: TimelineRun, b: TimelineRun): string[] {
  const slots = new Set([...Object.keys(a.finalPositions), ...Object.keys(b.finalPositions)]);
  return [...slots].filter((slot) => a.finalPositions[slot] !== b.finalPositions[slot]).sort();
}

function hoursBetween(a: string, b: string): number {
  const ta = Date.parse(a.length === 10 ? `${a}T12:00:00Z` : a);
  const tb = Date.parse(b.length === 10 ? `${b}T12:00:00Z` : b);
  return Number.isNaN(ta) || Number.isNaN(tb) ? 0 : (tb - ta) / 3600_000;
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : round(part / whole);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
