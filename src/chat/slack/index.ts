import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type Receiver, type webApi } from '@slack/bolt';
import type { ChatSender } from '../../alerts/delivery.js';
import type { Config } from '../../config/config.js';
import { describeError, ErrorCode, PledgewatchError } from '../../errors/index.js';
import type { Logger } from '../../log/logger.js';
import type { RedisContext } from '../../redis/connection.js';
import type { ChatCore } from '../core/index.js';
import { parseCommandText, SLASH_COMMAND } from './command-text.js';
import { chooseSlackMode, type SlackMode } from './mode.js';
import { runSlackCommand, type CommandRunDeps } from './run-command.js';
import { createSlackSender } from './sender.js';
import { toSlackLogger } from './slack-logger.js';

export { renderAlertBlocks } from './render-alert.js';
export { createSlackSender } from './sender.js';
export { chooseSlackMode, type SlackMode } from './mode.js';
export { parseCommandText, SLASH_COMMAND, type SlackCommand } from './command-text.js';
export { escapeSlack, escapeAndTruncate, SLACK_LIMITS } from './escape.js';

export interface SlackAppDeps {
  config: Config;
  logger: Logger;
  ctx: RedisContext;
  core: ChatCore;
  /** HTTP mode: interface to listen on (default: all, as Slack must reach it). */
  host?: string;
  /** Extra WebClient options (tests shorten retries). */
  clientOptions?: Partial<webApi.WebClientOptions>;
  now?: () => Date;
}

export interface SlackApp {
  sender: ChatSender;
  mode: 'http' | 'socket';
  /** HTTP mode: the port actually listened on (SLACK_PORT=0 picks a free one). */
  port?: number;
  close(): Promise<void>;
}

/**
 * Starts the Slack app: the /pledge command (acknowledged at once, answered through the
 * response_url) and a sender for the delivery queue. Returns null, with one log line
 * saying what is missing, when Slack is not configured or Slack rejects the token.
 */
export async function startSlackApp(deps: SlackAppDeps): Promise<SlackApp | null> {
  const log = deps.logger.child({ component: 'slack' });
  const mode = chooseSlackMode(deps.config);
  if (mode.mode === 'off') {
    log.info(`Slack is off: ${mode.reason}`);
    return null;
  }
  const app = createBoltApp(deps, mode, log);
  try {
    await app.init();
  } catch (error) {
    log.error({ err: describeError(error) }, 'Slack is off: Slack rejected SLACK_BOT_TOKEN or could not be reached (auth.test failed)');
    return null;
  }
  registerCommand(app, deps, log);
  const started = await app.start(...startArgs(mode, deps.host)).catch(async (error: unknown) => {
    await app.stop().catch(() => undefined);
    throw startError(mode, error);
  });
  const port = mode.mode === 'http' ? ((started as Server).address() as AddressInfo).port : undefined;
  log.info({ mode: mode.mode, port }, mode.mode === 'http' ? `Slack app listening on port ${port} at /slack/events` : 'Slack app connected in Socket Mode');
  return {
    sender: createSlackSender({ client: app.client, logger: log }),
    mode: mode.mode,
    port,
    close: () => app.stop().then(() => undefined),
  };
}

function createBoltApp(deps: SlackAppDeps, mode: Exclude<SlackMode, { mode: 'off' }>, log: Logger): App {
  const logger = toSlackLogger(log);
  const receiver: Receiver =
    mode.mode === 'socket'
      ? new SocketModeReceiver({
          appToken: mode.appToken,
          logger,
          // apps.connections.open goes to the same Web API base as everything else.
          installerOptions: { clientOptions: { slackApiUrl: deps.config.SLACK_API_URL } },
        })
      : new HTTPReceiver({ signingSecret: mode.signingSecret, endpoints: '/slack/events', logger, processBeforeResponse: false });
  const app = new App({
    receiver,
    token: mode.botToken,
    logger,
    deferInitialization: true,
    clientOptions: {
      slackApiUrl: deps.config.SLACK_API_URL,
      // The delivery queue waits out 429s and retries; the client must not do it too.
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      timeout: 10_000,
      ...deps.clientOptions,
    },
  });
  app.error(async (error) => {
    log.error({ err: describeError(error) }, 'Slack request failed');
  });
  return app;
}

/** A failed start says which setting to change. */
function startError(mode: Exclude<SlackMode, { mode: 'off' }>, error: unknown): PledgewatchError {
  const reason = describeError(error);
  const hint =
    mode.mode === 'http'
      ? `could not listen on SLACK_PORT=${mode.port} (${reason}); choose a free port`
      : `could not open the Socket Mode connection (${reason}); check SLACK_APP_TOKEN (xapp-…, scope connections:write)`;
  return new PledgewatchError(ErrorCode.Config, `Slack app: ${hint}`, { cause: error });
}

function startArgs(mode: Exclude<SlackMode, { mode: 'off' }>, host: string | undefined): [] | [{ port: number; host?: string }] {
  if (mode.mode === 'socket') return [];
  return [host ? { port: mode.port, host } : { port: mode.port }];
}

/** Acks first (Slack's 3-second deadline), then answers through respond(). Bad input gets a reply, never a crash. */
function registerCommand(app: App, deps: SlackAppDeps, log: Logger): void {
  const runDeps = (client: webApi.WebClient): CommandRunDeps => ({
    core: deps.core,
    permissions: { client, adminUsers: deps.config.SLACK_ADMIN_USERS, logger: log },
    now: deps.now ?? (() => new Date()),
  });
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    const parsed = parseCommandText(command.text ?? '');
    await ack();
    try {
      const reply = await runSlackCommand(runDeps(client), parsed, {
        userId: command.user_id,
        channelId: command.channel_id,
        teamId: command.team_id,
      });
      await respond({
        response_type: reply.inChannel ? 'in_channel' : 'ephemeral',
        ...reply.message,
        unfurl_links: false,
        unfurl_media: false,
      });
    } catch (error) {
      log.error({ err: describeError(error), subcommand: parsed.name }, 'Slack command failed');
    }
  });
}
