import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema, confirmationPolicy, loadConfig } from '../../src/config/config.js';
import { isPledgewatchError } from '../../src/errors/index.js';
import { redisTargetFromConfig } from '../../src/redis/connection.js';

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

  it('builds the confirmation policy: pledges need the own voice unless the deployment says otherwise', () => {
    expect(confirmationPolicy(loadConfig({}))).toMatchObject({
      enabled: true,
      ownVoiceConfidence: 0.6,
      ownVoiceReports: 2,
      outlets: 2,
      pledgeNeedsOwnVoice: true,
    });
    expect(confirmationPolicy(loadConfig({ CONFIRM_PLEDGE_OWN_VOICE: 'false', CONFIRMATION: 'off' }))).toMatchObject({
      enabled: false,
      pledgeNeedsOwnVoice: false,
    });
    expect(() => loadConfig({ CONFIRM_PLEDGE_OWN_VOICE: 'maybe' })).toThrow(/CONFIRM_PLEDGE_OWN_VOICE/);
    expect(confirmationPolicy(loadConfig({})).pledgeConfidence).toBe(0.9);
    expect(confirmationPolicy(loadConfig({ CONFIRM_PLEDGE_CONFIDENCE: '0.7' })).pledgeConfidence).toBe(0.7);
    expect(() => loadConfig({ CONFIRM_PLEDGE_CONFIDENCE: '1.5' })).toThrow(/CONFIRM_PLEDGE_CONFIDENCE/);
    expect(confirmationPolicy(loadConfig({})).ownVoiceHolds).toBe(true);
    expect(confirmationPolicy(loadConfig({ CONFIRM_OWN_VOICE_HOLDS: 'false' })).ownVoiceHolds).toBe(false);
    expect(() => loadConfig({ CONFIRM_OWN_VOICE_HOLDS: 'sometimes' })).toThrow(/CONFIRM_OWN_VOICE_HOLDS/);
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

  it('reads a Sentinel or a Cluster shape next to REDIS_URL', () => {
    const sentinel = loadConfig({ REDIS_SENTINELS: '10.0.0.1:26379, 10.0.0.2:26379 [::1]:26380', REDIS_SENTINEL_MASTER: 'primary-a' });
    expect(redisTargetFromConfig(sentinel)).toEqual({
      shape: 'sentinel',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26379 },
        { host: '::1', port: 26380 },
      ],
      masterName: 'primary-a',
      url: 'redis://127.0.0.1:6379',
    });
    const cluster = loadConfig({ REDIS_CLUSTER_NODES: 'node-a:7000,node-b:7001', REDIS_URL: 'rediss://:pw@ignored:1' });
    expect(redisTargetFromConfig(cluster)).toEqual({
      shape: 'cluster',
      nodes: [
        { host: 'node-a', port: 7000 },
        { host: 'node-b', port: 7001 },
      ],
      url: 'rediss://:pw@ignored:1',
    });
    expect(redisTargetFromConfig(loadConfig({}))).toEqual({ shape: 'single', url: 'redis://127.0.0.1:6379' });
  });

  it('rejects a malformed node list, and Sentinel together with Cluster, in one line', () => {
    const messageOf = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        expect(isPledgewatchError(error, 'CONFIG_INVALID')).toBe(true);
        return (error as Error).message;
      }
      throw new Error('expected a configuration error');
    };
    const malformed = messageOf({ REDIS_SENTINELS: '10.0.0.1', REDIS_CLUSTER_NODES: 'a:1,b' });
    expect(malformed).toContain('REDIS_SENTINELS="10.0.0.1": each entry is host:port');
    expect(malformed).toContain('REDIS_CLUSTER_NODES="a:1,b": each entry is host:port');
    expect(malformed.split('\n')).toHaveLength(1);
    const both = messageOf({ REDIS_SENTINELS: 'a:26379', REDIS_CLUSTER_NODES: 'b:7000' });
    expect(both).toContain('REDIS_SENTINELS and REDIS_CLUSTER_NODES are both set');
    expect(both.split('\n')).toHaveLength(1);
    expect(messageOf({ REDIS_SENTINELS: 'a:26379', REDIS_SENTINEL_MASTER: 'my master' })).toContain('REDIS_SENTINEL_MASTER="my master"');
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    for (const name of Object.keys(configSchema.shape)) {
      expect(example, `${name} missing from .env.example`).toMatch(new RegExp(`^#?\\s*${name}=`, 'm'));
    }
  });
});
