/**
 * Where the extractor's confidence comes from (docs/extraction.md, "Twelfth round"): each real-news
 * batch measured once is read again by the extractor of its measurement (the commit below, unpacked
 * from git into a temporary folder), every claim is marked right or wrong against the gold, and
 * grouped by its kind of reading and by the confidence the present calibration
 * (src/extract/rules/calibration.ts) gives that kind, beside the confidence it had then.
 *
 *   npm run calibration                 every batch below (needs the real-news texts and git history)
 *   npm run calibration -- B13 B14      some of them; add --json for the JSON line only
 *
 * Texts: PLEDGEWATCH_REALNEWS_DIR, else ../pledgewatch-realnews/articles (data/realnews/RECIPE.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArticleFile } from '../src/extract/article-file.js';
import { readGoldSet } from '../src/extract/eval/gold-set.js';
import { keyFor, type ScoredClaim } from '../src/extract/eval/score.js';
import { readManifest, type ManifestEntry } from '../src/extract/eval/realnews.js';
import { READING_KINDS, readingConfidence, readingKind, SIGNING_VERB, type Reading, type ReadingKind } from '../src/extract/rules/calibration.js';
import { articleLanguage, isHeadline } from '../src/extract/rules/rule-extractor.js';
import { MIN_CONFIDENCE } from '../src/extract/min-confidence.js';
import type { Article } from '../src/model/article.js';
import type { Claim } from '../src/model/claim.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEXTS = process.env.PLEDGEWATCH_REALNEWS_DIR ?? join(ROOT, '..', 'pledgewatch-realnews', 'articles');

/** Each batch measured once, and the commit whose extractor measured it (the commit that added the batch held out). */
const MEASURED_ONCE: Record<string, string> = {
  B7: '8217d0f',
  B8: '2ab3ecf',
  B9: '953b4e8',
  B10: 'e4c95b4',
  B11: '3f591f2',
  B12: 'b3e4883',
  B13: '41838a0',
  B14: 'c160e86',
  B15: 'dcf7af7',
  B16: '2e74937',
  B17: '9b7d81c',
  B18: 'e39a91a',
  B19: '3ec7070',
  B20: '2e5fa0c',
  B21: 'ab43bd3',
  B22: '7d7cc77',
  B23: 'a1a8fd4',
  B24: 'acbac67',
  B25: '9c91fca',
  B26: 'c1f8b29',
  B27: '889a7ba',
  B28: '7040ce3',
  B29: 'df207d0',
  B30: 'fd29240',
  B31: '9f6b7b0',
  B32: 'e1eb14c',
};

interface MarkedClaim {
  batch: string;
  right: boolean;
  then: number;
  now: number;
  kind: ReadingKind;
}

/** The old claim's kind as the present rules would see it. The cue is not in a claim, so a signature is told by the sentence. */
function readingOf(claim: Claim, title: string, english: boolean): Reading {
  const headline = claim.evidence === title || isHeadline(claim.evidence);
  const signed = claim.stance === 'committed' && SIGNING_VERB.test(claim.evidence);
  return { ...claim, sentenceChars: claim.evidence.length, headline, english, signed };
}

