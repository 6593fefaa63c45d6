import { extractClaims, MIN_CONFIDENCE } from '../../src/extract/index.js';
import type { Article } from '../../src/model/article.js';

/** An article around one body text, for table tests. */
export function articleOf(body: string, title = 'unknown'): Article {
  return { id: 'test', url: 'unknown', outlet: 'unknown', published: 'unknown', title, body };
}

/** The claims the pipeline acts on, as sorted "CC commitment stance" strings. */
export function keys(body: string, title?: string): string[] {
  return extractClaims(articleOf(body, title))
    .filter((c) => c.confidence >= MIN_CONFIDENCE)
    .map((c) => `${c.country} ${c.commitment} ${c.stance}`)
    .sort();
}
