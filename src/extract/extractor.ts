import type { Article } from '../model/article.js';
import type { Claim } from '../model/claim.js';

/**
 * Turns one article into claims. The rule extractor is pure and synchronous underneath;
 * the interface is async so a model-backed extractor (EXTRACTOR=llm) fits behind it.
 */
export interface ClaimExtractor {
  readonly name: string;
  extract(article: Article): Promise<Claim[]>;
}
