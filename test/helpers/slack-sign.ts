import { createHmac } from 'node:crypto';

/** Signs a raw body the way Slack does: v0=HMAC-SHA256(secret, "v0:<ts>:<body>"). */
export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface SlashCommandFields {
  command?: string;
  text: string;
  user_id?: string;
  channel_id?: string;
  team_id?: string;
  response_url: string;
  trigger_id?: string;
}

/**
 * POSTs a slash command over real HTTP as Slack would: form-encoded, signed, timestamped.
 * `timestamp` and `signature` can be overridden to forge or replay a request.
 */
export async function postSlashCommand(
  endpoint: string,
  secret: string,
  fields: SlashCommandFields,
  options: { timestamp?: number; signature?: string } = {},
): Promise<Response> {
  const body = new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0TEST',
    team_domain: 'test',
    channel_id: 'C0TEST',
    channel_name: 'pledges',
    user_id: 'U0USER',
    user_name: 'analyst',
    command: '/pledge',
    api_app_id: 'A0TEST',
    trigger_id: '1.2.3',
    ...fields,
  }).toString();
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(secret, timestamp, body),
    },
    body,
  });
}
