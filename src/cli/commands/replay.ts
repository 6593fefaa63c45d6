import type { Command } from 'commander';
import type { RegisterCommands } from '../command-context.js';

export const register: RegisterCommands = (program: Command, getContext) => {
  program
    .command('replay')
    .description('put a folder of article files through the real queue and worker in published order and print each alert')
    .argument('<dir>', 'folder of article files (eval/SCHEMA.md format)')
    .option('--json', 'one JSON object per alert on standard output')
    .option('--backfill', 'record positions without alerting')
    .action(async (dir: string, options: { json?: boolean; backfill?: boolean }) => {
      const { replay } = await import('../replay.js');
      await replay(getContext(), dir, { json: Boolean(options.json), backfill: Boolean(options.backfill) });
    });
};
