import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { redisAnswers } from '../../src/redis/embedded.js';
import { testRedisUrl } from './redis.js';

const ROOT = new URL('../../', import.meta.url);

/** Fails the whole run at once, with the fix, when the test Redis is not there; rebuilds dist/ when a source is newer. */
export default async function setup(): Promise<void> {
  const url = testRedisUrl();
  if (!(await redisAnswers(url))) {
    throw new Error(`tests need a Redis at ${url} (set TEST_REDIS_URL, or start one: redis-server --daemonize yes)`);
  }
  ensureBuilt();
}

/**
 * The tests that start a real process run bin/pledgewatch.mjs, which runs dist/. `npm ci`
 * builds it; after an edit to src/ it is rebuilt here, so no test runs yesterday's code.
 */
function ensureBuilt(): void {
  const stamp = new URL('dist/.tsbuildinfo', ROOT);
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const src = new URL('src/', ROOT).pathname;
  const newest = Math.max(
    ...readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
  if (newest <= builtAt) return;
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  // tsc leaves its stamp alone when only a file's time changed (a checkout, a merge).
  const now = new Date();
  utimesSync(stamp, now, now);
}
