/**
 * A poller in its own process for the kill -9 tests and the poller-kill benchmark:
 * `node --import tsx poller-process.ts <redisUrl> <prefix> <killAfterFirstSeen: 1|0>`.
 * It runs the real poller (Job Schedulers and the poll worker) over every registered feed,
 * with fetches allowed to 127.0.0.1 only, and with 1 it SIGKILLs itself as soon as Redis
 * answers its first write of an article's "seen" mark.
 */
import { FeedRegistry, startPoller } from '../../src/feeds/index.js';
import { createSafeFetcher } from '../../src/fetch/index.js';
import { silentLogger } from '../../src/log/logger.js';
import { createQueues } from '../../src/queue/queues.js';
import { createRedisContext } from '../../src/redis/connection.js';
import { killOnFirstReply } from './kill-switch.js';

const [url, prefix, kill] = process.argv.slice(2);
if (kill === '1') killOnFirstReply((name, firstArg) => name === 'set' && firstArg.includes(':seen:'));
const ctx = createRedisContext(url!, prefix!);
const fetcher = createSafeFetcher({ timeoutMs: 20_000, maxBytes: 50_000_000, userAgent: 'pledgewatch-test/1', allowPrivate: false, allowlist: ['127.0.0.1'] });
await startPoller({ ctx, queues: createQueues(ctx), fetcher, registry: new FeedRegistry(ctx), logger: silentLogger, defaultIntervalSeconds: 300 });
process.stdout.write('ready\n');
