import { ApplicationCommandOptionType, type APIApplicationCommandInteractionDataOption, type APIInteraction } from 'discord.js';

/** What the handlers need from an interaction, whichever way it arrived (HTTP or gateway). */
export interface CommandInput {
  id: string;
  token: string;
  /** The application the interaction belongs to (follow-ups go to its webhook). */
  applicationId?: string;
  name: string;
  subcommand?: string;
  /** String, number and boolean options by name, as strings. */
  options: Map<string, string>;
  /** For autocomplete: the option being typed. */
  focused?: { name: string; value: string };
  guildId?: string;
  channelId?: string;
  userId: string;
  /** The member's permissions in this channel (0 in DMs). */
  permissions: bigint;
  roles: string[];
}

type Option = APIApplicationCommandInteractionDataOption;

function collectOptions(options: readonly Option[] | undefined, into: CommandInput): void {
  for (const option of options ?? []) {
    if (option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup) {
      if (option.type === ApplicationCommandOptionType.Subcommand) into.subcommand = option.name;
      collectOptions(option.options as readonly Option[] | undefined, into);
      continue;
    }
    if (!('value' in option) || option.value === undefined) continue;
    const value = String(option.value);
    into.options.set(option.name, value);
    if ('focused' in option && option.focused) into.focused = { name: option.name, value };
  }
}

function parsePermissions(raw: string | undefined): bigint {
  if (!raw || !/^\d+$/.test(raw)) return 0n;
  return BigInt(raw);
}

/**
 * Reads a slash-command or autocomplete interaction (raw API JSON). Returns null for
 * anything malformed, so a strange payload gets a polite answer instead of a crash.
 */
export function readCommandInput(interaction: APIInteraction): CommandInput | null {
  if (!('data' in interaction) || !interaction.data || !('name' in interaction.data)) return null;
  const data = interaction.data as { name?: unknown; options?: Option[] };
  if (typeof data.name !== 'string') return null;
  const user = interaction.member?.user ?? interaction.user;
  if (!user?.id || typeof interaction.token !== 'string') return null;
  const input: CommandInput = {
    id: interaction.id,
    token: interaction.token,
    applicationId: typeof interaction.application_id === 'string' ? interaction.application_id : undefined,
    name: data.name,
    options: new Map(),
    guildId: interaction.guild_id,
    channelId: interaction.channel?.id ?? interaction.channel_id,
    userId: user.id,
    permissions: parsePermissions(interaction.member?.permissions),
    roles: Array.isArray(interaction.member?.roles) ? interaction.member.roles : [],
  };
  collectOptions(Array.isArray(data.options) ? data.options : [], input);
  return input;
}
