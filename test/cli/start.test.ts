import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/cli.js';
import { createTestRedis } from '../helpers/redis.js';
import { waitFor } from '../helpers/wait.js';

/** The set-up contract: `npm start` with no configuration replays the seed story and stops cleanly on Ctrl-C. */
describe('pledgewatch start with no configuration', () => {
  let redis: Awaited<ReturnType<typeof createTestRedis>>;
  beforeAll(async () => {
    redis = await createTestRedis();
  });
  afterAll(() => redis.cleanup());

  it('shows the demo story and its one change on the console, then shuts down on SIGINT', async () => {
    const child = spawn(process.execPath, [CLI_PATH, 'start'], {
      // Only what a test must change: its own key prefix and a free port for the web page.
      env: { ...process.env, PLEDGEWATCH_PREFIX: redis.prefix, HTTP_PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      // Alerts of one article print in any order: wait for both before looking closer.
      await waitFor(
        'the change of the story on the console',
        () => stdout.includes('Germany — coalition: willing (unconfirmed) -> conditional') && stdout.includes('Italy — ground troops: declined  [new'),
        75_000,
      );
      // Macron's word for Germany stays unconfirmed; Germany's own word confirms its change. The first
      // article's countries come grouped, the quote once.
      expect(stdout).toContain('Germany and Italy — coalition: willing  [new, medium confidence, reported, unconfirmed]');
      expect(stdout).toMatch(/Germany — coalition: willing \(unconfirmed\) -> conditional {2}\[changed, \w+ confidence, confirmed: the government itself\]/);
      expect(stdout).toContain('Finland, Estonia, Canada, Bulgaria, Romania, Denmark, Poland, France and United Kingdom — coalition: willing');
      expect(stdout).toMatch(/"[^"]*Germany[^"]*" \(pledgewatch demo: the seed story, 2025-09-04\) http:\/\/127\./);
      expect(stderr).toContain('replaying the built-in demo story');
    } finally {
      child.kill('SIGINT');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code, stderr.slice(-2000)).toBe(0);
    expect(stderr).toContain('shutting down');
  }, 100_000);
});
