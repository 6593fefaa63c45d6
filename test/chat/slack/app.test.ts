import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SubscriptionStore } from '../../../src/alerts/subscriptions.js';
import { createChatCore, type ChatCore } from '../../../src/chat/core/index.js';
import { escapeSlack, startSlackApp, type SlackApp } from '../../../src/chat/slack/index.js';
import { loadConfig } from '../../../src/config/config.js';
import { isPledgewatchError } from '../../../src/errors/index.js';
import { silentLogger } from '../../../src/log/logger.js';
import type { Article } from '../../../src/model/article.js';
import type { Claim } from '../../../src/model/claim.js';
import { DEFAULT_CONFIRMATION } from '../../../src/state/confirmation.js';
import { PledgeStore } from '../../../src/state/index.js';
import { FakeSlack } from '../../helpers/fake-slack.js';
import { createTestRedis } from '../../helpers/redis.js';
import { postSlashCommand, slackSignature } from '../../helpers/slack-sign.js';

const SECRET = 'test-signing-secret';
const NOW = new Date('2025-09-05T08:00:00.000Z');
const AS_OF = '<!date^1757059200^{date_short_pretty} at {time}|2025-09-05 08:00 UTC>';

type TestRedis = Awaited<ReturnType<typeof createTestRedis>>;
let redis: TestRedis;
let slack: FakeSlack;
let app: SlackApp;
let endpoint: string;
let subscriptions: SubscriptionStore;
let core: ChatCore;
let responseCount = 0;

const ITALY_ARTICLE: Article = {
  id: 'art-italy-1',
  url: 'https://news.example/italy-troops',
  outlet: 'Example <!here> News',
  published: '2025-09-04',
  title: 'Breaking <!channel> Meloni rules out troops',
  body: 'Meloni confirmed Italy will not send troops to Ukraine.',
};
const ITALY_CLAIMS: Claim[] = [
  {
    country: 'IT',
    commitment: 'ground_troops',
    stance: 'declined',
    evidence: 'Meloni confirmed Italy will not send troops to Ukraine.',
    speaker: 'self',
    confidence: 0.9,
  },
];

function config(env: Record<string, string>) {
  return loadConfig({ SLACK_API_URL: slack.apiUrl, SLACK_PORT: '0', ...env });
}

beforeAll(async () => {
  redis = await createTestRedis();
  slack = await new FakeSlack().start();
  // These fixtures are the countries' own words, trusted alone here; the default asks for two reports (test/confirmation).
  const store = new PledgeStore(redis, { confirmation: { ...DEFAULT_CONFIRMATION, ownVoiceReports: 1 } });
  await store.applyArticle(ITALY_ARTICLE, ITALY_CLAIMS);
  subscriptions = new SubscriptionStore(redis);
  core = createChatCore({ state: store, subscriptions, logger: silentLogger, now: () => NOW });
  const started = await startSlackApp({
    config: config({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_ADMIN_USERS: 'U0OPS' }),
    logger: silentLogger,
    ctx: redis,
    core,
    host: '127.0.0.1',
    now: () => NOW,
  });
  if (!started) throw new Error('slack app did not start');
  app = started;
  endpoint = `http://127.0.0.1:${app.port}/slack/events`;
});

afterAll(async () => {
  await app?.close();
  await slack?.close();
  await redis?.cleanup();
});

beforeEach(() => {
  slack.users.clear();
  slack.channelCreators.clear();
});

/** Sends "/pledge <text>" and returns the HTTP ack plus the body later posted to response_url. */
async function pledge(text: string, fields: { user_id?: string; channel_id?: string } = {}) {
  const id = `r${++responseCount}`;
  const ack = await postSlashCommand(endpoint, SECRET, { text, response_url: slack.responseUrl(id), ...fields });
  const ackBody = await ack.text();
  const body = await slack.waitForResponse(id);
  return { status: ack.status, ackBody, body };
}

