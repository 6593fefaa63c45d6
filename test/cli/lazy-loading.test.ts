import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/cli.js';
import { createTestRedis } from '../helpers/redis.js';

const RECORDER = fileURLToPath(new URL('../helpers/record-loads.mjs', import.meta.url));

/** The chat clients, the extractor, the fetcher and the web server: heavy, and needed only by the running stages. */
const HEAVY = /node_modules\/(discord\.js|@discordjs|@slack|rss-parser|undici|linkedom|@mozilla)\/|\/dist\/(chat|extract\/(?!min-confidence)|fetch|web|demo)\//;

/** The modules a fresh process loads to run these command lines with the compiled CLI, one after the other. */
async function modulesLoadedBy(commandLines: string[][], env: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pledgewatch-loads-'));
  try {
    const log = join(dir, 'modules.log');
    const run = launch([RECORDER, JSON.stringify(commandLines)], { MODULE_LOG: log, LOG_LEVEL: 'silent', EMBEDDED_REDIS: 'false', ...env });
    const { code } = await run.exited;
    expect(code, run.stderr()).toBe(0);
    expect(run.stderr(), 'every command line exits 0').toBe('');
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a command loads only what it needs', () => {
  let redis: Awaited<ReturnType<typeof createTestRedis>>;
  beforeAll(async () => {
    redis = await createTestRedis();
  });
  afterAll(() => redis.cleanup());

  it('--help loads neither config, logger nor Redis', async () => {
    const loaded = await modulesLoadedBy([['--help'], ['status', '--help']], {});
    expect(loaded.filter((url) => /node_modules\/(zod|pino|ioredis|bullmq)\//.test(url))).toEqual([]);
    expect(loaded.filter((url) => HEAVY.test(url))).toEqual([]);
  }, 120_000);

  it('read-only commands never load the chat clients, the extractor, the fetcher or the web server', async () => {
    const readOnly = [['status', 'Italy'], ['history', 'DE'], ['queues'], ['alerts', 'pending'], ['feeds', 'list'], ['explain', 'https://news.example/a1']];
    const loaded = await modulesLoadedBy(readOnly, { PLEDGEWATCH_PREFIX: redis.prefix });
    expect(
      loaded.some((url) => url.endsWith('/dist/cli/commands/status.js')),
      'the commands ran',
    ).toBe(true);
    expect(loaded.filter((url) => HEAVY.test(url))).toEqual([]);
  }, 120_000);
});
