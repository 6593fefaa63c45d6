import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuleExtractor } from '../../src/extract/index.js';
import { readExpectations } from '../../src/timeline/expectations.js';
import { checkRun, flipFlops, readStory, type TimelineRun } from '../../src/timeline/replay-story.js';
import { formatTimeline, runTimeline, type TimelineReport } from '../../src/timeline/run-timeline.js';
import { createTestRedis } from '../helpers/redis.js';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const NOW = new Date('2026-01-01T00:00:00Z');

/** The same story replayed four ways through the real extractor and state: published and shuffled, confirmation off and on. */
describe('timeline check on our own stories', () => {
  let redis: Awaited<ReturnType<typeof createTestRedis>>;
  beforeAll(async () => {
    redis = await createTestRedis();
  });
  afterAll(() => redis.cleanup());

  async function report(dir: string, expectations: string): Promise<TimelineReport> {
    return runTimeline(redis, await readStory(`${DATA}${dir}`), await readExpectations(`${DATA}${expectations}`), {
      extractor: createRuleExtractor(),
      now: NOW,
    });
  }
  const check = (r: TimelineReport, order: 'published' | 'shuffled', confirmation: 'on' | 'off') =>
    r.checks.find((c) => c.order.startsWith(order) && c.confirmation === confirmation)!;

  it("the seed story: Germany's change reaches channels confirmed, nothing unexpected, in either order", async () => {
    const seed = await report('demo/articles', 'demo/expectations.json');
    for (const order of ['published', 'shuffled'] as const) {
      const on = check(seed, order, 'on');
      expect(on.missed).toEqual([]);
      expect(on.unexpected).toEqual([]);
      expect(on.flipFlops).toBe(0);
      expect(on.quietBroken).toEqual([]);
    }
    expect(check(seed, 'published', 'off').expectedAlerted).toBe(1);
    expect(seed.orderDifferences).toEqual([]);
    expect(formatTimeline(seed)).toContain('published and shuffled order: same final positions');
  });

  it('a synthetic story: a misread flip-flops without confirmation and stays off channels with it', async () => {
    const story = await report('stories/pl-troops/articles', 'stories/pl-troops/expectations.json');
    const off = check(story, 'published', 'off');
    expect(off.flipFlops).toBeGreaterThan(0);
    expect(off.unexpected.map((u) => u.slot)).toContain('PL:ground_troops');
    const on = check(story, 'published', 'on');
    expect(on).toMatchObject({ expectedAlerted: 1, unexpectedAlerts: 0, flipFlops: 0, quietBroken: [], distractorAlerts: 0 });
    // The wire copy (s05) does not confirm the wire story (s04): Norway never reaches channels.
    expect(on.firstPositions).toBe(2);
    // Without confirmation the misread s02 already announced 'willing', a week before it was true.
    expect(off.unexpected).toContainEqual({ slot: 'PL:ground_troops', from: 'declined', to: 'willing', file: 's02' });
    expect(story.delay.published.compared).toBe(1);
    expect(story.orderDifferences).toEqual([]);
    // The details name what went wrong where: nothing with confirmation on; the misread is listed only for runs that had it.
    const details = formatTimeline(story, { details: true });
    expect(details).toContain('unexpected change alerts (published/on): none');
    expect(details).toContain('expected changes missed (published/on): none');
    expect(details).not.toContain('/off)');
    expect(formatTimeline(story)).not.toContain('unexpected change alerts');
  });
});

