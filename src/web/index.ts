import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeError } from '../errors/index.js';
import { addFeedRoute, alertsRoute, historyRoute, listFeedsRoute, positionsRoute, removeFeedRoute } from './api-routes.js';
import { allowedHosts, checkHost } from './allowed-hosts.js';
import { APP_CSS, APP_JS } from './assets.js';
import { HttpError, parseRequestUrl, send, sendHtml, sendJson } from './http-util.js';
import { LiveAlerts } from './live-alerts.js';
import { healthRoute, metricsRoute } from './ops-routes.js';
import { boardRoute, countryRoute, feedsPageRoute } from './page-routes.js';
import { errorPage } from './pages/feeds-page.js';
import { countryParam } from './query.js';
import type { WebServer, WebServerDeps } from './types.js';

export type { HistoryEntry, RouteHandler, WebFeedRegistry, WebPledgeStore, WebQueue, WebServer, WebServerDeps } from './types.js';
export { csvField, toCsv } from './csv.js';
export { escapeHtml } from './html.js';

const READ_METHODS = new Set(['GET', 'HEAD']);

function methodNotAllowed(allowed: string): HttpError {
  return new HttpError(405, `method not allowed here (allowed: ${allowed})`, { Allow: allowed });
}

/** GET routes: pages, exports and ops. Returns false when no route matches. */
async function routeRead(deps: WebServerDeps, live: LiveAlerts, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const path = url.pathname;
  if (path === '/' || path === '/index.html') await boardRoute(deps, url, res);
  else if (path.startsWith('/country/')) await countryRoute(deps, path.slice('/country/'.length), res);
  else if (path === '/feeds') await feedsPageRoute(deps, res);
  else if (path === '/api/positions' || path === '/api/positions.csv' || path === '/api/positions.json') await positionsRoute(deps, url, res);
  else if (path === '/api/history' || path === '/api/history.csv' || path === '/api/history.json') await historyRoute(deps, url, res);
  else if (path === '/api/alerts' || path === '/api/alerts.csv' || path === '/api/alerts.json') await alertsRoute(deps, url, res);
  else if (path === '/api/alerts/stream') {
    if (!live.open(req, res, countryParam(url))) throw new HttpError(503, 'too many live connections, try again later');
  } else if (path === '/api/feeds') await listFeedsRoute(deps, res);
  else if (path === '/healthz') await healthRoute(deps.ctx, res);
  else if (path === '/metrics') await metricsRoute(deps.queues ?? [], deps.logger, res);
  else if (path === '/assets/app.css') send(res, 200, 'text/css; charset=utf-8', APP_CSS, { 'Cache-Control': 'no-cache' });
  else if (path === '/assets/app.js') send(res, 200, 'text/javascript; charset=utf-8', APP_JS, { 'Cache-Control': 'no-cache' });
  else if (path === '/favicon.ico') send(res, 204, 'text/plain', '');
  else return false;
  return true;
}

async function route(deps: WebServerDeps, live: LiveAlerts, hosts: Set<string>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = parseRequestUrl(req);
  const method = req.method ?? 'GET';
  const path = url.pathname;
  const mounted = deps.routes?.[path];
  if (mounted) {
    // Mounted routes (Discord interactions) check the platform's signature and are reached under a public name.
    if (method !== 'POST') throw methodNotAllowed('POST');
    return mounted(req, res);
  }
  checkHost(req, hosts);
  if (path === '/api/feeds' || path.startsWith('/api/feeds/')) {
    if (method === 'POST' && path === '/api/feeds') return addFeedRoute(deps, req, res);
    if (method === 'DELETE') return removeFeedRoute(deps, req, url, res);
  }
  if (!READ_METHODS.has(method)) {
    throw path.startsWith('/api/feeds') ? methodNotAllowed('GET, POST, DELETE') : methodNotAllowed('GET, HEAD');
  }
  if (!(await routeRead(deps, live, req, res, url))) throw new HttpError(404, `nothing at ${path.slice(0, 200)}`);
}

function wantsHtml(req: IncomingMessage): boolean {
  const path = req.url ?? '';
  return !path.startsWith('/api/') && /text\/html/.test(req.headers.accept ?? '');
}

/** Client errors get their status and reason; anything else is logged and answered 500 without details. */
function answerError(deps: WebServerDeps, req: IncomingMessage, res: ServerResponse, error: unknown): void {
  const known = error instanceof HttpError;
  if (!known) deps.logger.error({ err: describeError(error), url: req.url?.slice(0, 300) }, 'web request failed');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const status = known ? error.status : 500;
  const message = known ? error.message : 'internal error (see the server log)';
  if (wantsHtml(req)) return sendHtml(res, status, errorPage(status, message));
  sendJson(res, status, { error: message }, known ? error.headers : {});
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function urlFor(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * Starts the local web page and the ops endpoints on HTTP_HOST:HTTP_PORT (127.0.0.1:8080 by default).
 * The page only reads; feed changes need WEB_ADMIN_TOKEN as a bearer token. Requests for host
 * names outside HTTP_ALLOWED_HOSTS get a 421 (see allowed-hosts.ts).
 */
export async function startWebServer(deps: WebServerDeps): Promise<WebServer> {
  const live = new LiveAlerts(deps.alertLog, deps.logger);
  await live.start();
  const hosts = allowedHosts(deps.config);
  const server = createServer((req, res) => {
    route(deps, live, hosts, req, res).catch((error: unknown) => answerError(deps, req, res, error));
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  let address: AddressInfo;
  try {
    address = await listen(server, deps.config.HTTP_HOST, deps.config.HTTP_PORT);
  } catch (error) {
    await live.close();
    throw error;
  }
  const url = urlFor(address);
  deps.logger.info({ url }, 'web page listening');
  return {
    url,
    port: address.port,
    async close() {
      await live.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
