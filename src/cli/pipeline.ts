import { AlertLog } from '../alerts/alert-log.js';
import { closeDeliveryQueues } from '../alerts/delivery-worker.js';
import { SubscriptionStore } from '../alerts/subscriptions.js';
import { FeedRegistry } from '../feeds/registry.js';
import { createQueues, type Queues } from '../queue/queues.js';
import type { RedisContext } from '../redis/connection.js';
import { PledgeStore } from '../state/index.js';
import type { CommandContext } from './command-context.js';

/**
 * The pipeline's shared pieces, built once per process on one Redis context.
 * Kept apart from the running stages (app.ts) so that commands that only read
 * never load the chat clients, the extractor or the fetcher.
 */
export interface Pipeline {
  ctx: RedisContext;
  queues: Queues;
  store: PledgeStore;
  feeds: FeedRegistry;
  subscriptions: SubscriptionStore;
  alertLog: AlertLog;
}

export async function buildPipeline(cli: CommandContext): Promise<Pipeline> {
  const ctx = await cli.redis();
  const queues = createQueues(ctx);
  cli.onClose(async () => {
    await queues.close();
    await closeDeliveryQueues(ctx);
  });
  return {
    ctx,
    queues,
    store: new PledgeStore(ctx),
    feeds: new FeedRegistry(ctx),
    subscriptions: new SubscriptionStore(ctx),
    alertLog: new AlertLog(ctx),
  };
}
