/**
 * How long the command line takes to answer, as a user runs it: a whole process each time,
 * start-up included. `--help`, `status Italy` on Redis holding the demo story in a key prefix
 * of its own, and `extract` of one demo article, each BENCH_CLI_RUNS times (default 10).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/config.js';
import { closeRedisContext, createRedisContext, deleteKeysMatching } from '../src/redis/connection.js';

const CLI = fileURLToPath(new URL('../bin/pledgewatch.mjs', import.meta.url));
const DEMO = fileURLToPath(new URL('../data/demo/articles/', import.meta.url));

function seconds(args: string[], env: Record<string, string>): number {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function spread(samples: number[]): { min: number; median: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (s: number) => Math.round(s * 1000) / 1000;
  return { min: round(sorted[0]!), median: round(median), max: round(sorted.at(-1)!) };
}

export async function run(): Promise<Record<string, unknown>> {
  const runs = Number(process.env.BENCH_CLI_RUNS ?? 10);
  const prefix = `bench-cli-${randomUUID().slice(0, 8)}`;
  const env = { PLEDGEWATCH_PREFIX: prefix, LOG_LEVEL: 'silent', EMBEDDED_REDIS: 'false' };
  const ctx = createRedisContext(loadConfig(process.env).REDIS_URL, prefix);
  try {
    seconds(['replay', DEMO], env);
    const commands: Record<string, string[]> = {
      help: ['--help'],
      status_italy: ['status', 'Italy'],
      extract_one_article: ['extract', `${DEMO}003.txt`],
    };
    const figures: Record<string, unknown> = { runs };
    for (const [name, args] of Object.entries(commands)) {
      seconds(args, env); // warm-up: the file cache, not counted
      figures[`${name}_seconds`] = spread(Array.from({ length: runs }, () => seconds(args, env)));
    }
    return figures;
  } finally {
    await deleteKeysMatching(ctx, `${prefix}:*`);
    await closeRedisContext(ctx);
  }
}
