import type { Command } from 'commander';
import type { Roles } from '../app.js';
import type { CommandContext, RegisterCommands } from '../command-context.js';
import { waitForShutdownSignal } from '../shutdown.js';

const ROLE_COMMANDS: Array<{ name: string; description: string; roles: Roles }> = [
  {
    name: 'start',
    description:
      'run everything in one process: poller, worker, alerts, chat bots and the web page (the built-in demo feed when no feed is configured)',
    roles: { poller: true, worker: true, bot: true, web: true },
  },
  { name: 'poller', description: 'poll the feeds and queue new articles (run one or more)', roles: { poller: true, worker: false, bot: false, web: false } },
  { name: 'worker', description: 'process queued articles: full text, claims, state, alerts (scale out freely)', roles: { poller: false, worker: true, bot: false, web: false } },
  { name: 'bot', description: 'post alerts and answer chat commands on Discord and Slack, and serve the web page', roles: { poller: false, worker: false, bot: true, web: true } },
];

async function runUntilSignal(cli: CommandContext, roles: Roles): Promise<void> {
  const signal = waitForShutdownSignal(cli.logger);
  // Loaded on use: the chat clients and the web server are heavy to import for short commands.
  const { runRoles } = await import('../app.js');
  await runRoles(cli, roles);
  cli.logger.info({ roles: Object.entries(roles).filter(([, on]) => on).map(([name]) => name) }, 'pledgewatch is running; Ctrl-C to stop');
  await signal;
}

export const register: RegisterCommands = (program: Command, getContext) => {
  for (const { name, description, roles } of ROLE_COMMANDS) {
    program
      .command(name)
      .description(description)
      .action(async () => {
        await runUntilSignal(getContext(), roles);
      });
  }
};
