import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createExtractor } from '../../src/extract/index.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Article } from '../../src/model/article.js';
import { processArticle, type ArticleWorkerDeps } from '../../src/queue/article-worker.js';
import { createQueues, QUEUE } from '../../src/queue/queues.js';
import type { RedisContext } from '../../src/redis/connection.js';
import { PledgeStore } from '../../src/state/index.js';
import { demoCorpus } from '../helpers/corpus.js';
import { crashAfterEveryCall } from '../helpers/crash-harness.js';
import { endState } from '../helpers/redis-snapshot.js';

describe('the article worker under a crash after every Redis call', () => {
  it('applies every article once and queues every alert once, as in an undisturbed run', async () => {
    const articles: Article[] = await demoCorpus(4);
    const extractor = createExtractor(loadConfig({}), silentLogger);
    const report = await crashAfterEveryCall({
      units: articles.length,
      async start(ctx: RedisContext): Promise<ArticleWorkerDeps & { close(): Promise<void> }> {
        const queues = createQueues(ctx);
        await Promise.all([queues.polls, queues.articles, queues.alerts].map((queue) => queue.waitUntilReady()));
        return { ctx, queues, extractor, store: new PledgeStore(ctx), logger: silentLogger, close: () => queues.close() };
      },
      run: async (deps, unit) => void (await processArticle(deps, { data: { article: articles[unit]!, backfill: false } })),
      stop: (deps) => deps.close(),
      observe: (ctx) => endState(ctx, [QUEUE.alerts]),
    });
    expect(report.calls).toBeGreaterThan(articles.length * 3);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  });
});
