import { webApi } from '@slack/bolt';
import type { Worker } from 'bullmq';
import { embedLength } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeDeliveryQueues, enqueueDelivery, startDeliveryWorker, type DeliveryJob } from '../../src/alerts/delivery-worker.js';
import { groupAlerts, splitForMessages } from '../../src/alerts/group.js';
import { alertText } from '../../src/alerts/format.js';
import { forSubscription, SubscriptionStore, type Subscription } from '../../src/alerts/subscriptions.js';
import { alertView } from '../../src/chat/core/index.js';
import { alertMessage } from '../../src/chat/discord/embeds.js';
import { createDiscordRest, createDiscordSender } from '../../src/chat/discord/index.js';
import { LIMITS } from '../../src/chat/discord/text.js';
import { SLACK_LIMITS } from '../../src/chat/slack/escape.js';
import { renderAlertBlocks } from '../../src/chat/slack/render-alert.js';
import { createSlackSender } from '../../src/chat/slack/sender.js';
import { countryName } from '../../src/countries/index.js';
import { silentLogger } from '../../src/log/logger.js';
import { membersOf, type Alert } from '../../src/model/alert.js';
import { FakeDiscord } from '../helpers/fake-discord.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { createTestRedis } from '../helpers/redis.js';
import { waitFor } from '../helpers/wait.js';
import { unfilteredSubscription } from '../helpers/subscriptions.js';

const QUOTE = 'Finland, Estonia, Canada, Bulgaria, Romania, Denmark and Poland are ready to provide security guarantees, the summit heard.';

function alert(id: string, country: string, overrides: Partial<Alert> = {}): Alert {
  return {
    id,
    type: 'new',
    country,
    commitment: 'coalition',
    from: null,
    to: 'willing',
    evidence: {
      articleId: 'summit-1',
      url: 'https://news.example/summit',
      outlet: 'Example News',
      published: '2025-09-04T18:00:00Z',
      title: 'Summit',
      quote: QUOTE,
      speaker: 'third_party',
      stance: 'willing',
      confidence: 0.8,
    },
    createdAt: '2025-09-05T07:00:00.000Z',
    track: 'both',
    ...overrides,
  };
}

/** Every country with a two-letter code and a name we know, for a group far larger than any message. */
const MANY = [
  'AT',
  'BE',
  'BG',
  'CA',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IS',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'CH',
  'GB',
  'AU',
  'NZ',
  'JP',
  'KR',
  'TR',
  'AL',
  'MK',
  'ME',
  'MD',
  'UA',
  'US',
  'BA',
  'RS',
  'GE',
  'AM',
  'AZ',
  'KZ',
  'SG',
  'IN',
  'BR',
  'MX',
  'AR',
  'CL',
  'ZA',
  'EG',
  'MA',
  'TN',
  'IL',
];

describe('grouped alerts', () => {
  it('makes one message per article for countries sharing commitment, stance and quote, the quote once', () => {
    const grouped = groupAlerts([
      alert('a1', 'FI'),
      alert('a2', 'EE'),
      alert('a3', 'CA'),
      alert('a4', 'DE', { evidence: { ...alert('x', 'DE').evidence, quote: 'Germany is part of the coalition, Macron said.' } }),
      alert('a5', 'PL', { type: 'disputed', to: 'disputed' }),
    ]);
    expect(grouped).toHaveLength(3);
    const [group] = grouped;
    expect(membersOf(group!).map((m) => m.country)).toEqual(['FI', 'EE', 'CA']);
    const text = alertText(group!);
    expect(text.split('\n')[0]).toContain('Finland, Estonia and Canada — coalition: willing');
    expect(text.split(QUOTE)).toHaveLength(2);
    // Published time first, processing time second.
    expect(text).toContain('said 2025-09-04, processed 2025-09-05 07:00 UTC');
    // A retried article job groups the same way, under the same id.
    expect(groupAlerts([alert('a1', 'FI'), alert('a2', 'EE'), alert('a3', 'CA')])[0]!.id).toBe(group!.id);
  });

  it('splits a group too long for one message cleanly, within Discord and Slack limits', () => {
    const [group] = groupAlerts(MANY.map((code, i) => alert(`m${i}`, code)));
    const parts = splitForMessages(group!, countryName);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => membersOf(p.alert).map((m) => m.country))).toEqual(MANY);
    for (const part of parts) {
      const discord = alertMessage(alertView(part.alert), part);
      const [embed] = discord.embeds;
      expect(discord.embeds).toHaveLength(1);
      expect(embedLength(embed!)).toBeLessThanOrEqual(LIMITS.embedTotal);
      expect(embed!.title!.length).toBeLessThanOrEqual(LIMITS.title);
      expect(embed!.description!.length).toBeLessThanOrEqual(LIMITS.description);
      expect(embed!.description!.includes(QUOTE)).toBe(part.index === 1);
      const slack = renderAlertBlocks(part.alert, part);
      expect(slack.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      for (const block of slack.blocks) {
        const text = (block as { text?: { text: string } }).text?.text ?? '';
        expect(text.length).toBeLessThanOrEqual(block.type === 'header' ? SLACK_LIMITS.headerText : SLACK_LIMITS.sectionText);
      }
      expect(JSON.stringify(slack.blocks).includes('ready to provide security guarantees')).toBe(part.index === 1);
    }
  });
});

