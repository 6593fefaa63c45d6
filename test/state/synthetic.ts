import type { Article } from '../../src/model/article.js';
import type { Claim } from '../../src/model/claim.js';
import { SPEAKERS, STANCES, type Commitment } from '../../src/model/taxonomy.js';

export interface SyntheticArticle {
  article: Article;
  claims: Claim[];
}

export interface SyntheticOptions {
  articles: number;
  seed: number;
  countries?: string[];
  commitments?: Commitment[];
  days?: string[];
  claimsPerArticle?: number;
}

/**
 * A reproducible story of many articles over a small set of slots, so that articles
 * collide on the same positions (the interesting case for ordering and concurrency).
 */
export function syntheticStory(options: SyntheticOptions): SyntheticArticle[] {
  const random = mulberry32(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const countries = options.countries ?? ['DE', 'IT', 'PL'];
  const commitments = options.commitments ?? ['coalition', 'ground_troops'];
  const days = options.days ?? ['2025-09-03', '2025-09-04', '2025-09-05'];
  const story: SyntheticArticle[] = [];
  for (let i = 0; i < options.articles; i++) {
    const article: Article = {
      id: `syn-${options.seed}-${i}`,
      url: `https://news.example/${options.seed}/${i}`,
      outlet: pick(['Wire', 'Daily', 'Herald']),
      published: pick(days),
      title: `Story ${i}`,
      body: '',
    };
    const claims: Claim[] = [];
    const count = 1 + Math.floor(random() * (options.claimsPerArticle ?? 3));
    for (let c = 0; c < count; c++) {
      claims.push({
        country: pick(countries),
        commitment: pick(commitments),
        stance: pick(STANCES),
        evidence: `Sentence ${c} of story ${i}.`,
        speaker: pick(SPEAKERS),
        confidence: pick([0.3, 0.7, 0.9]),
      });
    }
    story.push({ article, claims });
  }
  return story;
}

/** A small seeded PRNG: the same seed gives the same story on every run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
