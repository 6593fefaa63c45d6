import type { Roles } from '../app.js';
import type { CommandContext } from '../command-context.js';
import { waitForShutdownSignal } from '../shutdown.js';

/** `start`, `poller`, `worker`, `bot`: run the chosen stages until SIGINT or SIGTERM. */
export async function runUntilSignal(cli: CommandContext, roles: Roles): Promise<void> {
  const signal = waitForShutdownSignal(cli.logger);
  const { runRoles } = await import('../app.js');
  await runRoles(cli, roles);
  cli.logger.info(
    {
      roles: Object.entries(roles)
        .filter(([, on]) => on)
        .map(([name]) => name),
    },
    'pledgewatch is running; Ctrl-C to stop',
  );
  await signal;
}
