import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { ErrorCode, hideUrlPasswords, PledgewatchError } from '../errors/index.js';
import type { Logger } from '../log/logger.js';
import { redisOptionsFromUrl } from './connection.js';

const HOW_TO_GET_REDIS =
  'install Redis 6.2+ (Debian/Ubuntu: "apt-get install redis-server", macOS: "brew install redis"), ' +
  'run "docker compose up -d redis", or set REDIS_URL to a server you have';

/** True when a Redis server answers PING at url within timeoutMs. */
export async function redisAnswers(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new Redis({
    ...redisOptionsFromUrl(url),
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function isLocal(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
}

export interface EmbeddedRedis {
  /** Stops the server we started (no-op when we did not start one). */
  stop(): Promise<void>;
  started: boolean;
}

/**
 * Makes sure Redis answers at url. When it does not, the url is local and `redis-server`
 * is installed, starts one with its data (append-only file) in dataDir and stops it on exit.
 * Otherwise throws one error that says how to get Redis.
 */
export async function ensureRedis(url: string, options: { dataDir: string; allowSpawn: boolean; logger: Logger }): Promise<EmbeddedRedis> {
  if (await redisAnswers(url)) return { started: false, stop: async () => undefined };
  if (!options.allowSpawn || !isLocal(url)) {
    throw new PledgewatchError(ErrorCode.RedisUnavailable, `no Redis answers at ${hideUrlPasswords(url)}: ${HOW_TO_GET_REDIS}`);
  }
  const port = new URL(url).port || '6379';
  const dir = resolve(options.dataDir);
  mkdirSync(dir, { recursive: true });
  let child: ChildProcess;
  try {
    child = await spawnRedis(port, dir);
  } catch (error) {
    throw new PledgewatchError(
      ErrorCode.RedisUnavailable,
      `no Redis answers at ${hideUrlPasswords(url)} and "redis-server" could not be started (${(error as Error).message}): ${HOW_TO_GET_REDIS}`,
    );
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await redisAnswers(url, 500)) {
      options.logger.info({ port, dir }, 'started a local redis-server (stopped on exit)');
      return { started: true, stop: () => stopChild(child) };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stopChild(child);
  throw new PledgewatchError(ErrorCode.RedisUnavailable, `started redis-server on port ${port} but it never answered: ${HOW_TO_GET_REDIS}`);
}

function spawnRedis(port: string, dir: string): Promise<ChildProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      'redis-server',
      ['--port', port, '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction'],
      { stdio: 'ignore' },
    );
    child.once('error', reject);
    child.once('spawn', () => resolvePromise(child));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}
