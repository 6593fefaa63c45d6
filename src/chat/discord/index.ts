import type { IncomingMessage, ServerResponse } from 'node:http';
import { Routes, type APIApplication, type REST } from 'discord.js';
import type { ChatSender } from '../../alerts/delivery.js';
import type { Config } from '../../config/config.js';
import { ErrorCode, PledgewatchError, describeError } from '../../errors/index.js';
import type { Logger } from '../../log/logger.js';
import type { RedisContext } from '../../redis/connection.js';
import type { ChatCore } from '../core/index.js';
import { registerCommands } from './commands.js';
import { startGateway } from './gateway.js';
import { createInteractionsEndpoint } from './http-endpoint.js';
import { createInteractionProcessor } from './interactions.js';
import { PermissionResolver } from './permissions.js';
import { createDiscordRest, createDiscordSender } from './sender.js';

export { COMMAND_DEFINITIONS, registerCommands } from './commands.js';
export { createDiscordRest, createDiscordSender, MAX_INLINE_RATE_LIMIT_WAIT_MS } from './sender.js';
export { createInteractionsEndpoint, discordPublicKey, verifyDiscordSignature } from './http-endpoint.js';
export { createInteractionProcessor, type InteractionProcessor, type Respond } from './interactions.js';
export { PermissionResolver } from './permissions.js';
export { alertEmbed, alertMessage, type DiscordMessage } from './embeds.js';

export interface DiscordBot {
  /** Give it to startDeliveryWorker to post queued alerts. */
  sender: ChatSender;
  /** Mount at POST /discord/interactions when set (DISCORD_PUBLIC_KEY configured). */
  interactionsHandler?: (req: IncomingMessage, res: ServerResponse) => void;
  close(): Promise<void>;
}

export interface StartDiscordBotDeps {
  config: Config;
  logger: Logger;
  ctx: RedisContext;
  core: ChatCore;
  /**
   * Receive interactions over the gateway. Defaults to on when no DISCORD_PUBLIC_KEY is
   * set (no HTTP endpoint), off otherwise.
   */
  gateway?: boolean;
  /** Override the REST client (tests point it at a local fake with short timeouts). */
  rest?: REST;
  deferAfterMs?: number;
}

/** The application id from config, else asked from Discord (GET /applications/@me). */
async function applicationIdOf(rest: REST, config: Config): Promise<string> {
  if (config.DISCORD_APPLICATION_ID) return config.DISCORD_APPLICATION_ID;
  try {
    const app = (await rest.get(Routes.currentApplication())) as APIApplication;
    return app.id;
  } catch (error) {
    throw new PledgewatchError(
      ErrorCode.Config,
      `could not read the Discord application id (${describeError(error)}); set DISCORD_APPLICATION_ID and check DISCORD_TOKEN`,
      { cause: error },
    );
  }
}

/**
 * Starts the Discord side: registers the slash commands, prepares the interactions
 * endpoint (HTTP) or connects the gateway, and returns the alert sender. Returns null,
 * with one log line, when DISCORD_TOKEN is not set.
 */
export async function startDiscordBot(deps: StartDiscordBotDeps): Promise<DiscordBot | null> {
  const { config, logger } = deps;
  const token = config.DISCORD_TOKEN;
  if (!token) {
    logger.info('Discord is off: set DISCORD_TOKEN (and DISCORD_APPLICATION_ID) to turn it on, see docs/discord.md');
    return null;
  }
  const rest = deps.rest ?? createDiscordRest({ token, api: config.DISCORD_API_URL });
  const applicationId = await applicationIdOf(rest, config);
  await registerCommands(rest, { applicationId, guildId: config.DISCORD_GUILD_ID, logger }).catch((error: unknown) => {
    // Commands registered by an earlier start keep working; alerts must not wait for this.
    logger.error({ err: describeError(error) }, 'could not register the Discord slash commands; will try again at next start');
  });
  const processor = createInteractionProcessor({
    core: deps.core,
    permissions: new PermissionResolver({ rest, adminRole: config.DISCORD_ADMIN_ROLE, logger }),
    rest,
    applicationId,
    logger,
    deferAfterMs: deps.deferAfterMs,
  });
  const interactionsHandler = config.DISCORD_PUBLIC_KEY ? createInteractionsEndpoint({ publicKey: config.DISCORD_PUBLIC_KEY, processor, logger }) : undefined;
  const useGateway = deps.gateway ?? !interactionsHandler;
  const gateway = useGateway ? await startGateway({ token, api: config.DISCORD_API_URL, rest, processor, logger }) : undefined;
  logger.info(
    { application: applicationId, interactions: interactionsHandler ? 'http' : 'gateway' },
    interactionsHandler ? 'Discord on: interactions at POST /discord/interactions' : 'Discord on: interactions over the gateway',
  );
  return {
    sender: createDiscordSender({ rest, logger }),
    interactionsHandler,
    async close() {
      await gateway?.close();
    },
  };
}
