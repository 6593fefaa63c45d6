import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubscriptionStore } from '../../../src/alerts/subscriptions.js';
import { createChatCore, type ChatCore } from '../../../src/chat/core/index.js';
import { gatewayPacketHandler } from '../../../src/chat/discord/gateway.js';
import {
  COMMAND_DEFINITIONS,
  createDiscordRest,
  createInteractionProcessor,
  PermissionResolver,
  startDiscordBot,
  type DiscordBot,
} from '../../../src/chat/discord/index.js';
import { loadConfig } from '../../../src/config/config.js';
import { FeedRegistry } from '../../../src/feeds/index.js';
import { silentLogger } from '../../../src/log/logger.js';
import { DEFAULT_CONFIRMATION } from '../../../src/state/confirmation.js';
import { PledgeStore } from '../../../src/state/index.js';
import { seedPositions, ITALY_URL } from '../core/pledge-fixture.js';
import { createDiscordSigner, type DiscordSigner } from '../../helpers/discord-sign.js';
import { FakeDiscord } from '../../helpers/fake-discord.js';
import { createTestRedis } from '../../helpers/redis.js';

const APP_ID = '999000';
const GUILD_ID = '555';
const MANAGE_CHANNELS = String(1 << 4);
const MANAGE_GUILD = String(1 << 5);

type TestRedis = Awaited<ReturnType<typeof createTestRedis>>;

let redis: TestRedis;
let fake: FakeDiscord;
let signer: DiscordSigner;
let core: ChatCore;
let subscriptions: SubscriptionStore;

interface Endpoint {
  bot: DiscordBot;
  server: Server;
  url: string;
}
let endpoint: Endpoint;
let deferring: Endpoint;

function discordEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: 'test-token',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_PUBLIC_KEY: signer.publicKeyHex,
    DISCORD_GUILD_ID: GUILD_ID,
    DISCORD_ADMIN_ROLE: 'Pledge Admins',
    DISCORD_API_URL: fake.apiUrl,
    ...extra,
  };
}

