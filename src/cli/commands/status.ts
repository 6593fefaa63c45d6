import { formatHistoryAnswer, formatStatusAnswer, lookupHistory, lookupStatus, PledgeStore } from '../../state/index.js';
import type { CommandContext } from '../command-context.js';
import { printJson } from '../io.js';

/** `status [country]`: the same answer as /status. */
export async function status(cli: CommandContext, country: string | undefined, options: { json?: boolean }): Promise<void> {
  const answer = await lookupStatus(await storeFor(cli), country);
  if (options.json) printJson(cli.io, answer);
  else cli.io.stdout(`${formatStatusAnswer(answer)}\n`);
}

/** `history <country> [commitment]`: the same answer as /history. */
export async function history(cli: CommandContext, country: string, commitment: string | undefined, options: { json?: boolean; limit: number }): Promise<void> {
  const answer = await lookupHistory(await storeFor(cli), country, commitment, options.limit);
  if (options.json) printJson(cli.io, answer);
  else cli.io.stdout(`${formatHistoryAnswer(answer)}\n`);
}

async function storeFor(cli: CommandContext): Promise<PledgeStore> {
  return new PledgeStore(await cli.redis(), { logger: cli.logger });
}
