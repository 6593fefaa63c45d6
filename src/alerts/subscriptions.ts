import { membersOf, trackOf, type Alert, type AlertType } from '../model/alert.js';
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
  /**
   * 'confirmed' (the default): changes once confirmed, and corrections. 'every': every
   * reported change at once, marked unconfirmed until confirmed (speed over certainty).
   */
  mode?: SubscriptionMode;
  createdBy?: string;
  createdAt: string;
}

export const SUBSCRIPTION_MODES = ['confirmed', 'every'] as const;
export type SubscriptionMode = (typeof SUBSCRIPTION_MODES)[number];

/** Whether a subscription of this mode gets alerts of this track (model/alert.ts AlertTrack). */
export function modeWants(mode: SubscriptionMode | undefined, alert: Pick<Alert, 'track'>): boolean {
  const track = trackOf(alert);
  if (track === 'both') return true;
  return (mode ?? 'confirmed') === 'every' ? track === 'report' : track === 'confirmed';
}

/** Whether any country of the alert is for this subscription (see forSubscription for the exact part). */
export function subscriptionMatches(subscription: Subscription, alert: Alert): boolean {
  return forSubscription(subscription, alert) !== null;
}

/**
 * The part of an alert a subscription should get: a grouped alert narrowed to the countries
 * its filters allow, or null when none is for it (or its mode does not take this track).
 */
export function forSubscription(subscription: Subscription, alert: Alert): Alert | null {
  if (!modeWants(subscription.mode, alert)) return null;
  const members = membersOf(alert).filter((member) => countryMatches(subscription, { ...alert, country: member.country }));
  if (members.length === 0) return null;
  if (!alert.members || members.length === alert.members.length) return alert;
  const lead = members[0]!;
  return { ...alert, country: lead.country, from: lead.from, members: members.length > 1 ? members : undefined };
}

function countryMatches(subscription: Subscription, alert: Alert): boolean {
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

  /** Each matching subscription with the part of the alert it gets. */
  async targets(alert: Alert): Promise<Array<{ subscription: Subscription; alert: Alert }>> {
    const targets: Array<{ subscription: Subscription; alert: Alert }> = [];
    for (const subscription of await this.list()) {
      const part = forSubscription(subscription, alert);
      if (part) targets.push({ subscription, alert: part });
    }
    return targets;
  }
}

function fieldFor(platform: Platform, channelId: string): string {
  return `${platform}:${channelId}`;
}
