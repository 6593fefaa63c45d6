import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PATH, launch } from '../helpers/cli.js';
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
    // Only what a test must change: its own key prefix, a free port for the web page, and
    // room for the demo pages to be fetched on a machine busy enough to take seconds.
    const env = { PLEDGEWATCH_PREFIX: redis.prefix, HTTP_PORT: '0', LOG_LEVEL: 'info', FETCH_TIMEOUT_MS: '60000' };
    const run = launch([CLI_PATH, 'start'], env);
    try {
      // Alerts of one article print in any order: wait for both before looking closer.
      await waitFor(
        'the change of the story and Italy declining ground troops on the console',
        () =>
          run.stdout().includes('Germany — coalition: willing (unconfirmed) -> conditional') && run.stdout().includes('Italy — ground troops: declined  [new'),
        150_000,
      );
      // Macron's word for Germany stays unconfirmed; Germany's own word confirms its change. The first
      // article's countries come grouped, the quote once.
      const stdout = run.stdout();
      expect(stdout).toContain('Germany and Italy — coalition: willing  [new, low confidence, reported, unconfirmed]');
      expect(stdout).toMatch(/Germany — coalition: willing \(unconfirmed\) -> conditional {2}\[changed, \w+ confidence, confirmed: the government itself\]/);
      expect(stdout).toContain('Finland, Estonia, Canada, Bulgaria, Romania, Denmark, Poland, France and United Kingdom — coalition: willing');
      expect(stdout).toMatch(/"[^"]*Germany[^"]*" \(pledgewatch demo: the seed story, 2025-09-04\) http:\/\/127\./);
      expect(run.stderr()).toContain('replaying the built-in demo story');
    } finally {
      run.child.kill('SIGINT');
    }
    const { code } = await run.exited;
    expect(code, run.stderr().slice(-2000)).toBe(0);
    expect(run.stderr()).toContain('shutting down');
    // Not a terminal: plain alert text and JSON log lines, for files and log collectors.
    expect(run.stdout()).not.toContain('\u001b[');
    expect(
      run
        .stderr()
        .split('\n')
        .filter(Boolean)
        .every((line) => line.startsWith('{')),
    ).toBe(true);
  }, 200_000);
});
