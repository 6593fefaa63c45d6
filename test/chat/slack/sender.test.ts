import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryChannelGoneError, DeliveryRateLimitedError } from '../../../src/alerts/delivery.js';
import { createSlackSender } from '../../../src/chat/slack/sender.js';
import { isPledgewatchError } from '../../../src/errors/index.js';
import { silentLogger } from '../../../src/log/logger.js';
import { FakeSlack } from '../../helpers/fake-slack.js';
import { alert } from './fixtures.js';

let slack: FakeSlack;
let client: webApi.WebClient;

beforeEach(async () => {
  slack = await new FakeSlack().start();
  client = new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
});
afterEach(async () => {
  await slack.close();
});

function sender() {
  return createSlackSender({ client, logger: silentLogger });
}

describe('createSlackSender', () => {
  it('posts the Block Kit alert with a fallback and no unfurling, with the bot token', async () => {
    await sender().send('C0ALERTS', alert());
    const [call] = slack.callsTo('chat.postMessage');
    expect(call?.authorization).toBe('Bearer xoxb-test');
    expect(call?.params).toMatchObject({ channel: 'C0ALERTS', unfurl_links: 'false', unfurl_media: 'false' });
    expect(call?.params.text).toMatch(/^Italy — ground troops: undecided -&gt; declined/);
    expect(call?.params.blocks).toHaveLength(4);
  });

  it('escapes plain notices too', async () => {
    await sender().sendText('C0ALERTS', 'Digest <!channel>: 3 changes');
    expect(slack.callsTo('chat.postMessage')[0]?.params.text).toBe('Digest &lt;!channel&gt;: 3 changes');
  });

  it('turns a 429 into DeliveryRateLimitedError carrying Retry-After in ms, without waiting itself', async () => {
    slack.script('chat.postMessage', { status: 429, headers: { 'retry-after': '7' }, body: { ok: false, error: 'ratelimited' } });
    const error = await sender()
      .send('C0ALERTS', alert())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryRateLimitedError);
    expect((error as DeliveryRateLimitedError).retryAfterMs).toBe(7000);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived', 'channel_is_archived'])('reports %s as a channel that is gone', async (code) => {
    slack.script('chat.postMessage', { status: 200, body: { ok: false, error: code } });
    const error = await sender()
      .send('C0GONE', alert())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryChannelGoneError);
    expect((error as DeliveryChannelGoneError).reason).toBe(code);
  });

  it('throws an ordinary, retryable error when Slack is unreachable or failing', async () => {
    slack.setDown(true);
    const down = await sender()
      .send('C0ALERTS', alert())
      .catch((e: unknown) => e);
    expect(isPledgewatchError(down, 'CHAT_DELIVERY')).toBe(true);
    expect((down as Error).message).toContain('C0ALERTS');
    slack.setDown(false);
    slack.script('chat.postMessage', { status: 503, body: { ok: false } });
    const failing = await sender()
      .send('C0ALERTS', alert())
      .catch((e: unknown) => e);
    expect(isPledgewatchError(failing, 'CHAT_DELIVERY')).toBe(true);
    expect(failing).not.toBeInstanceOf(DeliveryChannelGoneError);
  });
});
