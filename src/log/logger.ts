import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { hideUrlPasswords } from '../errors/redact.js';

export type { Logger };

/**
 * Structured logs go to standard error, so `--json` output on standard output stays clean.
 * Pretty-printed when a person is watching (a TTY), JSON lines otherwise. A destination
 * of the caller's (a test reading what a command logged) gets JSON lines.
 */
export function createLogger(options: { level?: string; pretty?: boolean; destination?: DestinationStream } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? 'info';
  if (options.destination) return pino({ ...WITHOUT_URL_PASSWORDS, level }, options.destination);
  const pretty = options.pretty ?? Boolean(process.stderr.isTTY);
  if (pretty) {
    return pino({
      ...WITHOUT_URL_PASSWORDS,
      level,
      transport: { target: 'pino-pretty', options: { destination: 2, colorize: true, ignore: 'pid,hostname' } },
    });
  }
  return pino({ ...WITHOUT_URL_PASSWORDS, level }, pino.destination(2));
}

/** Strings, and strings in arrays and objects a few levels down, with URL passwords hidden. */
function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return hideUrlPasswords(value);
  if (depth > 3 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  if (value instanceof Error) return { type: value.name, message: hideUrlPasswords(value.message) };
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, scrub(item, depth + 1)]));
}

/**
 * No log line ever shows a password in a URL (REDIS_URL, LLM_BASE_URL, a feed or page that
 * carries one): the message and every field are scrubbed before they are written.
 */
export const WITHOUT_URL_PASSWORDS: Pick<LoggerOptions, 'formatters' | 'hooks'> = {
  formatters: { log: (object) => scrub(object) as Record<string, unknown> },
  hooks: {
    logMethod(args, method) {
      const scrubbed = args.map((arg) => (typeof arg === 'string' ? hideUrlPasswords(arg) : arg));
      return method.apply(this, scrubbed as Parameters<typeof method>);
    },
  },
};

/** A logger that drops everything: for tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });
