import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/extract/article-file.js';
import { runEval } from '../../src/extract/eval/run-eval.js';
import { createRuleExtractor, extractClaims, MIN_CONFIDENCE } from '../../src/extract/index.js';
import type { Claim } from '../../src/model/claim.js';

const DEV = 'data/demo';

async function devClaims(): Promise<Map<string, Claim[]>> {
  const byFile = new Map<string, Claim[]>();
  for (const file of (await readdir(join(DEV, 'articles'))).sort()) {
    const claims = extractClaims(await readArticleFile(join(DEV, 'articles', file))).filter((c) => c.confidence >= MIN_CONFIDENCE);
    byFile.set(file, claims);
  }
  return byFile;
}

function find(claims: Claim[], country: string, commitment: string): Claim[] {
  return claims.filter((c) => c.country === country && c.commitment === commitment);
}

describe('the development story (what the change rules depend on)', () => {
  it('Germany: coalition willing voiced by Macron, then conditional voiced by Germany', async () => {
    const claims = await devClaims();
    expect(find(claims.get('000.txt')!, 'DE', 'coalition').map((c) => [c.stance, c.speaker])).toEqual([['willing', 'third_party']]);
    expect(find(claims.get('002.txt')!, 'DE', 'coalition').map((c) => [c.stance, c.speaker])).toEqual([['conditional', 'self']]);
    expect(find(claims.get('003.txt')!, 'DE', 'coalition').map((c) => [c.stance, c.speaker])).toEqual([['conditional', 'self']]);
  });

  it('Italy: ground troops declined by Meloni, then undecided in a vaguer third-party report', async () => {
    const claims = await devClaims();
    for (const file of ['002.txt', '003.txt']) {
      expect(find(claims.get(file)!, 'IT', 'ground_troops').map((c) => [c.stance, c.speaker])).toEqual([['declined', 'self']]);
    }
    expect(find(claims.get('004.txt')!, 'IT', 'ground_troops').map((c) => [c.stance, c.speaker])).toEqual([['undecided', 'third_party']]);
  });

  it('gives one stance per country and commitment in every dev article (no spurious contradictions)', async () => {
    for (const [file, claims] of await devClaims()) {
      const slots = claims.map((c) => `${c.country}|${c.commitment}`);
      expect(new Set(slots).size, file).toBe(slots.length);
    }
  });

  it('scores at least the required bars on the dev set', async () => {
    const { summary } = await runEval(DEV, createRuleExtractor());
    expect(summary.articles).toBe(5);
    expect(summary.lenient.f1).toBeGreaterThanOrEqual(0.9);
    expect(summary.strict.f1).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the project test set (33 articles in other styles)', () => {
  it('keeps precision high and recall reasonable', async () => {
    const { summary } = await runEval('test/fixtures/articles', createRuleExtractor());
    expect(summary.articles).toBeGreaterThanOrEqual(20);
    expect(summary.strict.p).toBeGreaterThanOrEqual(0.9);
    expect(summary.lenient.f1).toBeGreaterThanOrEqual(0.85);
  });

  it('finds nothing in the distractor articles', async () => {
    for (const file of ['a06-distractor-gaza.txt', 'a07-distractor-greenland-nato.txt', 'a08-distractor-markets.txt']) {
      const claims = extractClaims(await readArticleFile(join('test/fixtures/articles/articles', file)));
      expect(
        claims.filter((c) => c.confidence >= MIN_CONFIDENCE),
        file,
      ).toEqual([]);
    }
  });
});
