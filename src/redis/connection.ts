import type { ConnectionOptions, RedisOptions as BullRedisOptions } from 'bullmq';
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import { ErrorCode, PledgewatchError } from '../errors/index.js';

/** A connection to one Redis, to whichever primary Sentinel names, or to a Redis Cluster. */
export type RedisClient = Redis | Cluster;

/** The three ways to reach Redis. Keys and scripts are the same in all three (see docs/scaling.md). */
export type RedisTarget =
  | { shape: 'single'; url: string }
  | {
      shape: 'sentinel';
      sentinels: HostPort[];
      masterName: string;
      sentinelPassword?: string;
      /** Credentials, database and TLS for the data nodes (its host and port are not used). */
      url: string;
    }
  | {
      shape: 'cluster';
      /** Some of the nodes; the client discovers the rest. */
      nodes: HostPort[];
      /** Credentials and TLS for every node (its host, port and database are not used). */
      url: string;
    };

export interface HostPort {
  host: string;
  port: number;
}

/**
 * Everything that talks to Redis gets one of these: a client plus the key prefix,
 * so tests and several deployments can share one server without touching each other.
 */
export interface RedisContext {
  redis: RedisClient;
  shape: RedisTarget['shape'];
  /** Root of every key this deployment owns, e.g. "pw". */
  prefix: string;
  /**
   * What BullMQ connects with: options on one server or Sentinel (it opens its own
   * connections from them), the shared Cluster client on a cluster (it duplicates that
   * for its blocking connections). Pass it through queueOptions().
   */
  connection: ConnectionOptions;
}

/** Builds a key under the deployment prefix: key(ctx, 'feeds', id) -> "pw:feeds:<id>". */
export function key(ctx: Pick<RedisContext, 'prefix'>, ...parts: string[]): string {
  return [ctx.prefix, ...parts].join(':');
}

/**
 * A Redis Cluster hash tag: keys that contain the same "{name}" live in the same slot, so
 * one script or MULTI may touch them all. Which families share a tag, and why, is in
 * docs/scaling.md.
 */
export function slotTag(name: string): string {
  return `{${name}}`;
}

/**
 * BullMQ's key prefix for one queue: "<prefix>:q:{<queue>}". Every key of a queue must
 * share a slot (BullMQ's scripts touch several), and each queue has its own tag so the
 * queues spread over a cluster's primaries instead of all landing on one.
 */
export function queuePrefix(ctx: Pick<RedisContext, 'prefix'>, queue: string): string {
  return key(ctx, 'q', slotTag(queue));
}

/** The connection and prefix every BullMQ Queue, Worker and QueueEvents of `queue` needs. */
export function queueOptions(ctx: Pick<RedisContext, 'prefix' | 'connection'>, queue: string): { connection: ConnectionOptions; prefix: string } {
  return { connection: ctx.connection, prefix: queuePrefix(ctx, queue) };
}

export function redisOptionsFromUrl(url: string): RedisOptions {
  const options: RedisOptions = {
    ...credentialsFromUrl(url),
    host: new URL(url).hostname.replace(/^\[|\]$/g, ''),
    port: new URL(url).port ? Number(new URL(url).port) : 6379,
    // BullMQ workers use blocking commands and insist on this.
    maxRetriesPerRequest: null,
  };
  const db = new URL(url).pathname.replace(/^\//, '');
  if (db) options.db = Number(db);
  return options;
}

/** User, password and TLS from a redis:// or rediss:// URL. */
function credentialsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const options: RedisOptions = {};
  if (parsed.username) options.username = decodeURIComponent(parsed.username);
  if (parsed.password) options.password = decodeURIComponent(parsed.password);
  if (parsed.protocol === 'rediss:') options.tls = {};
  return options;
}

/** "host:port" -> { host, port }; IPv6 hosts in brackets. */
export function parseHostPort(entry: string): HostPort {
  const match = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(entry.trim());
  if (!match) throw new Error(`"${entry}" is not host:port`);
  return { host: match[1]!, port: Number(match[2]) };
}

