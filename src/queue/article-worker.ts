import { UnrecoverableError, Worker, type Job, type WorkerOptions } from 'bullmq';
import { describeError } from '../errors/index.js';
import type { ClaimExtractor } from '../extract/extractor.js';
import { unreadText } from '../extract/text/clean.js';
import type { Logger } from '../log/logger.js';
import { metrics } from '../metrics/metrics.js';
import type { Alert } from '../model/alert.js';
import type { Article } from '../model/article.js';
import type { Claim } from '../model/claim.js';
import { queueOptions, type RedisContext } from '../redis/connection.js';
import { groupAlerts } from '../alerts/group.js';
import { readProcessing, recordProcessing } from './processing-record.js';
import { QUEUE, enqueueAlerts, type ArticleJob, type Queues } from './queues.js';

/** The state stage as the worker sees it (src/state implements it). */
export interface ClaimApplier {
  applyArticle(article: Article, claims: Claim[], options: { backfill: boolean }): Promise<{ duplicate: boolean; alerts: Alert[] }>;
  /** The record of an article applied earlier, with the alerts it raised then. */
  explain(articleId: string): Promise<{ alerts: Alert[] } | null>;
}

/** Full-text fetch for articles that came with a summary only (src/feeds implements it). */
export type PageTextFetcher = (url: string) => Promise<{ title: string; text: string }>;

export interface ArticleWorkerDeps {
  ctx: RedisContext;
  queues: Pick<Queues, 'alerts'>;
  extractor: ClaimExtractor;
  store: ClaimApplier;
  fetchPageText?: PageTextFetcher;
  logger: Logger;
  concurrency?: number;
  /** BullMQ tuning, e.g. a short lockDuration so a crashed worker's job is taken over sooner. */
  workerOptions?: Partial<WorkerOptions>;
}

export interface ArticleOutcome {
  articleId: string;
  duplicate: boolean;
  claims: number;
  alerts: Alert[];
  fullText: 'fetched' | 'not-needed' | 'failed';
}

/**
 * The worker stage: full text when needed, claims, state, alerts. A crash mid-job is safe:
 * BullMQ hands the job to another worker, the state applies an article at most once, and
 * alert jobs carry deterministic ids.
 */
export function startArticleWorker(deps: ArticleWorkerDeps): Worker<ArticleJob, ArticleOutcome> {
  const serialDeps = { ...deps, store: applyingOneAtATime(deps.store) };
  const worker = new Worker<ArticleJob, ArticleOutcome>(QUEUE.articles, (job) => processArticle(serialDeps, job), {
    ...queueOptions(deps.ctx, QUEUE.articles),
    concurrency: deps.concurrency ?? 4,
    ...deps.workerOptions,
  });
  worker.on('failed', (job, error) => {
    // Metrics count final outcomes: a failed attempt that will be retried is only logged.
    const final = !job || error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) {
      metrics.articlesProcessed.inc({ outcome: 'error' });
      metrics.errors.inc({ stage: 'worker' });
    }
    deps.logger.warn(
      { article: job?.data.article?.url, attempt: job?.attemptsMade, final, err: error.message },
      final ? 'article failed for good' : 'article failed, will retry',
    );
  });
  worker.on('error', (error) => deps.logger.error({ err: error.message }, 'article worker error'));
  return worker;
}

export async function processArticle(deps: ArticleWorkerDeps, job: Pick<Job<ArticleJob>, 'data'>): Promise<ArticleOutcome> {
  const stopTimer = metrics.articleSeconds.startTimer();
  const { backfill } = job.data;
  if (!job.data.article || typeof job.data.article.id !== 'string') {
    throw new UnrecoverableError('malformed article job: no article id');
  }
  const { article, fullText } = await withFullText(deps, job.data.article);
  noteUnreadText(deps, article);
  const claims = await deps.extractor.extract(article);
  const applied = await deps.store.applyArticle(article, claims, { backfill });
  const result = applied.duplicate ? await resumeOrDuplicate(deps, article.id) : applied;
  // One message per article for the countries it reports alike.
  const alerts = groupAlerts(result.alerts);
  await enqueueAlerts(deps.queues, alerts);
  // A true duplicate keeps the record of the run that applied it: that is what explains its alerts.
  if (!result.duplicate) {
    await recordProcessing(deps.ctx, article, { fullText, claims: claims.length, alerts: result.alerts.length, duplicate: false });
  }
  metrics.claimsExtracted.inc(claims.length);
  metrics.articlesProcessed.inc({ outcome: result.duplicate ? 'duplicate' : 'applied' });
  stopTimer();
  deps.logger.info(
    { article: article.url, title: article.title, claims: claims.length, alerts: result.alerts.length, duplicate: result.duplicate, backfill },
    'article processed',
  );
  return { articleId: article.id, duplicate: result.duplicate, claims: claims.length, alerts, fullText };
}

/**
 * Jobs of one process fetch and extract in parallel but apply to the state one at a time.
 * The state's compare-and-set keeps concurrent appliers correct, but appliers in the same
 * process racing for the same positions only burn retries; across processes it still works.
 */
function applyingOneAtATime(store: ClaimApplier): ClaimApplier {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    applyArticle(article, claims, options) {
      const applied = queue.then(() => store.applyArticle(article, claims, options));
      queue = applied.catch(() => undefined);
      return applied;
    },
    explain: (articleId) => store.explain(articleId),
  };
}

/**
 * The state says "already applied". Without a processing record that was this job's own
 * earlier attempt, cut short after the apply: finish it as that attempt would have, with the
 * alerts recorded then (alert job ids are deterministic, so re-queueing them is safe).
 * With a record it is a true duplicate (or a run that died after everything but telling
 * BullMQ); its alerts are re-queued anyway, which costs nothing when they exist.
 */
async function resumeOrDuplicate(deps: ArticleWorkerDeps, articleId: string): Promise<{ duplicate: boolean; alerts: Alert[] }> {
  const alerts = (await deps.store.explain(articleId))?.alerts ?? [];
  if (!(await readProcessing(deps.ctx, articleId))) return { duplicate: false, alerts };
  await enqueueAlerts(deps.queues, groupAlerts(alerts));
  return { duplicate: true, alerts: [] };
}

/** The extractor reads a bounded body and skips dumps without spaces; say so rather than stay silent. */
function noteUnreadText(deps: ArticleWorkerDeps, article: Article): void {
  if (typeof article.body !== 'string') return;
  const unread = unreadText(article.body);
  if (unread.truncatedChars > 0 || unread.droppedChars > 0) {
    deps.logger.warn({ article: article.url, ...unread }, 'part of the article text was not read (past the size limit, or long runs without spaces)');
  }
}

/** A summary-only article gets its page fetched; when that fails, the summary is used and the reason kept. */
async function withFullText(deps: ArticleWorkerDeps, article: Article): Promise<{ article: Article; fullText: ArticleOutcome['fullText'] }> {
  if (!article.summaryOnly || !deps.fetchPageText || !/^https?:\/\//i.test(article.url)) {
    return { article, fullText: 'not-needed' };
  }
  try {
    const page = await deps.fetchPageText(article.url);
    if (page.text.length <= article.body.length) return { article, fullText: 'fetched' };
    return { article: { ...article, body: page.text, summaryOnly: false }, fullText: 'fetched' };
  } catch (error) {
    deps.logger.warn({ article: article.url, err: describeError(error) }, 'full-text fetch failed; using the feed summary');
    return { article, fullText: 'failed' };
  }
}
