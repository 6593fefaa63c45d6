import { CommanderError } from 'commander';
import { describeError, hideUrlPasswords } from '../errors/index.js';
import type { CommandContext } from './command-context.js';
import { processIo, type CliIo } from './io.js';
import { buildProgram } from './program.js';

export interface MainOptions {
  /** Where output goes and how the exit status is reported; the process's own by default. */
  io?: CliIo;
  /** The environment the config is read from; the process's own by default. */
  env?: Record<string, string | undefined>;
}

/**
 * Runs one command line (argv as in process.argv) and returns its exit status, also
 * handed to io.exit. Config, the logger and Redis are loaded only by a command that runs.
 */
export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const io = options.io ?? processIo;
  const env = options.env ?? process.env;
  let context: Promise<CommandContext> | undefined;
  const getContext = (): Promise<CommandContext> =>
    (context ??= import('./command-context.js').then(({ createCommandContext }) => createCommandContext(env, io)));
  let code = 0;
  try {
    await buildProgram(io, getContext).parseAsync(argv);
  } catch (error) {
    // Commander has already printed its own usage errors.
    code = error instanceof CommanderError ? error.exitCode : 1;
    if (!(error instanceof CommanderError)) io.stderr(`pledgewatch: ${hideUrlPasswords(describeError(error))}\n`);
  } finally {
    const opened = await context?.catch(() => undefined);
    await opened?.close();
  }
  io.exit(code);
  return code;
}