/** The target the configuration describes (config.ts already checked that at most one shape is chosen). */
export function redisTargetFromConfig(config: {
  REDIS_URL: string;
  REDIS_SENTINELS: string[];
  REDIS_SENTINEL_MASTER: string;
  REDIS_SENTINEL_PASSWORD?: string | undefined;
  REDIS_CLUSTER_NODES: string[];
}): RedisTarget {
  if (config.REDIS_CLUSTER_NODES.length > 0) {
    return { shape: 'cluster', nodes: config.REDIS_CLUSTER_NODES.map(parseHostPort), url: config.REDIS_URL };
  }
  if (config.REDIS_SENTINELS.length > 0) {
    return {
      shape: 'sentinel',
      sentinels: config.REDIS_SENTINELS.map(parseHostPort),
      masterName: config.REDIS_SENTINEL_MASTER,
      ...(config.REDIS_SENTINEL_PASSWORD ? { sentinelPassword: config.REDIS_SENTINEL_PASSWORD } : {}),
      url: config.REDIS_URL,
    };
  }
  return { shape: 'single', url: config.REDIS_URL };
}

/** Where the target is, for log lines and error messages (never the password). */
export function describeTarget(target: RedisTarget): string {
  if (target.shape === 'single') {
    const url = new URL(target.url);
    return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  }
  if (target.shape === 'sentinel') return `sentinel master "${target.masterName}" via ${target.sentinels.map((s) => `${s.host}:${s.port}`).join(',')}`;
  return `cluster via ${target.nodes.map((n) => `${n.host}:${n.port}`).join(',')}`;
}

/** Options for one client of the target's shape; BullMQ gets the same (it requires maxRetriesPerRequest null). */
export function clientOptions(target: RedisTarget): RedisOptions {
  if (target.shape === 'single') return redisOptionsFromUrl(target.url);
  if (target.shape === 'sentinel') {
    const data = redisOptionsFromUrl(target.url);
    return {
      ...credentialsFromUrl(target.url),
      ...(data.db !== undefined ? { db: data.db } : {}),
      sentinels: target.sentinels,
      name: target.masterName,
      ...(target.sentinelPassword ? { sentinelPassword: target.sentinelPassword } : {}),
      // TLS to the data nodes means TLS to the sentinels too (managed services do both or neither).
      ...(data.tls ? { enableTLSForSentinelMode: true, sentinelTLS: {} } : {}),
      // No failoverDetector: it disconnects clients on +switch-master, and a disconnect that lands
      // while a client is still asking the sentinels for the primary leaves it ended for good
      // (BullMQ issue 4378); a worker's blocking connection then never comes back. A dead
      // primary closes its sockets, and that alone makes every client ask the sentinels again.
      maxRetriesPerRequest: null,
    };
  }
  return { ...credentialsFromUrl(target.url), maxRetriesPerRequest: null };
}

const CLUSTER_SLOTS_REFRESH_TIMEOUT_MS = 5_000;
const CLUSTER_SLOTS_REFRESH_INTERVAL_MS = 10_000;

export function clusterOptions(target: Extract<RedisTarget, { shape: 'cluster' }>): ClusterOptions {
  const tls = credentialsFromUrl(target.url).tls !== undefined;
  return {
    redisOptions: clientOptions(target),
    // A primary that died is replaced by its replica within cluster-node-timeout plus an
    // election; retry moved and refused commands for that long rather than failing them.
    retryDelayOnFailover: 300,
    retryDelayOnClusterDown: 300,
    retryDelayOnTryAgain: 300,
    maxRedirections: 64,
    // The slot map is what routes a command: on a loaded host the refresh after a failover can
    // take longer than ioredis's default second, and a client whose refresh failed kept the dead
    // primary's slots, its commands waiting for that node forever. Allow the refresh more time
    // and refresh periodically, so a missed refresh heals within seconds.
    slotsRefreshTimeout: CLUSTER_SLOTS_REFRESH_TIMEOUT_MS,
    slotsRefreshInterval: CLUSTER_SLOTS_REFRESH_INTERVAL_MS,
    // Managed TLS clusters announce node names their certificates are issued for: connect by name.
    ...(tls ? { dnsLookup: (address: string, callback: (error: null, address: string) => void) => callback(null, address) } : {}),
  };
}