describe('Slack app over real HTTP (HTTP mode)', () => {
  it('answers /pledge status Italy with exact Block Kit, article text escaped', async () => {
    const reply = await pledge('status Italy');
    expect(reply.status).toBe(200);
    expect(reply.ackBody).toBe('');
    expect(reply.body).toEqual({
      response_type: 'ephemeral',
      text: '🇮🇹 Italy: positions',
      unfurl_links: false,
      unfurl_media: false,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: '🇮🇹 Italy: positions', emoji: true } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            verbatim: true,
            text:
              '*ground troops:* ⛔ declined\n' +
              '>“Meloni confirmed Italy will not send troops to Ukraine.”\n' +
              '— Example &lt;!here&gt; News, 2025-09-04, ' +
              '<https://news.example/italy-troops|Breaking &lt;!channel&gt; Meloni rules out troops> ' +
              '_(the government itself; ⛔ declined)_',
          },
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: `As of ${AS_OF}`, verbatim: true }] },
      ],
    });
  });

  it('answers the whole table for /pledge status', async () => {
    const { body } = await pledge('status');
    expect(JSON.stringify(body.blocks)).toContain('*🇮🇹 Italy*  ⛔ ground troops');
  });

  it('says "no reported position" rather than guessing', async () => {
    const { body } = await pledge('status Bulgaria');
    expect(JSON.stringify(body.blocks)).toContain('Bulgaria: no reported position yet.');
  });

  it('replies to an unknown country or subcommand with a hint, not an error', async () => {
    const unknownCountry = await pledge('status Atlantis');
    expect(unknownCountry.body.text).toMatch(/Atlantis/);
    const unknownCommand = await pledge('dance <!channel>');
    expect(unknownCommand.body.text).toBe('Unknown subcommand "dance". Try `/pledge help`.');
    const help = await pledge('');
    expect(JSON.stringify(help.body.blocks)).toContain('/pledge status [country]');
  });

  it('shows the history with evidence', async () => {
    const { body } = await pledge('history Meloni');
    const blocks = JSON.stringify(body.blocks);
    expect(blocks).toContain('Italy: history');
    expect(blocks).toContain('Example &lt;!here&gt; News');
  });

  it('explains what happened to an article, its facts escaped', async () => {
    const { body } = await pledge('explain <https://news.example/italy-troops>');
    const blocks = JSON.stringify(body.blocks);
    expect(blocks).toContain('What happened to this article');
    expect(blocks).toContain('Breaking &lt;!channel&gt; Meloni rules out troops');
    expect(blocks).toContain('It raised 1 alert');
    expect(blocks).not.toMatch(/<!channel>/);
    // The wording is the shared core's; Slack must show exactly what the core says.
    const unseen = await pledge('explain https://news.example/never-seen');
    const expected = await core.explain('https://news.example/never-seen');
    expect(expected.ok && expected.view.found).toBe(false);
    expect(JSON.stringify(unseen.body.blocks)).toContain(JSON.stringify(escapeSlack(expected.ok ? expected.view.summary : '')).slice(1, -1));
  });

  it('refuses a forged signature with 401 and does nothing', async () => {
    const before = slack.calls.length;
    const response = await postSlashCommand(
      endpoint,
      SECRET,
      { text: 'status Italy', response_url: slack.responseUrl('forged') },
      { signature: slackSignature('wrong-secret', Math.floor(Date.now() / 1000), 'text=status') },
    );
    expect(response.status).toBe(401);
    expect(slack.calls.length).toBe(before);
    expect(slack.responses.some((r) => r.id === 'forged')).toBe(false);
  });

  it('refuses a replayed request older than five minutes with 401', async () => {
    const response = await postSlashCommand(
      endpoint,
      SECRET,
      { text: 'status Italy', response_url: slack.responseUrl('stale') },
      { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 },
    );
    expect(response.status).toBe(401);
    expect(slack.responses.some((r) => r.id === 'stale')).toBe(false);
  });

  it('acknowledges before slow work finishes (Slack needs an ack within 3 s)', async () => {
    const release = slack.hold('users.info');
    const ack = await postSlashCommand(endpoint, SECRET, { text: 'subscribe', response_url: slack.responseUrl('slow'), user_id: 'U0SLOW' });
    // The ack came back while users.info is still unanswered.
    expect(ack.status).toBe(200);
    expect(slack.responses.some((r) => r.id === 'slow')).toBe(false);
    release();
    expect((await slack.waitForResponse('slow')).text).toMatch(/Only members who can manage this channel/);
  });
});

