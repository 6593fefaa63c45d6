import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, Evidence } from '../../src/model/alert.js';
import type { Article } from '../../src/model/article.js';
import type { Claim } from '../../src/model/claim.js';
import { independent, nearDuplicate, ownerOf, DEFAULT_CONFIRMATION } from '../../src/state/confirmation.js';
import { parseFilters } from '../../src/chat/core/index.js';
import { PledgeStore } from '../../src/state/index.js';
import { createTestRedis } from '../helpers/redis.js';

const NOW = new Date('2025-10-01T00:00:00Z');

function article(id: string, url: string, published: string, outlet = new URL(url).hostname): Article {
  return { id, url, outlet, published, title: `Report ${id}`, body: '' };
}

function claim(stance: Claim['stance'], evidence: string, speaker: Claim['speaker'] = 'third_party', confidence = 0.8): Claim {
  return { country: 'PL', commitment: 'ground_troops', stance, evidence, speaker, confidence };
}

describe('confirmation before broadcast', () => {
  let redis: Awaited<ReturnType<typeof createTestRedis>>;
  let run = 0;
  beforeAll(async () => {
    redis = await createTestRedis();
  });
  afterAll(() => redis.cleanup());

  /** The default needs a second report beside the country's own voice; a deployment may trust its voice alone. */
  const store = (ownVoiceReports = 1) => new PledgeStore(redis, { topic: `confirm-${++run}`, confirmation: { ...DEFAULT_CONFIRMATION, ownVoiceReports } });

  it("by default, confirms the country's own voice once a second report of the same stance arrives", async () => {
    const state = new PledgeStore(redis, { topic: `confirm-${++run}` });
    const first = await state.applyArticle(
      article('own-a', 'https://www.gov.example.pl/news/a', '2025-09-10'),
      [claim('willing', 'Prime Minister Tusk said Poland is ready to send troops.', 'self', 0.9)],
      { now: NOW },
    );
    expect(first.alerts.map((a) => a.track)).toEqual(['report']);
    const second = await state.applyArticle(
      article('own-b', 'https://www.gov.example.pl/news/b', '2025-09-20'),
      [claim('willing', 'Poland stands ready to contribute soldiers, the prime minister repeated.', 'self', 0.9)],
      { now: NOW },
    );
    expect(second.alerts).toHaveLength(1);
    expect(second.alerts[0]).toMatchObject({ type: 'new', from: null, to: 'willing', track: 'confirmed', confirmedBy: 'own_voice' });
  });

  it("confirms at once on the country's own voice at high confidence", async () => {
    const state = store();
    const { alerts } = await state.applyArticle(
      article('own', 'https://www.gov.example.pl/news/1', '2025-09-10'),
      [claim('willing', 'Prime Minister Tusk said Poland is ready to send troops.', 'self', 0.9)],
      { now: NOW },
    );
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ type: 'new', to: 'willing', track: 'both', confirmedBy: 'own_voice' });
    const [position] = await state.positions('PL');
    expect(position?.unconfirmed).toBeUndefined();
  });

  it('keeps a third party report unconfirmed until a second, independent outlet agrees', async () => {
    const state = store();
    const first = await state.applyArticle(
      article('one', 'https://www.dw.com/en/story-1', '2025-09-10'),
      [claim('willing', 'Officials in Warsaw are said to be preparing a contingent for Ukraine.')],
      { now: NOW },
    );
    expect(first.alerts.map((a) => [a.type, a.track])).toEqual([['new', 'report']]);
    expect((await state.positions('PL'))[0]?.unconfirmed).toEqual({ confirmedStance: null });
    const history = await state.history('PL');
    expect(history[0]).toMatchObject({ kind: 'change', confirmation: 'unconfirmed' });

    const second = await state.applyArticle(
      article('two', 'https://www.bbc.com/news/world-2', '2025-09-11'),
      [claim('willing', 'A Polish deployment to Ukraine is on the table, diplomats told the broadcaster.')],
      { now: NOW },
    );
    expect(second.alerts).toHaveLength(1);
    const confirmed = second.alerts[0]!;
    expect(confirmed).toMatchObject({ type: 'new', from: null, to: 'willing', track: 'confirmed', confirmedBy: 'outlets' });
    expect(confirmed.sources?.map((s) => s.articleId).sort()).toEqual(['one', 'two']);
    expect((await state.positions('PL'))[0]?.unconfirmed).toBeUndefined();
  });

  /** Two outlets of different owners, two days apart, each reporting one claim; returns the second report's result. */
  const twoOutlets = async (state: PledgeStore, first: Claim, second: Claim) => {
    await state.applyArticle(article(`o1-${run}`, `https://www.dw.com/en/o-${run}`, '2025-09-10'), [first], { now: NOW });
    return state.applyArticle(article(`o2-${run}`, `https://www.bbc.com/news/o-${run}`, '2025-09-12'), [second], { now: NOW });
  };
  const pledgeByOutlets = [
    claim('committed', 'Poland has formally committed troops to the force, the broadcaster wrote.'),
    claim('committed', 'Warsaw is among the capitals already committed to sending soldiers.'),
  ] as const;

  it("confirms a pledge only on the country's own voice: outlets that call an offer a commitment are not enough", async () => {
    const state = new PledgeStore(redis, { topic: `confirm-${++run}` });
    const second = await twoOutlets(state, ...pledgeByOutlets);
    expect(second.alerts.map((a) => a.track)).toEqual([]);
    expect((await state.positions('PL'))[0]).toMatchObject({ stance: 'committed', unconfirmed: { confirmedStance: null } });

    const own = await state.applyArticle(
      article('p3', 'https://www.gov.example.pl/news/pledge', '2025-09-15'),
      [claim('committed', 'Prime Minister Tusk said Poland will send troops to Ukraine.', 'self', 0.9)],
      { now: NOW },
    );
    expect(own.alerts).toHaveLength(1);
    expect(own.alerts[0]).toMatchObject({ to: 'committed', track: 'confirmed', confirmedBy: 'own_voice' });
  });

  it('confirms a pledge only on an own voice at the pledge confidence: a plain "will send" (0.6) waits, a signature (0.9) confirms', async () => {
    const state = new PledgeStore(redis, { topic: `confirm-${++run}` });
    await twoOutlets(state, ...pledgeByOutlets);
    const said = await state.applyArticle(
      article('p-said', 'https://www.gov.example.pl/news/said', '2025-09-14'),
      [claim('committed', 'Tusk said Poland will send troops to Ukraine.', 'self', 0.6)],
      { now: NOW },
    );
    expect(said.alerts.map((a) => a.track)).toEqual([]);
    expect((await state.positions('PL'))[0]).toMatchObject({ stance: 'committed', unconfirmed: { confirmedStance: null } });
    const signed = await state.applyArticle(
      article('p-signed', 'https://www.gov.example.pl/news/signed', '2025-09-16'),
      [claim('committed', 'Tusk signed a declaration of intent on deploying Polish troops to Ukraine.', 'self', 0.9)],
      { now: NOW },
    );
    expect(signed.alerts[0]).toMatchObject({ to: 'committed', track: 'confirmed', confirmedBy: 'own_voice' });
    // A deployment may take any own voice at the own-voice confidence for pledges too.
    const lenient = new PledgeStore(redis, { topic: `confirm-${++run}`, confirmation: { ...DEFAULT_CONFIRMATION, pledgeConfidence: 0.6 } });
    await twoOutlets(lenient, ...pledgeByOutlets);
    const sameWords = await lenient.applyArticle(
      article('p-said-2', 'https://www.gov.example.pl/news/said-2', '2025-09-14'),
      [claim('committed', 'Tusk said Poland will send troops to Ukraine.', 'self', 0.6)],
      { now: NOW },
    );
    expect(sameWords.alerts[0]).toMatchObject({ to: 'committed', track: 'confirmed', confirmedBy: 'own_voice' });
  });

  it('lets two outlets confirm sanctions imposed: a published measure, not an offer', async () => {
    const state = new PledgeStore(redis, { topic: `confirm-${++run}` });
    const sanctions = (evidence: string): Claim => ({ ...claim('committed', evidence, 'third_party', 0.6), commitment: 'sanctions' });
    const second = await twoOutlets(
      state,
      sanctions('Poland announced fresh sanctions on Russian oil firms.'),
      sanctions('A new round of sanctions from Poland targets Russian energy exports.'),
    );
    expect(second.alerts[0]).toMatchObject({ to: 'committed', track: 'confirmed', confirmedBy: 'outlets' });
  });

  it('lets outlets confirm a pledge where the deployment says so', async () => {
    const state = new PledgeStore(redis, { topic: `confirm-${++run}`, confirmation: { ...DEFAULT_CONFIRMATION, pledgeNeedsOwnVoice: false } });
    const second = await twoOutlets(state, ...pledgeByOutlets);
    expect(second.alerts[0]).toMatchObject({ to: 'committed', track: 'confirmed', confirmedBy: 'outlets' });
  });

  it('does not count syndicated copies of one wire story as independent outlets', async () => {
    const state = store();
    const wire = 'Poland is ready to send troops to Ukraine once a ceasefire holds, a government source told Reuters on Tuesday.';
    await state.applyArticle(article('w1', 'https://www.reuters.com/world/pl-1', '2025-09-10'), [claim('willing', wire)], { now: NOW });
    const copy = await state.applyArticle(
      article('w2', 'https://www.devdiscourse.com/article/pl-1', '2025-09-10'),
      [claim('willing', `${wire} (Reporting by a correspondent)`)],
      { now: NOW },
    );
    expect(copy.alerts).toEqual([]);
    // A second site of the same owner is no second outlet either.
    const sameOwner = await state.applyArticle(
      article('w3', 'https://www.bbc.co.uk/news/pl-3', '2025-09-11'),
      [claim('willing', 'Warsaw would contribute soldiers to a reassurance force, the corporation understands.')],
      { now: NOW },
    );
    expect(sameOwner.alerts.map((a) => a.track)).toEqual(['confirmed']);
    const another = store();
    await another.applyArticle(article('b1', 'https://www.bbc.com/news/pl-1', '2025-09-10'), [claim('willing', 'Warsaw is preparing troops.')], { now: NOW });
    const sister = await another.applyArticle(
      article('b2', 'https://www.bbc.co.uk/news/pl-2', '2025-09-10'),
      [claim('willing', 'Polish soldiers could join a European force, officials say.')],
      { now: NOW },
    );
    expect(sister.alerts).toEqual([]);
  });

  it('needs the same strength to reverse a confirmed position, and a misread alone never reaches confirmed channels', async () => {
    const state = store();
    await state.applyArticle(
      article('own1', 'https://www.gov.example.pl/1', '2025-09-10'),
      [claim('willing', 'Tusk said Poland is ready to send troops.', 'self', 0.9)],
      { now: NOW },
    );
    const misread = await state.applyArticle(
      article('mis', 'https://www.dw.com/en/pl-9', '2025-09-12'),
      [claim('declined', 'Poland has ruled out, analysts wrongly claimed, any role.')],
      { now: NOW },
    );
    expect(misread.alerts.map((a) => a.track)).toEqual(['report']);
    const confirmedOnly = (alerts: Alert[]) => alerts.filter((a) => a.track !== 'report');
    expect(confirmedOnly(misread.alerts)).toEqual([]);
    expect((await state.positions('PL'))[0]).toMatchObject({ stance: 'declined', unconfirmed: { confirmedStance: 'willing' } });
  });

  it('reverses a position several outlets confirmed only when as many independent outlets report the new one', async () => {
    const state = store();
    const report = (id: string, url: string, day: string, stance: Claim['stance'], text: string) =>
      state.applyArticle(article(id, url, day), [claim(stance, text)], { now: NOW });
    await report('r1', 'https://www.dw.com/en/pl-r1', '2025-09-10', 'declined', 'Warsaw will not send soldiers to Ukraine, officials said on Monday.');
    await report('r2', 'https://www.bbc.com/news/pl-r2', '2025-09-11', 'declined', 'Poland rules out a troop deployment, its defence ministry told reporters.');
    await report(
      'r3',
      'https://www.reuters.com/world/pl-r3',
      '2025-09-12',
      'declined',
      'No Polish troops will go to Ukraine, a government spokesman repeated.',
    );
    expect((await state.positions('PL'))[0]).toMatchObject({ stance: 'declined' });
    const confirmedOnly = (alerts: Alert[]) => alerts.filter((a) => a.track !== 'report');
    const first = await report(
      'c1',
      'https://www.lemonde.fr/pl-c1',
      '2025-09-14',
      'conditional',
      'Poland would send troops only with a US backstop, a minister hinted.',
    );
    const second = await report(
      'c2',
      'https://elpais.com/pl-c2',
      '2025-09-15',
      'conditional',
      'Warsaw could join the force if Washington backs it, diplomats said.',
    );
    // two outlets against three: reported, not told to confirmed channels
    expect(confirmedOnly([...first.alerts, ...second.alerts])).toEqual([]);
    expect((await state.positions('PL'))[0]).toMatchObject({ stance: 'conditional', unconfirmed: { confirmedStance: 'declined' } });
    const third = await report(
      'c3',
      'https://apnews.com/pl-c3',
      '2025-09-16',
      'conditional',
      'A US guarantee is what Poland needs before any deployment, officials explained.',
    );
    expect(confirmedOnly(third.alerts)).toMatchObject([{ from: 'declined', to: 'conditional', confirmedBy: 'outlets' }]);
  });

  it('overturns a stance the country itself confirmed only on its own voice: outlets agreeing leave the change reported', async () => {
    const policy = (ownVoiceHolds: boolean) =>
      new PledgeStore(redis, { topic: `confirm-${++run}`, confirmation: { ...DEFAULT_CONFIRMATION, ownVoiceReports: 1, ownVoiceHolds } });
    const confirmedOnly = (alerts: Alert[]) => alerts.filter((a) => a.track !== 'report');
    const refusal = claim('declined', 'Prime Minister Tusk said Poland will not send troops to Ukraine.', 'self', 0.9);
    const offers = [
      claim('willing', 'Poland is now ready to put soldiers into the force, the broadcaster learned.'),
      claim('willing', 'Warsaw stands ready to contribute troops, diplomats in Brussels said.'),
    ] as const;

    const holding = policy(true);
    const own = await holding.applyArticle(article(`h0-${run}`, 'https://www.gov.example.pl/h0', '2025-09-08'), [refusal], { now: NOW });
    expect(own.alerts[0]).toMatchObject({ to: 'declined', confirmedBy: 'own_voice' });
    const byOutlets = await twoOutlets(holding, ...offers);
    expect(confirmedOnly(byOutlets.alerts)).toEqual([]);
    expect((await holding.positions('PL'))[0]).toMatchObject({ stance: 'willing', unconfirmed: { confirmedStance: 'declined' } });
    const ownAgain = await holding.applyArticle(
      article(`h3-${run}`, 'https://www.gov.example.pl/h3', '2025-09-14'),
      [claim('willing', 'Tusk said Poland is ready to send troops once a ceasefire holds.', 'self', 0.9)],
      { now: NOW },
    );
    expect(confirmedOnly(ownAgain.alerts)).toMatchObject([{ from: 'declined', to: 'willing', confirmedBy: 'own_voice' }]);

    // A stance outlets confirmed is theirs to overturn, and a deployment may let them overturn the country's own too.
    const lenient = policy(false);
    await lenient.applyArticle(article(`l0-${run}`, 'https://www.gov.example.pl/l0', '2025-09-08'), [refusal], { now: NOW });
    expect(confirmedOnly((await twoOutlets(lenient, ...offers)).alerts)).toMatchObject([{ from: 'declined', to: 'willing', confirmedBy: 'outlets' }]);
  });

  it('tells confirmed channels nothing when a confirmed pledge is later reported only as readiness', async () => {
    const state = store();
    const pledged = await state.applyArticle(
      article('pledge', 'https://www.gov.example.pl/news/p', '2025-09-10'),
      [claim('committed', 'Tusk said Poland will send a brigade to Ukraine.', 'self', 0.9)],
      { now: NOW },
    );
    expect(pledged.alerts[0]).toMatchObject({ to: 'committed', track: 'both' });
    const vaguer = await state.applyArticle(
      article('ready', 'https://www.gov.example.pl/news/r', '2025-09-12'),
      [claim('willing', 'Poland is ready to send troops, the prime minister said.', 'self', 0.9)],
      { now: NOW },
    );
    expect(vaguer.alerts.map((a) => [a.to, a.track])).toEqual([['willing', 'report']]);
    const [position] = await state.positions('PL');
    expect(position).toMatchObject({ stance: 'willing', unconfirmed: { confirmedStance: 'committed' } });
  });

  it('posts a correction of the earlier alert when stronger evidence overturns it within the window', async () => {
    const state = store();
    const original = await state.applyArticle(
      article('c1', 'https://www.gov.example.pl/c1', '2025-09-10'),
      [claim('willing', 'Tusk said Poland is ready to send troops.', 'self', 0.9)],
      { now: NOW },
    );
    const overturn = await state.applyArticle(
      article('c2', 'https://www.gov.example.pl/c2', '2025-09-12'),
      [claim('declined', 'Tusk said Poland will not send troops after all.', 'self', 0.9)],
      { now: NOW },
    );
    expect(overturn.alerts).toHaveLength(1);
    expect(overturn.alerts[0]!.corrects).toMatchObject({ alertId: original.alerts[0]!.id, to: 'willing', published: '2025-09-10' });
    const [latest] = await state.history('PL');
    expect(latest).toMatchObject({ kind: 'change', corrects: { alertId: original.alerts[0]!.id } });
  });

  it('with confirmation off, every confident report goes to every channel at once', async () => {
    const state = new PledgeStore(redis, { topic: `confirm-${++run}`, confirmation: { ...DEFAULT_CONFIRMATION, enabled: false } });
    const { alerts } = await state.applyArticle(
      article('off', 'https://www.dw.com/en/off', '2025-09-10'),
      [claim('willing', 'Warsaw is said to prepare troops.')],
      { now: NOW },
    );
    expect(alerts.map((a) => [a.track, a.confirmedBy])).toEqual([['both', 'every_report']]);
  });
});

