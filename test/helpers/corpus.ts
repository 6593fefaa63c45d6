import { readArticleFolder } from '../../src/cli/replay.js';
import { copiesOfStory } from '../../src/demo/corpus.js';
import { DEMO_ARTICLES_DIR } from '../../src/demo/demo-server.js';
import type { Article } from '../../src/model/article.js';

/** n distinct articles made from the demo story, in published order. */
export async function demoCorpus(n: number): Promise<Article[]> {
  return copiesOfStory(await readArticleFolder(DEMO_ARTICLES_DIR), n);
}
