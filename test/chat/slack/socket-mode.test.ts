import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubscriptionStore } from '../../../src/alerts/subscriptions.js';
import { createChatCore } from '../../../src/chat/core/index.js';
import { startSlackApp, type SlackApp } from '../../../src/chat/slack/index.js';
import { loadConfig } from '../../../src/config/config.js';
import { silentLogger } from '../../../src/log/logger.js';
import { PledgeStore } from '../../../src/state/index.js';
import { FakeSlack } from '../../helpers/fake-slack.js';
import { createTestRedis } from '../../helpers/redis.js';
import { alert } from './fixtures.js';

type TestRedis = Awaited<ReturnType<typeof createTestRedis>>;
let redis: TestRedis;
let slack: FakeSlack;
let app: SlackApp;

beforeAll(async () => {
  redis = await createTestRedis();
  slack = await new FakeSlack().start();
  slack.enableSocketMode();
  const core = createChatCore({ state: new PledgeStore(redis), subscriptions: new SubscriptionStore(redis), logger: silentLogger });
  const started = await startSlackApp({
    config: loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_SIGNING_SECRET: 'ignored', SLACK_API_URL: slack.apiUrl }),
    logger: silentLogger,
    ctx: redis,
    core,
    clientOptions: { retryConfig: { retries: 0 } },
  });
  if (!started) throw new Error('slack app did not start');
  app = started;
});

afterAll(async () => {
  await app?.close();
  await slack?.close();
  await redis?.cleanup();
});

describe('Slack app in Socket Mode (behind a firewall)', () => {
  it('prefers Socket Mode when an app token is set, opening the connection with that token', () => {
    expect(app.mode).toBe('socket');
    expect(app.port).toBeUndefined();
    const [open] = slack.callsTo('apps.connections.open');
    expect(open?.authorization).toBe('Bearer xapp-test');
  });

  it('acks a slash command envelope and answers through response_url', async () => {
    const ack = await slack.sendEnvelope('slash_commands', {
      command: '/pledge',
      text: 'status Bulgaria',
      user_id: 'U0USER',
      channel_id: 'C0TEST',
      team_id: 'T0TEST',
      api_app_id: 'A0TEST',
      response_url: slack.responseUrl('socket-1'),
      trigger_id: '1.2.3',
    });
    expect(ack.envelope_id).toMatch(/^env-/);
    const body = await slack.waitForResponse('socket-1');
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('Bulgaria: no reported position yet.');
  });

  it('posts alerts with the bot token through the Web API', async () => {
    await app.sender.send('C0ALERTS', alert());
    const [post] = slack.callsTo('chat.postMessage');
    expect(post?.authorization).toBe('Bearer xoxb-test');
    expect(post?.params.channel).toBe('C0ALERTS');
  });
});
