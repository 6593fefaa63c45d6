import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isPledgewatchError } from '../../src/errors/index.js';
import type { Alert } from '../../src/model/alert.js';
import type { Article } from '../../src/model/article.js';
import type { Claim } from '../../src/model/claim.js';
import { PledgeStore } from '../../src/state/index.js';
import { createTestRedis } from '../helpers/redis.js';
import { loadSeedStory, type SeedArticle } from './seed-story.js';

type TestRedis = Awaited<ReturnType<typeof createTestRedis>>;

let story: SeedArticle[];
let redis: TestRedis;
let store: PledgeStore;

beforeAll(async () => {
  story = await loadSeedStory();
});
beforeEach(async () => {
  redis = await createTestRedis();
  store = new PledgeStore(redis);
});
afterEach(async () => {
  await redis.cleanup();
});

/** The alerts of the reported position's changes (a later confirmation of one is its own alert, tested in test/confirmation). */
async function applyAll(articles: SeedArticle[], options: { backfill?: boolean } = {}): Promise<Alert[]> {
  const alerts: Alert[] = [];
  for (const { article, claims } of articles) alerts.push(...(await store.applyArticle(article, claims, options)).alerts);
  return alerts.filter((alert) => alert.track !== 'confirmed');
}

function slotOf(alert: Alert): string {
  return `${alert.country}:${alert.commitment}`;
}

describe('the seed story in published order', () => {
  it('alerts every first-seen position as new and exactly one real change: Germany coalition', async () => {
    const alerts = await applyAll(story);
    const changes = alerts.filter((a) => a.type !== 'new');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ type: 'changed', country: 'DE', commitment: 'coalition', from: 'willing', to: 'conditional' });
    expect(changes[0]!.evidence).toMatchObject({ speaker: 'self', stance: 'conditional', articleId: story[2]!.article.id });
    expect(changes[0]!.evidence.quote).toMatch(/^Several countries, including Germany/);

    const positions = await store.positions();
    const newSlots = alerts.filter((a) => a.type === 'new').map(slotOf);
    expect(new Set(newSlots).size).toBe(newSlots.length);
    expect(newSlots.sort()).toEqual(positions.map((p) => `${p.country}:${p.commitment}`).sort());
    expect(new Set(alerts.map((a) => a.id)).size).toBe(alerts.length);
  });

  it("keeps Italy's ground troops declined when 004 says Italy 'refrained from committing troops'", async () => {
    await applyAll(story.slice(0, 4));
    const result = await store.applyArticle(story[4]!.article, story[4]!.claims);
    expect(result.alerts.some((a) => a.country === 'IT')).toBe(false);
    const italy = result.decisions.find((d) => d.claim.country === 'IT');
    expect(italy).toMatchObject({ outcome: 'kept_more_specific', from: 'declined', to: 'declined' });
    const [troops] = await store.positions('IT').then((p) => p.filter((x) => x.commitment === 'ground_troops'));
    expect(troops).toMatchObject({ stance: 'declined', corroborations: 3 });
    expect(troops!.evidence.quote).toMatch(/Meloni confirmed/);
  });

  it('alerts repeated positions (US contribution to be finalised, Russia rejects troops) only once', async () => {
    const alerts = await applyAll(story);
    expect(alerts.filter((a) => a.country === 'US' && a.commitment === 'coalition')).toHaveLength(1);
    expect(alerts.filter((a) => a.country === 'RU' && a.commitment === 'ground_troops')).toHaveLength(1);
    const [us] = (await store.positions('US')).filter((p) => p.commitment === 'coalition');
    expect(us).toMatchObject({ stance: 'undecided', corroborations: 5 });
  });

  it('gives zero alerts when the same articles are applied again', async () => {
    await applyAll(story);
    const before = await store.positions();
    const results = await Promise.all(story.map(({ article, claims }) => store.applyArticle(article, claims)));
    expect(results.every((r) => r.duplicate && r.alerts.length === 0)).toBe(true);
    expect(await store.positions()).toEqual(before);
  });

  it('a copy of an article under another id corroborates and alerts nobody', async () => {
    await applyAll(story);
    const copy = { ...story[3]!.article, id: 'syndicated-copy' };
    const result = await store.applyArticle(copy, story[3]!.claims);
    expect(result.duplicate).toBe(false);
    expect(result.alerts).toEqual([]);
  });
});

