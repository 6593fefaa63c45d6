import { COMMITMENTS, STANCE_CLASS, type Commitment, type Stance } from '../../model/taxonomy.js';

/** A claim as the gold files and the scorer see it (eval/SCHEMA.md). */
export interface ScoredClaim {
  country: string;
  commitment: Commitment;
  stance: Stance;
  evidence?: string;
  optional?: boolean;
}

export const LEVELS = ['strict', 'lenient', 'slot'] as const;
export type Level = (typeof LEVELS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** One scoring mistake with the sentence behind it, for `eval --errors`. */
export interface ScoringError {
  article: string;
  kind: 'FP' | 'FN';
  key: string;
  evidence: string;
}

export function keyFor(claim: ScoredClaim, level: Level): string {
  if (level === 'strict') return `${claim.country}|${claim.commitment}|${claim.stance}`;
  if (level === 'lenient') return `${claim.country}|${claim.commitment}|${STANCE_CLASS[claim.stance]}`;
  return `${claim.country}|${claim.commitment}`;
}

function keyMap(claims: ScoredClaim[], level: Level): Map<string, ScoredClaim> {
  const map = new Map<string, ScoredClaim>();
  for (const claim of claims) if (!map.has(keyFor(claim, level))) map.set(keyFor(claim, level), claim);
  return map;
}

/**
 * Scores one article at one level exactly as SCHEMA.md "Scoring" says: G = required gold keys,
 * O = optional gold keys not also in G, P = predicted keys minus O.
 */
export function scoreArticle(gold: ScoredClaim[], predicted: ScoredClaim[], level: Level): { tp: ScoredClaim[]; fp: ScoredClaim[]; fn: ScoredClaim[] } {
  const required = keyMap(gold.filter((c) => !c.optional), level);
  const optional = new Set([...keyMap(gold.filter((c) => c.optional), level).keys()].filter((k) => !required.has(k)));
  const predictedKeys = keyMap(predicted, level);
  for (const key of optional) predictedKeys.delete(key);
  const tp: ScoredClaim[] = [];
  const fp: ScoredClaim[] = [];
  for (const [key, claim] of predictedKeys) (required.has(key) ? tp : fp).push(claim);
  const fn = [...required].filter(([key]) => !predictedKeys.has(key)).map(([, claim]) => claim);
  return { tp, fp, fn };
}

export function prf(counts: Counts): Prf {
  const p = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const r = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return { p: round(p), r: round(r), f1: round(f1) };
}

export interface EvalArticle {
  name: string;
  gold: ScoredClaim[];
  predicted: ScoredClaim[];
}

export interface EvalReport {
  articles: number;
  gold: number;
  predicted: number;
  levels: Record<Level, Counts>;
  byCommitment: Record<Commitment, Record<Level, Counts>>;
  errors: ScoringError[];
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function emptyLevels(): Record<Level, Counts> {
  return { strict: emptyCounts(), lenient: emptyCounts(), slot: emptyCounts() };
}

/** Micro counts over all articles, per level and per commitment type, plus every strict FP and FN. */
export function evaluate(articles: EvalArticle[]): EvalReport {
  const levels = emptyLevels();
  const byCommitment = Object.fromEntries(COMMITMENTS.map((c) => [c, emptyLevels()])) as Record<Commitment, Record<Level, Counts>>;
  const errors: ScoringError[] = [];
  let gold = 0;
  let predicted = 0;
  for (const article of articles) {
    gold += new Set(article.gold.filter((c) => !c.optional).map((c) => keyFor(c, 'strict'))).size;
    predicted += new Set(article.predicted.map((c) => keyFor(c, 'strict'))).size;
    for (const level of LEVELS) {
      const { tp, fp, fn } = scoreArticle(article.gold, article.predicted, level);
      for (const [list, field] of [[tp, 'tp'], [fp, 'fp'], [fn, 'fn']] as const) {
        levels[level][field] += list.length;
        for (const claim of list) byCommitment[claim.commitment][level][field] += 1;
      }
      if (level === 'strict') {
        for (const claim of fp) errors.push({ article: article.name, kind: 'FP', key: keyFor(claim, level), evidence: claim.evidence ?? '' });
        for (const claim of fn) errors.push({ article: article.name, kind: 'FN', key: keyFor(claim, level), evidence: claim.evidence ?? '' });
      }
    }
  }
  return { articles: articles.length, gold, predicted, levels, byCommitment, errors };
}
