/**
 * A worker in its own process, for the crash test: `node --import tsx article-worker-process.ts <redisUrl> <prefix> <crashAfterApply>`.
 * It kills itself with SIGKILL right after its Nth article is applied to the state and before
 * that article's alerts are queued: the worst moment for a crash.
 */
import { loadConfig } from '../../src/config/config.js';
import { createExtractor } from '../../src/extract/index.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Article } from '../../src/model/article.js';
import type { Claim } from '../../src/model/claim.js';
import { startArticleWorker } from '../../src/queue/article-worker.js';
import { createQueues } from '../../src/queue/queues.js';
import { createRedisContext } from '../../src/redis/connection.js';
import { PledgeStore } from '../../src/state/index.js';

const [url, prefix, crashAfter] = process.argv.slice(2);
const ctx = createRedisContext(url!, prefix!);
const store = new PledgeStore(ctx);
let applied = 0;
const crashingStore = {
  async applyArticle(article: Article, claims: Claim[], options: { backfill: boolean }) {
    const result = await store.applyArticle(article, claims, options);
    if (++applied >= Number(crashAfter)) process.kill(process.pid, 'SIGKILL');
    return result;
  },
  explain: (id: string) => store.explain(id),
};
startArticleWorker({
  ctx,
  queues: createQueues(ctx),
  extractor: createExtractor(loadConfig({}), silentLogger),
  store: crashingStore,
  logger: silentLogger,
  concurrency: 1,
  workerOptions: { lockDuration: 1000, stalledInterval: 500 },
});
process.stdout.write('ready\n');
