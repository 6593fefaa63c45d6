import { describe, expect, it } from 'vitest';
import { alertText } from '../../src/alerts/format.js';
import { consoleAlert, consoleSink } from '../../src/cli/console-sink.js';
import type { CliIo } from '../../src/cli/io.js';
import type { Alert } from '../../src/model/alert.js';

const alert: Alert = {
  id: 'de-coalition',
  type: 'changed',
  country: 'DE',
  commitment: 'coalition',
  from: 'willing',
  to: 'conditional',
  evidence: {
    articleId: 'a1',
    url: 'https://news.example/de',
    outlet: 'Example News',
    published: '2025-09-04',
    title: 'Berlin sets conditions',
    quote: 'Germany said it would decide on troops only once the terms were clear.',
    speaker: 'self',
    stance: 'conditional',
    confidence: 0.9,
  },
  createdAt: '2025-09-04T12:00:00Z',
};

function captureIo(stdoutIsTTY: boolean): CliIo & { written: string[] } {
  const written: string[] = [];
  return { written, stdout: (text) => void written.push(text), stderr: () => {}, exit: () => {}, stdoutIsTTY };
}

describe('alerts on the console', () => {
  it('are plain text when standard output is not a terminal', async () => {
    const io = captureIo(false);
    await consoleSink(io)(alert);
    expect(io.written).toEqual([`\n${alertText(alert)}\n`]);
    expect(io.written[0]).not.toContain('\u001b[');
  });

  it('are framed and coloured on a terminal, with every line of the alert kept', () => {
    const shown = consoleAlert(alert, true);
    expect(shown).toContain('\u001b[');
    expect(shown).toContain(' CHANGED ');
    const plain = shown.replaceAll(/\[\d+m/g, '').replaceAll('\u001b', '');
    for (const line of alertText(alert).split('\n')) expect(plain).toContain(line);
    expect(plain).toMatch(/─{20,}/);
  });
});