describe('who may subscribe a channel', () => {
  it('refuses an ordinary member and stores nothing', async () => {
    slack.users.set('U0MEMBER', { id: 'U0MEMBER' });
    const { body } = await pledge('subscribe countries: IT', { user_id: 'U0MEMBER', channel_id: 'C0PLAIN' });
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/Only members who can manage this channel/);
    expect(await subscriptions.get('slack', 'C0PLAIN')).toBeNull();
  });

  it('lets a workspace admin subscribe with filters, announced in the channel', async () => {
    slack.users.set('U0ADMIN', { id: 'U0ADMIN', is_admin: true });
    const { body } = await pledge('subscribe countries: PL, DE; not sanctions', { user_id: 'U0ADMIN', channel_id: 'C0ADMIN' });
    expect(body.response_type).toBe('in_channel');
    expect(JSON.stringify(body.blocks)).toContain('<#C0ADMIN> now gets alerts for: countries: Poland, Germany; not sanctions');
    expect(await subscriptions.get('slack', 'C0ADMIN')).toMatchObject({
      countries: ['PL', 'DE'],
      excludeCommitments: ['sanctions'],
      workspaceId: 'T0TEST',
      createdBy: 'U0ADMIN',
    });
  });

  it("lets the channel's creator subscribe, but not manage feeds", async () => {
    slack.users.set('U0CREATOR', { id: 'U0CREATOR' });
    slack.channelCreators.set('C0OWN', 'U0CREATOR');
    const subscribed = await pledge('subscribe', { user_id: 'U0CREATOR', channel_id: 'C0OWN' });
    expect(subscribed.body.response_type).toBe('in_channel');
    const feeds = await pledge('feeds list', { user_id: 'U0CREATOR', channel_id: 'C0OWN' });
    expect(feeds.body.text).toBe('Only server or workspace admins can manage feeds.');
  });

  it('trusts SLACK_ADMIN_USERS without asking Slack', async () => {
    const before = slack.callsTo('users.info').length;
    const { body } = await pledge('unsubscribe', { user_id: 'U0OPS', channel_id: 'C0ADMIN' });
    expect(body.response_type).toBe('in_channel');
    expect(await subscriptions.get('slack', 'C0ADMIN')).toBeNull();
    expect(slack.callsTo('users.info').length).toBe(before);
  });

  it('says so when Slack cannot answer the permission check', async () => {
    slack.script('users.info', { status: 500, body: {} });
    const { body } = await pledge('subscribe', { user_id: 'U0ANY', channel_id: 'C0X' });
    expect(body.text).toMatch(/^Slack did not answer the permission check/);
  });

  it('lists the subscriptions of the workspace for anyone', async () => {
    slack.users.set('U0ADMIN', { id: 'U0ADMIN', is_admin: true });
    await pledge('subscribe countries: IT', { user_id: 'U0ADMIN', channel_id: 'C0LIST' });
    const { body } = await pledge('subscriptions', { user_id: 'U0MEMBER', channel_id: 'C0LIST' });
    expect(JSON.stringify(body.blocks)).toContain('This channel gets alerts for: countries: Italy');
  });
});

describe('startSlackApp without a usable configuration', () => {
  function capture(): { logger: Logger; lines: string[] } {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    return { logger: pino({ level: 'info' }, stream), lines };
  }

  const core = () => createChatCore({ state: new PledgeStore(redis), subscriptions, logger: silentLogger });

  it('is off with one log line when SLACK_BOT_TOKEN is unset', async () => {
    const { logger, lines } = capture();
    expect(await startSlackApp({ config: config({}), logger, ctx: redis, core: core() })).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Slack is off: SLACK_BOT_TOKEN is not set');
  });

  it('names both missing settings when only the bot token is set', async () => {
    const { logger, lines } = capture();
    expect(await startSlackApp({ config: config({ SLACK_BOT_TOKEN: 'xoxb-x' }), logger, ctx: redis, core: core() })).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode)');
  });

  it('is off, saying why, when Slack rejects the token', async () => {
    slack.script('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    const { logger, lines } = capture();
    const result = await startSlackApp({
      config: config({ SLACK_BOT_TOKEN: 'xoxb-bad', SLACK_SIGNING_SECRET: SECRET }),
      logger,
      ctx: redis,
      core: core(),
      host: '127.0.0.1',
    });
    expect(result).toBeNull();
    expect(lines.join('')).toContain('invalid_auth');
  });
});

describe('startSlackApp when the port is taken', () => {
  it('fails with the setting to change', async () => {
    const error = await startSlackApp({
      config: loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, SLACK_PORT: String(app.port) }),
      logger: silentLogger,
      ctx: redis,
      core: createChatCore({ state: new PledgeStore(redis), subscriptions, logger: silentLogger }),
      host: '127.0.0.1',
    }).catch((e: unknown) => e);
    expect(isPledgewatchError(error, 'CONFIG_INVALID')).toBe(true);
    expect((error as Error).message).toContain(`could not listen on SLACK_PORT=${app.port}`);
  });
});
