import { Client, Events, GatewayIntentBits, Routes, type APIInteraction, type REST } from 'discord.js';
import { describeError } from '../../errors/index.js';
import type { Logger } from '../../log/logger.js';
import type { InteractionProcessor } from './interactions.js';

interface RawPacket {
  t?: string | null;
  d?: unknown;
}

/**
 * For deployments without a public HTTPS endpoint: receives interactions over the
 * gateway and answers them through the same processor as the HTTP endpoint, replying
 * on the interaction callback route. Only the Guilds intent: slash commands need no
 * message content.
 */
export async function startGateway(deps: {
  token: string;
  api: string;
  rest: REST;
  processor: InteractionProcessor;
  logger: Logger;
}): Promise<{ close(): Promise<void> }> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: deps.api } });
  client.on(Events.Raw, (packet: RawPacket) => {
    if (packet.t !== 'INTERACTION_CREATE' || !packet.d || typeof packet.d !== 'object') return;
    const interaction = packet.d as APIInteraction;
    void deps.processor.handle(interaction, async (response) => {
      await deps.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: response, auth: false });
    });
  });
  client.on(Events.Error, (error) => deps.logger.warn({ err: describeError(error) }, 'discord gateway error'));
  client.once(Events.ClientReady, (ready) => deps.logger.info({ user: ready.user.tag }, 'discord gateway connected'));
  await client.login(deps.token);
  return {
    async close() {
      await client.destroy();
    },
  };
}
