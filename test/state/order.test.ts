import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Position } from '../../src/model/alert.js';
import { planArticle, PledgeStore, toPosition, type SlotState } from '../../src/state/index.js';
import { createTestRedis } from '../helpers/redis.js';
import { loadSeedStory, type SeedArticle } from './seed-story.js';
import { syntheticStory, type SyntheticArticle } from './synthetic.js';

const NOW = new Date('2025-09-20T00:00:00Z');

type Comparable = Omit<Position, 'changedAt' | 'changedPublished' | 'unconfirmed'>;

/**
 * Positions without the fields that record the path rather than the result: when the stance
 * last changed, and what confirmed channels were told on the way (which depends on the order
 * the news came in; the positions themselves do not).
 */
function comparable(positions: Position[]): Comparable[] {
  return positions.map(({ changedAt: _changedAt, changedPublished: _published, unconfirmed: _unconfirmed, ...rest }) => rest);
}

/** The pure fold, no Redis: what the store computes, article after article. */
function foldInMemory(articles: readonly SyntheticArticle[]): Comparable[] {
  const slots = new Map<string, SlotState>();
  for (const { article, claims } of articles) {
    const plan = planArticle(article, claims, slots, { backfill: false, now: NOW });
    for (const [field, slot] of plan.slots) slots.set(field, slot);
  }
  const positions = [...slots.values()].filter((s) => s.sides.length > 0).map(toPosition);
  return comparable(positions.sort((a, b) => `${a.country}:${a.commitment}`.localeCompare(`${b.country}:${b.commitment}`)));
}

describe('final positions do not depend on arrival order', () => {
  it('holds for any set of claims (pure rules)', () => {
    const stories = fc.integer({ min: 1, max: 1_000_000 }).chain((seed) => {
      const story = syntheticStory({ articles: 12, seed });
      return fc.tuple(fc.constant(story), fc.shuffledSubarray(story, { minLength: story.length, maxLength: story.length }));
    });
    fc.assert(
      fc.property(stories, ([story, shuffled]) => {
        expect(foldInMemory(shuffled)).toEqual(foldInMemory(story));
      }),
      { numRuns: 300 },
    );
  });

  describe('on Redis', () => {
    let redis: Awaited<ReturnType<typeof createTestRedis>>;
    let story: SeedArticle[];
    let run = 0;
    beforeAll(async () => {
      redis = await createTestRedis();
      story = await loadSeedStory();
    });
    afterAll(async () => {
      await redis.cleanup();
    });

    async function finalPositions(articles: ReadonlyArray<{ article: SeedArticle['article']; claims: SeedArticle['claims'] }>) {
      const store = new PledgeStore(redis, { topic: `order-${++run}` });
      for (const { article, claims } of articles) await store.applyArticle(article, claims, { now: NOW });
      return comparable(await store.positions());
    }

    it('the seed story applied in every shuffled order ends in the same positions', async () => {
      const reference = await finalPositions(story);
      expect(reference.find((p) => p.country === 'DE' && p.commitment === 'coalition')?.stance).toBe('conditional');
      expect(reference.find((p) => p.country === 'IT' && p.commitment === 'ground_troops')?.stance).toBe('declined');
      await fc.assert(
        fc.asyncProperty(fc.shuffledSubarray(story, { minLength: story.length, maxLength: story.length }), async (order) => {
          expect(await finalPositions(order)).toEqual(reference);
        }),
        { numRuns: 30 },
      );
    });

    it('random stories applied in two orders end in the same positions', async () => {
      const stories = fc.integer({ min: 1, max: 1_000_000 }).chain((seed) => {
        const synthetic = syntheticStory({ articles: 10, seed });
        return fc.tuple(fc.constant(synthetic), fc.shuffledSubarray(synthetic, { minLength: 10, maxLength: 10 }));
      });
      await fc.assert(
        fc.asyncProperty(stories, async ([synthetic, shuffled]) => {
          expect(await finalPositions(shuffled)).toEqual(await finalPositions(synthetic));
        }),
        { numRuns: 15 },
      );
    });
  });
});
