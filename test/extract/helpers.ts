import type { Article } from '../../src/model/article.js';

/** An article around one body text, for table tests. */
export function articleOf(body: string, title = 'unknown'): Article {
  return { id: 'test', url: 'unknown', outlet: 'unknown', published: 'unknown', title, body };
}
