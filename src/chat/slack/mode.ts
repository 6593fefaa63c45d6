import type { Config } from '../../config/config.js';

export type SlackMode =
  | { mode: 'socket'; botToken: string; appToken: string }
  | { mode: 'http'; botToken: string; signingSecret: string; port: number }
  | { mode: 'off'; reason: string };

/**
 * Socket Mode when an app-level token is set (works behind a firewall, no public URL);
 * otherwise HTTP mode with the signing secret; otherwise off, saying what is missing.
 */
export function chooseSlackMode(config: Config): SlackMode {
  const botToken = config.SLACK_BOT_TOKEN;
  if (!botToken) return { mode: 'off', reason: 'SLACK_BOT_TOKEN is not set' };
  if (config.SLACK_APP_TOKEN) return { mode: 'socket', botToken, appToken: config.SLACK_APP_TOKEN };
  if (config.SLACK_SIGNING_SECRET) {
    return { mode: 'http', botToken, signingSecret: config.SLACK_SIGNING_SECRET, port: config.SLACK_PORT };
  }
  return {
    mode: 'off',
    reason: 'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is',
  };
}
