import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubscriptionStore, subscriptionMatches, type Subscription } from '../../../src/alerts/subscriptions.js';
import { createChatCore, type Caller, type ChatCore, type ChannelRef } from '../../../src/chat/core/index.js';
import { FeedRegistry, feedsWithSchedules } from '../../../src/feeds/index.js';
import { createQueues } from '../../../src/queue/queues.js';
import { silentLogger } from '../../../src/log/logger.js';
import type { Alert } from '../../../src/model/alert.js';
import { closeRedisContext, createRedisContext } from '../../../src/redis/connection.js';
import { DEFAULT_CONFIRMATION } from '../../../src/state/confirmation.js';
import { PledgeStore } from '../../../src/state/index.js';
import { createTestRedis } from '../../helpers/redis.js';
import { GERMANY_URL, ITALY_URL, seedPositions } from './pledge-fixture.js';

type TestRedis = Awaited<ReturnType<typeof createTestRedis>>;

const admin: Caller = { userId: 'U-admin', canManageSubscriptions: true, canManageFeeds: true };
const member: Caller = { userId: 'U-member', canManageSubscriptions: false, canManageFeeds: false };
const channel: ChannelRef = { platform: 'discord', channelId: '111', workspaceId: 'G1' };

let redis: TestRedis;
let core: ChatCore;
let subscriptions: SubscriptionStore;

beforeAll(async () => {
  redis = await createTestRedis();
  // These fixtures are the countries' own words, trusted alone here; the default asks for two reports (test/confirmation).
  const store = new PledgeStore(redis, { confirmation: { ...DEFAULT_CONFIRMATION, ownVoiceReports: 1 } });
  await seedPositions(store);
  subscriptions = new SubscriptionStore(redis);
  core = createChatCore({
    state: store,
    subscriptions,
    feeds: new FeedRegistry(redis),
    logger: silentLogger,
    now: () => new Date('2025-09-06T00:00:00Z'),
  });
});

afterAll(async () => {
  await redis.cleanup();
});

function alert(country: string, commitment: Alert['commitment'], type: Alert['type'] = 'changed'): Alert {
  return {
    id: `${country}-${commitment}`,
    type,
    country,
    commitment,
    from: 'undecided',
    to: 'committed',
    evidence: {
      articleId: 'x',
      url: 'https://news.example.test/x',
      outlet: 'Wire',
      published: '2025-09-05',
      title: 't',
      quote: 'q',
      speaker: 'self',
      stance: 'committed',
      confidence: 0.9,
    },
    createdAt: '2025-09-05T00:00:00Z',
  };
}

describe('status', () => {
  it.each(['Italy', 'IT', 'Italian', 'Meloni', '  italy  '])('resolves %j to Italy with its positions and evidence', async (query) => {
    const result = await core.status(query);
    expect(result.ok).toBe(true);
    if (!result.ok || result.view.kind !== 'country') throw new Error('expected a country view');
    expect(result.view.country).toEqual({ code: 'IT', name: 'Italy', flag: '🇮🇹' });
    expect(result.view.positions.map((p) => [p.commitment, p.stance, p.emoji])).toEqual([
      ['ground_troops', 'declined', '⛔'],
      ['monitoring', 'willing', '🟢'],
    ]);
    const troops = result.view.positions[0]!;
    expect(troops.commitmentLabel).toBe('ground troops');
    expect(troops.evidence).toMatchObject({
      quote: 'Meloni confirmed Italy will not send troops to Ukraine.',
      outlet: 'Reuters',
      url: ITALY_URL,
      date: '2025-09-04',
      confidenceText: 'high confidence (90%)',
    });
  });

  it('answers an unknown country with the hint, not a guess', async () => {
    const result = await core.status('Xyz');
    expect(result).toEqual({
      ok: false,
      kind: 'not_found',
      message: "I don't know the country 'Xyz'. Try a name, code, demonym or leader, e.g. Italy, IT, Italian, Meloni.",
    });
  });

  it('says "no reported position" for a known country without positions', async () => {
    const result = await core.status('France');
    if (!result.ok || result.view.kind !== 'country') throw new Error('expected a country view');
    expect(result.view.positions).toEqual([]);
    expect(result.view.noPositionText).toBe('France: no reported position yet.');
  });

  it('gives the whole table, countries sorted by name, when no country is asked', async () => {
    const result = await core.status();
    if (!result.ok || result.view.kind !== 'table') throw new Error('expected the table');
    expect(result.view.rows.map((r) => r.country.name)).toEqual(['Germany', 'Italy']);
    expect(result.view.rows[0]!.cells).toEqual([{ commitment: 'coalition', commitmentLabel: 'coalition', stance: 'committed', emoji: '✅' }]);
    expect(result.view.commitments).toEqual(['coalition', 'ground_troops', 'monitoring']);
  });

  it('turns a store failure into an apology instead of throwing', async () => {
    const broken = createRedisContext('redis://127.0.0.1:6379', `pw-test-closed-${Date.now()}`);
    await closeRedisContext(broken);
    const failing = createChatCore({ state: new PledgeStore(broken), subscriptions, logger: silentLogger });
    const result = await failing.status('Italy');
    expect(result).toMatchObject({ ok: false, kind: 'internal' });
    if (!result.ok) expect(result.message).toMatch(/try again/);
  });
});

