import type { IncomingMessage, ServerResponse } from 'node:http';
import { notifyAdmins, type AdminNoticeOptions } from '../alerts/admin-notices.js';
import { HeldAlerts } from '../alerts/held-alerts.js';
import type { ChatSender } from '../alerts/delivery.js';
import { deliveryQueue, deliveryQueueName, startDeliveryWorker } from '../alerts/delivery-worker.js';
import { startAlertDispatcher, type LocalSink } from '../alerts/dispatcher.js';
import { createChatCore } from '../chat/core/index.js';
import { startDiscordBot } from '../chat/discord/index.js';
import { startSlackApp } from '../chat/slack/index.js';
import { startDemoServer } from '../demo/demo-server.js';
import { createExtractor } from '../extract/index.js';
import { feedsWithSchedules, fetchArticleText, startPoller } from '../feeds/index.js';
import { createSafeFetcher, safeFetchOptionsFromConfig, type SafeFetcher } from '../fetch/index.js';
import { startArticleWorker } from '../queue/article-worker.js';
import { deleteKeysMatching, key, queuePrefix, slotTag, type RedisContext } from '../redis/connection.js';
import { startWebServer } from '../web/index.js';
import type { CommandContext } from './command-context.js';
import { consoleSink } from './console-sink.js';
import { buildPipeline, type Pipeline } from './pipeline.js';
import { closeWorkerGracefully } from './shutdown.js';

/** Which stages this process runs. `start` runs them all; `poller`, `worker`, `bot` one each. */
export interface Roles {
  poller: boolean;
  worker: boolean;
  bot: boolean;
  web: boolean;
}

function adminNoticeOptions(config: CommandContext['config'], logger: CommandContext['logger']): AdminNoticeOptions {
  return { channels: config.ADMIN_CHANNELS, perHour: config.ADMIN_NOTICES_PER_HOUR, logger };
}

type Routes = Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
type FeedAdmin = ReturnType<typeof feedsWithSchedules>;

/**
 * Starts the chosen stages. Shutdown runs in reverse order of start: stop taking new
 * feed items first, finish the articles in hand, then deliver what was produced.
 */
export async function runRoles(cli: CommandContext, roles: Roles, options: { localSinks?: LocalSink[] } = {}): Promise<Pipeline> {
  const pipeline = await buildPipeline(cli);
  const fetcher = createSafeFetcher(await demoAwareFetchOptions(cli, pipeline, roles));
  cli.onClose(() => fetcher.close());
  const routes: Routes = {};
  // People add feeds under the fetcher's own address rules, without the demo feed's exception.
  const addressPolicy = { allowPrivate: cli.config.ALLOW_PRIVATE_FEEDS, allowlist: cli.config.FEED_ALLOWLIST };
  const feedAdmin = feedsWithSchedules(pipeline.feeds, pipeline.queues, cli.config.POLL_INTERVAL_SECONDS, addressPolicy);
  if (roles.bot) await startBot(cli, pipeline, feedAdmin, routes, options.localSinks ?? [consoleSink(cli.io)]);
  if (roles.worker) startWorker(cli, pipeline, fetcher);
  if (roles.poller) await startFeedPoller(cli, pipeline, fetcher);
  if (roles.web) await startWeb(cli, pipeline, feedAdmin, routes);
  return pipeline;
}

/** The alert dispatcher, the chat apps that have tokens, and one delivery worker per chat app. */
async function startBot(cli: CommandContext, pipeline: Pipeline, feedAdmin: FeedAdmin, routes: Routes, localSinks: LocalSink[]): Promise<void> {
  const { config, logger } = cli;
  const { ctx } = pipeline;
  const dispatcher = startAlertDispatcher({
    ctx,
    alertLog: pipeline.alertLog,
    subscriptions: pipeline.subscriptions,
    logger,
    localSinks,
    hold: {
      policy: { disputed: config.HOLD_DISPUTED, confidenceBelow: config.HOLD_CONFIDENCE_BELOW },
      held: new HeldAlerts(ctx),
      notifyAdmins: (text, noticeId) => notifyAdmins(ctx, text, noticeId, adminNoticeOptions(config, logger)),
    },
  });
  cli.onClose(() => closeWorkerGracefully(dispatcher));
  const core = createChatCore({ state: pipeline.store, subscriptions: pipeline.subscriptions, feeds: feedAdmin, logger });
  const senders: ChatSender[] = [];
  const discord = await startDiscordBot({ config, logger, ctx, core });
  if (discord) {
    senders.push(discord.sender);
    if (discord.interactionsHandler) routes['/discord/interactions'] = discord.interactionsHandler;
    cli.onClose(() => discord.close());
  }
  const slack = await startSlackApp({ config, logger, ctx, core });
  if (slack) {
    senders.push(slack.sender);
    cli.onClose(() => slack.close());
  }
  for (const sender of senders) {
    const delivery = startDeliveryWorker({ ctx, sender, subscriptions: pipeline.subscriptions, logger, budgetPerHour: config.ALERT_BUDGET_PER_HOUR });
    cli.onClose(() => closeWorkerGracefully(delivery));
  }
  if (senders.length === 0) logger.info('no chat tokens configured: alerts go to the console and the web page only');
}