describe('independence of sources', () => {
  const evidence = (url: string, quote: string): Evidence => ({
    url,
    quote,
    outlet: 'unknown',
    articleId: url,
    published: '2025-09-10',
    title: 't',
    speaker: 'third_party',
    stance: 'willing',
    confidence: 0.8,
  });

  it('treats near-identical evidence as one story, different wording as two', () => {
    const text = 'Germany will decide on a contingent only once the terms of a settlement are known, the chancellor said.';
    expect(nearDuplicate(text, `BERLIN (Reuters) - ${text}`)).toBe(true);
    expect(nearDuplicate(text, 'Berlin wants to see the ceasefire terms before it commits soldiers, officials told the paper.')).toBe(false);
  });

  it('merges sites of one owner and subdomains of one site, and cannot vouch for unknown sources', () => {
    expect(ownerOf({ url: 'https://edition.bbc.co.uk/x', outlet: '' })).toBe(ownerOf({ url: 'https://www.bbc.com/y', outlet: '' }));
    expect(ownerOf({ url: 'https://newseu.cgtn.com/x', outlet: '' })).toBe('cgtn.com');
    expect(ownerOf({ url: 'https://www.theguardian.co.uk/x', outlet: '' })).toBe('theguardian.co.uk');
    expect(ownerOf({ url: 'unknown', outlet: 'unknown' })).toBeNull();
    const a = evidence('https://www.dw.com/a', 'Germany is in.');
    expect(independent(a, evidence('unknown', 'Germany joins.'))).toBe(false);
    expect(independent(a, evidence('https://www.lemonde.fr/b', 'Berlin has joined the coalition, the paper learned.'))).toBe(true);
  });
});

describe('choosing "every report" when subscribing', () => {
  const lookup = { resolveCountry: (q: string) => (q.trim().toUpperCase() === 'PL' ? 'PL' : null), countryName: () => 'Poland', countryFlag: () => '' };

  it('reads it from Slack text and from the Discord option; confirmed is the default', () => {
    expect(parseFilters({ text: 'countries: PL; every report' }, lookup)).toMatchObject({ ok: true, filters: { countries: ['PL'], mode: 'every' } });
    expect(parseFilters({ reports: 'every report' }, lookup)).toMatchObject({ ok: true, filters: { mode: 'every' } });
    const plain = parseFilters({ text: 'PL' }, lookup);
    expect(plain.ok && plain.filters.mode).toBeUndefined();
    expect(parseFilters({ reports: 'sometimes' }, lookup)).toMatchObject({ ok: false });
  });
});