describe('history', () => {
  it('lists changes newest first with the from -> to line and sources', async () => {
    const result = await core.history('Merz');
    if (!result.ok) throw new Error(result.message);
    const changes = result.view.entries.filter((e) => e.kind === 'change');
    expect(changes.map((e) => e.line)).toEqual([
      'Germany — coalition: conditional -> committed',
      // A third party's report alone is not confirmed; the country's own word then is.
      'Germany — coalition: no reported position -> conditional (reported, unconfirmed)',
    ]);
    expect(changes[0]!.evidence).toMatchObject({ outlet: 'Deutsche Welle', url: GERMANY_URL, date: '2025-09-05' });
  });

  it('filters by commitment and explains an empty timeline', async () => {
    const result = await core.history('Germany', 'air support');
    if (!result.ok) throw new Error(result.message);
    expect(result.view.commitment).toBe('air');
    expect(result.view.entries).toEqual([]);
    expect(result.view.emptyText).toBe('Germany: no reported position on air so far, so no history yet.');
  });

  it('rejects an unknown commitment with the list of known ones', async () => {
    const result = await core.history('Germany', 'submarines');
    expect(result).toMatchObject({ ok: false, kind: 'input' });
    if (!result.ok) expect(result.message).toMatch(/^I don't know the commitment 'submarines'\. Known commitments: coalition, ground troops/);
  });
});

describe('subscriptions', () => {
  it('stores resolved filters with exclusions, and they decide which alerts match', async () => {
    const result = await core.subscribe(channel, { countries: 'Poland, DE', text: 'not sanctions' }, admin);
    if (!result.ok) throw new Error(result.message);
    expect(result.view.summary).toBe('countries: Poland, Germany; not sanctions');
    const stored = (await subscriptions.get('discord', '111'))!;
    expect(stored).toMatchObject({ countries: ['PL', 'DE'], excludeCommitments: ['sanctions'], createdBy: 'U-admin', workspaceId: 'G1' });
    expect(subscriptionMatches(stored, alert('DE', 'ground_troops'))).toBe(true);
    expect(subscriptionMatches(stored, alert('DE', 'sanctions'))).toBe(false);
    expect(subscriptionMatches(stored, alert('IT', 'ground_troops'))).toBe(false);
  });

  it('reads the one-line form "countries: PL, DE; not sanctions; types: not disputed"', async () => {
    const result = await core.subscribe({ ...channel, channelId: '222' }, { text: 'countries: PL, DE; not sanctions; types: not disputed' }, admin);
    if (!result.ok) throw new Error(result.message);
    const sub: Subscription = result.view.subscription;
    expect(sub.countries).toEqual(['PL', 'DE']);
    expect(sub.excludeCommitments).toEqual(['sanctions']);
    expect(sub.types).toEqual(['new', 'changed', 'resolved']);
  });

  it('does not read "Norway" as an exclusion', async () => {
    const result = await core.subscribe({ ...channel, channelId: '333' }, { countries: 'Norway, not Russia' }, admin);
    if (!result.ok) throw new Error(result.message);
    expect(result.view.subscription.countries).toEqual(['NO']);
    expect(result.view.subscription.excludeCountries).toEqual(['RU']);
  });

  it('refuses members without the right, storing nothing', async () => {
    const result = await core.subscribe({ ...channel, channelId: '444' }, {}, member);
    expect(result).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(await subscriptions.get('discord', '444')).toBeNull();
  });

  it('names the unknown country in a filter', async () => {
    const result = await core.subscribe({ ...channel, channelId: '555' }, { countries: 'PL, Atlantis' }, admin);
    expect(result).toMatchObject({ ok: false, kind: 'input', message: expect.stringContaining("I don't know the country 'Atlantis'") });
    expect(await subscriptions.get('discord', '555')).toBeNull();
  });

  it('lists the workspace subscriptions and unsubscribes', async () => {
    const listed = await core.subscriptions(channel);
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.view.channel?.channelId).toBe('111');
    expect(listed.view.workspace.map((s) => s.channelId).sort()).toEqual(['111', '222', '333']);
    expect(await core.unsubscribe(channel, member)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(await core.unsubscribe(channel, admin)).toEqual({ ok: true, view: { channelId: '111', removed: true } });
    expect(await core.unsubscribe(channel, admin)).toEqual({ ok: true, view: { channelId: '111', removed: false } });
  });
});

describe('feeds', () => {
  it('is for admins only', async () => {
    expect(await core.feedsList(member)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(await core.feedsAdd('https://example.org/rss', member)).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it("passes the registry's verdict on a bad URL to the user", async () => {
    const result = await core.feedsAdd('file:///etc/passwd', admin);
    expect(result).toMatchObject({ ok: false, kind: 'input', message: expect.stringContaining('only http:// and https://') });
  });

  it('adds, lists and removes a feed', async () => {
    const added = await core.feedsAdd('https://news.example.test/world/rss', admin);
    if (!added.ok) throw new Error(added.message);
    const listed = await core.feedsList(admin);
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.view.feeds.map((f) => f.url)).toEqual(['https://news.example.test/world/rss']);
    expect(listed.view.feeds[0]!.details).toContainEqual({ label: 'last poll', value: 'not yet' });
    expect(await core.feedsRemove(added.view.id, admin)).toMatchObject({ ok: true, view: { id: added.view.id } });
    expect(await core.feedsRemove(added.view.id, admin)).toMatchObject({ ok: false, kind: 'not_found' });
  });

  it("refuses a loopback feed with the fetcher's reason, as an input error", async () => {
    const queues = createQueues(redis);
    try {
      const guarded = createChatCore({
        state: new PledgeStore(redis),
        subscriptions,
        feeds: feedsWithSchedules(new FeedRegistry(redis), queues, 300, { allowPrivate: false, allowlist: [] }),
        logger: silentLogger,
      });
      const result = await guarded.feedsAdd('http://[::1]:8080/rss', admin);
      expect(result).toMatchObject({ ok: false, kind: 'input', message: expect.stringMatching(/^feed not added: refused to connect to ::1: /) });
    } finally {
      await queues.close();
    }
  });

  it('says feed management is unavailable without a registry', async () => {
    const bare = createChatCore({ state: new PledgeStore(redis), subscriptions, logger: silentLogger });
    expect(await bare.feedsList(admin)).toMatchObject({ ok: false, kind: 'unavailable' });
  });
});

describe('explain', () => {
  it('says what an article raised, by URL', async () => {
    const result = await core.explain(GERMANY_URL);
    if (!result.ok) throw new Error(result.message);
    expect(result.view.found).toBe(true);
    expect(result.view.summary).toBe('It raised 1 alert: Germany — coalition: conditional -> committed.');
    expect(result.view.facts).toContainEqual({ label: 'Outlet', value: 'Deutsche Welle' });
  });

  it('says when an article was never seen', async () => {
    const result = await core.explain('https://news.example.test/never-seen');
    if (!result.ok) throw new Error(result.message);
    expect(result.view.found).toBe(false);
    expect(result.view.summary).toMatch(/not processed/);
  });

  it('asks for a URL when given nothing', async () => {
    expect(await core.explain('   ')).toMatchObject({ ok: false, kind: 'input' });
  });
});

describe('autocomplete', () => {
  it('offers the exact resolution first, then countries with positions', async () => {
    expect((await core.suggestCountries('Meloni'))[0]).toEqual({ name: 'Italy (IT)', value: 'IT' });
    expect((await core.suggestCountries('ger'))[0]).toEqual({ name: 'Germany (DE)', value: 'DE' });
    expect((await core.suggestCountries('')).map((c) => c.value)).toEqual(['DE', 'IT']);
  });

  it('also offers countries without a position, after those with one', async () => {
    const values = (await core.suggestCountries('ger')).map((c) => c.value);
    expect(values[0]).toBe('DE');
    expect(values.slice(1)).toEqual(expect.arrayContaining(['DZ', 'NE', 'NG']));
    expect((await core.suggestCountries('Fra')).map((c) => c.value)).toEqual(['FR']);
    expect(await core.suggestCountries('zzzz')).toEqual([]);
  });

  it('offers commitments by label', () => {
    expect(core.suggestCommitments('troop')).toEqual([{ name: 'ground troops', value: 'ground_troops' }]);
  });
});

describe('any input', () => {
  it('gets data or a message, never an exception or an internal error', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 300 });
    await fc.assert(
      fc.asyncProperty(text, text, text, async (a, b, c) => {
        const results = await Promise.all([
          core.status(a),
          core.history(a, b),
          core.subscribe({ ...channel, channelId: 'fuzz' }, { countries: a, commitments: b, types: c, text: `${a};${b}` }, admin),
          core.explain(a),
        ]);
        for (const result of results) {
          if (!result.ok) {
            expect(result.kind).not.toBe('internal');
            expect(result.message.length).toBeLessThan(400);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
