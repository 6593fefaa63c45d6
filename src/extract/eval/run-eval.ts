import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../article-file.js';
import type { ClaimExtractor } from '../extractor.js';
import { MIN_CONFIDENCE } from '../min-confidence.js';
import { goldFilePath, isFolder, readClaimsFile, readGoldSet, readPresentGoldSet, type GoldArticle } from './gold-set.js';
import { defaultScored, readManifest, selectBatches } from './realnews.js';
import {
  evaluate,
  LEVELS,
  precisionAtOrAbove,
  prf,
  reliability,
  type EvalArticle,
  type EvalReport,
  type Level,
  type Prf,
  type ReliabilityRow,
  type ScoredClaim,
} from './score.js';
import { COMMITMENTS } from '../../model/taxonomy.js';
import { ErrorCode, PledgewatchError } from '../../errors/index.js';

/** The confidence the alert policy relies on; the reliability table reports precision at and above it. */
export const HIGH_CONFIDENCE = 0.8;

export interface EvalOptions {
  /** Folder of the article texts when they live outside the set. */
  texts?: string;
  /** Comma-separated batch names of the set's manifest. */
  batch?: string;
  /** Manifest with the batches (default: manifest.jsonl beside the gold). */
  manifest?: string;
  /** Score this claims file (gold format) instead of running the extractor. */
  predicted?: string;
  /** Score only the articles whose texts are there (a local copy only partly rebuilt); the summary counts the others. */
  available?: boolean;
}

export interface EvalResult {
  report: EvalReport;
  reliability: ReliabilityRow[];
  /** The machine-readable summary line of SCHEMA.md. */
  summary: { articles: number; gold: number; predicted: number; articles_per_second: number } & Record<Level, Prf> & {
      high_confidence: { threshold: number; claims: number; precision: number };
      /** With `available`: the selected articles left unscored because their texts are not there. */
      texts_missing?: number;
    };
  /** Notes for people (articles missing from a predictions file). */
  notes: string[];
}

async function selectedFiles(gold: string, options: EvalOptions): Promise<Set<string> | undefined> {
  const manifest = options.manifest ?? join((await isFolder(gold)) ? gold : join(gold, '..'), 'manifest.jsonl');
  if (!options.batch) {
    // A batch held out for a later round is never scored by accident: only when named.
    if (!existsSync(manifest)) return undefined;
    const scored = defaultScored(await readManifest(manifest));
    return scored ? new Set(scored.map((e) => `${e.id}.txt`)) : undefined;
  }
  return new Set(selectBatches(await readManifest(manifest), options.batch).map((e) => `${e.id}.txt`));
}

/** Predictions from a claims file: articles missing from it count as predicting nothing (and are named). */
async function predictionsFromFile(path: string, gold: GoldArticle[]): Promise<{ scored: EvalArticle[]; notes: string[] }> {
  const byFile = new Map((await readClaimsFile(path)).map((line) => [line.file, line.claims] as const));
  const missing = gold.filter((g) => !byFile.has(g.file)).map((g) => g.file);
  const scored = gold.map((g) => ({
    name: g.file,
    gold: g.claims,
    predicted: (byFile.get(g.file) ?? []).filter((c) => (c.confidence ?? 1) >= MIN_CONFIDENCE),
  }));
  return { scored, notes: missing.length > 0 ? [`${missing.length} article(s) not in ${path}, scored as no claims: ${missing.join(', ')}`] : [] };
}

async function goldLines(gold: string, only: Set<string> | undefined): Promise<GoldArticle[]> {
  const lines = (await readClaimsFile(await goldFilePath(gold))).filter((l) => !only || only.has(l.file));
  return lines.map((l) => ({ file: l.file, path: '', claims: l.claims }));
}

/** The gold articles with their texts; with `available`, those whose texts are there, and how many are not. */
async function goldWithTexts(
  gold: string,
  options: EvalOptions,
  only: Set<string> | undefined,
): Promise<{ set: GoldArticle[]; missing: number | undefined; notes: string[] }> {
  const setOptions = { ...(options.texts ? { texts: options.texts } : {}), ...(only ? { only } : {}) };
  if (!options.available) return { set: await readGoldSet(gold, setOptions), missing: undefined, notes: [] };
  const { articles, missing, textsDir } = await readPresentGoldSet(gold, setOptions);
  const notes =
    missing.length > 0 ? [`${articles.length} of ${articles.length + missing.length} articles scored: ${missing.length} text(s) are not in ${textsDir}`] : [];
  return { set: articles, missing: missing.length, notes };
}

/**
 * Scores a gold set: runs the extractor on each article (texts from the set or `options.texts`) or
 * reads a predictions file, and scores the claims the pipeline would act on (confidence ≥ 0.5).
 * The reliability table counts every emitted claim, below the threshold too.
 */
