import { readArticleFile } from '../article-file.js';
import type { ClaimExtractor } from '../extractor.js';
import { MIN_CONFIDENCE } from '../min-confidence.js';
import { readGoldSet } from './gold-set.js';
import { evaluate, LEVELS, prf, type EvalArticle, type EvalReport, type Level, type Prf } from './score.js';
import { COMMITMENTS } from '../../model/taxonomy.js';

export interface EvalResult {
  report: EvalReport;
  /** The machine-readable summary line of SCHEMA.md. */
  summary: { articles: number; gold: number; predicted: number; articles_per_second: number } & Record<Level, Prf>;
}

/** Extracts every article of a gold set and scores the claims the pipeline would act on. */
export async function runEval(dir: string, extractor: ClaimExtractor): Promise<EvalResult> {
  const gold = await readGoldSet(dir);
  const articles = await Promise.all(gold.map((g) => readArticleFile(g.path)));
  // The rules are pure and cheap: one untimed pass first, so the figure is steady-state speed, not JIT warm-up.
  if (extractor.name === 'rules') for (const article of articles) await extractor.extract(article);
  const started = process.hrtime.bigint();
  const scored: EvalArticle[] = [];
  for (const [i, article] of articles.entries()) {
    const claims = (await extractor.extract(article)).filter((c) => c.confidence >= MIN_CONFIDENCE);
    scored.push({ name: gold[i]!.file, gold: gold[i]!.claims, predicted: claims });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const report = evaluate(scored);
  const summary = {
    articles: report.articles,
    gold: report.gold,
    predicted: report.predicted,
    strict: prf(report.levels.strict),
    lenient: prf(report.levels.lenient),
    slot: prf(report.levels.slot),
    articles_per_second: Math.round(articles.length / Math.max(seconds, 1e-6)),
  };
  return { report, summary };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** The people's view: totals, a per-commitment table, and (optionally) every FP and FN. */
export function formatEval(result: EvalResult, withErrors: boolean): string {
  const { report, summary } = result;
  const lines = [`${summary.articles} articles, ${summary.gold} gold claims (required), ${summary.predicted} predicted`, ''];
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
    lines.push(`${pad(commitment, 15)}${pad(String(s.tp), 5)}${pad(String(s.fp), 5)}${pad(String(s.fn), 5)}${pad(f('strict'), 11)}${pad(f('lenient'), 12)}${f('slot')}`);
  }
  if (withErrors) {
    lines.push('', 'errors (strict):');
    for (const error of report.errors) lines.push(`${error.kind} ${error.article} ${error.key}: ${error.evidence}`);
  }
  return lines.join('\n');
}
