import { deliveryQueue } from '../../alerts/delivery-worker.js';
import { ErrorCode, PledgewatchError, quoteInput } from '../../errors/index.js';
import type { CommandContext } from '../command-context.js';
import { printJson } from '../io.js';
import { buildPipeline } from '../pipeline.js';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** Every queue of the pipeline, including the per-platform delivery queues. */
async function allQueues(cli: CommandContext) {
  const { ctx, queues } = await buildPipeline(cli);
  return [queues.polls, queues.articles, queues.alerts, deliveryQueue(ctx, 'discord'), deliveryQueue(ctx, 'slack')];
}

/** `queues status`: job counts per queue. */
export async function queueStatus(cli: CommandContext, options: { json?: boolean }): Promise<void> {
  const rows: Array<{ queue: string } & Record<string, number | string>> = await Promise.all(
    (await allQueues(cli)).map(async (queue) => ({ queue: queue.name, ...(await queue.getJobCounts(...STATES)) })),
  );
  if (options.json) return printJson(cli.io, rows);
  cli.io.stdout(`${['queue'.padEnd(16), ...STATES.map((s) => s.padStart(10))].join('')}\n`);
  for (const row of rows) {
    cli.io.stdout(`${[row.queue.padEnd(16), ...STATES.map((state) => String(row[state] ?? 0).padStart(10))].join('')}\n`);
  }
}

/** `queues retry [queue]`: every failed job back in line. */
export async function retryFailed(cli: CommandContext, only: string | undefined): Promise<void> {
  const targets = (await allQueues(cli)).filter((q) => !only || q.name === only);
  if (targets.length === 0)
    throw new PledgewatchError(
      ErrorCode.CommandInput,
      `no queue named "${quoteInput(only ?? '')}" (try: polls, articles, alerts, deliver-discord, deliver-slack)`,
    );
  let retried = 0;
  for (const queue of targets) {
    const failed = await queue.getFailed();
    for (const job of failed) await job.retry('failed');
    retried += failed.length;
    if (failed.length > 0) cli.io.stderr(`${queue.name}: ${failed.length} failed job(s) back in line\n`);
  }
  cli.io.stdout(`retried ${retried} job${retried === 1 ? '' : 's'}\n`);
}
