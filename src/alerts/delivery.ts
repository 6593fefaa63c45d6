import type { Alert } from '../model/alert.js';
import type { Platform } from './subscriptions.js';

/**
 * Posts one alert to one chat channel. Implemented by chat/discord and chat/slack;
 * the delivery queue (alerts/delivery-worker.ts) adds retries, rate limits and clean-up.
 * Implementations throw the errors below so the queue knows what to do.
 */
export interface ChatSender {
  readonly platform: Platform;
  /**
   * Posts an alert (several messages when a group is too long for one). With replyTo, the
   * first message answers that earlier message: a reply on Discord, a thread reply on Slack.
   * Returns the id of the first message posted, for later replies; undefined when unknown.
   */
  send(channelId: string, alert: Alert, options?: SendOptions): Promise<PostedMessage | void>;
  /** A plain notice (digest, admin notice) to a channel. */
  sendText(channelId: string, text: string): Promise<void>;
}

export interface SendOptions {
  /** The platform's id of the message to answer (Discord message id, Slack ts). */
  replyTo?: string;
}

export interface PostedMessage {
  messageId: string;
}

/** The platform said "slow down": retry after retryAfterMs, without counting an attempt. */
export class DeliveryRateLimitedError extends Error {
  constructor(
    readonly retryAfterMs: number,
    message = `rate limited, retry after ${retryAfterMs} ms`,
  ) {
    super(message);
    this.name = 'DeliveryRateLimitedError';
  }
}

/** The channel is gone or forbids the bot: unsubscribe it and never retry. */
export class DeliveryChannelGoneError extends Error {
  constructor(readonly reason: string) {
    super(`channel unavailable: ${reason}`);
    this.name = 'DeliveryChannelGoneError';
  }
}
