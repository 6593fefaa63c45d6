import { DiscordAPIError, RateLimitError, REST, Routes, type RateLimitData } from 'discord.js';
import { DeliveryChannelGoneError, DeliveryRateLimitedError, type ChatSender, type PostedMessage, type SendOptions } from '../../alerts/delivery.js';
import type { Logger } from '../../log/logger.js';
import type { Alert } from '../../model/alert.js';
import { alertView, type AlertView } from '../core/index.js';
import { alertMessage, message, noticeMessage, type DiscordMessage, type MessagePart } from './embeds.js';
import { splitForMessages } from '../../alerts/group.js';
import { countryName } from '../../countries/index.js';
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

  async function post(channelId: string, body: DiscordMessage): Promise<string | undefined> {
    try {
      const created = (await deps.rest.post(Routes.channelMessages(channelId), { body })) as { id?: unknown } | undefined;
      return typeof created?.id === 'string' ? created.id : undefined;
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
  async function sendPart(channelId: string, view: AlertView, part: MessagePart, replyTo: string | undefined): Promise<string | undefined> {
    // A reply points at the original alert; if that message was deleted, it is posted plainly.
    const reference = replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {};
    try {
      return await post(channelId, { ...alertMessage(view, part), ...reference });
    } catch (error) {
      if (!(error instanceof DiscordAPIError && error.status === 400)) throw error;
      log.warn({ channel: channelId, alert: view.id, err: error.message }, 'discord refused the alert embed; posting it as text');
      return post(channelId, { ...message([], { content: alertPlainText(view) }), ...reference });
    }
  }

  /** A group too long for one message goes out in parts; only the first answers replyTo. */
  async function send(channelId: string, alert: Alert, options: SendOptions = {}): Promise<PostedMessage | void> {
    let first: string | undefined;
    for (const part of splitForMessages(alert, countryName)) {
      const id = await sendPart(channelId, alertView(part.alert), part, part.index === 1 ? options.replyTo : undefined);
      first ??= id;
    }
    return first ? { messageId: first } : undefined;
  }

  return {
    platform: 'discord',
    send,
    sendText: async (channelId: string, text: string) => {
      await post(channelId, noticeMessage(text, false));
    },
  };
}

/** The alert's facts as plain lines: untrusted parts escaped, the link left intact so it stays clickable. */
export function alertPlainText(view: AlertView): string {
  const e = view.evidence;
  const link = safeUrl(e.url);
  const lines = [
    ...(view.correction ? [view.correction] : []),
    `${view.heading} (${view.status}): ${view.members.length > 1 ? '' : `${view.country.flag} `}${view.line}`,
    `"${fitEscaped(e.quote, 1200)}"`,
    `${fitEscaped(e.outlet, 200)}, ${e.date}, ${e.confidenceText}`,
  ];
  return link ? `${lines.join('\n')}\n${link}` : lines.join('\n');
}
