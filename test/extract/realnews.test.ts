import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { parseArticleFile } from '../../src/extract/article-file.js';
import { createRuleExtractor } from '../../src/extract/index.js';
import {
  articleFileText,
  buildArticles,
  countChars,
  coverageByBatch,
  formatCoverage,
  importTexts,
  MISSING_LISTED,
  pageKey,
  parseManifest,
  problemsToList,
  selectBatches,
  verifyCopy,
  type ManifestEntry,
} from '../../src/extract/eval/realnews.js';
import { formatEval, runEval } from '../../src/extract/eval/run-eval.js';
import { precisionAtOrAbove, reliability, scoreArticle } from '../../src/extract/eval/score.js';

// Texts written for these tests; the real set's texts never enter the repository.
const TEXTS: Record<string, string> = {
  t1: 'Norway will send 200 soldiers to Ukraine, the defence minister said on Monday.\nMore stories\n',
  t2: 'Portugal ruled out sending troops to Ukraine.',
  t3: 'The harbour festival drew record crowds this weekend.',
};

function entry(id: string, batch: string, text: string): ManifestEntry {
  return {
    id,
    url: `https://news.example/${id}`,
    outlet: 'news.example',
    published: '2025-09-04',
    title: `Story ${id}`,
    lang: 'en',
    distractor: id === 't3',
    batch,
    sha256: createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'),
    chars: [...text].length,
    query: 'test query',
  };
}

async function localCopy(): Promise<{ dir: string; entries: ManifestEntry[] }> {
  const dir = await tempDir('pw-realnews-');
  await mkdir(join(dir, 'raw'));
  const entries = [entry('t1', 'B1', TEXTS.t1!), entry('t2', 'B1', TEXTS.t2!), entry('t3', 'B2', TEXTS.t3!)];
  for (const e of entries) await writeFile(join(dir, 'raw', `${e.id}.txt`), TEXTS[e.id]!);
  return { dir, entries };
}

describe('real-news manifest', () => {
  it('reads valid lines and names the line and field of a bad one', () => {
    const good = entry('t1', 'B1', 'x');
    expect(parseManifest(JSON.stringify(good))).toHaveLength(1);
    expect(() => parseManifest(`${JSON.stringify(good)}\n${JSON.stringify({ ...good, id: 't2', sha256: 'abc' })}`)).toThrow(/line 2: sha256/);
    expect(() => parseManifest(`${JSON.stringify(good)}\n${JSON.stringify(good)}`)).toThrow(/t1 is listed twice/);
  });

  it('refuses one page entered twice under two ways of writing its url', () => {
    const first = { ...entry('t1', 'B1', 'x'), url: 'https://news.example/world/story-1' };
    const twins = ['https://news.example:443/world/story-1', 'http://www.news.example/world/story-1/', 'https://NEWS.example/world/story-1#top'];
    for (const url of twins)
      expect(() => parseManifest(`${JSON.stringify(first)}\n${JSON.stringify({ ...entry('t2', 'B1', 'y'), url })}`)).toThrow(
        `line 2: t2 is the page of t1 under another url (${url})`,
      );
    const other = { ...entry('t2', 'B1', 'y'), url: 'https://news.example/world/story-1?page=2' };
    expect(parseManifest(`${JSON.stringify(first)}\n${JSON.stringify(other)}`)).toHaveLength(2);
  });

  it('holds each page of the committed real-news set once', async () => {
    const entries = parseManifest(await readFile('data/realnews/manifest.jsonl', 'utf8'));
    expect(new Set(entries.map((e) => pageKey(e.url))).size).toBe(entries.length);
  });

  it('selects batches and rejects an unknown one with the known names', () => {
    const entries = [entry('a', 'B1', 'x'), entry('b', 'B2', 'y'), entry('c', 'final', 'z')];
    expect(selectBatches(entries, 'B1,B2').map((e) => e.id)).toEqual(['a', 'b']);
    expect(selectBatches(entries, undefined)).toHaveLength(3);
    expect(() => selectBatches(entries, 'B9')).toThrow(/unknown batch B9: the manifest has B1, B2, final/);
  });

  it('counts characters as code points with CRLF as one newline', () => {
    expect(countChars('a\r\nb')).toBe(3);
    expect(countChars('Zelenskyy’s 🇺🇦')).toBe(14);
  });
});

