import type { Alert, AlertType } from '../model/alert.js';
import type { Commitment } from '../model/taxonomy.js';
import { key, type RedisContext } from '../redis/connection.js';

export type Platform = 'discord' | 'slack';

/**
 * A chat channel's subscription. Empty include lists mean "everything"; exclusions
 * always win ("countries: PL, DE; not sanctions").
 */
export interface Subscription {
  platform: Platform;
  channelId: string;
  /** Discord guild or Slack team, for admin notices and display. */
  workspaceId?: string;
  countries: string[];
  excludeCountries: string[];
  commitments: Commitment[];
  excludeCommitments: Commitment[];
  types: AlertType[];
  createdBy?: string;
  createdAt: string;
}

export function subscriptionMatches(subscription: Subscription, alert: Alert): boolean {
  if (subscription.excludeCountries.includes(alert.country)) return false;
  if (subscription.excludeCommitments.includes(alert.commitment)) return false;
  if (subscription.countries.length > 0 && !subscription.countries.includes(alert.country)) return false;
  if (subscription.commitments.length > 0 && !subscription.commitments.includes(alert.commitment)) return false;
  if (subscription.types.length > 0 && !subscription.types.includes(alert.type)) return false;
  return true;
}

/** Subscriptions live in one Redis hash: field "<platform>:<channelId>", value JSON. */
export class SubscriptionStore {
  constructor(private readonly ctx: RedisContext) {}

  private get hashKey(): string {
    return key(this.ctx, 'subscriptions');
  }

  async upsert(subscription: Subscription): Promise<void> {
    await this.ctx.redis.hset(this.hashKey, fieldFor(subscription.platform, subscription.channelId), JSON.stringify(subscription));
  }

  /** Returns true when there was a subscription to remove. */
  async remove(platform: Platform, channelId: string): Promise<boolean> {
    return (await this.ctx.redis.hdel(this.hashKey, fieldFor(platform, channelId))) > 0;
  }

  async get(platform: Platform, channelId: string): Promise<Subscription | null> {
    const raw = await this.ctx.redis.hget(this.hashKey, fieldFor(platform, channelId));
    return raw ? (JSON.parse(raw) as Subscription) : null;
  }

  async list(platform?: Platform): Promise<Subscription[]> {
    const all = Object.values(await this.ctx.redis.hgetall(this.hashKey)).map((raw) => JSON.parse(raw) as Subscription);
    return platform ? all.filter((s) => s.platform === platform) : all;
  }

  async matching(alert: Alert): Promise<Subscription[]> {
    return (await this.list()).filter((s) => subscriptionMatches(s, alert));
  }
}

function fieldFor(platform: Platform, channelId: string): string {
  return `${platform}:${channelId}`;
}
