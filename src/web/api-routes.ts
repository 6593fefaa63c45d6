import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ALERT_LOG_LENGTH } from '../alerts/alert-log.js';
import { describeError, isPledgewatchError } from '../errors/index.js';
import { filteredPositions, loadHistory } from './board-data.js';
import { alertsCsv, historyCsv, positionsCsv, withCountryName } from './export-formats.js';
import { HttpError, readBody, send, sendJson, wantsCsv } from './http-util.js';
import { commitmentParam, countryParam, limitParam } from './query.js';
import type { WebServerDeps } from './types.js';

const CSV_TYPE = 'text/csv; charset=utf-8';
const MAX_HISTORY = 5000;

function sendCsv(res: ServerResponse, name: string, csv: string): void {
  send(res, 200, CSV_TYPE, csv, { 'Content-Disposition': `attachment; filename="${name}.csv"` });
}

export async function positionsRoute(deps: WebServerDeps, url: URL, res: ServerResponse): Promise<void> {
  const country = countryParam(url);
  const commitment = commitmentParam(url);
  const positions = await filteredPositions(deps.store, { country, commitment });
  if (wantsCsv(url)) return sendCsv(res, 'positions', positionsCsv(positions));
  sendJson(res, 200, { count: positions.length, positions: withCountryName(positions) });
}

export async function historyRoute(deps: WebServerDeps, url: URL, res: ServerResponse): Promise<void> {
  const country = countryParam(url);
  const commitment = commitmentParam(url);
  const limit = limitParam(url, 1000, MAX_HISTORY);
  const entries = await loadHistory(deps.store, { country, commitment, limit });
  if (wantsCsv(url)) return sendCsv(res, country ? `history-${country}` : 'history', historyCsv(entries));
  sendJson(res, 200, { country: country ?? null, count: entries.length, history: withCountryName(entries) });
}

export async function alertsRoute(deps: WebServerDeps, url: URL, res: ServerResponse): Promise<void> {
  const country = countryParam(url);
  const limit = limitParam(url, 100, ALERT_LOG_LENGTH);
  const alerts = await deps.alertLog.recent(limit, { country });
  if (wantsCsv(url)) return sendCsv(res, 'alerts', alertsCsv(alerts));
  sendJson(res, 200, { count: alerts.length, alerts: withCountryName(alerts) });
}

export async function listFeedsRoute(deps: WebServerDeps, res: ServerResponse): Promise<void> {
  const feeds = deps.feeds ? await deps.feeds.list() : [];
  sendJson(res, 200, { writable: Boolean(deps.config.WEB_ADMIN_TOKEN && deps.feeds), count: feeds.length, feeds });
}

function sameSecret(given: string, expected: string): boolean {
  const hash = (s: string): Buffer => createHash('sha256').update(s).digest();
  return timingSafeEqual(hash(given), hash(expected));
}

/** Write actions need WEB_ADMIN_TOKEN configured and presented as a bearer token. */
export function requireAdmin(deps: WebServerDeps, req: IncomingMessage): void {
  const token = deps.config.WEB_ADMIN_TOKEN;
  if (!token) throw new HttpError(403, 'read-only: set WEB_ADMIN_TOKEN to manage feeds over HTTP');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!match || !sameSecret(match[1]!, token)) {
    throw new HttpError(401, 'missing or wrong admin token (Authorization: Bearer <WEB_ADMIN_TOKEN>)', {
      'WWW-Authenticate': 'Bearer realm="pledgewatch"',
    });
  }
}

async function feedUrlFromBody(req: IncomingMessage): Promise<string> {
  const text = await readBody(req, 16 * 1024);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'body must be JSON: {"url": "https://..."}');
  }
  const url = (body as { url?: unknown } | null)?.url;
  if (typeof url !== 'string' || url.trim() === '' || url.length > 2048) {
    throw new HttpError(400, 'body must be JSON: {"url": "https://..."}');
  }
  return url.trim();
}

/** Registry refusals (blocked address, unparsable feed, duplicates) are the caller's problem: 4xx with the reason. */
function registryError(error: unknown): HttpError {
  if (isPledgewatchError(error)) return new HttpError(error.code === 'NOT_FOUND' ? 404 : 400, error.message);
  return new HttpError(400, describeError(error));
}

export async function addFeedRoute(deps: WebServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  requireAdmin(deps, req);
  if (!deps.feeds) throw new HttpError(501, 'feed management is not available in this process');
  const url = await feedUrlFromBody(req);
  let added: unknown;
  try {
    added = await deps.feeds.add(url, { addedBy: 'web' });
  } catch (error) {
    throw registryError(error);
  }
  deps.logger.info({ url }, 'feed added over HTTP');
  sendJson(res, 201, { added: added ?? { url } });
}

function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpError(400, 'malformed feed id in the path');
  }
}

export async function removeFeedRoute(deps: WebServerDeps, req: IncomingMessage, url: URL, res: ServerResponse): Promise<void> {
  requireAdmin(deps, req);
  if (!deps.feeds) throw new HttpError(501, 'feed management is not available in this process');
  const fromPath = decodePathPart(url.pathname.replace(/^\/api\/feeds\/?/, ''));
  const idOrUrl = fromPath || url.searchParams.get('url') || url.searchParams.get('id') || '';
  if (!idOrUrl) throw new HttpError(400, 'say which feed: DELETE /api/feeds/<id> or /api/feeds?url=<url>');
  let removed: unknown;
  try {
    removed = await deps.feeds.remove(idOrUrl);
  } catch (error) {
    throw registryError(error);
  }
  if (removed === false || removed === null) throw new HttpError(404, `no feed "${idOrUrl.slice(0, 200)}"`);
  deps.logger.info({ feed: idOrUrl }, 'feed removed over HTTP');
  sendJson(res, 200, { removed: idOrUrl });
}
