import type { Article } from '../model/article.js';

/**
 * n distinct articles made from a story (e.g. the demo articles): each copy gets its own
 * id, URL and outlet, and each round of the story a later day, so copies keep the story's
 * order. Used by load tests and benchmarks.
 */
export function copiesOfStory(story: Article[], n: number): Article[] {
  return Array.from({ length: n }, (_, i) => {
    const source = story[i % story.length]!;
    const day = new Date(Date.UTC(2025, 8, 4 + Math.floor(i / story.length))).toISOString().slice(0, 10);
    return { ...source, id: `copy${i}-${source.id}`, url: `https://news.example/story/${i}`, published: day, outlet: `Outlet ${i % 7}` };
  });
}