/** One connection factory for every process and every shape: the client plus BullMQ's connection options. */
export function createRedisContext(target: RedisTarget | string, prefix: string): RedisContext {
  const resolved: RedisTarget = typeof target === 'string' ? { shape: 'single', url: target } : target;
  if (resolved.shape === 'cluster') {
    const cluster = new Cluster(resolved.nodes, clusterOptions(resolved));
    return { redis: cluster, shape: 'cluster', prefix, connection: cluster };
  }
  const options = clientOptions(resolved);
  const redis = new Redis({ ...options, lazyConnect: false });
  return { redis, shape: resolved.shape, prefix, connection: options as BullRedisOptions };
}

export async function closeRedisContext(ctx: RedisContext): Promise<void> {
  try {
    await ctx.redis.quit();
  } catch {
    ctx.redis.disconnect();
  }
}

/**
 * Deletes every key matching pattern (SCAN + UNLINK, never KEYS), except those for which
 * keep() is true. Returns how many were deleted. For clearing one prefix on a shared server.
 * On a cluster every primary is scanned for the pattern (each holds only its own slots),
 * and keys are unlinked one by one on the node that owns them (a multi-key UNLINK would
 * span slots).
 */
export async function deleteKeysMatching(ctx: RedisContext, pattern: string, keep: (key: string) => boolean = () => false): Promise<number> {
  if (!pattern.startsWith(`${ctx.prefix}:`)) throw new Error(`refusing to delete "${pattern}": outside the prefix "${ctx.prefix}:"`);
  const nodes = ctx.redis instanceof Cluster ? ctx.redis.nodes('master') : [ctx.redis];
  let deleted = 0;
  for (const node of nodes) deleted += await deleteOnNode(node, pattern, keep, ctx.redis instanceof Cluster);
  return deleted;
}

async function deleteOnNode(node: Redis, pattern: string, keep: (key: string) => boolean, oneByOne: boolean): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    const doomed = keys.filter((k) => !keep(k));
    if (doomed.length === 0) continue;
    if (!oneByOne) {
      deleted += await node.unlink(...doomed);
      continue;
    }
    const pipeline = node.pipeline();
    for (const k of doomed) pipeline.unlink(k);
    for (const [error, count] of (await pipeline.exec()) ?? []) if (!error) deleted += Number(count);
  } while (cursor !== '0');
  return deleted;
}

/**
 * Resolves once the client can take commands; otherwise rejects after timeoutMs with the
 * last connection error, so a wrong sentinel list, master name or node list ends start-up
 * with one line instead of retrying silently forever.
 */
export async function waitUntilReady(ctx: RedisContext, target: RedisTarget, timeoutMs = 20_000): Promise<void> {
  if (ctx.redis.status === 'ready') return;
  let lastError = '';
  const onError = (error: Error) => {
    lastError = error.message;
  };
  ctx.redis.on('error', onError);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new PledgewatchError(
            ErrorCode.RedisUnavailable,
            `no usable Redis at ${describeTarget(target)} after ${timeoutMs / 1000} s${lastError ? ` (${lastError})` : ''}: ${howToFix(target)}`,
          ),
        );
      }, timeoutMs);
      ctx.redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  } finally {
    ctx.redis.off('error', onError);
  }
}

function howToFix(target: RedisTarget): string {
  if (target.shape === 'sentinel') return 'check REDIS_SENTINELS, REDIS_SENTINEL_MASTER and the passwords (REDIS_SENTINEL_PASSWORD, REDIS_URL)';
  if (target.shape === 'cluster') return 'check REDIS_CLUSTER_NODES and that the cluster is up (redis-cli --cluster check <node>)';
  return 'check REDIS_URL';
}