function startWorker(cli: CommandContext, pipeline: Pipeline, fetcher: SafeFetcher): void {
  const worker = startArticleWorker({
    ctx: pipeline.ctx,
    queues: pipeline.queues,
    extractor: createExtractor(cli.config, cli.logger),
    store: pipeline.store,
    fetchPageText: (url) => fetchArticleText(fetcher, url),
    logger: cli.logger,
    concurrency: cli.config.WORKER_CONCURRENCY,
  });
  cli.onClose(() => closeWorkerGracefully(worker));
}

async function startFeedPoller(cli: CommandContext, pipeline: Pipeline, fetcher: SafeFetcher): Promise<void> {
  const { config, logger } = cli;
  const { ctx } = pipeline;
  const poller = await startPoller({
    ctx,
    queues: pipeline.queues,
    fetcher,
    registry: pipeline.feeds,
    logger,
    defaultIntervalSeconds: config.POLL_INTERVAL_SECONDS,
    onFeedFailing: (feed, error) => {
      const text = `Feed failing: ${feed.url} (${feed.consecutiveFailures} failures in a row; last error: ${error.message}). It is now polled rarely; \`pledgewatch feeds check ${feed.url}\` explains why.`;
      notifyAdmins(ctx, text, `feed-failing-${feed.id}-${feed.lastErrorAt ?? ''}`, adminNoticeOptions(config, logger)).catch((noticeError: Error) =>
        logger.error({ err: noticeError.message }, 'could not queue the admin notice'),
      );
    },
  });
  cli.onClose(() => poller.close());
}

/** The web page, /api, /healthz, /metrics and any chat endpoint that needs the HTTP port. */
async function startWeb(cli: CommandContext, pipeline: Pipeline, feedAdmin: FeedAdmin, routes: Routes): Promise<void> {
  const { ctx, queues } = pipeline;
  const web = await startWebServer({
    config: cli.config,
    logger: cli.logger,
    ctx,
    store: pipeline.store,
    feeds: feedAdmin,
    alertLog: pipeline.alertLog,
    queues: [queues.polls, queues.articles, queues.alerts, deliveryQueue(ctx, 'discord'), deliveryQueue(ctx, 'slack')],
    routes,
  });
  cli.logger.info({ url: web.url }, 'web page and /metrics are up');
  cli.onClose(() => web.close());
}

/**
 * Adds the configured feeds, and the built-in demo feed when none is configured, before
 * the fetcher is made: the demo feed lives on 127.0.0.1, which only it may reach.
 */
async function demoAwareFetchOptions(cli: CommandContext, pipeline: Pipeline, roles: Roles) {
  const { config, logger } = cli;
  const options = safeFetchOptionsFromConfig(config);
  if (!roles.poller) return options;
  for (const url of config.FEEDS) await pipeline.feeds.add(url, { addedBy: 'config' });
  const demo = await shouldRunDemo(cli, pipeline);
  if (!demo) return options;
  const server = await startDemoServerOnOwnAddress();
  cli.onClose(() => server.close());
  await pipeline.feeds.add(server.feedUrl, { intervalSeconds: 1, minIntervalSeconds: 1, addedBy: 'demo' });
  logger.info(
    { feed: server.feedUrl, articles: server.total },
    'no feed configured: replaying the built-in demo story (one article every 3 s). Add feeds with FEEDS=... or `pledgewatch feeds add <url>`.',
  );
  return { ...options, allowlist: [...options.allowlist, new URL(server.url).hostname] };
}

/**
 * The fetcher must be allowed to reach the demo feed, and nothing else on this machine.
 * On Linux every 127.x.y.z is loopback, so the demo gets an address of its own and only
 * that address is allowlisted; elsewhere it falls back to 127.0.0.1.
 */
async function startDemoServerOnOwnAddress() {
  try {
    return await startDemoServer({ host: '127.77.0.1' });
  } catch {
    return startDemoServer({ host: '127.0.0.1' });
  }
}

async function shouldRunDemo(cli: CommandContext, pipeline: Pipeline): Promise<boolean> {
  const feeds = await pipeline.feeds.list();
  // Demo feeds from earlier runs pointed at a port that is gone.
  for (const feed of feeds.filter((f) => f.addedBy === 'demo')) await pipeline.feeds.remove(feed.id);
  if (cli.config.DEMO_FEED === 'off') return false;
  const demo = cli.config.DEMO_FEED === 'on' || !feeds.some((f) => f.addedBy !== 'demo');
  if (demo) {
    const removed = await clearEarlierDemo(pipeline.ctx);
    if (removed > 0) cli.logger.info({ keys: removed, prefix: pipeline.ctx.prefix }, 'demo mode: cleared the previous run so the story replays from the start');
  }
  return demo;
}

/**
 * Demo mode replays the story on every start, so the state an earlier run left is
 * cleared first. Subscriptions, the feed list and queued chat deliveries are kept.
 */
async function clearEarlierDemo(ctx: RedisContext): Promise<number> {
  const keep = [key(ctx, 'subscriptions'), key(ctx, slotTag('feeds')), ...(['discord', 'slack'] as const).map((p) => queuePrefix(ctx, deliveryQueueName(p)))];
  return deleteKeysMatching(ctx, `${ctx.prefix}:*`, (k) => keep.some((prefix) => k.startsWith(prefix)));
}
