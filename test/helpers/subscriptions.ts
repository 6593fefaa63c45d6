import type { Platform, Subscription } from '../../src/alerts/subscriptions.js';

/** A channel's subscription with no filter: every country, commitment and alert type, in the default mode. */
export function unfilteredSubscription(platform: Platform, channelId: string, createdAt = '2025-09-01T00:00:00Z'): Subscription {
  return { platform, channelId, countries: [], excludeCountries: [], commitments: [], excludeCommitments: [], types: [], createdAt };
}
