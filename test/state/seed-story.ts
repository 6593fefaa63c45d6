import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticleFile } from '../../src/extract/article-file.js';
import type { Article } from '../../src/model/article.js';
import type { Claim } from '../../src/model/claim.js';
import type { Commitment, Speaker, Stance } from '../../src/model/taxonomy.js';

const DEMO = join(import.meta.dirname, '../../data/demo');

/**
 * Who voices each required gold claim, annotated by hand (the gold set has no speaker):
 * 'self' where the country's own leader, government or spokesperson says it, otherwise
 * third party (Macron speaking for Germany and Italy, the reporter's own summary).
 */
const SELF_VOICED = new Set([
  '001.txt US air',
  '001.txt US intelligence',
  '001.txt US ground_troops',
  '001.txt RU ground_troops',
  '002.txt DE coalition',
  '002.txt IT ground_troops',
  '002.txt IT monitoring',
  '002.txt IT training',
  '002.txt FR ground_troops',
  '002.txt GB ground_troops',
  '002.txt US sanctions',
  '002.txt BG ground_troops',
  '002.txt BG maritime',
  '002.txt RU ground_troops',
  '003.txt DE coalition',
  '003.txt IT ground_troops',
  '003.txt IT monitoring',
  '003.txt IT training',
  '003.txt BG ground_troops',
  '003.txt BG maritime',
  '003.txt FR ground_troops',
  '003.txt GB ground_troops',
  '003.txt RU ground_troops',
  '004.txt RU coalition',
]);

export interface SeedArticle {
  file: string;
  article: Article;
  claims: Claim[];
}

interface GoldLine {
  article: string;
  claims: Array<{ country: string; commitment: Commitment; stance: Stance; evidence: string; optional?: boolean }>;
}

/** The five demo articles in published order, each with its required gold claims. */
export async function loadSeedStory(): Promise<SeedArticle[]> {
  const gold = (await readFile(join(DEMO, 'gold.jsonl'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldLine);
  const story: SeedArticle[] = [];
  for (const line of gold) {
    const article = await readArticleFile(join(DEMO, 'articles', line.article));
    const claims = line.claims
      .filter((claim) => !claim.optional)
      .map((claim) => ({
        country: claim.country,
        commitment: claim.commitment,
        stance: claim.stance,
        evidence: claim.evidence,
        speaker: speakerOf(line.article, claim.country, claim.commitment),
        confidence: 0.9,
      }));
    story.push({ file: line.article, article, claims });
  }
  return story;
}

function speakerOf(file: string, country: string, commitment: Commitment): Speaker {
  return SELF_VOICED.has(`${file} ${country} ${commitment}`) ? 'self' : 'third_party';
}
