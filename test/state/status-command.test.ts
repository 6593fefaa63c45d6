import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PledgeStore } from '../../src/state/index.js';
import { runCli, runCliProcess } from '../helpers/cli.js';
import { createTestRedis } from '../helpers/redis.js';
import { loadSeedStory } from './seed-story.js';

let redis: Awaited<ReturnType<typeof createTestRedis>>;
let env: Record<string, string>;

/** The CLI's own entry point, in this process. */
async function pledgewatch(...args: string[]) {
  return runCli(args, env);
}

beforeAll(async () => {
  redis = await createTestRedis();
  env = { PLEDGEWATCH_PREFIX: redis.prefix, REDIS_URL: 'redis://127.0.0.1:6379', EMBEDDED_REDIS: 'false', LOG_LEVEL: 'silent' };
  const store = new PledgeStore(redis);
  for (const { article, claims } of await loadSeedStory()) await store.applyArticle(article, claims);
});
afterAll(async () => {
  await redis.cleanup();
});

describe('pledgewatch status', () => {
  it('prints a country as a table for people, with latest evidence and report counts', async () => {
    const result = await pledgewatch('status', 'Italian');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Italy \(IT\)/);
    expect(result.stdout).toMatch(/ground troops\s+declined\s+3 reports\s+"Italian prime minister Giorgia Meloni confirmed/);
    expect(result.stdout).toMatch(/ceasefire monitoring\s+willing\s+2 reports/);
  });

  it('prints only JSON with --json, for every country', async () => {
    const result = await pledgewatch('status', '--json');
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as { country: null; positions: Array<{ country: string; commitment: string; stance: string }> };
    expect(answer.country).toBeNull();
    expect(answer.positions.find((p) => p.country === 'DE' && p.commitment === 'coalition')?.stance).toBe('conditional');
    expect(new Set(answer.positions.map((p) => p.country)).size).toBe(15);
  });

  it('says "no reported position" for a known country without one', async () => {
    const result = await pledgewatch('status', 'Japan');
    expect(result.stdout.trim()).toBe('Japan (JP): no reported position');
  });
});

describe('pledgewatch history', () => {
  it("shows Germany's timeline with the change and its source", async () => {
    const result = await pledgewatch('history', 'Germany', 'coalition');
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Germany (DE) — coalition, newest first');
    expect(result.stdout).toMatch(/2025-09-04\s+coalition\s+CHANGED: willing -> conditional/);
    expect(result.stdout).toMatch(/"Several countries, including Germany/);
    expect(result.stdout).not.toMatch(/ground troops/);
  });

  it('prints only JSON with --json and honours --limit', async () => {
    const result = await pledgewatch('history', 'DE', '--json', '--limit', '2');
    const answer = JSON.parse(result.stdout) as { country: string; commitment: null; entries: Array<{ kind: string }> };
    expect(answer).toMatchObject({ country: 'DE', commitment: null });
    expect(answer.entries.map((e) => e.kind)).toEqual(['change', 'claim']);
  });

  it('fails with one readable line for an unknown country, commitment or limit', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['status', 'Atlantis'], /unknown country "Atlantis"/],
      [['history', 'DE', 'space'], /unknown commitment "space"/],
      [['history', 'DE', '--limit', 'lots'], /--limit must be a whole number/],
    ];
    for (const [args, message] of cases) {
      const result = await pledgewatch(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });
});

describe('as a separate process', () => {
  it('answers status by leader name as JSON', async () => {
    const result = await runCliProcess(['status', 'Meloni', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as { country: string; positions: unknown[] };
    expect(answer.country).toBe('IT');
    expect(answer.positions).toHaveLength(4);
  });
});
