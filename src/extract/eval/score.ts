import { COMMITMENTS, STANCE_CLASS, type Commitment, type Stance } from '../../model/taxonomy.js';

/** A claim as the gold files and the scorer see it (eval/SCHEMA.md). */
export interface ScoredClaim {
  country: string;
  commitment: Commitment;
  stance: Stance;
  evidence?: string;
  optional?: boolean;
  /** Predictions only: the extractor's confidence (reliability table). */
  confidence?: number;
  /** Gold of texts kept outside the repository: where the evidence is, in code points of the text or (`evidence_in`) the title. */
  evidence_span?: [number, number];
  evidence_in?: 'title';
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
  const required = keyMap(
    gold.filter((c) => !c.optional),
    level,
  );
  const optional = new Set(
    [
      ...keyMap(
        gold.filter((c) => c.optional),
        level,
      ).keys(),
    ].filter((k) => !required.has(k)),
  );
  // A second annotator's optional claim (scored as predictions) is neutral too, so agreement is symmetric.
  const predictedOptional = keyMap(
    predicted.filter((c) => c.optional),
    level,
  );
  const predictedKeys = keyMap(
    predicted.filter((c) => !c.optional),
    level,
  );
  for (const key of predictedOptional.keys()) {
    if (!predictedKeys.has(key)) required.delete(key);
  }
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
    predicted += new Set(article.predicted.filter((c) => !c.optional).map((c) => keyFor(c, 'strict'))).size;
    for (const level of LEVELS) {
      const { tp, fp, fn } = scoreArticle(article.gold, article.predicted, level);
      for (const [list, field] of [
        [tp, 'tp'],
        [fp, 'fp'],
        [fn, 'fn'],
      ] as const) {
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

/** One confidence bucket: how many emitted claims fell in it and how many of them were right. */
export interface ReliabilityRow {
  from: number;
  to: number;
  claims: number;
  correct: number;
  precision: number;
}

/** Bucket edges: below the pipeline's threshold, then tenths up to 1. */
export const RELIABILITY_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001] as const;

/**
 * Confidence against precision: each claim is right when its key (lenient by default) is a required
 * gold key of its article; claims matching only an optional gold key are left out, as in scoring.
 * Claims without a confidence are not counted.
 */
export function reliability(articles: EvalArticle[], level: Level = 'lenient', edges: readonly number[] = RELIABILITY_EDGES): ReliabilityRow[] {
  const rows: ReliabilityRow[] = edges.slice(0, -1).map((from, i) => ({ from, to: Math.min(1, edges[i + 1]!), claims: 0, correct: 0, precision: 0 }));
  for (const article of articles) {
    const required = keyMap(
      article.gold.filter((c) => !c.optional),
      level,
    );
    const optional = new Set(
      [
        ...keyMap(
          article.gold.filter((c) => c.optional),
          level,
        ).keys(),
      ].filter((k) => !required.has(k)),
    );
    for (const claim of article.predicted) {
      if (claim.confidence === undefined || claim.optional) continue;
      const key = keyFor(claim, level);
      if (optional.has(key)) continue;
      const row = rows.find((r, i) => claim.confidence! >= r.from && claim.confidence! < edges[i + 1]!);
      if (!row) continue;
      row.claims++;
      if (required.has(key)) row.correct++;
    }
  }
  for (const row of rows) row.precision = row.claims === 0 ? 0 : Math.round((row.correct / row.claims) * 1000) / 1000;
  return rows;
}

/** Precision of the claims at or above a confidence, from the bucket rows. */
export function precisionAtOrAbove(rows: ReliabilityRow[], threshold: number): { claims: number; correct: number; precision: number } {
  const kept = rows.filter((r) => r.from >= threshold);
  const claims = kept.reduce((n, r) => n + r.claims, 0);
  const correct = kept.reduce((n, r) => n + r.correct, 0);
  return { claims, correct, precision: claims === 0 ? 0 : Math.round((correct / claims) * 1000) / 1000 };
}