describe('real-news local copy', () => {
  it('builds SCHEMA.md article files whose body is the raw text unchanged', async () => {
    const { dir, entries } = await localCopy();
    const { built, problems } = await buildArticles(dir, entries);
    expect(problems).toEqual([]);
    expect(built).toBe(3);
    const file = await readFile(join(dir, 'articles', 't1.txt'), 'utf8');
    const article = parseArticleFile(file, 't1.txt');
    expect(article).toMatchObject({ url: 'https://news.example/t1', outlet: 'news.example', published: '2025-09-04', title: 'Story t1', body: TEXTS.t1 });
    expect(await verifyCopy(dir, entries)).toEqual([]);
  });

  it('lists every missing file and every hash or length mismatch, and builds none of them', async () => {
    const { dir, entries } = await localCopy();
    await writeFile(join(dir, 'raw', 't2.txt'), `${TEXTS.t2!} `);
    const withMissing = [...entries, entry('t4', 'B2', 'never saved')];
    const problems = await verifyCopy(dir, withMissing);
    expect(problems.map((p) => p.id)).toEqual(['t2', 't2', 't4']);
    expect(problems[0]!.problem).toMatch(/sha256 [0-9a-f]{64}, manifest says/);
    expect(problems[1]!.problem).toMatch(/46 characters, manifest says 45/);
    expect(problems[2]!.problem).toMatch(/missing .*raw\/t4\.txt/);
    const result = await buildArticles(dir, withMissing);
    expect(result.built).toBe(2);
    await expect(readFile(join(dir, 'articles', 't2.txt'))).rejects.toThrow();
  });

  it('notices a built article file that no longer matches its raw text', async () => {
    const { dir, entries } = await localCopy();
    await buildArticles(dir, entries);
    await writeFile(join(dir, 'articles', 't3.txt'), articleFileText({ ...entries[2]!, title: 'Another' }, TEXTS.t3!));
    expect((await verifyCopy(dir, entries)).map((p) => p.id)).toEqual(['t3']);
  });
});

