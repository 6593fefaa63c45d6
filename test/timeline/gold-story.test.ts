import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../src/extract/eval/realnews.js';
import { readExpectations } from '../../src/timeline/expectations.js';
import { GOLD_READINGS, goldExtractor, goldStoryArticles, readGoldStory } from '../../src/timeline/gold-story.js';
import { DEFAULT_CONFIRMATION } from '../../src/state/confirmation.js';
import { replayStory } from '../../src/timeline/replay-story.js';
import { runTimeline } from '../../src/timeline/run-timeline.js';
import { createTestRedis } from '../helpers/redis.js';

const REALNEWS = fileURLToPath(new URL('../../data/realnews/', import.meta.url));

function entry(id: string, published: string, host = `${id}.example.org`): ManifestEntry {
  return {
    id,
    url: `https://${host}/news/${id}`,
    outlet: host,
    published,
    title: `Title of ${id}`,
    lang: 'en',
    distractor: false,
    batch: 'T1',
    sha256: '0'.repeat(64),
    chars: 100,
    query: 'q',
  };
}

describe('the gold story: articles from the manifest, claims from the gold', () => {
  const entries = [entry('t2', '2025-03-02'), entry('t1', '2025-03-01'), entry('t3', '2025-03-01'), entry('other', '2025-01-01')];
  const gold = new Map([
    ['t1', [{ country: 'CL', commitment: 'ground_troops' as const, stance: 'willing' as const }]],
    [
      't2',
      [
        { country: 'CL', commitment: 'ground_troops' as const, stance: 'declined' as const },
        { country: 'PE', commitment: 'air' as const, stance: 'willing' as const, optional: true },
      ],
    ],
    ['t3', []],
  ]);

  it('reads exactly the articles the order names, in published order, with no text', () => {
    const story = goldStoryArticles(entries, ['t2', 't1', 't3']);
    expect(story.map((s) => s.file)).toEqual(['t1', 't3', 't2']);
    expect(story[0]!.article).toMatchObject({ url: 'https://t1.example.org/news/t1', outlet: 't1.example.org', published: '2025-03-01', body: '' });
    expect(new Set(story.map((s) => s.article.id)).size).toBe(3);
  });

  it('names the articles of the order that the manifest lacks, and refuses a story without an order', () => {
    expect(() => goldStoryArticles(entries, ['t1', 'gone', 'lost'])).toThrow(/2 article\(s\) of the story are not in the manifest: gone, lost/);
    expect(() => goldStoryArticles(entries, undefined)).toThrow(/no "order"/);
    expect(() => goldStoryArticles(entries, [])).toThrow(/no "order"/);
  });

  it('answers each article with its required gold claims, read with the speaker and confidence asked for', async () => {
    const story = goldStoryArticles(entries, ['t1', 't2', 't3']);
    const asSelf = goldExtractor(story, gold, GOLD_READINGS.self);
    const t2 = story.find((s) => s.file === 't2')!.article;
    expect(await asSelf.extract(t2)).toEqual([
      { country: 'CL', commitment: 'ground_troops', stance: 'declined', evidence: 'gold claim of article t2', speaker: 'self', confidence: 0.9 },
    ]);
    const withOptional = goldExtractor(story, gold, { ...GOLD_READINGS.third_party, withOptional: true });
    expect((await withOptional.extract(t2)).map((c) => [c.country, c.speaker])).toEqual([
      ['CL', 'third_party'],
      ['PE', 'third_party'],
    ]);
    expect(withOptional.name).toContain('optional claims too');
  });

  it('refuses an article outside the story, and a story article the gold has no line for', async () => {
    const story = goldStoryArticles(entries, ['t1', 't2', 't3']);
    const extractor = goldExtractor(story, gold, GOLD_READINGS.self);
    const outside = goldStoryArticles(entries, ['other'])[0]!.article;
    await expect(extractor.extract(outside)).rejects.toThrow(/is not an article of the gold story/);
    const withOther = goldStoryArticles(entries, ['t1', 'other']);
    expect(() => goldExtractor(withOther, gold, GOLD_READINGS.self)).toThrow(/1 article\(s\) of the story have no gold line: other/);
  });
});

/** The real-news development story on its gold claims: the alert layer alone, without the texts. */
describe('the real-news story replayed on its gold claims', () => {
  let redis: Awaited<ReturnType<typeof createTestRedis>>;
  beforeAll(async () => {
    redis = await createTestRedis();
  });
  afterAll(() => redis.cleanup());

  // After the story's last article (January 2026): nothing of it reads as dated in the future.
  const now = new Date('2026-06-01T00:00:00Z');
  const story = async () => {
    const expectations = await readExpectations(`${REALNEWS}timeline/expectations.json`);
    return { expectations, ...(await readGoldStory(`${REALNEWS}manifest.jsonl`, `${REALNEWS}gold.jsonl`, expectations.order)) };
  };

  it('agrees with the hand-written history: every expected change is in the gold from its article on', async () => {
    const { expectations, story: articles, gold } = await story();
    expect(articles).toHaveLength(expectations.order!.length);
    const report = await runTimeline(redis, articles, expectations, { extractor: goldExtractor(articles, gold, GOLD_READINGS.third_party), now });
    const [publishedOff, publishedOn] = report.checks;
    // Without confirmation every report moves the slot: each expected change is alerted on or after its article's day.
    expect(publishedOff!.missed).toEqual([]);
    // Confirmation holds reports back; it never adds alerts.
    expect(publishedOn!.changeAlerts).toBeLessThan(publishedOff!.changeAlerts);
    expect(publishedOn!.expectedAlerted).toBeLessThanOrEqual(publishedOff!.expectedAlerted);
    expect(report.orderDifferences).toEqual([]);
  });

  it('posts a return to the stance told just before, within the correction window, as a correction of the alert it overturns', async () => {
    const { story: articles, gold } = await story();
    const windowMs = DEFAULT_CONFIRMATION.correctionWindowHours * 3_600_000;
    let returns = 0;
    for (const reading of Object.values(GOLD_READINGS)) {
      const run = await replayStory(redis, articles, {
        extractor: goldExtractor(articles, gold, reading),
        confirmation: DEFAULT_CONFIRMATION,
        order: 'published',
        now,
      });
      const last = new Map<string, { from: string | null; published: string }>();
      for (const alert of run.alerts) {
        const before = last.get(alert.slot);
        const goesBack = before !== undefined && before.from === alert.to && Date.parse(alert.published) - Date.parse(before.published) <= windowMs;
        if (goesBack) {
          returns++;
          expect(alert, `${alert.slot} back to ${alert.to} in ${alert.file}`).toMatchObject({ correction: true });
        }
        last.set(alert.slot, { from: alert.from, published: alert.published });
      }
    }
    // The gold holds such returns (Italy on the coalition, read the day after Paris): the check is not empty.
    expect(returns).toBeGreaterThan(0);
  });
});
