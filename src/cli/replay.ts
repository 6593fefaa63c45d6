import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { QueueEvents } from 'bullmq';
import { alertText } from '../alerts/format.js';
import { ErrorCode, PledgewatchError } from '../errors/index.js';
import { readArticleFile } from '../extract/article-file.js';
import { createExtractor } from '../extract/index.js';
import { membersOf, type Alert } from '../model/alert.js';
import type { Article } from '../model/article.js';
import { startArticleWorker, type ArticleOutcome } from '../queue/article-worker.js';
import { QUEUE, enqueueArticles, jobIdFor } from '../queue/queues.js';
import { queueOptions } from '../redis/connection.js';
import type { CommandContext } from './command-context.js';
import { printJson } from './io.js';
import { buildPipeline } from './pipeline.js';
import { closeWorkerGracefully } from './shutdown.js';

/** The --json form of one alert, as documented in the README. */
export function alertJson(alert: Alert): Record<string, unknown> {
  return {
    type: alert.type,
    country: alert.country,
    commitment: alert.commitment,
    from: alert.from,
    to: alert.to,
    evidence: alert.evidence.quote,
    speaker: alert.evidence.speaker,
    confidence: alert.evidence.confidence,
    url: alert.evidence.url,
    outlet: alert.evidence.outlet,
    published: alert.evidence.published,
    contenders: alert.contenders?.map((c) => ({ stance: c.stance, evidence: c.quote, url: c.url, outlet: c.outlet, published: c.published })),
    countries: membersOf(alert).map((m) => ({ country: m.country, from: m.from })),
    status: alert.track === 'report' ? 'unconfirmed' : 'confirmed',
    confirmedFrom: alert.confirmedFrom,
    confirmedBy: alert.confirmedBy,
    sources: alert.sources?.map((s) => ({ url: s.url, outlet: s.outlet, published: s.published, speaker: s.speaker })),
    corrects: alert.corrects,
  };
}

/** Article files of a folder, in published order (the file name breaks ties). */
export async function readArticleFolder(dir: string): Promise<Article[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  } catch (error) {
    throw new PledgewatchError(ErrorCode.ArticleFile, `cannot read folder ${dir}: ${(error as Error).message}`);
  }
  if (files.length === 0) throw new PledgewatchError(ErrorCode.ArticleFile, `no article files (*.txt) in ${dir}`);
  const articles = await Promise.all(files.map((f) => readArticleFile(join(dir, f))));
  return articles
    .map((article, index) => ({ article, index }))
    .sort((a, b) => a.article.published.localeCompare(b.article.published) || a.index - b.index)
    .map(({ article }) => article);
}

/**
 * Puts each article through the real queue and worker, one at a time in published order,
 * and waits for it, so the alerts come out as the story unfolded. Articles seen before
 * (in this Redis) are not queued again, so a second replay prints nothing.
 */
export async function replay(cli: CommandContext, dir: string, options: { json: boolean; backfill: boolean }): Promise<void> {
  const articles = await readArticleFolder(dir);
  const pipeline = await buildPipeline(cli);
  const { ctx, queues } = pipeline;
  const worker = startArticleWorker({
    ctx,
    queues,
    extractor: createExtractor(cli.config, cli.logger),
    store: pipeline.store,
    logger: cli.logger,
    concurrency: 1,
  });
  cli.onClose(() => closeWorkerGracefully(worker));
  const events = new QueueEvents(QUEUE.articles, queueOptions(ctx, QUEUE.articles));
  cli.onClose(() => events.close());
  await events.waitUntilReady();
  let alerts = 0;
  for (const [index, article] of articles.entries()) {
    cli.io.stderr(`[${index + 1}/${articles.length}] ${article.published} ${article.title.slice(0, 70)}\n`);
    const queued = await enqueueArticles(ctx, queues, [article], { backfill: options.backfill });
    if (queued.length === 0) {
      cli.io.stderr('  already seen: not queued again\n');
      continue;
    }
    const job = await queues.articles.getJob(jobIdFor('article', article.id));
    const outcome = (await job!.waitUntilFinished(events, 120_000)) as ArticleOutcome;
    for (const alert of outcome.alerts) {
      alerts++;
      if (options.json) printJson(cli.io, alertJson(alert));
      else cli.io.stdout(`${alertText(alert)}\n`);
    }
  }
  cli.io.stderr(`replayed ${articles.length} articles: ${alerts} alerts\n`);
}
