import { AlertLog } from '../../src/alerts/alert-log.js';
import { silentLogger } from '../../src/log/logger.js';
import { PledgeStore } from '../../src/state/index.js';
import { startWebServer, type WebFeedRegistry, type WebServer, type WebServerDeps } from '../../src/web/index.js';
import { createTestRedis } from '../helpers/redis.js';

/**
 * A feed list kept in memory, shaped like the feed registry's answers, so the feeds
 * endpoints can be exercised on their own; ids are the URLs' positions in the list.
 */
export class MemoryFeeds implements WebFeedRegistry {
  readonly feeds: { id: string; url: string; addedBy: string; lastStatus: string; failures: number }[] = [];
  private next = 1;

  async list(): Promise<object[]> {
    return this.feeds.map((f) => ({ ...f }));
  }

  async add(url: string, options: { addedBy: string }): Promise<unknown> {
    if (!/^https?:\/\//.test(url)) throw new Error(`not an http(s) URL: ${url}`);
    const feed = { id: `f${this.next++}`, url, addedBy: options.addedBy, lastStatus: 'never polled', failures: 0 };
    this.feeds.push(feed);
    return feed;
  }

  async remove(idOrUrl: string): Promise<boolean> {
    const index = this.feeds.findIndex((f) => f.id === idOrUrl || f.url === idOrUrl);
    if (index < 0) return false;
    this.feeds.splice(index, 1);
    return true;
  }
}

export interface WebFixture {
  ctx: Awaited<ReturnType<typeof createTestRedis>>;
  store: PledgeStore;
  alertLog: AlertLog;
  server: WebServer;
  close(): Promise<void>;
}

/** A real store and alert log under a fresh Redis prefix, served on 127.0.0.1 port 0. */
export async function startWebFixture(overrides: Partial<WebServerDeps> = {}): Promise<WebFixture> {
  const ctx = await createTestRedis();
  const store = new PledgeStore(ctx);
  const alertLog = new AlertLog(ctx);
  const server = await startWebServer({
    config: { HTTP_HOST: '127.0.0.1', HTTP_PORT: 0, WEB_ADMIN_TOKEN: undefined },
    logger: silentLogger,
    ctx,
    store,
    alertLog,
    ...overrides,
  });
  return {
    ctx,
    store,
    alertLog,
    server,
    async close() {
      await server.close();
      await ctx.cleanup();
    },
  };
}
