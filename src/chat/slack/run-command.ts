import type { ChannelRef, ChatCore } from '../core/index.js';
import type { SlackMessage } from './block-kit.js';
import type { SlackCommand } from './command-text.js';
import { callerFor, PermissionCheckError, type PermissionCheckDeps } from './permissions.js';
import {
  renderExplain,
  renderFeedChange,
  renderFeeds,
  renderHelp,
  renderHistory,
  renderProblem,
  renderResult,
  renderStatus,
  renderSubscribed,
  renderSubscriptions,
  renderUnsubscribed,
} from './render-views.js';

export interface CommandRunDeps {
  core: ChatCore;
  permissions: PermissionCheckDeps;
  now: () => Date;
}

export interface CommandOrigin {
  userId: string;
  channelId: string;
  teamId?: string;
}

/** A reply: only changes to a channel's subscription are shown to the whole channel. */
export interface CommandReply {
  message: SlackMessage;
  inChannel: boolean;
}

/** Runs one parsed /pledge command through the shared core and renders the answer. Never throws. */
export async function runSlackCommand(deps: CommandRunDeps, command: SlackCommand, origin: CommandOrigin): Promise<CommandReply> {
  try {
    return await dispatch(deps, command, origin);
  } catch (error) {
    if (error instanceof PermissionCheckError) return { message: renderProblem(error.message), inChannel: false };
    throw error;
  }
}

async function dispatch(deps: CommandRunDeps, command: SlackCommand, origin: CommandOrigin): Promise<CommandReply> {
  const { core } = deps;
  const now = deps.now();
  const channel: ChannelRef = { platform: 'slack', channelId: origin.channelId, workspaceId: origin.teamId };
  const privately = (message: SlackMessage): CommandReply => ({ message, inChannel: false });
  const caller = (needs: 'feeds' | 'subscriptions') => callerFor(deps.permissions, origin.userId, origin.channelId, needs);
  switch (command.name) {
    case 'help':
      return privately(renderHelp());
    case 'invalid':
      return privately(renderProblem(command.message));
    case 'status':
      return privately(renderResult(await core.status(command.country), (v) => renderStatus(v, now)));
    case 'history':
      return privately(renderResult(await core.history(command.country, command.commitment), (v) => renderHistory(v, now)));
    case 'subscribe': {
      const result = await core.subscribe(channel, { text: command.filters }, await caller('subscriptions'));
      return { message: renderResult(result, (v) => renderSubscribed(v, now)), inChannel: result.ok };
    }
    case 'unsubscribe': {
      const result = await core.unsubscribe(channel, await caller('subscriptions'));
      return { message: renderResult(result, (v) => renderUnsubscribed(v, now)), inChannel: result.ok && result.view.removed };
    }
    case 'subscriptions':
      return privately(renderResult(await core.subscriptions(channel), (v) => renderSubscriptions(v, now)));
    case 'feeds-list':
      return privately(renderResult(await core.feedsList(await caller('feeds')), (v) => renderFeeds(v, now)));
    case 'feeds-add':
      return privately(renderResult(await core.feedsAdd(command.url, await caller('feeds')), (v) => renderFeedChange('Added', v, now)));
    case 'feeds-remove':
      return privately(renderResult(await core.feedsRemove(command.idOrUrl, await caller('feeds')), (v) => renderFeedChange('Removed', v, now)));
    case 'explain':
      return privately(renderResult(await core.explain(command.url), (v) => renderExplain(v, now)));
  }
}
