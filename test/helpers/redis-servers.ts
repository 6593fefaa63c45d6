import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/**
 * Real redis-server processes on loopback for the Sentinel and Cluster tests (and the
 * cluster benchmark): started on free ports, each in its own temporary directory,
 * stopped and removed by stop(). Nothing is persisted: a SIGKILLed primary's data
 * survives only on its replica, as in production.
 */

/** True when redis-server (and redis-cli, which builds the cluster) can be run here. */
export function redisServerInstalled(): boolean {
  return ['redis-server', 'redis-cli'].every((binary) => spawnSync(binary, ['--version'], { stdio: 'ignore' }).status === 0);
}

export const NO_REDIS_SERVER = 'skipped: redis-server or redis-cli is not installed (Debian: apt-get install redis-server; .ci/run installs it)';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * n ports that are free now, together with port + 10000 (a cluster node's bus port). Random rather than sequential so
 * test runs in parallel on one machine rarely race; both below Linux's ephemeral range (32768 and up), where any
 * outgoing connection may take a port between this check and redis-server's bind (a cluster node once never came up).
 */
export async function freePorts(n: number): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < n) {
    const port = 12_000 + Math.floor(Math.random() * 10_000);
    if (ports.includes(port) || ports.includes(port + 10_000) || ports.includes(port - 10_000)) continue;
    if ((await portIsFree(port)) && (await portIsFree(port + 10_000))) ports.push(port);
  }
  return ports;
}

