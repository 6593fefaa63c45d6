import { Command, CommanderError } from 'commander';
import { describeError } from '../errors/index.js';
import { createCommandContext, type CommandContext, type RegisterCommands } from './command-context.js';

/** The subcommand modules, one per area; each adds its commands to the program. */
const COMMAND_MODULES: Array<() => Promise<{ register: RegisterCommands }>> = [
  () => import('./commands/run.js'),
  () => import('./commands/replay.js'),
  () => import('./commands/explain.js'),
  () => import('./commands/alerts.js'),
  () => import('./commands/queues.js'),
  () => import('./commands/feeds.js'),
  () => import('./commands/status.js'),
  () => import('./commands/extract.js'),
  () => import('./commands/realnews.js'),
];

export async function main(argv: string[]): Promise<void> {
  let context: CommandContext | undefined;
  const getContext = (): CommandContext => (context ??= createCommandContext());
  const program = new Command('pledgewatch')
    .description('Tracks what each country says it will contribute, and alerts channels when a position changes.')
    .showHelpAfterError()
    .exitOverride();
  for (const load of COMMAND_MODULES) (await load()).register(program, getContext);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`pledgewatch: ${describeError(error)}\n`);
      process.exitCode = 1;
    }
  } finally {
    await context?.close();
  }
}