/** Starts the bot and mounts its handler at POST /discord/interactions, as the web server does. */
async function startEndpoint(deferAfterMs?: number): Promise<Endpoint> {
  const bot = await startDiscordBot({ config: loadConfig(discordEnv()), logger: silentLogger, ctx: redis, core, deferAfterMs });
  if (!bot?.interactionsHandler) throw new Error('expected an interactions handler');
  const handler = bot.interactionsHandler;
  const server = createServer((req, res) => {
    if (req.url === '/discord/interactions') handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { bot, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/discord/interactions` };
}

let sequence = 0;

function interaction(type: number, name: string, options: unknown[] = [], member: { permissions?: string; roles?: string[] } = {}): Record<string, unknown> {
  sequence += 1;
  return {
    id: `70000${sequence}`,
    application_id: APP_ID,
    type,
    token: `token-${sequence}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: '777',
    channel: { id: '777', type: 0 },
    member: { user: { id: '42', username: 'ann' }, roles: member.roles ?? [], permissions: member.permissions ?? '0' },
    data: { id: '1', name, type: 1, options },
  };
}

const command = (name: string, options: unknown[] = [], member = {}) => interaction(2, name, options, member);
const str = (name: string, value: string, focused = false) => ({ type: 3, name, value, ...(focused ? { focused } : {}) });

async function post(target: Endpoint, body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: unknown }> {
  const raw = JSON.stringify(body);
  const response = await fetch(target.url, { method: 'POST', headers: headers ?? signer.headersFor(raw), body: raw });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  redis = await createTestRedis();
  fake = await FakeDiscord.start();
  signer = createDiscordSigner();
  // These fixtures are the countries' own words, trusted alone here; the default asks for two reports (test/confirmation).
  const store = new PledgeStore(redis, { confirmation: { ...DEFAULT_CONFIRMATION, ownVoiceReports: 1 } });
  await seedPositions(store);
  subscriptions = new SubscriptionStore(redis);
  core = createChatCore({ state: store, subscriptions, feeds: new FeedRegistry(redis), logger: silentLogger });
  fake.roles.set(GUILD_ID, [
    { id: '8001', name: 'pledge admins' },
    { id: '8002', name: 'Everyone else' },
  ]);
  endpoint = await startEndpoint();
  deferring = await startEndpoint(0);
});

afterAll(async () => {
  for (const target of [endpoint, deferring]) {
    await target?.bot.close();
    await new Promise((resolve) => target?.server.close(resolve));
  }
  await fake?.stop();
  await redis?.cleanup();
});

describe('startDiscordBot', () => {
  it('registers the slash commands in the configured guild with the bot token', () => {
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts[0]!.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(puts[0]!.headers.authorization).toBe('Bot test-token');
    expect((puts[0]!.body as Array<{ name: string }>).map((c) => c.name)).toEqual(COMMAND_DEFINITIONS.map((c) => c.name));
    expect(COMMAND_DEFINITIONS.map((c) => c.name)).toEqual(['status', 'history', 'subscribe', 'unsubscribe', 'subscriptions', 'feeds', 'explain']);
  });

  it('registers globally without a guild, asking Discord for the application id when not configured', async () => {
    const before = fake.requests.length;
    const bot = await startDiscordBot({
      config: loadConfig(discordEnv({ DISCORD_GUILD_ID: '', DISCORD_APPLICATION_ID: '' })),
      logger: silentLogger,
      ctx: redis,
      core,
    });
    const seen = fake.requests.slice(before).map((r) => `${r.method} ${r.path}`);
    expect(seen).toEqual(['GET /applications/@me', `PUT /applications/${APP_ID}/commands`]);
    await bot?.close();
  });

  it('still starts when command registration fails, so alerts keep flowing', async () => {
    fake.respondOnce('PUT', /commands$/, 500, { message: 'Internal Server Error' });
    fake.respondOnce('PUT', /commands$/, 500, { message: 'Internal Server Error' });
    fake.respondOnce('PUT', /commands$/, 500, { message: 'Internal Server Error' });
    const bot = await startDiscordBot({ config: loadConfig(discordEnv()), logger: silentLogger, ctx: redis, core });
    expect(bot?.sender.platform).toBe('discord');
    await bot?.close();
  });

  it('is off without a token, saying so in one log line', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const bot = await startDiscordBot({ config: loadConfig({}), logger, ctx: redis, core });
    expect(bot).toBeNull();
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).msg).toMatch(/Discord is off: set DISCORD_TOKEN/);
  });
});

