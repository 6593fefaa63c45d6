import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AlertLog } from '../alerts/alert-log.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import type { Position } from '../model/alert.js';
import type { Commitment } from '../model/taxonomy.js';
import type { RedisContext } from '../redis/connection.js';
import type { HistoryEntry } from '../state/index.js';

/** One entry of a country's timeline: the pledge store's own type, the same data as `history`. */
export type { HistoryEntry } from '../state/index.js';

/** What the web server reads from the pledge store (a structural subset of PledgeStore). */
export interface WebPledgeStore {
  positions(country?: string): Promise<Position[]>;
  history(country: string, commitment?: Commitment, limit?: number): Promise<HistoryEntry[]>;
  countries(): Promise<string[]>;
}

/**
 * What the web server needs from the feed registry. Feed records are shown generically
 * (every scalar field), so the registry's health fields can grow without touching the page.
 */
export interface WebFeedRegistry {
  list(): Promise<object[]>;
  add(url: string, options: { addedBy: string }): Promise<unknown>;
  remove(idOrUrl: string): Promise<unknown>;
}

/** A BullMQ queue, as far as the queue-depth gauge needs it. */
export interface WebQueue {
  name: string;
  getJobCounts(...types: string[]): Promise<Record<string, number>>;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface WebServerDeps {
  config: Pick<Config, 'HTTP_HOST' | 'HTTP_PORT' | 'WEB_ADMIN_TOKEN'> & Partial<Pick<Config, 'HTTP_ALLOWED_HOSTS'>>;
  logger: Logger;
  ctx: RedisContext;
  store: WebPledgeStore;
  feeds?: WebFeedRegistry;
  alertLog: AlertLog;
  queues?: WebQueue[];
  /** Extra POST routes mounted by the app, by exact path (e.g. '/discord/interactions'). */
  routes?: Record<string, RouteHandler>;
}

export interface WebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
