import { AlertLog } from '../../src/alerts/alert-log.js';
import { FeedRegistry } from '../../src/feeds/registry.js';
import { silentLogger } from '../../src/log/logger.js';
import { PledgeStore } from '../../src/state/index.js';
import { startWebServer, type WebServer, type WebServerDeps } from '../../src/web/index.js';
import { createTestRedis } from '../helpers/redis.js';

export interface WebFixture {
  ctx: Awaited<ReturnType<typeof createTestRedis>>;
  store: PledgeStore;
  alertLog: AlertLog;
  feeds: FeedRegistry;
  server: WebServer;
  close(): Promise<void>;
}

/** A real store, alert log and feed registry under a fresh Redis prefix, served on 127.0.0.1 port 0. */
export async function startWebFixture(overrides: Partial<WebServerDeps> = {}): Promise<WebFixture> {
  const ctx = await createTestRedis();
  const store = new PledgeStore(ctx);
  const alertLog = new AlertLog(ctx);
  const feeds = new FeedRegistry(ctx);
  const server = await startWebServer({
    config: { HTTP_HOST: '127.0.0.1', HTTP_PORT: 0, WEB_ADMIN_TOKEN: undefined },
    logger: silentLogger,
    ctx,
    store,
    alertLog,
    feeds,
    ...overrides,
  });
  return {
    ctx,
    store,
    alertLog,
    feeds,
    server,
    async close() {
      await server.close();
      await ctx.cleanup();
    },
  };
}
