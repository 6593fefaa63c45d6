import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs go to standard error, so `--json` output on standard output stays clean.
 * Pretty-printed when a person is watching (a TTY), JSON lines otherwise. A destination
 * of the caller's (a test reading what a command logged) gets JSON lines.
 */
export function createLogger(options: { level?: string; pretty?: boolean; destination?: DestinationStream } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? 'info';
  if (options.destination) return pino({ level }, options.destination);
  const pretty = options.pretty ?? Boolean(process.stderr.isTTY);
  if (pretty) {
    return pino({
      level,
      transport: { target: 'pino-pretty', options: { destination: 2, colorize: true, ignore: 'pid,hostname' } },
    });
  }
  return pino({ level }, pino.destination(2));
}

/** A logger that drops everything: for tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });
