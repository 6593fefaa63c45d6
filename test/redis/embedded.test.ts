import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPledgewatchError } from '../../src/errors/index.js';
import { silentLogger } from '../../src/log/logger.js';
import { ensureRedis, redisAnswers } from '../../src/redis/embedded.js';

function hasRedisServer(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('ensureRedis', () => {
  it('uses a Redis that already answers and starts nothing', async () => {
    const embedded = await ensureRedis('redis://127.0.0.1:6379', { dataDir: 'unused', allowSpawn: true, logger: silentLogger });
    expect(embedded.started).toBe(false);
  });

  it('refuses with instructions when nothing answers and starting one is not allowed', async () => {
    const port = await freePort();
    const error = await ensureRedis(`redis://127.0.0.1:${port}`, { dataDir: 'unused', allowSpawn: false, logger: silentLogger }).catch((e: unknown) => e);
    expect(isPledgewatchError(error, 'REDIS_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toMatch(/apt-get install redis-server/);
  });

  it.runIf(hasRedisServer())('starts a local redis-server with its data in the given folder, and stops it', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-redis-'));
    try {
      const embedded = await ensureRedis(url, { dataDir, allowSpawn: true, logger: silentLogger });
      expect(embedded.started).toBe(true);
      expect(await redisAnswers(url)).toBe(true);
      await embedded.stop();
      expect(await redisAnswers(url, 300)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
