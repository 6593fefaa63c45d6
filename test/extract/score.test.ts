import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { readGoldSet } from '../../src/extract/eval/gold-set.js';
import { evaluate, prf, scoreArticle, type ScoredClaim } from '../../src/extract/eval/score.js';
import { isPledgewatchError } from '../../src/errors/index.js';

const c = (country: string, commitment: ScoredClaim['commitment'], stance: ScoredClaim['stance'], optional?: boolean): ScoredClaim => ({
  country,
  commitment,
  stance,
  ...(optional ? { optional } : {}),
});

describe('scoring per SCHEMA.md', () => {
  it('counts strict, lenient and slot matches', () => {
    const gold = [c('IT', 'ground_troops', 'declined'), c('DE', 'coalition', 'willing')];
    const predicted = [c('IT', 'ground_troops', 'declined'), c('DE', 'coalition', 'committed')];
    expect(scoreArticle(gold, predicted, 'strict')).toMatchObject({ tp: [gold[0]], fn: [gold[1]] });
    expect(scoreArticle(gold, predicted, 'strict').fp).toHaveLength(1);
    expect(scoreArticle(gold, predicted, 'lenient').tp).toHaveLength(2);
    expect(scoreArticle(gold, [c('DE', 'coalition', 'opposed')], 'slot').tp).toHaveLength(1);
  });

  it('neither rewards nor punishes optional claims', () => {
    const gold = [c('GB', 'coalition', 'committed', true)];
    expect(scoreArticle(gold, [c('GB', 'coalition', 'committed')], 'strict')).toEqual({ tp: [], fp: [], fn: [] });
    expect(scoreArticle(gold, [], 'strict')).toEqual({ tp: [], fp: [], fn: [] });
  });

  it('never lets an optional key hide a required one', () => {
    const gold = [c('FR', 'coalition', 'willing'), c('FR', 'coalition', 'committed', true)];
    // Lenient: both are "yes", the required one stays required, and either prediction matches it.
    expect(scoreArticle(gold, [c('FR', 'coalition', 'committed')], 'lenient').tp).toHaveLength(1);
    expect(scoreArticle(gold, [], 'lenient').fn).toHaveLength(1);
    // Strict: the optional "committed" is ignored, the required "willing" is still missed.
    expect(scoreArticle(gold, [c('FR', 'coalition', 'committed')], 'strict')).toMatchObject({ tp: [], fp: [], fn: [gold[0]] });
  });

  it('computes micro P/R/F1 and guards against division by zero', () => {
    expect(prf({ tp: 8, fp: 2, fn: 2 })).toEqual({ p: 0.8, r: 0.8, f1: 0.8 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 0, r: 0, f1: 0 });
    const report = evaluate([
      { name: 'a', gold: [c('IT', 'training', 'willing')], predicted: [c('IT', 'training', 'willing')] },
      { name: 'b', gold: [], predicted: [c('PL', 'air', 'willing')] },
    ]);
    expect(report.levels.strict).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(report.byCommitment.air.strict.fp).toBe(1);
    expect(report.errors.map((e) => `${e.kind} ${e.article} ${e.key}`)).toEqual(['FP b PL|air|willing']);
  });
});

describe('readGoldSet', () => {
  async function goldDir(lines: string[], articles: string[] = ['x.txt']): Promise<string> {
    const dir = await tempDir('pw-gold-');
    await mkdir(join(dir, 'articles'));
    for (const name of articles) await writeFile(join(dir, 'articles', name), 'url: unknown\n\nbody');
    await writeFile(join(dir, 'gold.jsonl'), lines.join('\n'));
    return dir;
  }

  it('reads a valid set', async () => {
    const dir = await goldDir(['{"article":"x.txt","claims":[{"country":"IT","commitment":"air","stance":"willing"}]}']);
    expect((await readGoldSet(dir))[0]!.claims).toHaveLength(1);
  });

  it('names the line of a bad entry and a missing article', async () => {
    const bad = await goldDir(['{"article":"x.txt","claims":[{"country":"IT","commitment":"navy","stance":"willing"}]}']);
    // The field and what is wrong with it, not the schema's issue list as JSON.
    await expect(readGoldSet(bad)).rejects.toThrow(/gold\.jsonl line 1: claims\.0\.commitment: /);
    const missing = await goldDir(['{"article":"y.txt","claims":[]}']);
    await expect(readGoldSet(missing)).rejects.toThrow(/1 article text\(s\) listed in gold\.jsonl are not in .*: y\.txt/);
    const none = await readGoldSet('/nonexistent-pw').catch((e: unknown) => e);
    expect(isPledgewatchError(none)).toBe(true);
  });
});
