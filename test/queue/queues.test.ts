import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import { createQueues, enqueueArticles, jobIdFor } from '../../src/queue/queues.js';
import { key } from '../../src/redis/connection.js';
import { useQueuesOnTestRedis } from '../helpers/redis.js';

function article(id: string): Article {
  return { id, url: `https://news.example/${id}`, outlet: 'Example', published: '2025-09-04', title: id, body: 'text' };
}

describe('enqueueArticles', () => {
  const test = useQueuesOnTestRedis();

  it('queues an article once however often it is offered', async () => {
    const { redis, queues } = test;
    expect(await enqueueArticles(redis, queues, [article('a'), article('b')], { backfill: false })).toHaveLength(2);
    expect(await enqueueArticles(redis, queues, [article('a'), article('c')], { backfill: true })).toEqual([article('c')]);
    expect(await queues.articles.getJobCountByTypes('waiting')).toBe(3);
    const job = await queues.articles.getJob(jobIdFor('article', 'c'));
    expect(job?.data).toEqual({ article: article('c'), backfill: true });
  });

  it('makes job ids BullMQ accepts from any article id', () => {
    expect(jobIdFor('article', '12345')).toBe('article-12345');
    expect(jobIdFor('alert', 'a:b/c')).toBe('alert-a_b_c');
  });

  it('marks nothing seen when the job could not be added, so the next poll queues it', async () => {
    const { redis, queues } = test;
    await queues.close();
    await expect(enqueueArticles(redis, queues, [article('lost')], { backfill: false })).rejects.toThrow();
    expect(await redis.redis.exists(key(redis, 'seen', 'lost'))).toBe(0);
    test.queues = createQueues(redis);
    expect(await enqueueArticles(redis, test.queues, [article('lost')], { backfill: false })).toHaveLength(1);
  });
});
