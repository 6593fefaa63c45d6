import { Queue } from 'bullmq';
import { key, queueOptions, type RedisContext } from '../../src/redis/connection.js';

/** Every queue's keys start with "<prefix>:q:" (queuePrefix in src/redis/connection.ts). */
function queuePrefixRoot(ctx: RedisContext): string {
  return key(ctx, 'q');
}

/** Times differ between two runs of the same work; what they stamp must not. */
function withoutTimes(text: string): string {
  return text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>').replace(/\b1\d{12}\b/g, '<ms>');
}

/**
 * Everything the project itself keeps under a prefix, as sorted "key type value" lines with
 * the prefix and times masked, so two runs of the same work under different prefixes compare
 * equal. BullMQ's own keys are left out (timestamps, lock tokens, event streams); compare
 * their jobs with queueJobs instead.
 */
export async function ownKeys(ctx: RedisContext): Promise<string[]> {
  const lines: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await ctx.redis.scan(cursor, 'MATCH', `${ctx.prefix}:*`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      if (key.startsWith(`${queuePrefixRoot(ctx)}:`)) continue;
      const name = key.slice(ctx.prefix.length + 1);
      for (const part of await describeValue(ctx, key)) lines.push(`${name} ${part}`);
    }
  } while (cursor !== '0');
  return lines.map((line) => withoutTimes(line.split(ctx.prefix).join('<prefix>'))).sort();
}

/** One line per element, so a difference names the element. */
async function describeValue(ctx: RedisContext, key: string): Promise<string[]> {
  const type = await ctx.redis.type(key);
  switch (type) {
    case 'string':
      return [`= ${await ctx.redis.get(key)}`];
    case 'hash':
      return Object.entries(await ctx.redis.hgetall(key)).map(([field, value]) => `[${field}] = ${value}`);
    case 'list':
      return (await ctx.redis.lrange(key, 0, -1)).map((value, i) => `list[${i}] = ${value}`);
    case 'set':
      return (await ctx.redis.smembers(key)).map((member) => `has ${member}`);
    case 'zset':
      return (await ctx.redis.zrange(key, 0, -1)).map((member, i) => `zset[${i}] = ${member}`);
    case 'stream':
      return (await ctx.redis.xrange(key, '-', '+')).map(([, fields], i) => `stream[${i}] = ${JSON.stringify(fields)}`);
    default:
      return [type];
  }
}

/** Every job a queue holds, in any state, as "state name id data" lines, sorted. */
export async function queueJobs(queue: Queue): Promise<string[]> {
  const lines: string[] = [];
  for (const state of ['waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed'] as const) {
    for (const job of await queue.getJobs([state])) {
      lines.push(withoutTimes(`${state} ${job.name} ${job.id} ${JSON.stringify(job.data)} delay=${job.opts.delay ?? 0}`));
    }
  }
  return lines.sort();
}

/** ownKeys plus the jobs of the named queues: the whole end state of a stage. */
export async function endState(ctx: RedisContext, queueNames: string[]): Promise<string[]> {
  const lines = await ownKeys(ctx);
  for (const name of queueNames) {
    const queue = new Queue(name, queueOptions(ctx, name));
    try {
      lines.push(...(await queueJobs(queue)).map((line) => `queue ${name}: ${line}`));
    } finally {
      await queue.close();
    }
  }
  return lines;
}
