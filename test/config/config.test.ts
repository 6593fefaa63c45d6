import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../../src/config/config.js';
import { isPledgewatchError } from '../../src/errors/index.js';

describe('loadConfig', () => {
  it('runs with no configuration at all, on local defaults', () => {
    const config = loadConfig({});
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.PLEDGEWATCH_PREFIX).toBe('pw');
    expect(config.HTTP_HOST).toBe('127.0.0.1');
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.FEEDS).toEqual([]);
  });

  it('splits lists and reads booleans', () => {
    const config = loadConfig({ FEEDS: 'https://a.example/rss, https://b.example/atom', ALLOW_PRIVATE_FEEDS: 'true' });
    expect(config.FEEDS).toEqual(['https://a.example/rss', 'https://b.example/atom']);
    expect(config.ALLOW_PRIVATE_FEEDS).toBe(true);
  });

  it('names every bad variable in one readable error', () => {
    let error: unknown;
    try {
      loadConfig({ HTTP_PORT: 'eighty', REDIS_URL: 'http://127.0.0.1:6379', PLEDGEWATCH_PREFIX: 'a b' });
    } catch (caught) {
      error = caught;
    }
    expect(isPledgewatchError(error, 'CONFIG_INVALID')).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain('HTTP_PORT="eighty"');
    expect(message).toContain('REDIS_URL="http://127.0.0.1:6379"');
    expect(message).toContain('PLEDGEWATCH_PREFIX="a b"');
    expect(message.split('\n')).toHaveLength(1);
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    for (const name of Object.keys(configSchema.shape)) {
      expect(example, `${name} missing from .env.example`).toMatch(new RegExp(`^#?\\s*${name}=`, 'm'));
    }
  });
});
