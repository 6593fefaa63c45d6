import { UnrecoverableError, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import { createQueues, enqueueArticles, QUEUE, type Queues } from '../../src/queue/queues.js';
import { queueOptions } from '../../src/redis/connection.js';
import { runCli } from '../helpers/cli.js';
import { createTestRedis } from '../helpers/redis.js';
import { waitFor } from '../helpers/wait.js';

describe('pledgewatch queues', () => {
  let redis: Awaited<ReturnType<typeof createTestRedis>>;
  let queues: Queues;
  let env: Record<string, string>;

  beforeAll(async () => {
    redis = await createTestRedis();
    queues = createQueues(redis);
    env = { PLEDGEWATCH_PREFIX: redis.prefix };
    const article: Article = { id: 'a1', url: 'https://news.example/a1', outlet: 'x', published: '2025-09-04', title: 't', body: 'b' };
    await enqueueArticles(redis, queues, [article], { backfill: false });
    // A worker that cannot process it parks the job in the failed set.
    const failing = new Worker(
      QUEUE.articles,
      async () => {
        throw new UnrecoverableError('page gone');
      },
      queueOptions(redis, QUEUE.articles),
    );
    await waitFor('job failed', async () => (await queues.articles.getJobCounts('failed')).failed === 1);
    await failing.close();
  });
  afterAll(async () => {
    await queues.close();
    await redis.cleanup();
  });

  it('shows the failed article job, and puts it back in line on retry', async () => {
    const before = await runCli(['queues', '--json'], env);
    expect(before.code, before.stderr).toBe(0);
    const rows = JSON.parse(before.stdout) as Array<Record<string, string | number>>;
    expect(rows.find((r) => r.queue === 'articles')).toMatchObject({ failed: 1, waiting: 0 });

    const retried = await runCli(['queues', 'retry', 'articles'], env);
    expect(retried.code, retried.stderr).toBe(0);
    expect(retried.stdout).toBe('retried 1 job\n');
    expect(await queues.articles.getJobCounts('failed', 'waiting')).toEqual({ failed: 0, waiting: 1 });
  });

  it('names the queues it knows when given another', async () => {
    const result = await runCli(['queues', 'retry', 'nope'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no queue named "nope"');
  });
});
