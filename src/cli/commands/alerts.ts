import { alertText } from '../../alerts/format.js';
import { fanOut, HeldAlerts } from '../../alerts/held-alerts.js';
import { SubscriptionStore } from '../../alerts/subscriptions.js';
import { ErrorCode, PledgewatchError } from '../../errors/index.js';
import type { CommandContext } from '../command-context.js';
import { printJson } from '../io.js';

/** Alerts held for confirmation before broadcast (HOLD_DISPUTED, HOLD_CONFIDENCE_BELOW). */
async function heldAlertsOf(cli: CommandContext): Promise<HeldAlerts> {
  return new HeldAlerts(await cli.redis());
}

function notHeld(id: string): PledgewatchError {
  return new PledgewatchError(ErrorCode.NotFound, `no held alert with id ${id} (see \`pledgewatch alerts pending\`)`);
}

export async function pending(cli: CommandContext, options: { json?: boolean }): Promise<void> {
  const list = await (await heldAlertsOf(cli)).list();
  if (options.json) return printJson(cli.io, list);
  if (list.length === 0) return cli.io.stdout('no alerts are waiting for confirmation\n');
  for (const item of list) cli.io.stdout(`${item.alert.id}  held ${item.heldAt} (${item.reason})\n${alertText(item.alert)}\n\n`);
}

export async function confirm(cli: CommandContext, id: string): Promise<void> {
  const held = await heldAlertsOf(cli);
  const { closeDeliveryQueues } = await import('../../alerts/delivery-worker.js');
  const ctx = await cli.redis();
  cli.onClose(() => closeDeliveryQueues(ctx));
  // Fanned out before it is forgotten: a confirm cut short leaves it held, and a second one completes it.
  const released = await held.release(id, (alert) => fanOut(ctx, new SubscriptionStore(ctx), alert));
  if (!released) throw notHeld(id);
  const channels = released.result;
  cli.io.stdout(`released to ${channels} subscribed channel${channels === 1 ? '' : 's'}\n`);
}

export async function discard(cli: CommandContext, id: string): Promise<void> {
  if (!(await (await heldAlertsOf(cli)).take(id))) throw notHeld(id);
  cli.io.stdout('discarded\n');
}
