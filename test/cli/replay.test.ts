import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { createTestRedis } from '../helpers/redis.js';

const DEMO = 'data/demo/articles';

describe('pledgewatch replay', () => {
  let redis: Awaited<ReturnType<typeof createTestRedis>>;
  let env: Record<string, string>;

  beforeAll(async () => {
    redis = await createTestRedis();
    env = { PLEDGEWATCH_PREFIX: redis.prefix };
  });
  afterAll(() => redis.cleanup());

  it('prints the seed story as JSON alerts with one change, then nothing on a second replay', async () => {
    const first = await runCli(['replay', DEMO, '--json'], env);
    expect(first.code, first.stderr).toBe(0);
    const alerts = first.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(alerts.length).toBeGreaterThan(10);
    for (const alert of alerts) {
      expect(Object.keys(alert)).toEqual(expect.arrayContaining(['type', 'country', 'commitment', 'from', 'to', 'evidence', 'url', 'outlet', 'published']));
    }
    // Germany's change: reported willing (Macron's word), then conditional in its own words (002),
    // confirmed when it says so again (003).
    const germany = alerts.filter((a) => a.country === 'DE' && a.commitment === 'coalition');
    expect(germany.map((a) => [a.to, a.status])).toEqual([
      ['willing', 'unconfirmed'],
      ['conditional', 'unconfirmed'],
      ['conditional', 'confirmed'],
    ]);
    expect(germany[2]).toMatchObject({ type: 'changed', from: 'willing', confirmedFrom: null, confirmedBy: 'own_voice', published: '2025-09-05' });
    expect(alerts.filter((a) => a.type !== 'new' && a.status === 'confirmed')).toHaveLength(1);
    expect(first.stderr).toContain('[5/5]');

    const second = await runCli(['replay', DEMO, '--json'], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe('');
    expect(second.stderr).toContain('already seen');
  });

  it('answers status and history from what was replayed, for people and for scripts', async () => {
    const italy = await runCli(['status', 'Meloni', '--json'], env);
    expect(italy.code, italy.stderr).toBe(0);
    const parsed = JSON.parse(italy.stdout) as unknown;
    expect(JSON.stringify(parsed)).toContain('"ground_troops"');
    expect(JSON.stringify(parsed)).toContain('"declined"');

    const history = await runCli(['history', 'Germany'], env);
    expect(history.code, history.stderr).toBe(0);
    expect(history.stdout).toMatch(/willing/);
    expect(history.stdout).toMatch(/conditional/);
  });

  it('fails with one readable line for a folder that is not there', async () => {
    const result = await runCli(['replay', 'no/such/folder'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('cannot read folder no/such/folder');
  });
});

describe('pledgewatch configuration errors', () => {
  it('stops with one line naming the bad variable', async () => {
    const result = await runCli(['status'], { HTTP_PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('HTTP_PORT="eighty"');
  });

  it('says how to get Redis when none answers and none may be started', async () => {
    const result = await runCli(['status'], { REDIS_URL: 'redis://127.0.0.1:1', EMBEDDED_REDIS: 'false' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no Redis answers at redis://127.0.0.1:1');
    expect(result.stderr).toContain('redis-server');
  });
});
