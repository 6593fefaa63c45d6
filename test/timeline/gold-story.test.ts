import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../src/extract/eval/realnews.js';
import { readExpectations } from '../../src/timeline/expectations.js';
import { GOLD_READINGS, goldExtractor, goldStoryArticles, readGoldStory } from '../../src/timeline/gold-story.js';
import { readGoldVoices } from '../../src/timeline/gold-voices.js';
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

describe("the gold's voices: who said each claim, and when", () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-voices-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, lines: unknown[]): string => {
    const path = join(dir, name);
    writeFileSync(path, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n'));
    return path;
  };
  const voice = (country: string, stance: string, speaker: string, said: string | null = null) => ({
    country,
    commitment: 'ground_troops',
    stance,
    speaker,
    said,
  });
  const entries = [entry('t1', '2025-03-01'), entry('t2', '2025-03-02')];
  const gold = new Map([
    ['t1', [{ country: 'CL', commitment: 'ground_troops' as const, stance: 'willing' as const }]],
    [
      't2',
      [
        { country: 'CL', commitment: 'ground_troops' as const, stance: 'declined' as const },
        { country: 'PE', commitment: 'ground_troops' as const, stance: 'willing' as const },
        { country: 'BO', commitment: 'ground_troops' as const, stance: 'willing' as const, optional: true },
      ],
    ],
  ]);

  it('gives each claim the speaker and the statement date read from its page', async () => {
    const path = write('voices.jsonl', [
      { article: 't1.txt', claims: [voice('CL', 'willing', 'self')] },
      '',
      { article: 't2', claims: [voice('CL', 'declined', 'third_party'), voice('PE', 'willing', 'self', '2025-02')] },
    ]);
    const story = goldStoryArticles(entries, ['t1', 't2']);
    const extractor = goldExtractor(story, gold, GOLD_READINGS.annotated, { voices: await readGoldVoices(path) });
    expect(await extractor.extract(story[1]!.article)).toEqual([
      { country: 'CL', commitment: 'ground_troops', stance: 'declined', evidence: 'gold claim of article t2', speaker: 'third_party', confidence: 0.9 },
      {
        country: 'PE',
        commitment: 'ground_troops',
        stance: 'willing',
        evidence: 'gold claim of article t2',
        speaker: 'self',
        confidence: 0.9,
        said: '2025-02',
      },
    ]);
  });

  it('reads each claim at the confidence the extractor gives its kind of reading, from its voice, place and language', async () => {
    const pledges = new Map([
      [
        't1',
        [
          { country: 'CL', commitment: 'ground_troops' as const, stance: 'committed' as const, evidence_span: [0, 90] as [number, number] },
          { country: 'PE', commitment: 'ground_troops' as const, stance: 'committed' as const, evidence_span: [100, 190] as [number, number] },
          { country: 'BO', commitment: 'air' as const, stance: 'willing' as const, evidence_span: [0, 40] as [number, number], evidence_in: 'title' as const },
        ],
      ],
    ]);
    const voices = await readGoldVoices(
      write('kinds.jsonl', [
        {
          article: 't1',
          claims: [
            { ...voice('CL', 'committed', 'self'), formal: true },
            { ...voice('PE', 'committed', 'self'), formal: false },
            { country: 'BO', commitment: 'air', stance: 'willing', speaker: 'third_party', said: null },
          ],
        },
      ]),
    );
    const story = goldStoryArticles(entries, ['t1']);
    const confidences = async (language: string) =>
      (await goldExtractor(story, pledges, GOLD_READINGS.calibrated, { voices, languages: new Map([['t1', language]]) }).extract(story[0]!.article)).map(
        (claim) => [claim.country, claim.confidence],
      );
    // A pledge signed in its own voice is the reliable kind; its word alone, or a headline by others, is not.
    expect(await confidences('en')).toEqual([
      ['CL', 0.9],
      ['PE', 0.6],
      ['BO', 0.5],
    ]);
    // The other languages' cue lists read no signature.
    expect((await confidences('fr'))[0]).toEqual(['CL', 0.6]);
  });

  it('refuses the annotated reading without voices, or with a claim of the story left unvoiced, naming it', async () => {
    const story = goldStoryArticles(entries, ['t1', 't2']);
    expect(() => goldExtractor(story, gold, GOLD_READINGS.annotated)).toThrow(/needs the voices file/);
    const partial = await readGoldVoices(
      write('partial.jsonl', [
        { article: 't1', claims: [voice('CL', 'willing', 'self')] },
        { article: 't2', claims: [voice('CL', 'declined', 'self')] },
      ]),
    );
    expect(() => goldExtractor(story, gold, GOLD_READINGS.annotated, { voices: partial })).toThrow(
      /1 gold claim\(s\) of the story have no voice: t2 PE ground_troops willing/,
    );
    const late = await readGoldVoices(
      write('late.jsonl', [
        { article: 't1', claims: [voice('CL', 'willing', 'self', '2025-03-02')] },
        { article: 't2', claims: [voice('CL', 'declined', 'self'), voice('PE', 'willing', 'self', '2025-03')] },
      ]),
    );
    expect(() => goldExtractor(story, gold, GOLD_READINGS.annotated, { voices: late })).toThrow(
      /1 voice\(s\) date a statement after its article was published: t1 CL ground_troops willing/,
    );
    // The optional claim needs a voice only when optional claims are read.
    expect(() => goldExtractor(story, gold, { ...GOLD_READINGS.annotated, withOptional: true }, { voices: partial })).toThrow(
      /2 gold claim\(s\).*t2 BO ground_troops willing/,
    );
  });

  it('names the line of a bad speaker, a bad date, a repeated article or claim, and a file it cannot read', async () => {
    await expect(readGoldVoices(write('speaker.jsonl', [{ article: 't1', claims: [voice('CL', 'willing', 'Starmer')] }]))).rejects.toThrow(
      /speaker\.jsonl line 1: claims\.0\.speaker: /,
    );
    await expect(readGoldVoices(write('date.jsonl', ['', { article: 't1', claims: [voice('CL', 'willing', 'self', 'March 2025')] }]))).rejects.toThrow(
      /date\.jsonl line 2: claims\.0\.said: a date YYYY-MM or YYYY-MM-DD/,
    );
    await expect(
      readGoldVoices(
        write('twice.jsonl', [
          { article: 't1', claims: [] },
          { article: 't1.txt', claims: [] },
        ]),
      ),
    ).rejects.toThrow(/line 2: t1 is listed twice/);
    await expect(
      readGoldVoices(write('claim.jsonl', [{ article: 't1', claims: [voice('CL', 'willing', 'self'), voice('CL', 'willing', 'third_party')] }])),
    ).rejects.toThrow(/line 1: CL ground_troops willing is listed twice/);
    await expect(readGoldVoices(write('json.jsonl', ['{"article": "t1", ']))).rejects.toThrow(/json\.jsonl line 1/);
    await expect(readGoldVoices(join(dir, 'absent.jsonl'))).rejects.toThrow(/cannot read the gold's voices/);
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
    const { story, gold, languages } = await readGoldStory(`${REALNEWS}manifest.jsonl`, `${REALNEWS}gold.jsonl`, expectations.order);
    return { expectations, story, gold, annotation: { voices: await readGoldVoices(`${REALNEWS}voices.jsonl`), languages } };
  };

  it('agrees with the hand-written history: every expected change is in the gold from its article on', async () => {
    const { expectations, story: articles, gold, annotation } = await story();
    expect(articles).toHaveLength(expectations.order!.length);
    // Read as third parties, and with the speaker and date each claim has on its page.
    for (const reading of [GOLD_READINGS.third_party, GOLD_READINGS.annotated]) {
      const report = await runTimeline(redis, articles, expectations, { extractor: goldExtractor(articles, gold, reading, annotation), now });
      const [publishedOff, publishedOn] = report.checks;
      // Without confirmation every report moves the slot: each expected change is alerted on or after its article's day.
      expect(publishedOff!.missed, reading.speaker).toEqual([]);
      // Confirmation holds reports back; it never adds alerts.
      expect(publishedOn!.changeAlerts).toBeLessThan(publishedOff!.changeAlerts);
      expect(publishedOn!.expectedAlerted).toBeLessThanOrEqual(publishedOff!.expectedAlerted);
      expect(report.orderDifferences, reading.speaker).toEqual([]);
    }
  });

  it("at the extractor's confidence, no troop pledge of 2025 reaches confirmed channels: only the signatures of January 2026 do", async () => {
    const { story: articles, gold, annotation } = await story();
    const run = await replayStory(redis, articles, {
      extractor: goldExtractor(articles, gold, GOLD_READINGS.calibrated, annotation),
      confirmation: DEFAULT_CONFIRMATION,
      order: 'published',
      now,
    });
    const pledges = run.alerts.filter((alert) => alert.to === 'committed' && alert.slot.endsWith(':ground_troops'));
    // Outlets and speakers called offers pledges all through 2025 (TIMELINE.md); words of intent read at 0.6 never confirm one.
    expect(pledges.length).toBeGreaterThan(0);
    for (const alert of pledges) expect(alert.published.slice(0, 10) >= '2026-01-06', `${alert.slot} in ${alert.file}`).toBe(true);
    // Read at 0.9 throughout, the same claims confirm pledges months before any signature.
    const uniform = await replayStory(redis, articles, {
      extractor: goldExtractor(articles, gold, GOLD_READINGS.annotated, annotation),
      confirmation: DEFAULT_CONFIRMATION,
      order: 'published',
      now,
    });
    expect(uniform.alerts.some((alert) => alert.to === 'committed' && alert.slot.endsWith(':ground_troops') && alert.published < '2026')).toBe(true);
  });

  it('posts a return to the stance told just before, within the correction window, as a correction of the alert it overturns', async () => {
    const { story: articles, gold, annotation } = await story();
    const windowMs = DEFAULT_CONFIRMATION.correctionWindowHours * 3_600_000;
    let returns = 0;
    for (const reading of Object.values(GOLD_READINGS)) {
      const run = await replayStory(redis, articles, {
        extractor: goldExtractor(articles, gold, reading, annotation),
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