export class RedisProcess {
  constructor(
    readonly port: number,
    private readonly child: ChildProcess,
  ) {}

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  client(): Redis {
    const client = new Redis({ host: '127.0.0.1', port: this.port, lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
    client.on('error', () => undefined);
    return client;
  }

  /** One command on a short-lived connection. */
  async call(...args: string[]): Promise<unknown> {
    const client = this.client();
    try {
      await client.connect();
      return await client.call(args[0]!, ...args.slice(1));
    } finally {
      client.disconnect();
    }
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    if (!this.alive) return;
    const exited = once(this.child, 'exit');
    this.child.kill(signal);
    await exited;
  }
}

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = (error as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`redis test servers: timed out waiting for ${what}${lastError ? ` (${lastError})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startServer(dir: string, port: number, args: string[]): Promise<RedisProcess> {
  const child = spawn('redis-server', args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = new RedisProcess(port, child);
  await until(`redis-server on port ${port}`, async () => (await server.call('PING')) === 'PONG', 20_000);
  return server;
}

/** Each node in its own directory: a replica's full sync writes an RDB file there. */
function dataNodeArgs(port: number, parent: string): string[] {
  const dir = join(parent, String(port));
  mkdirSync(dir, { recursive: true });
  return [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
    '--maxmemory-policy',
    'noeviction',
    '--protected-mode',
    'no',
  ];
}

abstract class Topology {
  protected readonly processes: RedisProcess[] = [];
  protected readonly dir = mkdtempSync(join(tmpdir(), 'pw-redis-'));

  async stop(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.kill('SIGTERM')));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One private server, for measurements that other traffic must not disturb. */
export class SingleServer extends Topology {
  server!: RedisProcess;

  static async start(): Promise<SingleServer> {
    const single = new SingleServer();
    const [port] = await freePorts(1);
    single.server = await startServer(single.dir, port!, dataNodeArgs(port!, single.dir));
    single.processes.push(single.server);
    return single;
  }

  get port(): number {
    return this.server.port;
  }
}

/** A primary, one replica and three sentinels (quorum 2), as a small production setup. */
export class SentinelTopology extends Topology {
  readonly masterName = 'pwmaster';
  primary!: RedisProcess;
  replica!: RedisProcess;
  sentinels: RedisProcess[] = [];

  static async start(options: { downAfterMs?: number } = {}): Promise<SentinelTopology> {
    const topology = new SentinelTopology();
    try {
      await topology.boot(options.downAfterMs ?? 1000);
    } catch (error) {
      await topology.stop();
      throw error;
    }
    return topology;
  }

  private async boot(downAfterMs: number): Promise<void> {
    const [primaryPort, replicaPort, ...sentinelPorts] = await freePorts(5);
    this.primary = await startServer(this.dir, primaryPort!, dataNodeArgs(primaryPort!, this.dir));
    this.processes.push(this.primary);
    this.replica = await startServer(this.dir, replicaPort!, [...dataNodeArgs(replicaPort!, this.dir), '--replicaof', '127.0.0.1', String(primaryPort)]);
    this.processes.push(this.replica);
    await until('the replica in sync', async () => /master_link_status:up/.test(String(await this.replica.call('INFO', 'replication'))), 20_000);
    for (const port of sentinelPorts) {
      const conf = join(this.dir, `sentinel-${port}.conf`);
      writeFileSync(
        conf,
        [
          `port ${port}`,
          'bind 127.0.0.1',
          `dir ${this.dir}`,
          `sentinel monitor ${this.masterName} 127.0.0.1 ${primaryPort} 2`,
          `sentinel down-after-milliseconds ${this.masterName} ${downAfterMs}`,
          `sentinel failover-timeout ${this.masterName} 10000`,
          `sentinel parallel-syncs ${this.masterName} 1`,
          '',
        ].join('\n'),
      );
      const sentinel = await startServer(this.dir, port, [conf, '--sentinel']);
      this.processes.push(sentinel);
      this.sentinels.push(sentinel);
    }
    // Ready when every sentinel knows the replica and the two other sentinels.
    for (const sentinel of this.sentinels) {
      await until(
        `sentinel ${sentinel.port} to discover the replica and its peers`,
        async () => {
          const info = (await sentinel.call('SENTINEL', 'MASTER', this.masterName)) as string[];
          const field = (name: string) => Number(info[info.indexOf(name) + 1]);
          return field('num-slaves') >= 1 && field('num-other-sentinels') >= 2;
        },
        30_000,
      );
    }
  }

  get sentinelList(): string[] {
    return this.sentinels.map((s) => `127.0.0.1:${s.port}`);
  }

  /** The port the sentinels currently name as primary. */
  async primaryPort(): Promise<number> {
    for (const sentinel of this.sentinels) {
      try {
        const [, port] = (await sentinel.call('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', this.masterName)) as [string, string];
        return Number(port);
      } catch {
        // try the next sentinel
      }
    }
    throw new Error('no sentinel answers');
  }

  /**
   * SIGKILLs the primary and waits until the sentinels have promoted the replica and it
   * accepts writes. Returns the seconds from the kill to that moment.
   */
  async killPrimaryAndAwaitPromotion(): Promise<number> {
    const killedAt = performance.now();
    await this.primary.kill('SIGKILL');
    await until(
      'the sentinels to promote the replica',
      async () => (await this.primaryPort()) === this.replica.port && /role:master/.test(String(await this.replica.call('INFO', 'replication'))),
      60_000,
    );
    return (performance.now() - killedAt) / 1000;
  }
}

/** Three primaries with one replica each, as `redis-cli --cluster create --cluster-replicas 1` builds it. */
export class ClusterTopology extends Topology {
  nodes: RedisProcess[] = [];

  static async start(options: { nodeTimeoutMs?: number } = {}): Promise<ClusterTopology> {
    const topology = new ClusterTopology();
    try {
      await topology.boot(options.nodeTimeoutMs ?? 2000);
    } catch (error) {
      await topology.stop();
      throw error;
    }
    return topology;
  }

  private async boot(nodeTimeoutMs: number): Promise<void> {
    const ports = await freePorts(6);
    this.nodes = await Promise.all(
      ports.map((port) =>
        startServer(this.dir, port, [
          ...dataNodeArgs(port, this.dir),
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          `nodes-${port}.conf`,
          '--cluster-node-timeout',
          String(nodeTimeoutMs),
          // A replica whose primary vanished takes over however long it was cut off.
          '--cluster-replica-validity-factor',
          '0',
        ]),
      ),
    );
    this.processes.push(...this.nodes);
    const create = spawnSync('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '1', '--cluster-yes'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (create.status !== 0) throw new Error(`redis-cli --cluster create failed: ${create.stderr || create.stdout}`);
    await this.awaitHealthy(60_000);
  }

  get nodeList(): string[] {
    return this.nodes.map((n) => `127.0.0.1:${n.port}`);
  }

  /** Every live node says the cluster is ok and three live primaries each have a live replica. */
  async awaitHealthy(timeoutMs: number): Promise<void> {
    await until(
      'the cluster to be ok on every live node',
      async () => {
        for (const node of this.nodes.filter((n) => n.alive)) {
          if (!/cluster_state:ok/.test(String(await node.call('CLUSTER', 'INFO')))) return false;
        }
        return true;
      },
      timeoutMs,
    );
  }

  /** The live primary that owns the slot of key. */
  async primaryFor(key: string): Promise<RedisProcess> {
    const live = this.nodes.find((n) => n.alive)!;
    const slot = Number(await live.call('CLUSTER', 'KEYSLOT', key));
    const slots = (await live.call('CLUSTER', 'SLOTS')) as Array<[number, number, [string, number, string]]>;
    const range = slots.find(([from, to]) => slot >= from && slot <= to);
    const owner = this.nodes.find((n) => n.port === Number(range?.[2][1]));
    if (!owner) throw new Error(`no primary owns slot ${slot}`);
    return owner;
  }

  /**
   * SIGKILLs the primary that owns key's slot and waits until its replica took the slot
   * over and the cluster is ok again. Returns the seconds from the kill to that moment.
   */
  async killPrimaryOf(key: string): Promise<{ seconds: number; port: number }> {
    const victim = await this.primaryFor(key);
    const killedAt = performance.now();
    await victim.kill('SIGKILL');
    await until(
      `a replica to take over the slots of ${victim.port}`,
      async () => {
        const owner = await this.primaryFor(key);
        return owner.port !== victim.port && owner.alive && /cluster_state:ok/.test(String(await owner.call('CLUSTER', 'INFO')));
      },
      60_000,
    );
    return { seconds: (performance.now() - killedAt) / 1000, port: victim.port };
  }
}
