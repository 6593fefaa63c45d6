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

const SPREAD_COUNTRIES = [
  'Germany',
  'France',
  'Britain',
  'Italy',
  'Spain',
  'Poland',
  'the Netherlands',
  'Belgium',
  'Denmark',
  'Sweden',
  'Norway',
  'Finland',
  'Estonia',
  'Latvia',
  'Lithuania',
  'Romania',
  'Bulgaria',
  'Portugal',
  'Ireland',
  'Austria',
  'Greece',
  'Croatia',
  'Canada',
  'Australia',
  'Japan',
  'New Zealand',
  'Turkey',
  'Czechia',
];
const SPREAD_TEMPLATES = [
  (c: string) => `${c} will send troops to Ukraine once a ceasefire is signed, officials said on Monday.`,
  (c: string) => `${c} is ready to help police Ukraine's airspace after the war.`,
  (c: string) => `${c} will not send troops to Ukraine, its government said.`,
  (c: string) => `${c} is prepared to train Ukrainian soldiers outside the country.`,
  (c: string) => `${c} has yet to decide whether to help de-mine the Black Sea.`,
  (c: string) => `${c} pledged to fund weapons for Ukraine's army.`,
];
const FILLER = 'Diplomats met in Paris to discuss the plan, and talks are expected to continue next week. ';

/** Articles about many countries and commitments, so concurrent workers rarely touch the same positions. */
export function spreadCorpus(n: number): Article[] {
  return Array.from({ length: n }, (_, i) => {
    const sentences = Array.from({ length: 4 }, (_, k) => {
      const country = SPREAD_COUNTRIES[(i * 7 + k * 11) % SPREAD_COUNTRIES.length]!;
      return SPREAD_TEMPLATES[(i + k * 5) % SPREAD_TEMPLATES.length]!(country);
    });
    const day = new Date(Date.UTC(2025, 9, 1) + i * 3_600_000).toISOString().slice(0, 10);
    const body = `${sentences.join(' ')}\n${FILLER.repeat(18)}`;
    return { id: `spread-${i}`, url: `https://news.example/spread/${i}`, outlet: 'Bench Wire', published: day, title: `Guarantees update ${i}`, body };
  });
}
