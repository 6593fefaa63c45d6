import { createHash } from 'node:crypto';
import { ErrorCode, PledgewatchError, quoteInput } from '../errors/index.js';
import { key, slotTag, type RedisContext } from '../redis/connection.js';
import type { Feed, FeedStatus } from './types.js';

export const MIN_INTERVAL_SECONDS = 10;
export const MAX_INTERVAL_SECONDS = 86_400;

const NUMBER_FIELDS = new Set(['intervalSeconds', 'consecutiveFailures', 'itemsSeen', 'itemsQueued', 'hintSeconds']);
const BOOLEAN_FIELDS = new Set(['failing', 'backfilled']);

/** One form per feed: lower-case host, no fragment, no default port; http and https only. */
export function normaliseFeedUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new PledgewatchError(ErrorCode.CommandInput, `"${quoteInput(raw)}" is not a URL; give the full feed address, e.g. https://example.org/rss`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PledgewatchError(ErrorCode.CommandInput, `"${quoteInput(raw)}" uses ${quoteInput(url.protocol)}; only http:// and https:// feeds are supported`);
  }
  if (url.username || url.password) {
    throw new PledgewatchError(ErrorCode.CommandInput, `"${quoteInput(url.host)}": feed URLs with a user name or password are not accepted`);
  }
  url.hash = '';
  return url.href;
}

export function feedIdFor(normalisedUrl: string): string {
  return createHash('sha256').update(normalisedUrl).digest('hex').slice(0, 16);
}

/**
 * The feed list and each feed's health, in Redis: a hash per feed, a set of ids and
 * a URL -> id index, so `add` is idempotent by normalised URL.
 */
export class FeedRegistry {
  constructor(private readonly ctx: RedisContext) {}

  /**
   * Adds a feed (idempotent by normalised URL). `minIntervalSeconds` lowers the politeness floor
   * for feeds the deployment serves itself (the demo feed); never for URLs typed by users.
   */
  async add(url: string, options: { intervalSeconds?: number; addedBy?: string; minIntervalSeconds?: number } = {}): Promise<Feed> {
    const normalised = normaliseFeedUrl(url);
    const { minIntervalSeconds, ...stored } = options;
    checkInterval(options.intervalSeconds, minIntervalSeconds);
    const id = feedIdFor(normalised);
    const existing = await this.get(id);
    if (existing) {
      if (options.intervalSeconds !== undefined && options.intervalSeconds !== existing.intervalSeconds) {
        await this.ctx.redis.hset(this.feedKey(id), 'intervalSeconds', String(options.intervalSeconds));
        existing.intervalSeconds = options.intervalSeconds;
      }
      return toFeed(existing);
    }
    const feed: Feed = { id, url: normalised, addedAt: new Date().toISOString(), ...definedOnly(stored) };
    await this.ctx.redis
      .multi()
      .hset(this.feedKey(id), serialise({ ...feed, consecutiveFailures: 0, itemsSeen: 0, itemsQueued: 0, failing: false, backfilled: false }))
      .sadd(this.idsKey(), id)
      .hset(this.urlsKey(), normalised, id)
      .exec();
    return feed;
  }

  async remove(idOrUrl: string): Promise<Feed | null> {
    const feed = await this.resolve(idOrUrl);
    if (!feed) return null;
    await this.ctx.redis.multi().del(this.feedKey(feed.id)).srem(this.idsKey(), feed.id).hdel(this.urlsKey(), feed.url).exec();
    return toFeed(feed);
  }

  async get(id: string): Promise<FeedStatus | null> {
    const fields = await this.ctx.redis.hgetall(this.feedKey(id));
    return fields.id ? deserialise(fields) : null;
  }

  /** By id, or by URL in any spelling that normalises to a registered one. */
  async resolve(idOrUrl: string): Promise<FeedStatus | null> {
    const byId = /^[0-9a-f]{16}$/.test(idOrUrl) ? await this.get(idOrUrl) : null;
    if (byId) return byId;
    let normalised: string;
    try {
      normalised = normaliseFeedUrl(idOrUrl);
    } catch {
      return null;
    }
    const id = await this.ctx.redis.hget(this.urlsKey(), normalised);
    return id ? this.get(id) : null;
  }

  async ids(): Promise<string[]> {
    return this.ctx.redis.smembers(this.idsKey());
  }

  async list(): Promise<FeedStatus[]> {
    const ids = await this.ids();
    const statuses: FeedStatus[] = [];
    for (let start = 0; start < ids.length; start += 500) {
      const pipeline = this.ctx.redis.pipeline();
      for (const id of ids.slice(start, start + 500)) pipeline.hgetall(this.feedKey(id));
      for (const [, fields] of (await pipeline.exec()) ?? []) {
        const record = fields as Record<string, string> | null;
        if (record?.id) statuses.push(deserialise(record));
      }
    }
    return statuses.sort((a, b) => a.url.localeCompare(b.url));
  }

  /**
   * Records poll results. A feed removed meanwhile stays removed: the write only
   * happens while the feed's hash still exists.
   */
  async update(id: string, patch: Partial<FeedStatus>, queuedDelta = 0): Promise<void> {
    const set = serialise(patch);
    const unset = Object.entries(patch)
      .filter(([, value]) => value === undefined)
      .map(([name]) => name);
    await this.ctx.redis.eval(UPDATE_IF_EXISTS, 1, this.feedKey(id), JSON.stringify(set), JSON.stringify(unset), String(queuedDelta));
  }

  // One hash tag for the whole feed list: adding or removing a feed updates its hash and
  // both indexes in one MULTI, which a cluster allows only within one slot.
  private feedKey(id: string): string {
    return key(this.ctx, slotTag('feeds'), 'feed', id);
  }

  private idsKey(): string {
    return key(this.ctx, slotTag('feeds'), 'ids');
  }

  private urlsKey(): string {
    return key(this.ctx, slotTag('feeds'), 'urls');
  }
}

const UPDATE_IF_EXISTS = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local set = cjson.decode(ARGV[1])
for field, value in pairs(set) do redis.call('HSET', KEYS[1], field, value) end
for _, field in ipairs(cjson.decode(ARGV[2])) do redis.call('HDEL', KEYS[1], field) end
if tonumber(ARGV[3]) ~= 0 then redis.call('HINCRBY', KEYS[1], 'itemsQueued', ARGV[3]) end
return 1`;

function checkInterval(seconds: number | undefined, minimum = MIN_INTERVAL_SECONDS): void {
  if (seconds === undefined) return;
  if (!Number.isInteger(seconds) || seconds < minimum || seconds > MAX_INTERVAL_SECONDS) {
    throw new PledgewatchError(
      ErrorCode.CommandInput,
      `poll interval must be a whole number of seconds between ${minimum} and ${MAX_INTERVAL_SECONDS} (got ${seconds})`,
    );
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function serialise(record: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(record)) {
    if (value !== undefined) out[name] = String(value);
  }
  return out;
}

function deserialise(fields: Record<string, string>): FeedStatus {
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    record[name] = NUMBER_FIELDS.has(name) ? Number(value) : BOOLEAN_FIELDS.has(name) ? value === 'true' : value;
  }
  return {
    consecutiveFailures: 0,
    itemsSeen: 0,
    itemsQueued: 0,
    failing: false,
    backfilled: false,
    ...record,
  } as FeedStatus;
}

function toFeed(status: FeedStatus): Feed {
  const { id, url, intervalSeconds, addedAt, addedBy } = status;
  return { id, url, addedAt, ...definedOnly({ intervalSeconds, addedBy }) };
}
