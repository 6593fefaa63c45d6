import type { ServerResponse } from 'node:http';
import { countryFlag } from '../countries/index.js';
import { resolveCountry } from '../countries/index.js';
import { loadBoard, loadHistory } from './board-data.js';
import { HttpError, sendHtml } from './http-util.js';
import { boardPage } from './pages/board-page.js';
import { countryPage } from './pages/country-page.js';
import { feedsPage } from './pages/feeds-page.js';
import { commitmentParam, countryParam, sortParam } from './query.js';
import type { WebServerDeps } from './types.js';

const PAGE_ALERTS = 30;

export async function boardRoute(deps: WebServerDeps, url: URL, res: ServerResponse): Promise<void> {
  const filter = { country: countryParam(url), commitment: commitmentParam(url), sort: sortParam(url) };
  const [board, alerts] = await Promise.all([loadBoard(deps.store, filter), deps.alertLog.recent(PAGE_ALERTS)]);
  sendHtml(res, 200, boardPage(board, filter, alerts));
}

/** `/country/IT` (a name like /country/Italy works too); anything else that is not a country is a 404. */
export async function countryRoute(deps: WebServerDeps, rawCode: string, res: ServerResponse): Promise<void> {
  let typed: string;
  try {
    typed = decodeURIComponent(rawCode);
  } catch {
    throw new HttpError(400, 'malformed country in the address');
  }
  const code = typed.length <= 60 ? resolveCountry(typed) : null;
  if (!code || (code !== 'EU' && countryFlag(code) === '')) throw new HttpError(404, 'unknown country: use a code like IT or a name like Italy');
  const [positions, history, alerts] = await Promise.all([
    deps.store.positions(code),
    loadHistory(deps.store, { country: code, limit: 1000 }),
    deps.alertLog.recent(PAGE_ALERTS, { country: code }),
  ]);
  const own = positions.filter((p) => p.country === code).sort((a, b) => a.commitment.localeCompare(b.commitment));
  sendHtml(res, 200, countryPage(code, own, history, alerts));
}

export async function feedsPageRoute(deps: WebServerDeps, res: ServerResponse): Promise<void> {
  const feeds = deps.feeds ? await deps.feeds.list() : null;
  sendHtml(res, 200, feedsPage(feeds, Boolean(deps.config.WEB_ADMIN_TOKEN && deps.feeds)));
}