describe('subscription modes', () => {
  const subscription = (mode: Subscription['mode'], countries: string[] = []): Subscription => ({
    platform: 'slack',
    channelId: 'C1',
    countries,
    excludeCountries: [],
    commitments: [],
    excludeCommitments: [],
    types: [],
    createdAt: 'now',
    ...(mode ? { mode } : {}),
  });

  it('"every report" gets reports at once; "confirmed" (the default) gets them once confirmed', () => {
    const report = alert('r', 'PL', { track: 'report' });
    const confirmation = alert('c', 'PL', { track: 'confirmed', confirmedBy: 'outlets' });
    const both = alert('b', 'PL', { track: 'both', confirmedBy: 'own_voice' });
    expect(forSubscription(subscription('every'), report)).toBe(report);
    expect(forSubscription(subscription(undefined), report)).toBeNull();
    expect(forSubscription(subscription('confirmed'), confirmation)).toBe(confirmation);
    expect(forSubscription(subscription('every'), confirmation)).toBeNull();
    expect(forSubscription(subscription('every'), both)).toBe(both);
    expect(forSubscription(subscription(undefined), both)).toBe(both);
  });

  it('narrows a group to the countries a channel follows', () => {
    const [group] = groupAlerts([alert('a1', 'FI'), alert('a2', 'EE'), alert('a3', 'PL')]);
    const part = forSubscription(subscription(undefined, ['PL', 'EE']), group!);
    expect(membersOf(part!).map((m) => m.country)).toEqual(['EE', 'PL']);
    expect(forSubscription(subscription(undefined, ['DE']), group!)).toBeNull();
  });
});

describe('a correction answers the alert it corrects', () => {
  let redis: Awaited<ReturnType<typeof createTestRedis>>;
  let subscriptions: SubscriptionStore;
  let discord: FakeDiscord;
  let slack: FakeSlack;
  const workers: Worker<DeliveryJob>[] = [];

  const original = alert('orig-pl', 'PL', { type: 'new', to: 'willing', track: 'both', confirmedBy: 'own_voice' });
  const correction = alert('corr-pl', 'PL', {
    type: 'changed',
    from: 'willing',
    to: 'declined',
    track: 'both',
    confirmedBy: 'own_voice',
    corrects: { alertId: 'orig-pl', from: null, to: 'willing', published: '2025-09-04T18:00:00Z' },
    evidence: {
      ...original.evidence,
      articleId: 'summit-2',
      quote: 'Tusk said Poland will not send troops after all.',
      stance: 'declined',
      speaker: 'self',
      confidence: 0.9,
    },
  });

  beforeAll(async () => {
    redis = await createTestRedis();
    subscriptions = new SubscriptionStore(redis);
    discord = await FakeDiscord.start();
    slack = await new FakeSlack().start();
    for (const [platform, channelId] of [
      ['discord', '4242'],
      ['slack', 'C0CORR'],
    ] as const) {
      await subscriptions.upsert(unfilteredSubscription(platform, channelId, 'now'));
    }
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.close()));
  });
  afterAll(async () => {
    await closeDeliveryQueues(redis);
    await discord.stop();
    await slack.close();
    await redis.cleanup();
  });

  it('on Discord, as a reply (message_reference) to the original message', async () => {
    const rest = createDiscordRest({ token: 't', api: discord.apiUrl, retries: 0, timeoutMs: 5000 });
    const sender = createDiscordSender({ rest, logger: silentLogger });
    workers.push(startDeliveryWorker({ ctx: redis, sender, subscriptions, logger: silentLogger, backoffMs: 20, concurrency: 1 }));
    await enqueueDelivery(redis, 'discord', original, '4242');
    await waitFor('original posted', () => discord.messagesTo('4242').length === 1);
    await enqueueDelivery(redis, 'discord', correction, '4242');
    await waitFor('correction posted', () => discord.messagesTo('4242').length === 2);
    const [first, second] = discord.messagesTo('4242') as Array<{ body: Record<string, unknown> }>;
    expect(first!.body.message_reference).toBeUndefined();
    const posted = await redis.redis.get(`${redis.prefix}:posted:{discord:4242}:orig-pl`);
    expect(posted).toMatch(/^\d+$/);
    expect(second!.body.message_reference).toEqual({ message_id: posted, fail_if_not_exists: false });
    expect(JSON.stringify(second!.body)).toContain('Correction of the alert of 2025-09-04 (willing)');
  });

  it('on Slack, as a thread reply (thread_ts) to the original message', async () => {
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
    const sender = createSlackSender({ client, logger: silentLogger });
    workers.push(startDeliveryWorker({ ctx: redis, sender, subscriptions, logger: silentLogger, backoffMs: 20, concurrency: 1 }));
    await enqueueDelivery(redis, 'slack', original, 'C0CORR');
    await slack.waitForCalls('chat.postMessage', 1);
    await enqueueDelivery(redis, 'slack', correction, 'C0CORR');
    const [first, second] = await slack.waitForCalls('chat.postMessage', 2);
    expect(first!.params.thread_ts).toBeUndefined();
    const ts = await redis.redis.get(`${redis.prefix}:posted:{slack:C0CORR}:orig-pl`);
    expect(ts).toMatch(/^\d+\.\d+$/);
    expect(second!.params.thread_ts).toBe(ts);
    expect(String(second!.params.text)).toContain('Correction of the alert of 2025-09-04 (willing)');
  });
});
