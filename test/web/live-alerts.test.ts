import { createServer, request, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertLog } from '../../src/alerts/alert-log.js';
import { silentLogger } from '../../src/log/logger.js';
import { LiveAlerts } from '../../src/web/live-alerts.js';
import { createTestRedis } from '../helpers/redis.js';

let ctx: Awaited<ReturnType<typeof createTestRedis>>;
let live: LiveAlerts;
let server: Server;
let port: number;

beforeAll(async () => {
  ctx = await createTestRedis();
  live = new LiveAlerts(new AlertLog(ctx), silentLogger);
  await live.start();
  server = createServer((req, res) => live.open(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await live.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await ctx.cleanup();
});

describe('LiveAlerts', () => {
  it('forgets a browser that went away, so streams do not pile up', async () => {
    const opened = new Promise<() => void>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/' }, (res) => res.once('data', () => resolve(() => req.destroy())));
      req.end();
    });
    const hangUp = await opened;
    expect(live.size).toBe(1);
    hangUp();
    await expect.poll(() => live.size, { timeout: 20_000, interval: 20 }).toBe(0);
  });
});
