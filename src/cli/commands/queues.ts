import type { Command } from 'commander';
import { ErrorCode, PledgewatchError, quoteInput } from '../../errors/index.js';
import { printJson, type CommandContext, type RegisterCommands } from '../command-context.js';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** Every queue of the pipeline, including the per-platform delivery queues. */
async function allQueues(cli: CommandContext) {
  const { buildPipeline } = await import('../app.js');
  const { deliveryQueue } = await import('../../alerts/delivery-worker.js');
  const { ctx, queues } = await buildPipeline(cli);
  return [queues.polls, queues.articles, queues.alerts, deliveryQueue(ctx, 'discord'), deliveryQueue(ctx, 'slack')];
}

export const register: RegisterCommands = (program: Command, getContext) => {
  const queues = program.command('queues').description('what is waiting, running and failed in each queue; retry what failed');

  queues
    .command('status', { isDefault: true })
    .description('job counts per queue')
    .option('--json', 'print JSON only')
    .action(async (options: { json?: boolean }) => {
      const rows: Array<{ queue: string } & Record<string, number | string>> = await Promise.all(
        (await allQueues(getContext())).map(async (queue) => ({ queue: queue.name, ...(await queue.getJobCounts(...STATES)) })),
      );
      if (options.json) return printJson(rows);
      process.stdout.write(`${['queue'.padEnd(16), ...STATES.map((s) => s.padStart(10))].join('')}\n`);
      for (const row of rows) {
        process.stdout.write(`${[row.queue.padEnd(16), ...STATES.map((state) => String(row[state] ?? 0).padStart(10))].join('')}\n`);
      }
    });

  queues
    .command('retry')
    .description('put every failed job back in line (articles that exhausted their retries, deliveries to a platform that was down for a day)')
    .argument('[queue]', 'only this queue (articles, alerts, deliver-discord, deliver-slack)')
    .action(async (only: string | undefined) => {
      const targets = (await allQueues(getContext())).filter((q) => !only || q.name === only);
      if (targets.length === 0) throw new PledgewatchError(ErrorCode.CommandInput, `no queue named "${quoteInput(only ?? '')}" (try: polls, articles, alerts, deliver-discord, deliver-slack)`);
      let retried = 0;
      for (const queue of targets) {
        const failed = await queue.getFailed();
        for (const job of failed) await job.retry('failed');
        retried += failed.length;
        if (failed.length > 0) process.stderr.write(`${queue.name}: ${failed.length} failed job(s) back in line\n`);
      }
      process.stdout.write(`retried ${retried} job${retried === 1 ? '' : 's'}\n`);
    });
};
