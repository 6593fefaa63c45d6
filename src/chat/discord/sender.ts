import { DiscordAPIError, RateLimitError, REST, Routes, type RateLimitData } from 'discord.js';
import {
  DeliveryChannelGoneError,
  DeliveryRateLimitedError,
  type ChatSender,
} from '../../alerts/delivery.js';
import type { Logger } from '../../log/logger.js';
import type { Alert } from '../../model/alert.js';
import { alertView, type AlertView } from '../core/index.js';
import { alertMessage, message, noticeMessage, type DiscordMessage } from './embeds.js';
import { fitEscaped, safeUrl } from './text.js';

/**
 * Rate-limit waits up to this long happen inside the REST client (it sleeps and retries);
 * longer ones go back to the delivery queue, which waits without holding a worker slot.
 */
export const MAX_INLINE_RATE_LIMIT_WAIT_MS = 10_000;

export interface DiscordRestOptions {
  token: string;
  /** e.g. https://discord.com/api, or a local fake in tests. */
  api: string;
  /** Network errors and 5xx retried in place before the queue's own backoff takes over. */
  retries?: number;
  timeoutMs?: number;
}

/** A REST client with our policy: few in-place retries, long rate-limit waits handed to the queue. */
export function createDiscordRest(options: DiscordRestOptions): REST {
  return new REST({
    api: options.api,
    retries: options.retries ?? 2,
    timeout: options.timeoutMs ?? 15_000,
    rejectOnRateLimit: (data: RateLimitData) => data.retryAfter > MAX_INLINE_RATE_LIMIT_WAIT_MS,
  }).setToken(options.token);
}

/** Channel gone (404: Unknown Channel) or the bot shut out (403: Missing Access / Permissions). */
function isChannelGone(error: unknown): error is DiscordAPIError {
  return error instanceof DiscordAPIError && (error.status === 403 || error.status === 404);
}

/**
 * Posts alerts as embeds with POST /channels/{id}/messages, translating Discord's
 * answers into the delivery queue's terms: gone channels are unsubscribed, long rate
 * limits are waited out in the queue, anything else (Discord down) is retried later.
 */
export function createDiscordSender(deps: { rest: REST; logger: Logger }): ChatSender {
  const log = deps.logger.child({ sink: 'discord' });

  async function post(channelId: string, body: DiscordMessage): Promise<void> {
    try {
      await deps.rest.post(Routes.channelMessages(channelId), { body });
    } catch (error) {
      if (isChannelGone(error)) {
        log.warn({ channel: channelId, status: error.status, code: error.code }, 'discord channel unavailable');
        throw new DeliveryChannelGoneError(`Discord answered ${error.status} (${error.message})`);
      }
      if (error instanceof RateLimitError) throw new DeliveryRateLimitedError(error.retryAfter);
      throw error;
    }
  }

  /**
   * Discord refusing the embed itself (400) would refuse it on every retry: post the same
   * facts as plain text instead, so the alert still arrives.
   */
  async function send(channelId: string, alert: Alert): Promise<void> {
    const view = alertView(alert);
    try {
      await post(channelId, alertMessage(view));
    } catch (error) {
      if (!(error instanceof DiscordAPIError && error.status === 400)) throw error;
      log.warn({ channel: channelId, alert: alert.id, err: error.message }, 'discord refused the alert embed; posting it as text');
      await post(channelId, message([], { content: alertPlainText(view) }));
    }
  }

  return {
    platform: 'discord',
    send,
    sendText: (channelId: string, text: string) => post(channelId, noticeMessage(text, false)),
  };
}

/** The alert's facts as plain lines: untrusted parts escaped, the link left intact so it stays clickable. */
export function alertPlainText(view: AlertView): string {
  const e = view.evidence;
  const link = safeUrl(e.url);
  const lines = [
    `${view.heading}: ${view.country.flag} ${view.line}`,
    `"${fitEscaped(e.quote, 1200)}"`,
    `${fitEscaped(e.outlet, 200)}, ${e.date}, ${e.confidenceText}`,
  ];
  return link ? `${lines.join('\n')}\n${link}` : lines.join('\n');
}
