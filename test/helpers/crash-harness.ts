import { randomUUID } from 'node:crypto';
import { closeRedisContext, createRedisContext, deleteKeysMatching, type RedisContext } from '../../src/redis/connection.js';
import { CrashInjector } from './crash-injector.js';
import { testRedisUrl } from './redis.js';

/**
 * One pipeline stage as the crash harness drives it. A stage works through `units` in
 * order (polls, jobs, alerts). A unit interrupted by the crash is run again after the
 * restart, the way BullMQ hands a dead worker's job to the next one, and the units after
 * it run as usual.
 */
export interface CrashStage<Process> {
  units: number;
  /** Starts a "process" on ctx: its queues and clients, all connected before counting starts. */
  start(ctx: RedisContext, injector: CrashInjector): Promise<Process>;
  /** Runs one unit; throws when the process dies under it. */
  run(process: Process, unit: number, attempt: number): Promise<void>;
  stop(process: Process): Promise<void>;
  /** What must come out the same with or without a crash: keys, queued jobs, posts, lines shown. */
  observe(ctx: RedisContext): Promise<string[]>;
  /** Called once per scenario before anything runs, with its fresh prefix (seed feeds, subscriptions). */
  seed?(ctx: RedisContext): Promise<void>;
  /** Forgets what the fakes outside Redis recorded (chat posts, console lines) between scenarios. */
  reset?(): void;
}

export interface CrashReport {
  /** Redis calls in an undisturbed run: the crash points are 0 .. calls - 1. */
  calls: number;
  /** One line per crash point whose end state differed from the undisturbed run's. */
  failures: string[];
}

const injector = new CrashInjector();

async function freshContext(prefix = `pw-test-crash-${randomUUID()}`): Promise<RedisContext> {
  const ctx = createRedisContext(testRedisUrl(), prefix);
  await ctx.redis.ping();
  return ctx;
}

async function dispose(ctx: RedisContext): Promise<void> {
  await deleteKeysMatching(ctx, `${ctx.prefix}:*`);
  await closeRedisContext(ctx);
}

/** Runs every unit from `from` on; returns the unit that was cut short, or null. */
async function runUnits<P>(stage: CrashStage<P>, process: P, from: number, retried: number | null): Promise<number | null> {
  for (let unit = from; unit < stage.units; unit++) {
    try {
      await stage.run(process, unit, unit === retried ? 2 : 1);
    } catch (error) {
      if (!injector.crashed) throw error;
      return unit;
    }
    // Its own work is done, but BullMQ never heard so (that would have been the next call): it runs again.
    if (injector.crashed) return unit;
  }
  return null;
}

/** One scenario: the stage, a crash after `crashAfter` calls (Infinity: none), a restart. */
async function scenario<P>(stage: CrashStage<P>, crashAfter: number): Promise<{ calls: number; state: string[] }> {
  stage.reset?.();
  const first = await freshContext();
  let second: RedisContext | undefined;
  try {
    await stage.seed?.(first);
    const dying = await stage.start(first, injector);
    injector.arm(crashAfter);
    let cutShort: number | null = null;
    let calls = 0;
    try {
      cutShort = await runUnits(stage, dying, 0, null);
    } finally {
      // Stop counting before the dead process's clients are closed.
      calls = injector.disarm();
    }
    if (crashAfter === Infinity) {
      await stage.stop(dying);
      return { calls, state: await stage.observe(first) };
    }
    await stop(stage, dying);
    // The restart: new clients on the same prefix, continuing where the dead process was.
    second = await freshContext(first.prefix);
    const restarted = await stage.start(second, injector);
    injector.crashed = false;
    if (cutShort !== null) await runUnits(stage, restarted, cutShort, cutShort);
    await stage.stop(restarted);
    return { calls: 0, state: await stage.observe(second) };
  } finally {
    injector.crashed = false;
    if (second) await closeRedisContext(second);
    await dispose(first);
  }
}

async function stop<P>(stage: CrashStage<P>, process: P): Promise<void> {
  try {
    await stage.stop(process);
  } catch {
    // A dead process's clients may refuse to close politely; they are dropped anyway.
  }
}

function difference(expected: string[], actual: string[]): string {
  const missing = expected.filter((line) => !actual.includes(line));
  const extra = actual.filter((line) => !expected.includes(line));
  const shorten = (line: string) => (line.length > 160 ? `${line.slice(0, 160)}…` : line);
  return [...missing.map((l) => `  missing: ${shorten(l)}`), ...extra.map((l) => `  extra:   ${shorten(l)}`)].join('\n');
}

/**
 * "Crash after Redis call k, for every k": runs the stage undisturbed to learn its end state
 * and its number of calls n, then once per k in 0..n-1 with the process killed right after
 * its k-th call and restarted. Every run must end in the undisturbed run's state.
 */
export async function crashAfterEveryCall<P>(stage: CrashStage<P>): Promise<CrashReport> {
  // The first run also loads BullMQ's and our Lua scripts into Redis, so later counts are stable.
  const reference = await scenario(stage, Infinity);
  const counted = await scenario(stage, Infinity);
  const failures: string[] = [];
  if (counted.calls !== reference.calls) {
    failures.push(`two undisturbed runs made ${reference.calls} and ${counted.calls} Redis calls: connect every client in start()`);
  }
  if (counted.state.join('\n') !== reference.state.join('\n')) {
    failures.push(`two undisturbed runs differ, the stage is not deterministic:\n${difference(reference.state, counted.state)}`);
  }
  for (let k = 0; k < counted.calls; k++) {
    const { state } = await scenario(stage, k);
    if (state.join('\n') !== reference.state.join('\n')) failures.push(`crash after call ${k}:\n${difference(reference.state, state)}`);
  }
  return { calls: counted.calls, failures };
}