export async function runEval(gold: string, extractor: ClaimExtractor, options: EvalOptions = {}): Promise<EvalResult> {
  const only = await selectedFiles(gold, options);
  let scored: EvalArticle[];
  let everything: EvalArticle[];
  let notes: string[] = [];
  let missing: number | undefined;
  let seconds = 0;
  if (options.predicted) {
    const set = await goldLines(gold, only);
    ({ scored, notes } = await predictionsFromFile(options.predicted, set));
    everything = scored;
  } else {
    let set: GoldArticle[];
    ({ set, missing, notes } = await goldWithTexts(gold, options, only));
    const articles = await Promise.all(set.map((g) => readArticleFile(g.path)));
    // The rules are pure and cheap: one untimed pass first, so the figure is steady-state speed, not JIT warm-up.
    if (extractor.name === 'rules') for (const article of articles) await extractor.extract(article);
    const started = process.hrtime.bigint();
    everything = [];
    for (const [i, article] of articles.entries()) everything.push({ name: set[i]!.file, gold: set[i]!.claims, predicted: await extractor.extract(article) });
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
    scored = everything.map((a) => ({ ...a, predicted: a.predicted.filter((c: ScoredClaim) => (c.confidence ?? 1) >= MIN_CONFIDENCE) }));
  }
  if (scored.length === 0)
    throw new PledgewatchError(
      ErrorCode.CommandInput,
      missing ? `nothing to score: ${notes[0]!}` : `${gold} lists no articles${options.batch ? ` in batch ${options.batch}` : ''}`,
    );
  const report = evaluate(scored);
  const rows = reliability(everything);
  const high = precisionAtOrAbove(rows, HIGH_CONFIDENCE);
  const summary = {
    articles: report.articles,
    gold: report.gold,
    predicted: report.predicted,
    strict: prf(report.levels.strict),
    lenient: prf(report.levels.lenient),
    slot: prf(report.levels.slot),
    articles_per_second: options.predicted ? 0 : Math.round(scored.length / Math.max(seconds, 1e-6)),
    high_confidence: { threshold: HIGH_CONFIDENCE, claims: high.claims, precision: high.precision },
    ...(missing !== undefined ? { texts_missing: missing } : {}),
  };
  return { report, reliability: rows, summary, notes };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** Confidence bucket against lenient precision: what a claim's confidence is worth. */
export function formatReliability(rows: ReliabilityRow[]): string[] {
  if (rows.every((r) => r.claims === 0)) return ['reliability: no claim carries a confidence'];
  const lines = [
    'reliability (lenient: a claim is right when its country, commitment and stance class are in the gold)',
    `${pad('confidence', 14)}${pad('claims', 8)}${pad('right', 7)}precision`,
  ];
  for (const row of rows) {
    const range = `${row.from.toFixed(1)}-${row.to.toFixed(1)}`;
    lines.push(`${pad(range, 14)}${pad(String(row.claims), 8)}${pad(String(row.correct), 7)}${row.claims ? row.precision.toFixed(3) : '-'}`);
  }
  const high = precisionAtOrAbove(rows, HIGH_CONFIDENCE);
  lines.push(
    `${pad(`>= ${HIGH_CONFIDENCE}`, 14)}${pad(String(high.claims), 8)}${pad(String(high.correct), 7)}${high.claims ? high.precision.toFixed(3) : '-'}`,
  );
  return lines;
}

/** The people's view: totals, a per-commitment table, the reliability table and (optionally) every FP and FN. */
export function formatEval(result: EvalResult, withErrors: boolean): string {
  const { report, summary } = result;
  const lines = [...result.notes, `${summary.articles} articles, ${summary.gold} gold claims (required), ${summary.predicted} predicted`, ''];
  lines.push(`${pad('level', 10)}${pad('P', 8)}${pad('R', 8)}F1`);
  for (const level of LEVELS) {
    const { p, r, f1 } = summary[level];
    lines.push(`${pad(level, 10)}${pad(p.toFixed(3), 8)}${pad(r.toFixed(3), 8)}${f1.toFixed(3)}`);
  }
  lines.push('', `${pad('commitment', 15)}${pad('tp', 5)}${pad('fp', 5)}${pad('fn', 5)}${pad('strict F1', 11)}${pad('lenient F1', 12)}slot F1`);
  for (const commitment of COMMITMENTS) {
    const levels = report.byCommitment[commitment];
    const s = levels.strict;
    if (s.tp + s.fp + s.fn === 0) continue;
    const f = (level: Level): string => prf(levels[level]).f1.toFixed(3);
    lines.push(
      `${pad(commitment, 15)}${pad(String(s.tp), 5)}${pad(String(s.fp), 5)}${pad(String(s.fn), 5)}${pad(f('strict'), 11)}${pad(f('lenient'), 12)}${f('slot')}`,
    );
  }
  lines.push('', ...formatReliability(result.reliability));
  if (withErrors) {
    lines.push('', 'errors (strict):');
    for (const error of report.errors) lines.push(`${error.kind} ${error.article} ${error.key}: ${error.evidence}`);
  }
  return lines.join('\n');
}