describe('backfill', () => {
  it('records positions without alerting, then alerts only later changes', async () => {
    const quiet = await applyAll(story.slice(0, 2), { backfill: true });
    expect(quiet).toEqual([]);
    expect((await store.positions('DE'))[0]).toMatchObject({ commitment: 'coalition', stance: 'willing' });
    const record = await store.explain(story[0]!.article.id);
    expect(record?.backfill).toBe(true);
    expect(record?.decisions.every((d) => d.outcome === 'backfilled')).toBe(true);

    const live = await applyAll(story.slice(2));
    expect(live.find((a) => a.type === 'changed')).toMatchObject({ country: 'DE', from: 'willing', to: 'conditional' });
    expect(live.some((a) => a.country === 'US' && a.commitment === 'coalition')).toBe(false);
  });
});

describe('history and explain', () => {
  it("shows Germany's timeline newest first, with the change and its source", async () => {
    await applyAll(story);
    const history = await store.history('DE');
    expect(history.map((h) => `${h.commitment} ${h.kind} ${h.outcome}`)).toEqual([
      'ground_troops change new',
      // 003 repeats Germany's own conditional: the second report confirms it (test/confirmation).
      'coalition change corroborated',
      'coalition change changed',
      'coalition change new',
    ]);
    expect(history[2]).toMatchObject({ alertType: 'changed', from: 'willing', to: 'conditional' });
    expect(history[3]!.evidence.quote).toMatch(/Macron confirmed/);
    expect(await store.history('DE', 'coalition', 2)).toHaveLength(2);
    expect(await store.history('ZZ')).toEqual([]);
  });

  it('explains what an article did and why it did not alert, by id and by url', async () => {
    await applyAll(story);
    const record = await store.explain(story[4]!.article.id);
    const italy = record?.decisions.find((d) => d.claim.country === 'IT');
    expect(italy?.reason).toMatch(/vaguer than 'declined'/);
    expect(await store.explain('no-such-article')).toBeNull();

    const withUrl: Article = { ...story[1]!.article, id: 'with-url', url: 'https://news.example/a/1' };
    await store.applyArticle(withUrl, story[1]!.claims);
    expect((await store.explain('https://news.example/a/1'))?.articleId).toBe('with-url');
  });

  it('lists countries and filters positions by country in commitment order', async () => {
    await applyAll(story);
    expect(await store.countries()).toEqual(['BG', 'CA', 'DE', 'DK', 'EE', 'ES', 'EU', 'FI', 'FR', 'GB', 'IT', 'PL', 'RO', 'RU', 'US']);
    expect((await store.positions('US')).map((p) => p.commitment)).toEqual(['coalition', 'ground_troops', 'air', 'intelligence', 'backstop', 'sanctions']);
  });
});

describe('disputes', () => {
  const base = { url: 'unknown', outlet: 'Wire', title: 't', body: '' };
  const claim = (stance: Claim['stance'], speaker: Claim['speaker'] = 'third_party'): Claim => ({
    country: 'NL',
    commitment: 'ground_troops',
    stance,
    evidence: `NL ${stance}`,
    speaker,
    confidence: 0.9,
  });

  it('same-day contradicting reports dispute the position with both sources, and a later report resolves it', async () => {
    await store.applyArticle({ ...base, id: 'd1', published: '2025-10-01' }, [claim('willing')]);
    const disputed = await store.applyArticle({ ...base, id: 'd2', published: '2025-10-01' }, [claim('declined')]);
    expect(disputed.alerts).toHaveLength(1);
    expect(disputed.alerts[0]).toMatchObject({ type: 'disputed', from: 'willing', to: 'disputed' });
    expect(disputed.alerts[0]!.evidence.articleId).toBe('d2');
    expect(disputed.alerts[0]!.contenders?.map((e) => e.articleId)).toEqual(['d1']);
    const [position] = await store.positions('NL');
    expect(position).toMatchObject({ stance: 'disputed', corroborations: 2 });
    expect([position!.evidence.articleId, ...position!.contenders!.map((e) => e.articleId)].sort()).toEqual(['d1', 'd2']);

    const again = await store.applyArticle({ ...base, id: 'd3', published: '2025-10-01' }, [claim('declined')]);
    expect(again.alerts).toEqual([]);
    const resolved = await store.applyArticle({ ...base, id: 'd4', published: '2025-10-02' }, [claim('declined')]);
    expect(resolved.alerts[0]).toMatchObject({ type: 'resolved', from: 'disputed', to: 'declined' });
    expect((await store.positions('NL'))[0]).toMatchObject({ stance: 'declined', corroborations: 3 });
  });

  it('an article does not dispute itself: its strongest claim on a position counts', async () => {
    const result = await store.applyArticle({ ...base, id: 'm1', published: '2025-10-01' }, [
      claim('willing'),
      claim('committed', 'self'),
      claim('committed', 'self'),
    ]);
    expect(result.alerts.map((a) => `${a.type} ${a.to}`)).toEqual(['new committed']);
    expect(result.decisions.map((d) => d.outcome)).toEqual(['same_article', 'new', 'same_article']);
    expect((await store.positions('NL'))[0]).toMatchObject({ stance: 'committed', corroborations: 1 });
    expect(await store.history('NL')).toHaveLength(3);
  });
});

