import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../log/logger.js';

/**
 * Bolt and the WebClient log through @slack/logger's interface; this routes them into pino.
 * Their info lines ("Now connected to Slack", retry notices) are routine plumbing, so they
 * go to debug; the app writes its own info lines for what an operator needs to know.
 */
export function toSlackLogger(logger: Logger): SlackLogger {
  return {
    debug: (...msg: unknown[]) => logger.debug(joined(msg)),
    info: (...msg: unknown[]) => logger.debug(joined(msg)),
    warn: (...msg: unknown[]) => logger.warn(joined(msg)),
    error: (...msg: unknown[]) => logger.error(joined(msg)),
    setLevel: () => undefined,
    getLevel: () => (logger.isLevelEnabled('debug') ? LogLevel.DEBUG : LogLevel.INFO),
    setName: () => undefined,
  };
}

function joined(parts: unknown[]): string {
  return parts.map(describe).join(' ');
}

function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return part.message;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}
