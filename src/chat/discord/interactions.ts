import {
  DiscordAPIError,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  type APIInteraction,
  type APIInteractionResponse,
  type REST,
} from 'discord.js';
import { describeError } from '../../errors/index.js';
import type { Logger } from '../../log/logger.js';
import { autocomplete, EPHEMERAL_COMMANDS, runCommand, type HandlerDeps, type Reply } from './command-handlers.js';
import { noticeMessage, type DiscordMessage } from './embeds.js';
import { readCommandInput, type CommandInput } from './interaction-input.js';

/** Sends the interaction's initial response (the HTTP answer, or the callback route on the gateway). */
export type Respond = (response: APIInteractionResponse) => Promise<void>;

export interface InteractionProcessorDeps extends HandlerDeps {
  rest: REST;
  applicationId: string;
  logger: Logger;
  /**
   * Discord drops an interaction not answered within 3 s. A command still running after
   * this long is deferred ("thinking…") and its answer edited in when ready. 0 defers every command.
   */
  deferAfterMs?: number;
}

const DEFAULT_DEFER_AFTER_MS = 1500;
const SORRY = 'Something went wrong while answering. Please try again in a minute.';

export interface InteractionProcessor {
  /** Answers one interaction. Never rejects: failures are logged and answered when still possible. */
  handle(interaction: APIInteraction, respond: Respond): Promise<void>;
}

/** The work's result, or 'late' when it takes longer than ms. */
async function raceTimer<T>(work: Promise<T>, ms: number): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

const UNKNOWN_WEBHOOK = 10015;
const UNKNOWN_MESSAGE = 10008;

/**
 * A follow-up can reach Discord before it has processed our HTTP answer to the same
 * interaction, and then gets "Unknown Webhook/Message": try again a few times, briefly.
 */
async function untilAcknowledged(send: () => Promise<unknown>, attempts = 4, delayMs = 250): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await send();
      return;
    } catch (error) {
      const early = error instanceof DiscordAPIError && (error.code === UNKNOWN_WEBHOOK || error.code === UNKNOWN_MESSAGE);
      if (!early || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}

function reply(message: DiscordMessage): APIInteractionResponse {
  return { type: InteractionResponseType.ChannelMessageWithSource, data: message };
}

export function createInteractionProcessor(deps: InteractionProcessorDeps): InteractionProcessor {
  const deferAfterMs = deps.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
  const log = deps.logger.child({ sink: 'discord' });

  async function followUps(input: CommandInput, messages: DiscordMessage[]): Promise<void> {
    for (const msg of messages) {
      const route = Routes.webhook(input.applicationId ?? deps.applicationId, input.token);
      await untilAcknowledged(() => deps.rest.post(route, { body: msg, auth: false }));
    }
  }

  async function answerCommand(input: CommandInput, respond: Respond): Promise<void> {
    const work = runCommand(deps, input).catch((error: unknown): Reply => {
      log.error({ command: input.name, err: describeError(error) }, 'discord command failed');
      return [noticeMessage(SORRY)];
    });
    const first = deferAfterMs <= 0 ? 'late' : await raceTimer(work, deferAfterMs);
    if (first !== 'late') {
      const [head, ...rest] = first;
      await respond(reply(head ?? noticeMessage(SORRY)));
      await followUps(input, rest);
      return;
    }
    const flags = EPHEMERAL_COMMANDS.has(input.name) ? MessageFlags.Ephemeral : undefined;
    await respond({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags } });
    const [head, ...rest] = await work;
    const { flags: _ignored, ...edit } = head ?? noticeMessage(SORRY);
    const original = Routes.webhookMessage(input.applicationId ?? deps.applicationId, input.token);
    await untilAcknowledged(() => deps.rest.patch(original, { body: edit, auth: false }));
    await followUps(input, rest);
  }

  async function answerAutocomplete(input: CommandInput, respond: Respond): Promise<void> {
    const choices = await autocomplete(deps, input).catch(() => []);
    await respond({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
  }

  return {
    async handle(interaction, rawRespond) {
      let responded = false;
      const respond: Respond = async (response) => {
        responded = true;
        await rawRespond(response);
      };
      try {
        if (interaction.type === InteractionType.Ping) {
          await respond({ type: InteractionResponseType.Pong });
          return;
        }
        const input = readCommandInput(interaction);
        if (interaction.type === InteractionType.ApplicationCommandAutocomplete && input) {
          await answerAutocomplete(input, respond);
        } else if (interaction.type === InteractionType.ApplicationCommand && input) {
          await answerCommand(input, respond);
        } else {
          await respond(reply(noticeMessage('This kind of interaction is not supported.')));
        }
      } catch (error) {
        log.error({ interaction: interaction?.id, err: describeError(error) }, 'could not answer a discord interaction');
        if (!responded) await rawRespond(reply(noticeMessage(SORRY))).catch(() => undefined);
      }
    },
  };
}