describe('bad input and edge cases', () => {
  const article: Article = { id: 'x1', url: 'unknown', outlet: 'o', published: 'unknown', title: 't', body: '' };
  const claim: Claim = { country: 'PL', commitment: 'air', stance: 'committed', evidence: 'Poland will.', speaker: 'self', confidence: 0.8 };

  it('rejects malformed claims without failing the article', async () => {
    const junk = [
      { ...claim, country: 'Poland' },
      { ...claim, commitment: 'space' },
      { ...claim, stance: 'maybe' },
      { ...claim, speaker: 'someone' },
      { ...claim, confidence: Number.NaN },
      null,
      claim,
    ] as unknown as Claim[];
    const result = await store.applyArticle(article, junk);
    expect(result.decisions.map((d) => d.outcome)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'new']);
    expect(result.alerts).toHaveLength(1);
  });

  it('refuses an article without an id with a readable error', async () => {
    const error = await store.applyArticle({ ...article, id: '' }, [claim]).catch((e: unknown) => e);
    expect(isPledgewatchError(error)).toBe(true);
    expect((error as Error).message).toMatch(/without an id/);
  });

  it('rejects an unusable topic name', () => {
    expect(() => new PledgeStore(redis, { topic: 'Bad Topic!' })).toThrow(/topic/);
  });

  it('treats an unknown publication date as the day it is applied', async () => {
    await store.applyArticle(article, [claim], { now: new Date('2025-09-06T10:00:00Z') });
    const older: Article = { ...article, id: 'x2', published: '2025-09-05' };
    const result = await store.applyArticle(older, [{ ...claim, stance: 'declined' }], { now: new Date('2025-09-07T10:00:00Z') });
    expect(result.decisions[0]).toMatchObject({ outcome: 'kept_older' });
  });

  it('records an article with no claims, so a replay is a duplicate', async () => {
    expect((await store.applyArticle(article, [])).duplicate).toBe(false);
    expect((await store.applyArticle(article, [])).duplicate).toBe(true);
    expect((await store.explain('x1'))?.decisions).toEqual([]);
  });

  it('keeps topics apart', async () => {
    await store.applyArticle(article, [claim]);
    const other = new PledgeStore(redis, { topic: 'other-topic' });
    expect(await other.positions()).toEqual([]);
    expect((await other.applyArticle(article, [claim])).alerts).toHaveLength(1);
  });

  it('survives a corrupt position in Redis by rebuilding it from the next claim', async () => {
    await redis.redis.hset(`${redis.prefix}:state:{ukraine-guarantees}:positions`, 'PL:air', '{not json');
    const result = await store.applyArticle(article, [claim]);
    expect(result.alerts[0]).toMatchObject({ type: 'new', country: 'PL' });
    expect(await store.positions('PL')).toHaveLength(1);
  });

  it('gives the same alert ids when a retried job re-plans the same article', async () => {
    const first = await store.applyArticle(article, [claim]);
    await redis.cleanup();
    redis = await createTestRedis();
    store = new PledgeStore(redis);
    const again = await store.applyArticle(article, [claim]);
    expect(again.alerts.map((a) => a.id)).toEqual(first.alerts.map((a) => a.id));
  });
});
