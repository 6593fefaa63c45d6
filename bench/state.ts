/**
 * The pledge state under load, on the local Redis, in its own key prefix:
 * - articles per second applied by 1 applier and by 4 concurrent appliers (separate
 *   connections, as separate workers would have), each applier taking one article at a time
 *   like a worker, and again with 4 articles in flight per applier;
 * - Redis round trips per article (2 without contention; each conflict adds one);
 * - the pure rule function alone, claims decided per second.
 * Articles come from a seeded generator, 3 claims each over 20 countries x 11 commitments.
 */
import { randomUUID } from 'node:crypto';
import { COMMITMENTS } from '../src/model/taxonomy.js';
import { closeRedisContext, createRedisContext, type RedisContext, deleteKeysMatching } from '../src/redis/connection.js';
import { decide, PledgeStore, type SlotState } from '../src/state/index.js';
import { syntheticStory, type SyntheticArticle } from '../test/state/synthetic.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ARTICLES = Number(process.env.BENCH_STATE_ARTICLES ?? 4000);
const COUNTRIES = ['AT', 'BE', 'BG', 'CA', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'IT', 'LT', 'LV', 'NL', 'PL', 'RO', 'SE', 'US'];

function story(seed: number): SyntheticArticle[] {
  return syntheticStory({ articles: ARTICLES, seed, countries: COUNTRIES, commitments: [...COMMITMENTS] });
}

async function dropPrefix(ctx: RedisContext): Promise<void> {
  await deleteKeysMatching(ctx, `${ctx.prefix}:*`);
}

/** Each applier takes articles from a shared cursor, `inFlight` at a time. */
async function applyWith(appliers: number, inFlight: number, articles: SyntheticArticle[]) {
  const prefix = `pw-bench-${randomUUID()}`;
  const contexts = Array.from({ length: appliers }, () => createRedisContext(REDIS_URL, prefix));
  const stores = contexts.map((ctx) => new PledgeStore(ctx));
  let next = 0;
  const lane = async (store: PledgeStore) => {
    while (next < articles.length) {
      const { article, claims } = articles[next++]!;
      await store.applyArticle(article, claims);
    }
  };
  try {
    await Promise.all(contexts.map((ctx) => ctx.redis.ping()));
    const started = performance.now();
    await Promise.all(stores.flatMap((store) => Array.from({ length: inFlight }, () => lane(store))));
    const seconds = (performance.now() - started) / 1000;
    const conflicts = stores.reduce((sum, s) => sum + s.stats.conflicts, 0);
    return {
      articles_per_second: Math.round(articles.length / seconds),
      round_trips_per_article: Number(((2 * articles.length + conflicts) / articles.length).toFixed(2)),
      conflicts,
    };
  } finally {
    await dropPrefix(contexts[0]!);
    await Promise.all(contexts.map((ctx) => closeRedisContext(ctx)));
  }
}

function decidePerSecond(articles: SyntheticArticle[]): number {
  const slots = new Map<string, SlotState>();
  const now = new Date().toISOString();
  let claims = 0;
  const started = performance.now();
  for (const { article, claims: list } of articles) {
    for (const claim of list) {
      const field = `${claim.country}:${claim.commitment}`;
      const evidence = {
        articleId: article.id,
        url: article.url,
        outlet: article.outlet,
        published: article.published,
        title: article.title,
        quote: claim.evidence,
        speaker: claim.speaker,
        stance: claim.stance,
        confidence: claim.confidence,
      };
      const decision = decide(slots.get(field) ?? null, { country: claim.country, commitment: claim.commitment, evidence, day: article.published }, { now });
      slots.set(field, decision.next);
      claims++;
    }
  }
  return Math.round(claims / ((performance.now() - started) / 1000));
}

/** Loopback round-trip time, for reading the figures above: applying costs about two of these. */
async function pingMicroseconds(): Promise<number> {
  const ctx = createRedisContext(REDIS_URL, `pw-bench-${randomUUID()}`);
  try {
    await ctx.redis.ping();
    const started = performance.now();
    for (let i = 0; i < 500; i++) await ctx.redis.ping();
    return Math.round(((performance.now() - started) * 1000) / 500);
  } finally {
    await closeRedisContext(ctx);
  }
}

export async function run(): Promise<Record<string, unknown>> {
  return {
    articles: ARTICLES,
    redis_round_trip_us: await pingMicroseconds(),
    claims_per_article: 'mean 2',
    one_applier: await applyWith(1, 1, story(1)),
    four_appliers: await applyWith(4, 1, story(2)),
    four_appliers_4_in_flight_each: await applyWith(4, 4, story(3)),
    decide_claims_per_second: decidePerSecond(story(4)),
  };
}