/** The extractor of `commit`, unpacked from git (no shell) beside this checkout's node_modules. */
async function extractorAt(commit: string): Promise<{ extract: (article: Article) => Claim[]; dispose: () => void }> {
  try {
    execFileSync('git', ['-C', ROOT, 'cat-file', '-e', `${commit}^{commit}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`commit ${commit} is not in this clone's history (a shallow clone? run: git fetch --unshallow)`);
  }
  const dir = mkdtempSync(join(tmpdir(), `pledgewatch-${commit}-`));
  const dispose = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const archive = execFileSync('git', ['-C', ROOT, 'archive', commit, 'src'], { maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const module = (await import(pathToFileURL(join(dir, 'src/extract/rules/rule-extractor.ts')).href)) as { extractClaims: (a: Article) => Claim[] };
    return { extract: module.extractClaims, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}

/**
 * Every claim the batch's own extractor gave at or above MIN_CONFIDENCE, once per lenient key (the strongest by the
 * present calibration, as the extractor keeps the strongest), marked against the gold; claims only optional gold
 * names are left out, as in scoring.
 */
async function markBatch(batch: string, commit: string, manifest: ManifestEntry[]): Promise<MarkedClaim[]> {
  // A text that no longer rebuilds to its hash leaves the set (data/realnews/RECIPE.md): it is named, not scored.
  const entries = manifest.filter((e) => e.batch === batch && existsSync(join(TEXTS, `${e.id}.txt`)));
  const missing = manifest.filter((e) => e.batch === batch && !entries.includes(e)).map((e) => e.id);
  if (missing.length > 0) process.stderr.write(`${batch}: no text for ${missing.join(', ')}, left out\n`);
  const gold = await readGoldSet(join(ROOT, 'data/realnews'), { texts: TEXTS, only: new Set(entries.map((e) => `${e.id}.txt`)) });
  const { extract, dispose } = await extractorAt(commit);
  const marked: MarkedClaim[] = [];
  try {
    for (const article of gold) {
      const required = new Set(article.claims.filter((c) => !c.optional).map((c) => keyFor(c, 'lenient')));
      const optional = new Set(article.claims.filter((c) => c.optional).map((c) => keyFor(c, 'lenient')));
      const text = parseArticleFile(readFileSync(article.path, 'utf8'), article.file);
      const english = articleLanguage(text) === 'en';
      const strongest = new Map<string, MarkedClaim>();
      for (const claim of extract(text)) {
        const key = keyFor(claim as ScoredClaim, 'lenient');
        if (claim.confidence < MIN_CONFIDENCE || (optional.has(key) && !required.has(key))) continue;
        const reading = readingOf(claim, text.title, english);
        const mark = {
          batch,
          right: required.has(key),
          then: Math.round(claim.confidence * 100) / 100,
          now: readingConfidence(reading),
          kind: readingKind(reading),
        };
        const kept = strongest.get(key);
        if (!kept || mark.now > kept.now) strongest.set(key, mark);
      }
      marked.push(...strongest.values());
    }
  } finally {
    dispose();
  }
  return marked;
}

/** "right/all" of some claims. */
function cell(of: MarkedClaim[]): string {
  return `${of.filter((c) => c.right).length}/${of.length}`;
}

/** Right and all claims of each kind of reading, pooled and per batch. */
function kindTable(claims: MarkedClaim[], batches: string[]): string[] {
  const width = Math.max(...Object.keys(READING_KINDS).map((k) => k.length));
  return [
    `${'kind'.padEnd(width)}  conf    right  ${batches.map((b) => b.padStart(6)).join(' ')}`,
    ...(Object.keys(READING_KINDS) as ReadingKind[]).map((kind) => {
      const of = claims.filter((c) => c.kind === kind);
      return `${kind.padEnd(width)}  ${READING_KINDS[kind].toFixed(1)}  ${cell(of).padStart(7)}  ${batches.map((b) => cell(of.filter((c) => c.batch === b)).padStart(6)).join(' ')}`;
    }),
  ];
}

function table(claims: MarkedClaim[], band: (c: MarkedClaim) => number, batches: string[]): string[] {
  const bands = [...new Set(claims.map(band))].sort((a, b) => b - a);
  const lines = bands.map((b) => {
    const inBand = claims.filter((c) => band(c) === b);
    const share = inBand.filter((c) => c.right).length / inBand.length;
    return `${b.toFixed(1).padEnd(6)}${cell(inBand).padStart(8)}  ${share.toFixed(3)}   ${batches.map((x) => cell(inBand.filter((c) => c.batch === x)).padStart(6)).join(' ')}`;
  });
  const high = claims.filter((c) => band(c) >= 0.8);
  return [
    `band     right   share   ${batches.map((b) => b.padStart(6)).join(' ')}`,
    ...lines,
    `>= 0.8${cell(high).padStart(8)}  ${(high.filter((c) => c.right).length / Math.max(1, high.length)).toFixed(3)}`,
  ];
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const batches = argv.filter((a) => !a.startsWith('--'));
  const chosen = batches.length > 0 ? batches : Object.keys(MEASURED_ONCE);
  const unknown = chosen.filter((b) => !MEASURED_ONCE[b]);
  if (unknown.length > 0) throw new Error(`no measurement commit is recorded for ${unknown.join(', ')} (known: ${Object.keys(MEASURED_ONCE).join(', ')})`);
  if (!existsSync(TEXTS)) throw new Error(`the real-news texts are not in ${TEXTS}: rebuild them (data/realnews/RECIPE.md) or set PLEDGEWATCH_REALNEWS_DIR`);
  const manifest = await readManifest(join(ROOT, 'data/realnews/manifest.jsonl'));
  const claims: MarkedClaim[] = [];
  for (const batch of chosen) {
    if (!json) process.stderr.write(`reading ${batch} with the extractor of ${MEASURED_ONCE[batch]} ...\n`);
    claims.push(...(await markBatch(batch, MEASURED_ONCE[batch]!, manifest)));
  }
  const summary = (band: (c: MarkedClaim) => number) => {
    const high = claims.filter((c) => band(c) >= 0.8);
    return { claims: high.length, right: high.filter((c) => c.right).length };
  };
  if (!json) {
    const out = [
      `${claims.length} claims at or above ${MIN_CONFIDENCE}, right ${claims.filter((c) => c.right).length}`,
      '',
      'by kind of reading (src/extract/rules/calibration.ts)',
      ...kindTable(claims, chosen),
      '',
      'by the present calibration',
      ...table(claims, (c) => c.now, chosen),
      '',
      'by the confidence they had at their measurement',
      ...table(claims, (c) => c.then, chosen),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  }
  process.stdout.write(
    `${JSON.stringify({ batches: chosen, claims: claims.length, right: claims.filter((c) => c.right).length, high_now: summary((c) => c.now), high_then: summary((c) => c.then) })}\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`calibration: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