describe('interactions endpoint', () => {
  it('answers PING with PONG', async () => {
    expect(await post(endpoint, { id: '1', type: 1, token: 't', version: 1, application_id: APP_ID })).toEqual({ status: 200, json: { type: 1 } });
  });

  it('rejects a bad signature, a tampered body and missing headers with 401', async () => {
    const body = JSON.stringify({ id: '1', type: 1 });
    const other = createDiscordSigner();
    expect((await post(endpoint, { id: '1', type: 1 }, other.headersFor(body))).status).toBe(401);
    expect((await post(endpoint, { id: '2', type: 1 }, signer.headersFor(body))).status).toBe(401);
    expect((await post(endpoint, { id: '1', type: 1 }, { 'content-type': 'application/json' })).status).toBe(401);
  });

  it('answers /status Italy with the embed: one field per commitment with evidence', async () => {
    const { status, json } = await post(endpoint, command('status', [str('country', 'Italian')]));
    expect(status).toBe(200);
    expect(json).toEqual({
      type: 4,
      data: {
        embeds: [
          {
            title: '🇮🇹 Italy',
            color: 0x1565c0,
            fields: [
              {
                name: '⛔ ground troops: declined',
                value: `“Meloni confirmed Italy will not send troops to Ukraine.”\n— Reuters, 2025-09-04 · [source](${ITALY_URL})`,
                inline: false,
              },
              {
                name: '🟢 ceasefire monitoring: willing',
                value: `“Italy is ready to help monitor a ceasefire.”\n— Reuters, 2025-09-04 · [source](${ITALY_URL})`,
                inline: false,
              },
            ],
            footer: { text: 'IT · /history Italy for the timeline' },
          },
        ],
        allowed_mentions: { parse: [] },
      },
    });
  });

  it('answers an unknown country with the hint, only to the asker', async () => {
    const { json } = await post(endpoint, command('status', [str('country', 'Xyz')]));
    expect(json).toEqual({
      type: 4,
      data: {
        embeds: [],
        content: "I don't know the country 'Xyz'. Try a name, code, demonym or leader, e.g. Italy, IT, Italian, Meloni.",
        allowed_mentions: { parse: [] },
        flags: 64,
      },
    });
  });

  it('defers a slow answer and edits it in through @original', async () => {
    const body = command('history', [str('country', 'Germany')]);
    const { json } = await post(deferring, body);
    expect(json).toEqual({ type: 5, data: {} });
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${String(body.token)}/messages/@original`);
    const embed = (edit.body as { embeds: Array<{ title: string; fields: Array<{ name: string }> }> }).embeds[0]!;
    expect(embed.title).toBe('🇩🇪 Germany: history');
    expect(embed.fields.map((f) => f.name)).toContain('2025-09-05 ✅ Germany — coalition: conditional -> committed');
    expect(edit.headers.authorization).toBeUndefined();
  });

  it('retries an edit that reaches Discord before the deferral was processed', async () => {
    const body = command('status', [str('country', 'IT')]);
    const path = new RegExp(`^/webhooks/${APP_ID}/${String(body.token)}/messages/@original$`);
    fake.respondOnce('PATCH', path, 404, { message: 'Unknown Webhook', code: 10015 });
    await post(deferring, body);
    await fake.waitFor((r) => r.method === 'PATCH' && path.test(r.path) && fake.requests.filter((q) => path.test(q.path)).length === 2);
    expect(fake.requests.filter((r) => path.test(r.path)).map((r) => (r.body as { embeds: Array<{ title: string }> }).embeds[0]!.title)).toEqual([
      '🇮🇹 Italy',
      '🇮🇹 Italy',
    ]);
  });

  it('autocompletes countries by leader', async () => {
    const { json } = await post(endpoint, interaction(4, 'status', [str('country', 'Meloni', true)]));
    expect(json).toEqual({ type: 8, data: { choices: [{ name: 'Italy (IT)', value: 'IT' }] } });
  });

  it('answers a malformed command politely instead of failing', async () => {
    const { status, json } = await post(endpoint, { id: '9', type: 2, token: 't', application_id: APP_ID, data: null });
    expect(status).toBe(200);
    expect(json).toMatchObject({ type: 4, data: { content: 'This kind of interaction is not supported.' } });
  });
});

describe('hostile input', () => {
  it('never answers 5xx nor crashes, whatever signed JSON arrives', async () => {
    const option = fc.record({
      type: fc.integer({ min: 1, max: 11 }),
      name: fc.string({ maxLength: 12 }),
      value: fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null)),
      focused: fc.boolean(),
    });
    const body = fc.oneof(
      fc.json(),
      fc
        .record({
          id: fc.string(),
          type: fc.integer({ min: 0, max: 6 }),
          token: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent), fc.constant(null)),
          guild_id: fc.option(fc.constantFrom(GUILD_ID, 'x'), { nil: undefined }),
          member: fc.option(fc.record({ user: fc.record({ id: fc.string() }), roles: fc.anything(), permissions: fc.string() }), { nil: undefined }),
          data: fc.option(
            fc.record({
              name: fc.constantFrom(...COMMAND_DEFINITIONS.map((c) => c.name), 'nope'),
              options: fc.array(fc.oneof(option, fc.record({ type: fc.constant(1), name: fc.string(), options: fc.array(option) }))),
            }),
            { nil: null },
          ),
        })
        .map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(body, async (raw) => {
        const response = await fetch(endpoint.url, { method: 'POST', headers: signer.headersFor(raw), body: raw });
        await response.text();
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    expect((await post(endpoint, { id: '1', type: 1 })).json).toEqual({ type: 1 });
  });
});

describe('gateway', () => {
  it('answers INTERACTION_CREATE packets on the interaction callback route', async () => {
    const rest = createDiscordRest({ token: 'test-token', api: fake.apiUrl, retries: 0 });
    const processor = createInteractionProcessor({
      core,
      permissions: new PermissionResolver({ rest, logger: silentLogger }),
      rest,
      applicationId: APP_ID,
      logger: silentLogger,
    });
    const onPacket = gatewayPacketHandler({ rest, processor });
    const body = command('status', [str('country', 'IT')]);
    await onPacket({ t: 'MESSAGE_CREATE', d: body });
    await onPacket({ t: 'INTERACTION_CREATE', d: body });
    const callbacks = fake.requests.filter((r) => r.path === `/interactions/${String(body.id)}/${String(body.token)}/callback`);
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]!.body).toMatchObject({ type: 4, data: { embeds: [{ title: '🇮🇹 Italy' }], allowed_mentions: { parse: [] } } });
  });
});

describe('permissions', () => {
  it('refuses /subscribe to a member without Manage Channels or the admin role', async () => {
    const { json } = await post(endpoint, command('subscribe', [str('countries', 'PL')], { roles: ['8002'] }));
    expect(json).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringContaining('Only members who can manage this channel') } });
    expect(await subscriptions.get('discord', '777')).toBeNull();
  });

  it('lets the configured admin role (by name) subscribe the channel with filters', async () => {
    const { json } = await post(endpoint, command('subscribe', [str('countries', 'PL, DE'), str('commitments', 'not sanctions')], { roles: ['8001'] }));
    expect(json).toMatchObject({ type: 4, data: { content: 'This channel now gets countries: Poland, Germany; not sanctions.' } });
    expect(await subscriptions.get('discord', '777')).toMatchObject({ countries: ['PL', 'DE'], excludeCommitments: ['sanctions'], workspaceId: GUILD_ID });
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === `/guilds/${GUILD_ID}/roles`)).toBe(true);
  });

  it('lists subscriptions and lets Manage Channels unsubscribe', async () => {
    const listed = await post(endpoint, command('subscriptions'));
    expect(listed.json).toMatchObject({ data: { flags: 64, embeds: [{ description: '<#777>: countries: Poland, Germany; not sanctions' }] } });
    const removed = await post(endpoint, command('unsubscribe', [], { permissions: MANAGE_CHANNELS }));
    expect(removed.json).toMatchObject({ data: { content: 'This channel no longer gets alerts.' } });
    expect(await subscriptions.get('discord', '777')).toBeNull();
  });

  it('keeps /feeds to server admins: Manage Channels is not enough, Manage Guild is', async () => {
    const feed = { type: 1, name: 'add', options: [str('url', 'https://news.example.test/rss')] };
    const refused = await post(endpoint, command('feeds', [feed], { permissions: MANAGE_CHANNELS }));
    expect(refused.json).toMatchObject({ data: { content: 'Only server or workspace admins can manage feeds.' } });
    const added = await post(endpoint, command('feeds', [feed], { permissions: MANAGE_GUILD }));
    expect(added.json).toMatchObject({ data: { flags: 64, content: expect.stringMatching(/^Added feed [0-9a-f]{16}: https:\/\/news\.example\.test\/rss$/) } });
  });
});
