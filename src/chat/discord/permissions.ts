import { PermissionFlagsBits, Routes, type APIRole, type REST } from 'discord.js';
import { describeError } from '../../errors/index.js';
import type { Logger } from '../../log/logger.js';
import type { Caller } from '../core/index.js';
import type { CommandInput } from './interaction-input.js';

const ROLE_CACHE_MS = 5 * 60_000;

function has(permissions: bigint, flag: bigint): boolean {
  return (permissions & flag) === flag;
}

export function canManageFeeds(permissions: bigint): boolean {
  return has(permissions, PermissionFlagsBits.Administrator) || has(permissions, PermissionFlagsBits.ManageGuild);
}

export function canManageChannels(permissions: bigint): boolean {
  return has(permissions, PermissionFlagsBits.Administrator) || has(permissions, PermissionFlagsBits.ManageChannels);
}

/**
 * Works out what the member may do: Manage Channels (or the configured admin role,
 * given by id or by name) for subscriptions; Administrator or Manage Guild for feeds.
 */
export class PermissionResolver {
  private readonly roleIdsByGuild = new Map<string, { at: number; ids: string[] }>();

  constructor(private readonly deps: { rest: REST; adminRole?: string; logger: Logger; now?: () => number }) {}

  async callerOf(input: CommandInput): Promise<Caller> {
    const inGuild = Boolean(input.guildId);
    const feeds = inGuild && canManageFeeds(input.permissions);
    const channels = inGuild && (canManageChannels(input.permissions) || (await this.hasAdminRole(input)));
    return { userId: input.userId, canManageFeeds: feeds, canManageSubscriptions: channels };
  }

  private async hasAdminRole(input: CommandInput): Promise<boolean> {
    const wanted = this.deps.adminRole;
    if (!wanted || !input.guildId || input.roles.length === 0) return false;
    if (/^\d+$/.test(wanted)) return input.roles.includes(wanted);
    const ids = await this.roleIdsNamed(input.guildId, wanted);
    return ids.some((id) => input.roles.includes(id));
  }

  /** Role names need the guild's role list; cached briefly so a busy server does not hit the API per command. */
  private async roleIdsNamed(guildId: string, name: string): Promise<string[]> {
    const now = (this.deps.now ?? Date.now)();
    const cached = this.roleIdsByGuild.get(guildId);
    if (cached && now - cached.at < ROLE_CACHE_MS) return cached.ids;
    try {
      const roles = (await this.deps.rest.get(Routes.guildRoles(guildId))) as APIRole[];
      const ids = roles.filter((r) => r.name.toLowerCase() === name.toLowerCase()).map((r) => r.id);
      this.roleIdsByGuild.set(guildId, { at: now, ids });
      return ids;
    } catch (error) {
      this.deps.logger.warn({ guild: guildId, err: describeError(error) }, 'could not read guild roles for DISCORD_ADMIN_ROLE');
      return [];
    }
  }
}
