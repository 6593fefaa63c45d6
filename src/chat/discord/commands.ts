import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  Routes,
  type REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from '../../log/logger.js';
import { ALERT_TYPES } from '../../model/alert.js';
import { COMMITMENT_LABELS, COMMITMENTS } from '../../model/taxonomy.js';

type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

const GUILD_ONLY = [InteractionContextType.Guild];
const ANYWHERE = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel];

const commitmentChoices = COMMITMENTS.map((c) => ({ name: COMMITMENT_LABELS[c], value: c }));

function countryOption(required: boolean, description = 'Name, code, demonym or leader, e.g. Italy, IT, Italian, Meloni') {
  return {
    type: ApplicationCommandOptionType.String as const,
    name: 'country',
    description,
    required,
    autocomplete: true,
    max_length: 100,
  };
}

function filterOption(name: string, description: string) {
  return { type: ApplicationCommandOptionType.String as const, name, description, required: false, max_length: 500 };
}

/** The slash commands, as registered with Discord. Permission checks are repeated in code (roles can be configured). */
export const COMMAND_DEFINITIONS: CommandJson[] = [
  {
    name: 'status',
    type: ApplicationCommandType.ChatInput,
    description: "A country's stated positions with evidence; without a country, the whole table",
    options: [countryOption(false)],
    contexts: ANYWHERE,
  },
  {
    name: 'history',
    type: ApplicationCommandType.ChatInput,
    description: "The timeline of a country's position changes, with sources",
    options: [
      countryOption(true),
      {
        type: ApplicationCommandOptionType.String,
        name: 'commitment',
        description: 'Only this commitment',
        required: false,
        choices: commitmentChoices,
      },
    ],
    contexts: ANYWHERE,
  },
  {
    name: 'subscribe',
    type: ApplicationCommandType.ChatInput,
    description: 'Post position-change alerts in this channel: all, or a filtered set',
    options: [
      filterOption('countries', 'e.g. "PL, DE" or "not RU" (empty: all countries)'),
      filterOption('commitments', 'e.g. "ground troops, air" or "not sanctions" (empty: all)'),
      filterOption('types', `Alert types: ${ALERT_TYPES.join(', ')} (empty: all)`),
      {
        type: ApplicationCommandOptionType.String,
        name: 'reports',
        description: 'confirmed changes only (default), or every report at once, marked unconfirmed',
        required: false,
        choices: [
          { name: 'confirmed (default)', value: 'confirmed' },
          { name: 'every report', value: 'every report' },
        ],
      },
    ],
    contexts: GUILD_ONLY,
  },
  {
    name: 'unsubscribe',
    type: ApplicationCommandType.ChatInput,
    description: 'Stop alerts in this channel',
    contexts: GUILD_ONLY,
  },
  {
    name: 'subscriptions',
    type: ApplicationCommandType.ChatInput,
    description: 'Which channels on this server get alerts, with their filters',
    contexts: GUILD_ONLY,
  },
  {
    name: 'feeds',
    type: ApplicationCommandType.ChatInput,
    description: 'Manage the news feeds the bot reads (server admins)',
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    contexts: GUILD_ONLY,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'add',
        description: 'Add an RSS or Atom feed',
        options: [{ type: ApplicationCommandOptionType.String, name: 'url', description: 'Feed URL (http or https)', required: true, max_length: 2048 }],
      },
      { type: ApplicationCommandOptionType.Subcommand, name: 'list', description: 'List the feeds and how they are doing' },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'remove',
        description: 'Remove a feed',
        options: [{ type: ApplicationCommandOptionType.String, name: 'feed', description: 'Feed id or URL', required: true, max_length: 2048 }],
      },
    ],
  },
  {
    name: 'explain',
    type: ApplicationCommandType.ChatInput,
    description: "Why didn't this article alert? What the bot did with it",
    options: [{ type: ApplicationCommandOptionType.String, name: 'url', description: 'Article URL', required: true, max_length: 2048 }],
    contexts: ANYWHERE,
  },
];

/**
 * Registers (overwrites) the slash commands: in one guild when guildId is given
 * (visible at once, for development), else globally. Idempotent, safe at every start.
 */
export async function registerCommands(rest: REST, options: { applicationId: string; guildId?: string; logger: Logger }): Promise<void> {
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  await rest.put(route, { body: COMMAND_DEFINITIONS });
  options.logger.info(
    { commands: COMMAND_DEFINITIONS.length, scope: options.guildId ? `guild ${options.guildId}` : 'global' },
    'discord slash commands registered',
  );
}
