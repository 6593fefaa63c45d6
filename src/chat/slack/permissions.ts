import type { webApi } from '@slack/bolt';
import { describeError } from '../../errors/index.js';
import type { Logger } from '../../log/logger.js';
import type { Caller } from '../core/index.js';

/**
 * Who may change what, on Slack:
 * - feeds (a workspace-wide list): workspace admins and owners (users.info), or users in SLACK_ADMIN_USERS;
 * - a channel's subscription: the same people, plus the member who created the channel
 *   (conversations.info), since it is their channel.
 * Everyone may read (status, history, subscriptions, explain).
 */
export interface PermissionCheckDeps {
  client: webApi.WebClient;
  adminUsers: readonly string[];
  logger: Logger;
}

export class PermissionCheckError extends Error {
  constructor(cause: unknown) {
    super(`Slack did not answer the permission check (${describeError(cause)}). Please try again in a minute.`, { cause });
    this.name = 'PermissionCheckError';
  }
}

export async function callerFor(deps: PermissionCheckDeps, userId: string, channelId: string, needs: 'feeds' | 'subscriptions'): Promise<Caller> {
  const admin = deps.adminUsers.includes(userId) || (await isWorkspaceAdmin(deps, userId));
  const manages = admin || (needs === 'subscriptions' && (await isChannelCreator(deps, userId, channelId)));
  return { userId, canManageFeeds: admin, canManageSubscriptions: manages };
}

async function isWorkspaceAdmin(deps: PermissionCheckDeps, userId: string): Promise<boolean> {
  try {
    const { user } = await deps.client.users.info({ user: userId });
    return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch (error) {
    if (platformError(error)) return false;
    throw new PermissionCheckError(error);
  }
}

async function isChannelCreator(deps: PermissionCheckDeps, userId: string, channelId: string): Promise<boolean> {
  try {
    const { channel } = await deps.client.conversations.info({ channel: channelId });
    return channel?.creator === userId;
  } catch (error) {
    // A DM or a private channel the bot is not in: no creator to compare with.
    if (platformError(error)) {
      deps.logger.debug({ channel: channelId, err: describeError(error) }, 'conversations.info refused; not treating caller as channel creator');
      return false;
    }
    throw new PermissionCheckError(error);
  }
}

/** Slack answered with ok:false (user_not_found, channel_not_found, missing_scope …). */
function platformError(error: unknown): boolean {
  return (error as { code?: string }).code === 'slack_webapi_platform_error';
}
