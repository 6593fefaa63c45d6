import type { webApi } from '@slack/bolt';
import { DeliveryChannelGoneError, DeliveryRateLimitedError, type ChatSender, type PostedMessage, type SendOptions } from '../../alerts/delivery.js';
import { splitForMessages } from '../../alerts/group.js';
import { countryName } from '../../countries/index.js';
import { describeError, ErrorCode, PledgewatchError } from '../../errors/index.js';
import type { Logger } from '../../log/logger.js';
import type { Alert } from '../../model/alert.js';
import { fallbackText, type Block } from './block-kit.js';
import { escapeSlack } from './escape.js';
import { renderAlertBlocks } from './render-alert.js';

type WebClient = webApi.WebClient;

/** Errors that mean the bot can no longer post in the channel: unsubscribe, never retry. */
const CHANNEL_GONE = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'channel_is_archived', 'team_access_not_granted']);

/**
 * Posts alerts with chat.postMessage. It does no waiting of its own: a 429 becomes
 * DeliveryRateLimitedError so the delivery queue waits (the client must be built with
 * rejectRateLimitedCalls), a vanished channel becomes DeliveryChannelGoneError, and
 * anything else (network down, 5xx) is thrown as is so the queue retries.
 */
export function createSlackSender(deps: { client: WebClient; logger: Logger }): ChatSender {
  const post = async (channel: string, message: { text: string; blocks?: Block[] }, threadTs?: string): Promise<string | undefined> => {
    try {
      const answer = await deps.client.chat.postMessage({
        channel,
        text: message.text,
        ...(message.blocks ? { blocks: message.blocks } : {}),
        // A correction goes into the thread of the alert it corrects.
        ...(threadTs ? { thread_ts: threadTs } : {}),
        unfurl_links: false,
        unfurl_media: false,
      });
      return typeof answer.ts === 'string' ? answer.ts : undefined;
    } catch (error) {
      throw toDeliveryError(error, channel, deps.logger);
    }
  };
  return {
    platform: 'slack',
    async send(channelId: string, alert: Alert, options: SendOptions = {}): Promise<PostedMessage | void> {
      let first: string | undefined;
      for (const part of splitForMessages(alert, countryName)) {
        const ts = await post(channelId, renderAlertBlocks(part.alert, part), part.index === 1 ? options.replyTo : undefined);
        first ??= ts;
      }
      return first ? { messageId: first } : undefined;
    },
    async sendText(channelId: string, text: string) {
      await post(channelId, { text: fallbackText(escapeSlack(text)) });
    },
  };
}

export function toDeliveryError(error: unknown, channel: string, logger: Logger): Error {
  const slackError = error as { code?: string; retryAfter?: number; data?: { error?: string } };
  if (slackError.code === 'slack_webapi_rate_limited_error') {
    const retryAfterMs = Math.max(1, slackError.retryAfter ?? 1) * 1000;
    logger.info({ channel, retryAfterMs }, 'slack rate limited the bot; the queue will wait');
    return new DeliveryRateLimitedError(retryAfterMs);
  }
  const reason = slackError.data?.error;
  if (slackError.code === 'slack_webapi_platform_error' && reason && CHANNEL_GONE.has(reason)) {
    return new DeliveryChannelGoneError(reason);
  }
  return new PledgewatchError(ErrorCode.ChatDelivery, `slack chat.postMessage to ${channel} failed: ${describeError(error)}`, {
    cause: error,
  });
}
