import type { Command } from 'commander';
import { printJson, type RegisterCommands } from '../command-context.js';

export const register: RegisterCommands = (program: Command, getContext) => {
  program
    .command('explain')
    .description('why an article did or did not alert: was it queued, fetched, which claims, which rule kept each one quiet')
    .argument('<url>', 'article URL (or article id)')
    .option('--json', 'print JSON only')
    .action(async (url: string, options: { json?: boolean }) => {
      const { buildPipeline } = await import('../app.js');
      const { explainArticle, formatExplanation } = await import('../explain.js');
      const pipeline = await buildPipeline(getContext());
      const explanation = await explainArticle(pipeline.ctx, pipeline.store, url);
      if (options.json) printJson(explanation);
      else process.stdout.write(`${formatExplanation(explanation)}\n`);
    });
};
