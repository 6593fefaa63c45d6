import type { Command } from 'commander';
import { ErrorCode, PledgewatchError } from '../../errors/index.js';
import { printJson, type CommandContext, type RegisterCommands } from '../command-context.js';

async function heldAlertsOf(cli: CommandContext) {
  const { buildPipeline } = await import('../app.js');
  const { HeldAlerts } = await import('../../alerts/held-alerts.js');
  const pipeline = await buildPipeline(cli);
  return { pipeline, held: new HeldAlerts(pipeline.ctx) };
}

export const register: RegisterCommands = (program: Command, getContext) => {
  const alerts = program.command('alerts').description('alerts held for confirmation before broadcast (HOLD_DISPUTED, HOLD_CONFIDENCE_BELOW)');

  alerts
    .command('pending')
    .description('list the alerts waiting for confirmation')
    .option('--json', 'print JSON only')
    .action(async (options: { json?: boolean }) => {
      const { held } = await heldAlertsOf(getContext());
      const { alertText } = await import('../../alerts/format.js');
      const pending = await held.list();
      if (options.json) return printJson(pending);
      if (pending.length === 0) return void process.stdout.write('no alerts are waiting for confirmation\n');
      for (const item of pending) process.stdout.write(`${item.alert.id}  held ${item.heldAt} (${item.reason})\n${alertText(item.alert)}\n\n`);
    });

  alerts
    .command('confirm')
    .description('release a held alert to the subscribed channels')
    .argument('<id>', 'alert id, from `alerts pending`')
    .action(async (id: string) => {
      const { pipeline, held } = await heldAlertsOf(getContext());
      const { fanOut } = await import('../../alerts/held-alerts.js');
      const released = await held.release(id, (alert) => fanOut(pipeline.ctx, pipeline.subscriptions, alert));
      if (!released) throw new PledgewatchError(ErrorCode.NotFound, `no held alert with id ${id} (see \`pledgewatch alerts pending\`)`);
      const channels = released.result;
      process.stdout.write(`released to ${channels} subscribed channel${channels === 1 ? '' : 's'}\n`);
    });

  alerts
    .command('discard')
    .description('drop a held alert without posting it')
    .argument('<id>', 'alert id, from `alerts pending`')
    .action(async (id: string) => {
      const { held } = await heldAlertsOf(getContext());
      if (!(await held.take(id))) throw new PledgewatchError(ErrorCode.NotFound, `no held alert with id ${id} (see \`pledgewatch alerts pending\`)`);
      process.stdout.write('discarded\n');
    });
};
