import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/model/alert.js';
import { closeRedisContext, createRedisContext, type RedisContext } from '../../src/redis/connection.js';
import { PledgeStore, type ApplyResult } from '../../src/state/index.js';
import { createTestRedis, testRedisUrl } from '../helpers/redis.js';
import { loadSeedStory } from './seed-story.js';
import { mulberry32, syntheticStory, type SyntheticArticle } from './synthetic.js';

const NOW = new Date('2025-09-20T00:00:00Z');
const APPLIERS = 4;

let redis: Awaited<ReturnType<typeof createTestRedis>>;
let connections: RedisContext[] = [];
let articles: SyntheticArticle[];

beforeAll(async () => {
  redis = await createTestRedis();
  // Separate connections stand in for workers on separate machines.
  connections = Array.from({ length: APPLIERS }, () => createRedisContext(testRedisUrl(), redis.prefix));
  articles = [
    ...(await loadSeedStory()),
    ...syntheticStory({ articles: 80, seed: 7, countries: ['DE', 'IT', 'PL', 'FR', 'GB', 'ES'], commitments: ['coalition', 'ground_troops', 'air'] }),
  ];
});
afterAll(async () => {
  await Promise.all(connections.map((ctx) => closeRedisContext(ctx)));
  await redis.cleanup();
});

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('concurrent appliers', () => {
  it('end in the same state as one applier, applying each article once and producing each alert once', async () => {
    const single = new PledgeStore(redis, { topic: 'single' });
    for (const { article, claims } of articles) await single.applyArticle(article, claims, { now: NOW });

    // Every applier tries every article, in its own order, all at once.
    const stores = connections.map((ctx) => new PledgeStore(ctx, { topic: 'many' }));
    const perStore = await Promise.all(
      stores.map((store, i) =>
        Promise.all(
          shuffled(articles, i + 1).map(async ({ article, claims }) => ({
            id: article.id,
            result: await store.applyArticle(article, claims, { now: NOW }),
          })),
        ),
      ),
    );
    const results = perStore.flat();

    const appliedPerArticle = new Map<string, number>();
    for (const { id, result } of results) {
      appliedPerArticle.set(id, (appliedPerArticle.get(id) ?? 0) + (result.duplicate ? 0 : 1));
    }
    expect([...appliedPerArticle.values()].every((count) => count === 1)).toBe(true);
    expect(appliedPerArticle.size).toBe(articles.length);

    const many = stores[0]!;
    // Positions agree; when they changed and what confirmed channels were told on the way depend on the order.
    const settled = (positions: Awaited<ReturnType<PledgeStore['positions']>>) =>
      positions.map(({ changedAt: _at, changedPublished: _published, unconfirmed: _unconfirmed, ...rest }) => rest);
    expect(settled(await many.positions())).toEqual(settled(await single.positions()));

    const alerts: Alert[] = results.flatMap(({ result }: { result: ApplyResult }) => result.alerts);
    expect(new Set(alerts.map((a) => a.id)).size).toBe(alerts.length);
    // First reports of a slot (a later confirmation of one is its own, 'confirmed' alert).
    const newSlots = alerts.filter((a) => a.type === 'new' && a.track !== 'confirmed').map((a) => `${a.country}:${a.commitment}`);
    expect(new Set(newSlots).size).toBe(newSlots.length);
    expect(newSlots.length).toBe((await many.positions()).length);

    // Each claim is in history exactly once: no commit was half-applied or applied twice.
    const claimsPerCountry = new Map<string, number>();
    for (const { claims } of articles) for (const c of claims) claimsPerCountry.set(c.country, (claimsPerCountry.get(c.country) ?? 0) + 1);
    for (const [country, count] of claimsPerCountry) {
      expect(await many.history(country, undefined, 10_000), country).toHaveLength(count);
    }
    expect(stores.reduce((sum, store) => sum + store.stats.applied, 0)).toBe(articles.length);
  });
});

describe('appliers fighting over the same positions', () => {
  it('all finish, none starved, in the same state as one applier', async () => {
    // Every copy of the seed story updates the same thirty positions: the worst case for
    // optimistic commits, where a worker that keeps losing must take the turn.
    const story = await loadSeedStory();
    const copies = Array.from({ length: 120 }, (_, i) => {
      const { article, claims } = story[i % story.length]!;
      const day = new Date(Date.UTC(2025, 8, 4 + Math.floor(i / story.length))).toISOString().slice(0, 10);
      return { article: { ...article, id: `hot-${i}`, url: `https://news.example/hot/${i}`, published: day }, claims };
    });
    const single = new PledgeStore(redis, { topic: 'hot-single' });
    for (const { article, claims } of copies) await single.applyArticle(article, claims, { now: NOW });

    // Few attempts allowed: without the turn, some article loses more often than this and fails.
    const stores = connections.map((ctx) => new PledgeStore(ctx, { topic: 'hot-shared', maxAttempts: 4 }));
    let next = 0;
    await Promise.all(
      stores.map(async (store) => {
        for (let i = next++; i < copies.length; i = next++) await store.applyArticle(copies[i]!.article, copies[i]!.claims, { now: NOW });
      }),
    );
    const shared = new PledgeStore(redis, { topic: 'hot-shared' });
    const view = (positions: Awaited<ReturnType<PledgeStore['positions']>>) =>
      positions.map((p) => `${p.country}/${p.commitment}=${p.stance}@${p.evidence.articleId}#${p.corroborations}`);
    expect(view(await shared.positions())).toEqual(view(await single.positions()));
    expect(stores.reduce((sum, store) => sum + store.stats.applied, 0)).toBe(copies.length);
    expect(await redis.redis.exists(`${redis.prefix}:state:{hot-shared}:turn`)).toBe(0);
  });
});
