import type { ChannelRef, ChatCore, CoreResult } from '../core/index.js';
import {
  countryStatusEmbed,
  explainMessage,
  feedChangedMessage,
  feedsMessage,
  historyEmbed,
  message,
  noticeMessage,
  packEmbeds,
  subscribedMessage,
  subscriptionsMessage,
  tableEmbeds,
  unsubscribedMessage,
  type DiscordMessage,
} from './embeds.js';
import type { CommandInput } from './interaction-input.js';
import type { PermissionResolver } from './permissions.js';
import { cut, LIMITS } from './text.js';

/** The first message is the reply; any further ones are sent as follow-ups (a long table). */
export type Reply = DiscordMessage[];

/** Commands whose answers only the asker sees (admin tools, diagnostics). */
export const EPHEMERAL_COMMANDS = new Set(['subscriptions', 'feeds', 'explain']);

export interface HandlerDeps {
  core: ChatCore;
  permissions: PermissionResolver;
}

function failed(result: Extract<CoreResult<unknown>, { ok: false }>): Reply {
  return [noticeMessage(result.message)];
}

function channelOf(input: CommandInput): ChannelRef | null {
  if (!input.channelId) return null;
  return { platform: 'discord', channelId: input.channelId, workspaceId: input.guildId };
}

const NOT_IN_CHANNEL = 'Use this command in a server channel.';

async function status(deps: HandlerDeps, input: CommandInput): Promise<Reply> {
  const result = await deps.core.status(input.options.get('country'));
  if (!result.ok) return failed(result);
  if (result.view.kind === 'country') return [message([countryStatusEmbed(result.view)])];
  return packEmbeds(tableEmbeds(result.view)).map((embeds) => message(embeds));
}

async function history(deps: HandlerDeps, input: CommandInput): Promise<Reply> {
  const result = await deps.core.history(input.options.get('country') ?? '', input.options.get('commitment'));
  if (!result.ok) return failed(result);
  return [message([historyEmbed(result.view)])];
}

async function subscribe(deps: HandlerDeps, input: CommandInput): Promise<Reply> {
  const channel = channelOf(input);
  if (!channel || !input.guildId) return [noticeMessage(NOT_IN_CHANNEL)];
  const filters = {
    countries: input.options.get('countries'),
    commitments: input.options.get('commitments'),
    types: input.options.get('types'),
    reports: input.options.get('reports'),
  };
  const result = await deps.core.subscribe(channel, filters, await deps.permissions.callerOf(input));
  return result.ok ? [subscribedMessage(result.view)] : failed(result);
}

async function unsubscribe(deps: HandlerDeps, input: CommandInput): Promise<Reply> {
  const channel = channelOf(input);
  if (!channel || !input.guildId) return [noticeMessage(NOT_IN_CHANNEL)];
  const result = await deps.core.unsubscribe(channel, await deps.permissions.callerOf(input));
  return result.ok ? [unsubscribedMessage(result.view)] : failed(result);
}

async function subscriptions(deps: HandlerDeps, input: CommandInput): Promise<Reply> {
  const channel = channelOf(input);
  if (!channel || !input.guildId) return [noticeMessage(NOT_IN_CHANNEL)];
  const result = await deps.core.subscriptions(channel);
  return result.ok ? [subscriptionsMessage(result.view)] : failed(result);
}

async function feeds(deps: HandlerDeps, input: CommandInput): Promise<Reply> {
  const caller = await deps.permissions.callerOf(input);
  switch (input.subcommand) {
    case 'add': {
      const result = await deps.core.feedsAdd(input.options.get('url') ?? '', caller);
      return result.ok ? [feedChangedMessage('Added', result.view)] : failed(result);
    }
    case 'remove': {
      const result = await deps.core.feedsRemove(input.options.get('feed') ?? '', caller);
      return result.ok ? [feedChangedMessage('Removed', result.view)] : failed(result);
    }
    case 'list': {
      const result = await deps.core.feedsList(caller);
      return result.ok ? [feedsMessage(result.view)] : failed(result);
    }
    default:
      return [noticeMessage('Use /feeds add, /feeds list or /feeds remove.')];
  }
}

async function explain(deps: HandlerDeps, input: CommandInput): Promise<Reply> {
  const result = await deps.core.explain(input.options.get('url') ?? '');
  return result.ok ? [explainMessage(result.view)] : failed(result);
}

const HANDLERS: Record<string, (deps: HandlerDeps, input: CommandInput) => Promise<Reply>> = {
  status,
  history,
  subscribe,
  unsubscribe,
  subscriptions,
  feeds,
  explain,
};

/** Runs one slash command. Unknown commands (e.g. stale registrations) get a polite notice. */
export async function runCommand(deps: HandlerDeps, input: CommandInput): Promise<Reply> {
  const handler = HANDLERS[input.name];
  if (!handler) return [noticeMessage(`I don't know the command /${cut(input.name, 32)}.`)];
  return handler(deps, input);
}

/** Autocomplete choices for the option being typed. */
export async function autocomplete(deps: HandlerDeps, input: CommandInput): Promise<Array<{ name: string; value: string }>> {
  const focused = input.focused;
  if (!focused) return [];
  const choices =
    focused.name === 'country'
      ? await deps.core.suggestCountries(focused.value, LIMITS.choices)
      : focused.name === 'commitment'
        ? deps.core.suggestCommitments(focused.value, LIMITS.choices)
        : [];
  return choices.slice(0, LIMITS.choices).map((c) => ({ name: cut(c.name, LIMITS.choiceName), value: c.value.slice(0, LIMITS.choiceValue) }));
}