describe('flip-flops and expectations', () => {
  const run = (alerts: Array<[string, string | null, string]>): TimelineRun => ({
    order: 'published',
    confirmation: 'off',
    articles: alerts.length,
    unconfirmedReports: 0,
    finalPositions: {},
    publishedOf: {},
    alerts: alerts.map(([slot, from, to], index) => ({
      slot,
      from: from as never,
      to: to as never,
      type: from ? 'changed' : 'new',
      correction: false,
      index,
      file: `f${index}`,
      published: '2025-09-01',
    })),
  });

  it('counts a return to a stance posted before, not a first position or a steady change', () => {
    expect(
      flipFlops(
        run([
          ['PL:air', null, 'willing'],
          ['PL:air', 'willing', 'declined'],
          ['PL:air', 'declined', 'willing'],
        ]).alerts,
      ),
    ).toBe(1);
    expect(
      flipFlops(
        run([
          ['PL:air', null, 'willing'],
          ['PL:air', 'willing', 'committed'],
          ['DE:air', null, 'willing'],
        ]).alerts,
      ),
    ).toBe(0);
  });

  it('scores changes, quiet slots, slots allowed one change and distractors', () => {
    const checked = checkRun(
      run([
        ['PL:air', null, 'willing'],
        ['PL:air', 'willing', 'declined'],
        ['DE:air', null, 'declined'],
        ['DE:air', 'declined', 'willing'],
        ['FR:air', 'willing', 'declined'],
      ]),
      {
        story: 't',
        mustChange: [
          { country: 'PL', commitment: 'air', to: 'declined' },
          { country: 'IT', commitment: 'air', to: 'willing' },
        ],
        mustStayQuiet: [{ country: 'DE', commitment: 'air', stance: 'declined' }],
        atMostOneChange: [{ country: 'FR', commitment: 'air' }],
        silentDistractors: ['f4'],
      },
    );
    expect(checked).toMatchObject({
      expectedAlerted: 1,
      expectedAlertedShare: 0.5,
      changeAlerts: 3,
      expectedAlerts: 1,
      unexpectedAlerts: 2,
      // FR:air's one change is the move its history allows; DE:air's breaks a quiet slot
      allowedMoves: 1,
      quietBroken: ['DE:air'],
      atMostOnceBroken: [],
      distractorAlerts: 1,
    });
    expect(checked.precision).toBeCloseTo(1 / 3, 2);
    // With details, each run with confirmation on names its unexpected alerts and its misses.
    const onRun = { ...checked, confirmation: 'on' as const };
    const noDelay = { articles: { mean: 0, max: 0 }, hours: { mean: 0, max: 0 }, compared: 0 };
    const text = formatTimeline(
      { story: 't', articles: 5, seed: 1, checks: [checked, onRun], delay: { published: noDelay, shuffled: noDelay }, orderDifferences: [] },
      { details: true },
    );
    expect(text).toContain('unexpected change alerts (published/on):\n  DE:air declined -> willing at f3\n  FR:air willing -> declined at f4');
    expect(text).toContain('expected changes missed (published/on):\n  IT:air -> willing');
    expect(text).not.toContain('(published/off)');
  });

  it('counts only the first change of a slot allowed one move as allowed; a second breaks the slot', () => {
    const checked = checkRun(
      run([
        ['FR:air', 'willing', 'declined'],
        ['FR:air', 'declined', 'willing'],
        ['ES:air', 'willing', 'declined'],
      ]),
      { story: 't', mustChange: [], mustStayQuiet: [], atMostOneChange: [{ country: 'FR', commitment: 'air' }], silentDistractors: [] },
    );
    expect(checked).toMatchObject({ changeAlerts: 3, unexpectedAlerts: 3, allowedMoves: 1, atMostOnceBroken: ['FR:air'] });
  });
});

describe('reading a story folder', () => {
  it("replays exactly the articles the expectations' order names, from a folder that holds more", async () => {
    const story = await readStory(`${DATA}stories/pl-troops/articles`, ['s03', 's01']);
    expect(story.map((a) => a.file)).toEqual(['s01', 's03']);
  });

  it('names the articles of the order that the folder lacks', async () => {
    await expect(readStory(`${DATA}stories/pl-troops/articles`, ['s01', 'x07', 'x08'])).rejects.toThrow(
      /2 article file\(s\) of the story are not in .*: x07\.txt, x08\.txt/,
    );
  });
});
