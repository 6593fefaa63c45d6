import { Client, Events, GatewayIntentBits, Routes, type APIInteraction, type REST } from 'discord.js';
import { describeError } from '../../errors/index.js';
import type { Logger } from '../../log/logger.js';
import type { InteractionProcessor } from './interactions.js';

export interface RawPacket {
  t?: string | null;
  d?: unknown;
}

/**
 * Turns the gateway's raw INTERACTION_CREATE packets into processor calls, answering on
 * the interaction callback route: the same handlers as the HTTP endpoint, one code path.
 */
export function gatewayPacketHandler(deps: { rest: REST; processor: InteractionProcessor }): (packet: RawPacket) => Promise<void> {
  return async (packet) => {
    if (packet.t !== 'INTERACTION_CREATE' || !packet.d || typeof packet.d !== 'object') return;
    const interaction = packet.d as APIInteraction;
    await deps.processor.handle(interaction, async (response) => {
      await deps.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: response, auth: false });
    });
  };
}

/**
 * For deployments without a public HTTPS endpoint: receives interactions over the
 * gateway (only the Guilds intent: slash commands need no message content). A failed
 * login is logged, not fatal, so alert delivery keeps working.
 */
export async function startGateway(deps: {
  token: string;
  api: string;
  rest: REST;
  processor: InteractionProcessor;
  logger: Logger;
}): Promise<{ close(): Promise<void> }> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: deps.api } });
  const onPacket = gatewayPacketHandler(deps);
  client.on(Events.Raw, (packet: RawPacket) => void onPacket(packet));
  client.on(Events.Error, (error) => deps.logger.warn({ err: describeError(error) }, 'discord gateway error'));
  client.once(Events.ClientReady, (ready) => deps.logger.info({ user: ready.user.tag }, 'discord gateway connected'));
  try {
    await client.login(deps.token);
  } catch (error) {
    deps.logger.error(
      { err: describeError(error) },
      'could not connect to the Discord gateway: slash commands will not be answered (alerts are still posted); check DISCORD_TOKEN',
    );
  }
  return {
    async close() {
      await client.destroy();
    },
  };
}