describe('real-news copy: coverage per batch', () => {
  it('counts per batch the texts verified, missing and not the recorded text', async () => {
    const { dir, entries } = await localCopy();
    await writeFile(join(dir, 'raw', 't2.txt'), 'Portugal ruled out sending ships.');
    await rm(join(dir, 'raw', 't3.txt'));
    const rows = coverageByBatch(entries, await verifyCopy(dir, entries));
    expect(rows).toEqual([
      { batch: 'B1', listed: 2, verified: 1, missing: 0, changed: 1 },
      { batch: 'B2', listed: 1, verified: 0, missing: 1, changed: 0 },
    ]);
    expect(formatCoverage(rows).split('\n')).toEqual([
      'batch    verified / listed',
      'B1              1 / 2      1 not the recorded text',
      'B2              0 / 1      1 missing',
      'all             1 / 3      1 missing, 1 not the recorded text',
    ]);
  });

  it('lists changed texts always and missing ones only while they are few', () => {
    const missing = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i}`, kind: 'missing' as const, problem: `missing raw/m${i}.txt` }));
    const changed = { id: 'c1', kind: 'changed' as const, problem: 'raw/c1.txt: sha256 00, manifest says 11' };
    expect(problemsToList([changed, ...missing(MISSING_LISTED)])).toHaveLength(MISSING_LISTED + 1);
    expect(problemsToList([changed, ...missing(MISSING_LISTED + 1)])).toEqual([changed]);
  });
});

describe('real-news copy: texts handed over another way', () => {
  async function handedOver(): Promise<{ dir: string; entries: ManifestEntry[]; from: string }> {
    const { entries } = await localCopy();
    const dir = await tempDir('pw-realnews-empty-');
    const from = await tempDir('pw-realnews-from-');
    await mkdir(join(from, 'nested'));
    await writeFile(join(from, 'first page.txt'), TEXTS.t1!); // a raw text under another name
    await writeFile(join(from, 'nested', 't2.txt'), articleFileText(entries[1]!, TEXTS.t2!)); // an article file of `build`
    await writeFile(join(from, 'notes.md'), 'Not a text of the set.');
    await writeFile(join(from, 't3.txt'), `${TEXTS.t3!}\n`); // another version of the page
    return { dir, entries, from };
  }

  it('takes in each text whose hash is the manifest entry, under its id, and nothing else', async () => {
    const { dir, entries, from } = await handedOver();
    const result = await importTexts(dir, entries, from);
    expect(result.imported.sort()).toEqual(['t1', 't2']);
    expect(result.present).toEqual([]);
    expect(result.unmatched.map((f) => f.slice(from.length + 1)).sort()).toEqual(['notes.md', 't3.txt']);
    expect(await readFile(join(dir, 'raw', 't2.txt'), 'utf8')).toBe(TEXTS.t2);
    await expect(readFile(join(dir, 'raw', 't3.txt'))).rejects.toThrow();
    expect((await verifyCopy(dir, entries)).map((p) => `${p.id} ${p.problem.split(' ')[0]}`)).toEqual(['t3 missing']);
  });

  it('leaves a verified text alone, replaces a wrong one, and does not follow links', async () => {
    const { dir, entries, from } = await handedOver();
    await importTexts(dir, entries, from);
    await writeFile(join(dir, 'raw', 't1.txt'), 'a damaged copy');
    const outside = await tempDir('pw-realnews-outside-');
    await writeFile(join(outside, 't3.txt'), TEXTS.t3!);
    await symlink(outside, join(from, 'linked'));
    const again = await importTexts(dir, entries, from);
    expect(again.imported).toEqual(['t1']);
    expect(again.present).toEqual(['t2']);
    expect(await readFile(join(dir, 'raw', 't1.txt'), 'utf8')).toBe(TEXTS.t1);
    await expect(readFile(join(dir, 'raw', 't3.txt'))).rejects.toThrow();
  });

  it('says which folder it cannot read', async () => {
    const { dir, entries } = await handedOver();
    await expect(importTexts(dir, entries, join(dir, 'no-such-folder'))).rejects.toThrow(/cannot read the folder .*no-such-folder/);
  });
});

describe('eval on a set whose texts live elsewhere', () => {
  async function goldSet(): Promise<{ gold: string; texts: string }> {
    const { dir, entries } = await localCopy();
    await buildArticles(dir, entries);
    const gold = await tempDir('pw-realnews-gold-');
    await writeFile(join(gold, 'manifest.jsonl'), entries.map((e) => JSON.stringify(e)).join('\n'));
    const lines = [
      { article: 't1.txt', claims: [{ country: 'NO', commitment: 'ground_troops', stance: 'committed' }] },
      {
        article: 't2.txt',
        claims: [
          { country: 'PT', commitment: 'ground_troops', stance: 'declined' },
          { country: 'ES', commitment: 'air', stance: 'willing' },
        ],
      },
      { article: 't3.txt', claims: [] },
    ];
    await writeFile(join(gold, 'gold.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
    return { gold, texts: join(dir, 'articles') };
  }

  it('scores the extractor on texts from another folder, one batch at a time', async () => {
    const { gold, texts } = await goldSet();
    const all = await runEval(gold, createRuleExtractor(), { texts });
    expect(all.summary).toMatchObject({ articles: 3, gold: 3, predicted: 2, lenient: { p: 1, r: 0.667 } });
    const b2 = await runEval(gold, createRuleExtractor(), { texts, batch: 'B2' });
    expect(b2.summary).toMatchObject({ articles: 1, gold: 0, predicted: 0 });
  });

  it('leaves a batch held out for a later round unscored unless it is named', async () => {
    const { gold, texts } = await goldSet();
    const manifest = (await readFile(join(gold, 'manifest.jsonl'), 'utf8')).split('\n').map((l) => JSON.parse(l) as ManifestEntry);
    const held = manifest.map((e) => (e.batch === 'B2' ? { ...e, batch: 'next', held_out: true } : e));
    await writeFile(join(gold, 'manifest.jsonl'), held.map((e) => JSON.stringify(e)).join('\n'));
    const unnamed = await runEval(gold, createRuleExtractor(), { texts });
    expect(unnamed.summary).toMatchObject({ articles: 2 });
    const named = await runEval(gold, createRuleExtractor(), { texts, batch: 'next' });
    expect(named.summary).toMatchObject({ articles: 1, gold: 0, predicted: 0 });
  });

  it('names the texts it cannot find', async () => {
    const { gold } = await goldSet();
    await expect(runEval(gold, createRuleExtractor(), { texts: join(gold, 'nowhere') })).rejects.toThrow(/3 article text\(s\).*t1\.txt, t2\.txt, t3\.txt/);
  });

  it('with --available scores the texts there are and counts the others', async () => {
    const { gold, texts } = await goldSet();
    await rm(join(texts, 't2.txt'));
    const result = await runEval(gold, createRuleExtractor(), { texts, available: true });
    expect(result.summary).toMatchObject({ articles: 2, gold: 1, predicted: 1, lenient: { p: 1, r: 1 }, texts_missing: 1 });
    expect(result.notes).toEqual([`2 of 3 articles scored: 1 text(s) are not in ${texts}`]);
    expect(formatEval(result, false)).toMatch(/^2 of 3 articles scored/);
    const whole = await runEval(gold, createRuleExtractor(), { texts: join(texts, '..', 'articles'), available: true, batch: 'B2' });
    expect(whole.summary.texts_missing).toBe(0);
    await expect(runEval(gold, createRuleExtractor(), { texts: join(gold, 'nowhere'), available: true })).rejects.toThrow(
      /nothing to score: 0 of 3 articles scored: 3 text\(s\) are not in/,
    );
  });

  it('scores a claims file instead of the extractor, with optional claims neutral on both sides', async () => {
    const { gold } = await goldSet();
    const predicted = join(gold, 'second-annotator.jsonl');
    const lines = [
      { article: 't1', claims: [{ country: 'NO', commitment: 'ground_troops', stance: 'willing' }] },
      {
        article: 't2',
        claims: [
          { country: 'ES', commitment: 'air', stance: 'willing', optional: true },
          { country: 'IT', commitment: 'air', stance: 'declined' },
        ],
      },
    ];
    await writeFile(predicted, lines.map((l) => JSON.stringify(l)).join('\n'));
    const result = await runEval(gold, createRuleExtractor(), { predicted });
    // t1 matches leniently; t2: PT missed, ES neutral (optional in the predictions), IT wrong; t3 missing = no claims.
    expect(result.summary).toMatchObject({ articles: 3, lenient: { p: 0.5, r: 0.5 }, strict: { p: 0, r: 0 }, articles_per_second: 0 });
    expect(result.notes[0]).toMatch(/1 article\(s\) not in .*: t3\.txt/);
  });

  it('prints confidence against precision', async () => {
    const { gold, texts } = await goldSet();
    const text = formatEval(await runEval(gold, createRuleExtractor(), { texts }), false);
    expect(text).toMatch(/^reliability/m);
    // t2's troop refusal in its own voice and t1's troop pledge told by others are both 0.6 (docs/extraction.md, "Fourteenth round").
    expect(text).toMatch(/^0\.6-0\.7\s+2\s+2\s+1\.000$/m);
    expect(text).toMatch(/^0\.9-1\.0\s+0\s+0\s+-$/m);
    expect(text).toMatch(/^>= 0\.8\s+0\s+0\s+-$/m);
  });
});

describe('reliability table', () => {
  const c = (country: string, stance: 'willing' | 'declined', confidence?: number, optional?: boolean) => ({
    country,
    commitment: 'air' as const,
    stance,
    ...(confidence === undefined ? {} : { confidence }),
    ...(optional ? { optional } : {}),
  });

  it('counts each claim in its bucket, right when a required gold key matches, optional gold matches left out', () => {
    const rows = reliability([
      {
        name: 'a',
        gold: [c('FR', 'willing'), c('DE', 'willing', undefined, true)],
        predicted: [c('FR', 'willing', 0.9), c('PL', 'willing', 0.85), c('DE', 'willing', 0.8), c('IT', 'declined', 0.3)],
      },
    ]);
    const at = (from: number) => rows.find((r) => r.from === from)!;
    expect(at(0.9)).toMatchObject({ claims: 1, correct: 1, precision: 1 });
    expect(at(0.8)).toMatchObject({ claims: 1, correct: 0, precision: 0 });
    expect(at(0)).toMatchObject({ claims: 1, correct: 0 });
    expect(precisionAtOrAbove(rows, 0.8)).toEqual({ claims: 2, correct: 1, precision: 0.5 });
  });

  it('a predicted optional key hides the gold key it names, so agreement is symmetric', () => {
    const one = [c('FR', 'willing'), c('PL', 'willing')];
    const two = [c('FR', 'willing'), c('PL', 'willing', undefined, true)];
    const forward = scoreArticle(one, two, 'lenient');
    const backward = scoreArticle(two, one, 'lenient');
    expect([forward.tp.length, forward.fp.length, forward.fn.length]).toEqual([1, 0, 0]);
    expect([backward.tp.length, backward.fp.length, backward.fn.length]).toEqual([1, 0, 0]);
  });
});
