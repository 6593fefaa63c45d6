import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AlertLog } from '../../src/alerts/alert-log.js';
import { parseArticleFile } from '../../src/extract/article-file.js';
import type { Alert } from '../../src/model/alert.js';
import type { Article } from '../../src/model/article.js';
import type { Claim } from '../../src/model/claim.js';
import type { Commitment, Stance } from '../../src/model/taxonomy.js';
import type { PledgeStore } from '../../src/state/index.js';

const DEMO_DIR = join(import.meta.dirname, '../../data/demo');

interface GoldClaim {
  country: string;
  commitment: Commitment;
  stance: Stance;
  evidence: string;
  optional?: boolean;
}

/** The country's own voice in the development story: Meloni for Italy, Germany's own statement. */
function speakerOf(evidence: string): Claim['speaker'] {
  return /Meloni|^Germany stated/.test(evidence) ? 'self' : 'third_party';
}

export interface DemoArticle {
  article: Article;
  claims: Claim[];
}

/**
 * The development articles with their gold claims (non-optional ones). Each gets a distinct
 * outlet and an address under the reserved .test domain, so the page has a source to link.
 */
export async function demoArticles(): Promise<DemoArticle[]> {
  const lines = (await readFile(join(DEMO_DIR, 'gold.jsonl'), 'utf8')).split('\n').filter((l) => l.trim());
  return Promise.all(
    lines.map(async (line) => {
      const gold = JSON.parse(line) as { article: string; claims: GoldClaim[] };
      const name = gold.article.replace(/\.txt$/, '');
      const parsed = parseArticleFile(await readFile(join(DEMO_DIR, 'articles', gold.article), 'utf8'), gold.article);
      const article = { ...parsed, url: `https://news.example.test/demo/${name}`, outlet: `Demo Wire ${name}` };
      const claims = gold.claims
        .filter((c) => !c.optional)
        .map((c) => ({
          country: c.country,
          commitment: c.commitment,
          stance: c.stance,
          evidence: c.evidence,
          speaker: speakerOf(c.evidence),
          confidence: 0.9,
        }));
      return { article, claims };
    }),
  );
}

/** What the article worker does: apply to the store, then record each alert so live views see it. */
export async function applyAndRecord(store: PledgeStore, alertLog: AlertLog, demo: DemoArticle, backfill = false): Promise<Alert[]> {
  const { alerts } = await store.applyArticle(demo.article, demo.claims, { backfill });
  for (const alert of alerts) await alertLog.record(alert);
  return alerts;
}

/** An article whose evidence is built to break naive CSV and HTML output. */
export function hostileArticle(): DemoArticle {
  const article: Article = {
    id: 'hostile-article-1',
    url: 'javascript:alert(1)',
    outlet: '=cmd|"/C calc"!A0',
    published: '2025-09-06',
    title: '<script>window.pwned = true</script> headline',
    body: 'irrelevant',
  };
  const claims: Claim[] = [
    {
      country: 'NL',
      commitment: 'air',
      stance: 'willing',
      evidence: 'The Dutch, "ready", said: jets, tankers\nand <script>window.pwned = true</script> crews',
      speaker: 'self',
      confidence: 0.9,
    },
    { country: 'NO', commitment: 'maritime', stance: 'committed', evidence: '=HYPERLINK("http://evil.test","x")', speaker: 'self', confidence: 0.9 },
    { country: 'SE', commitment: 'funding', stance: 'committed', evidence: '+SUM(1,2)', speaker: 'self', confidence: 0.9 },
    { country: 'PT', commitment: 'training', stance: 'willing', evidence: '-2+3', speaker: 'self', confidence: 0.9 },
    { country: 'LU', commitment: 'funding', stance: 'willing', evidence: '@SUM(A1)', speaker: 'self', confidence: 0.9 },
  ];
  return { article, claims };
}
