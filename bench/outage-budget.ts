/**
 * A 10-minute Slack outage against the hourly alert budget, on a fast-forwarded clock:
 * every real second is 100 simulated seconds, for the budget's hour and the
 * retry backoff alike (2 s doubling to 10 min, scaled). BENCH_OUTAGE_ALERTS (12) alerts for
 * one channel are queued as a fake Slack on loopback goes down; it comes back after ten
 * simulated minutes. Reports the attempts the outage cost and what the channel's budget
 * was charged (the goal: once per delivered alert), and how many alerts went out on their
 * own rather than into the end-of-hour digest.
 */
import { randomUUID } from 'node:crypto';
import { webApi } from '@slack/bolt';
import { closeDeliveryQueues, enqueueDelivery, startDeliveryWorker } from '../src/alerts/delivery-worker.js';
import { SubscriptionStore } from '../src/alerts/subscriptions.js';
import { createSlackSender } from '../src/chat/slack/sender.js';
import { silentLogger } from '../src/log/logger.js';
import type { Alert } from '../src/model/alert.js';
import { closeRedisContext, createRedisContext, deleteKeysMatching, key, type RedisContext } from '../src/redis/connection.js';
import { FakeSlack } from '../test/helpers/fake-slack.js';
import { unfilteredSubscription } from '../test/helpers/subscriptions.js';

const ALERTS = Number(process.env.BENCH_OUTAGE_ALERTS ?? 12);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SPEED = 100;
const OUTAGE_SIMULATED_MS = 10 * 60_000;
const BUDGET = 30;
/** After the outage, how long (real) to let the queue settle; alerts held for the digest wait for the hour's end. */
const SETTLE_REAL_MS = 15_000;

function alert(i: number): Alert {
  return {
    id: `outage-${i}`,
    type: 'changed',
    country: 'IT',
    commitment: 'ground_troops',
    from: 'willing',
    to: 'declined',
    evidence: {
      articleId: `outage-article-${i}`,
      url: `https://news.example/outage/${i}`,
      outlet: 'Example Daily',
      published: '2025-09-04',
      title: `Report ${i}`,
      quote: 'The minister said the country will not send troops.',
      speaker: 'self',
      stance: 'declined',
      confidence: 0.9,
    },
    createdAt: '2025-09-04T12:00:00Z',
  };
}

async function sumOfKeys(ctx: RedisContext, pattern: string, read: (k: string) => Promise<number>): Promise<number> {
  let cursor = '0';
  let total = 0;
  do {
    const [next, keys] = await ctx.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    for (const k of keys) total += await read(k);
  } while (cursor !== '0');
  return total;
}

export async function run(): Promise<Record<string, unknown>> {
  const ctx = createRedisContext(REDIS_URL, `pw-bench-outage-${randomUUID()}`);
  const slack = await new FakeSlack().start();
  // The simulated hour starts at 12:00:00, so the outage and the recovery fall in one budget window.
  const simulatedStart = Date.UTC(2025, 8, 4, 12, 0, 0);
  const realStart = Date.now();
  const now = () => simulatedStart + (Date.now() - realStart) * SPEED;
  const subscriptions = new SubscriptionStore(ctx);
  await subscriptions.upsert(unfilteredSubscription('slack', 'C0OUTAGE'));
  const client = new webApi.WebClient('xoxb-bench', {
    slackApiUrl: slack.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    logLevel: webApi.LogLevel.ERROR,
  });
  const worker = startDeliveryWorker({
    ctx,
    sender: createSlackSender({ client, logger: silentLogger }),
    subscriptions,
    logger: silentLogger,
    backoffMs: 2000 / SPEED,
    budgetPerHour: BUDGET,
    now,
    concurrency: 4,
  });
  try {
    slack.setDown(true);
    for (let i = 0; i < ALERTS; i++) await enqueueDelivery(ctx, 'slack', alert(i), 'C0OUTAGE');
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_SIMULATED_MS / SPEED - (Date.now() - realStart)));
    const attemptsDuringOutage = slack.refused;
    slack.setDown(false);
    const settleUntil = Date.now() + SETTLE_REAL_MS;
    while (Date.now() < settleUntil && slack.callsTo('chat.postMessage').length < ALERTS) await new Promise((r) => setTimeout(r, 50));
    const posted = slack.callsTo('chat.postMessage').length;
    const charged = await sumOfKeys(ctx, key(ctx, 'budget', '*'), async (k) => Number(await ctx.redis.get(k)));
    const held = await sumOfKeys(ctx, key(ctx, 'digest', '*'), (k) => ctx.redis.llen(k));
    return {
      alerts: ALERTS,
      budgetPerHour: BUDGET,
      outageSimulatedMinutes: OUTAGE_SIMULATED_MS / 60_000,
      attemptsDuringOutage,
      postedOnTheirOwn: posted,
      heldForDigest: held,
      budgetCharged: charged,
      chargedPerPostedAlert: posted > 0 ? Math.round((charged / posted) * 100) / 100 : null,
    };
  } finally {
    await worker.close(true);
    await closeDeliveryQueues(ctx);
    await slack.close();
    await deleteKeysMatching(ctx, `${ctx.prefix}:*`);
    await closeRedisContext(ctx);
  }
}
