import type { Command } from 'commander';
import { ErrorCode, PledgewatchError, quoteInput } from '../../errors/index.js';
import { formatHistoryAnswer, formatStatusAnswer, lookupHistory, lookupStatus, PledgeStore } from '../../state/index.js';
import { printJson, type CommandContext, type RegisterCommands } from '../command-context.js';

/** `status [country]` and `history <country> [commitment]`: the same answers as /status and /history. */
export const register: RegisterCommands = (program: Command, getContext) => {
  program
    .command('status')
    .description('current positions: every country, or one (name, code, demonym or leader), with latest evidence')
    .argument('[country]', 'e.g. Italy, IT, Italian, Meloni')
    .option('--json', 'print JSON only')
    .action(async (country: string | undefined, options: { json?: boolean }) => {
      const answer = await lookupStatus(await storeFor(getContext()), country);
      if (options.json) printJson(answer);
      else process.stdout.write(`${formatStatusAnswer(answer)}\n`);
    });

  program
    .command('history')
    .description("a country's timeline, newest first: every claim and every change, with sources")
    .argument('<country>', 'e.g. Germany, DE, German, Merz')
    .argument('[commitment]', 'only this commitment, e.g. ground_troops')
    .option('--limit <n>', 'at most this many entries', '50')
    .option('--json', 'print JSON only')
    .action(async (country: string, commitment: string | undefined, options: { json?: boolean; limit: string }) => {
      const limit = parseLimit(options.limit);
      const answer = await lookupHistory(await storeFor(getContext()), country, commitment, limit);
      if (options.json) printJson(answer);
      else process.stdout.write(`${formatHistoryAnswer(answer)}\n`);
    });
};

async function storeFor(context: CommandContext): Promise<PledgeStore> {
  return new PledgeStore(await context.redis(), { logger: context.logger });
}

function parseLimit(text: string): number {
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new PledgewatchError(ErrorCode.CommandInput, `--limit must be a whole number from 1 to 10000, not "${quoteInput(text)}"`);
  }
  return limit;
}
