import { PledgeStore } from '../../state/index.js';
import type { CommandContext } from '../command-context.js';
import { explainArticle, formatExplanation } from '../explain.js';
import { printJson } from '../io.js';

/** `explain <url>`: why an article did or did not alert. Reads the queue's records and the state only. */
export async function explain(cli: CommandContext, url: string, options: { json?: boolean }): Promise<void> {
  const ctx = await cli.redis();
  const explanation = await explainArticle(ctx, new PledgeStore(ctx, { logger: cli.logger }), url);
  if (options.json) printJson(cli.io, explanation);
  else cli.io.stdout(`${formatExplanation(explanation)}\n`);
}
