import type { LocalSink } from '../alerts/dispatcher.js';
import { alertText } from '../alerts/format.js';
import type { Alert } from '../model/alert.js';
import type { CliIo } from './io.js';

/** The console sink: alerts printed for whoever runs the process. */
export function consoleSink(io: CliIo): LocalSink {
  return (alert) => io.stdout(consoleAlert(alert, io.stdoutIsTTY));
}

/**
 * On a terminal an alert is framed and coloured, so it stands out among the log lines;
 * piped to a file or a script it stays plain text. NO_COLOR turns the colours off.
 */
export function consoleAlert(alert: Alert, tty: boolean): string {
  const text = alertText(alert);
  if (!tty) return `\n${text}\n`;
  const [headline = '', ...rest] = text.split('\n');
  const label = ` ${alert.type === 'new' ? 'NEW POSITION' : alert.type.toUpperCase()} `;
  const rule = '─'.repeat(Math.max(0, 60 - label.length));
  return `\n${paint(['bold', 'inverse', alert.type === 'new' ? 'cyan' : 'yellow'], label)}${paint(['dim'], rule)}\n${paint(['bold'], headline)}\n${rest.join('\n')}\n${paint(['dim'], '─'.repeat(60))}\n`;
}

const CODES = { bold: 1, dim: 2, inverse: 7, yellow: 33, cyan: 36 } as const;
type Style = keyof typeof CODES;

/** The caller has checked for a terminal; NO_COLOR (no-color.org) still wins. */
function paint(styles: Style[], text: string): string {
  if (process.env.NO_COLOR) return text;
  return `${styles.map((style) => `\u001b[${CODES[style]}m`).join('')}${text}\u001b[0m`;
}
