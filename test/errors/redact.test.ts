import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { hideUrlPasswords, quoteInput } from '../../src/errors/index.js';
import { parseArticleFile } from '../../src/extract/article-file.js';
import { WITHOUT_URL_PASSWORDS, silentLogger } from '../../src/log/logger.js';
import { ensureRedis } from '../../src/redis/embedded.js';

describe('passwords in URLs', () => {
  it('are hidden wherever a URL sits in a text, and nothing else changes', () => {
    expect(hideUrlPasswords('no Redis at redis://:s3cret@db.internal:6379/2, nor rediss://admin:pa%40ss@10.0.0.2')).toBe(
      'no Redis at redis://:***@db.internal:6379/2, nor rediss://admin:***@10.0.0.2',
    );
    expect(hideUrlPasswords('http://news.example:8080/a@b and mailto:x@y.example')).toBe('http://news.example:8080/a@b and mailto:x@y.example');
  });

  it('never reach a log line, in the message or in any field', () => {
    let written = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    const logger = pino({ ...WITHOUT_URL_PASSWORDS, level: 'info' }, sink);
    logger.info(
      { redis: 'redis://:s3cret@127.0.0.1:6379', nested: { urls: ['http://u:s3cret@a.example/'] }, err: new Error('to http://u:s3cret@b.example') },
      'connecting to redis://:s3cret@127.0.0.1',
    );
    logger.child({ sink: 'slack' }).warn('retry at https://bot:s3cret@hooks.example/x');
    expect(written).not.toContain('s3cret');
    expect(written).toContain('redis://:***@127.0.0.1:6379');
    expect(written).toContain('https://bot:***@hooks.example/x');
  });

  it('are hidden in the message when the configured Redis does not answer', async () => {
    const attempt = ensureRedis('redis://:s3cret@127.0.0.1:1', { dataDir: 'unused', allowSpawn: false, logger: silentLogger });
    await expect(attempt).rejects.toThrow('no Redis answers at redis://:***@127.0.0.1:1');
    await expect(attempt).rejects.not.toThrow(/s3cret/);
  });

  it('are hidden when the configuration is rejected', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://admin:s3cret@db.example:6379' })).toThrow(/REDIS_URL="http:\/\/admin:\*\*\*@db.example:6379"/);
  });
});

describe('user input quoted in an error message', () => {
  it('is cut to 200 printable characters, with escapes and control bytes shown as "?"', () => {
    const quoted = quoteInput(`\u001b[31mred\u0000${'x'.repeat(500)}`);
    expect(quoted.startsWith('?[31mred?xxx')).toBe(true);
    expect(Array.from(quoted)).toHaveLength(201);
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoteInput('Italy')).toBe('Italy');
  });

  it('keeps a bad article header line out of the terminal', () => {
    const hostile = `title \u001b]0;owned\u0007 ${'A'.repeat(5000)}`;
    let message = '';
    try {
      parseArticleFile(`${hostile}\n\nBody.`, 'bad.txt');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^bad\.txt: header line "title \?\]0;owned\? A+…" is not "key: value"$/);
    expect(message.length).toBeLessThan(260);
  });
});
