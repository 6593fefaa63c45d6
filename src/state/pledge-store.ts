import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, PledgewatchError } from '../errors/index.js';
import { silentLogger, type Logger } from '../log/logger.js';
import type { Alert, Position } from '../model/alert.js';
import type { Article } from '../model/article.js';
import type { Claim } from '../model/claim.js';
import { COMMITMENTS, STANCES, type Commitment } from '../model/taxonomy.js';
import { key, slotTag, type RedisContext } from '../redis/connection.js';
import { commitArticle } from './commit-script.js';
import { DEFAULT_CONFIRMATION, type ConfirmationPolicy } from './confirmation.js';
import { corroborationCount, stanceOf, type SlotState } from './decide.js';
import { claimProblem, slotField } from './evidence.js';
import { planArticle, type ArticlePlan, type ArticleRecord, type ClaimDecision, type HistoryEntry } from './plan.js';

export const DEFAULT_TOPIC = 'ukraine-guarantees';

/** Conflicts before a worker takes the turn: on hot positions a second optimistic try mostly loses again. */
const OPTIMISTIC_ATTEMPTS = 1;
/** A turn expires on its own if its holder dies. */
const TURN_TTL_MS = 2000;
/** How long one article may wait for turns held by others before the job is retried later. */
const TURN_WAIT_MS = 30_000;
const RELEASE_TURN_LUA = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

export const DEFAULT_PLEDGE_STORE_OPTIONS = {
  topic: DEFAULT_TOPIC,
  /** Article records (idempotency and "why didn't this alert?") live as long as the feeds' "seen" marks. */
  recordTtlSeconds: 180 * 24 * 3600,
  /** Each country's history stream keeps about this many entries. */
  historyMaxLen: 10_000,
  /** Re-plans after a concurrent write before giving up (the job is then retried by the queue). */
  maxAttempts: 60,
};

export interface PledgeStoreOptions {
  topic?: string;
  logger?: Logger;
  recordTtlSeconds?: number;
  historyMaxLen?: number;
  maxAttempts?: number;
  /** Confirmation before broadcast; DEFAULT_CONFIRMATION unless given. */
  confirmation?: ConfirmationPolicy;
}

export interface ApplyOptions {
  /** Record positions without alerting (first poll of a new feed, replays). */
  backfill?: boolean;
  now?: Date;
}

export interface ApplyResult {
  /** True when this article was already applied: nothing changed, nobody is alerted. */
  duplicate: boolean;
  alerts: Alert[];
  decisions: ClaimDecision[];
}

/** Counters for benchmarks and metrics. */
export interface PledgeStoreStats {
  applied: number;
  duplicates: number;
  conflicts: number;
}

/**
 * The pledge state of one topic in Redis:
 * - positions: one hash, field "<country>:<commitment>", value the slot JSON (decide.ts SlotState);
 * - history: one Redis stream per country. A stream rather than a sorted set because its
 *   ids are assigned inside the atomic commit, so the order is the order in which positions
 *   actually changed (from -> to chains read correctly even when news arrived out of order),
 *   and XREVRANGE gives "newest first" with a cheap cap (MAXLEN ~);
 * - one record per applied article (what was decided and why), plus a url -> article index.
 * Applying an article is two round trips: one pipelined read, one Lua compare-and-set commit.
 * Every key of a topic carries the topic as its cluster hash tag ("pw:state:{<topic>}:..."):
 * the commit writes positions, counts, the article record and several countries' histories
 * in one script, which a cluster allows only within one slot (docs/scaling.md).
 */
export class PledgeStore {
  readonly topic: string;
  readonly stats: PledgeStoreStats = { applied: 0, duplicates: 0, conflicts: 0 };
  private readonly logger: Logger;
  private readonly settings: typeof DEFAULT_PLEDGE_STORE_OPTIONS;
  readonly confirmation: ConfirmationPolicy;

  constructor(
    private readonly ctx: RedisContext,
    options: PledgeStoreOptions = {},
  ) {
    const topic = options.topic ?? DEFAULT_TOPIC;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(topic)) {
      throw new PledgewatchError(ErrorCode.Config, `topic "${topic}" must be lower-case letters, digits and "-"`);
    }
    this.topic = topic;
    this.logger = options.logger ?? silentLogger;
    this.confirmation = options.confirmation ?? DEFAULT_CONFIRMATION;
    const { confirmation: _policy, ...rest } = options;
    this.settings = { ...DEFAULT_PLEDGE_STORE_OPTIONS, ...definedOnly(rest), topic };
  }

  /** Applies one article's claims atomically and at most once. Invalid claims are rejected, not thrown. */
  async applyArticle(article: Article, claims: Claim[], options: ApplyOptions = {}): Promise<ApplyResult> {
    assertArticle(article);
    const backfill = options.backfill === true;
    const fields = slotFieldsOf(claims);
    const read = await this.read(article.id, fields);
    if (read.applied) return this.duplicate(article);
    let turnToken = '';
    const deadline = Date.now() + TURN_WAIT_MS;
    try {
      for (let attempt = 1; attempt <= this.settings.maxAttempts && Date.now() < deadline;) {
        const plan = planArticle(article, claims, read.slots, { backfill, now: options.now ?? new Date(), confirmation: this.confirmation });
        const input = this.commitInput(article, plan, read.raw, turnToken);
        const outcome = await commitArticle(this.ctx.redis, input);
        if (outcome.status === 'duplicate') return this.duplicate(article);
        if (outcome.status === 'ok') {
          this.stats.applied++;
          this.logger.debug({ articleId: article.id, claims: claims.length, alerts: plan.alerts.length }, 'article applied');
          return { duplicate: false, alerts: plan.alerts, decisions: plan.decisions };
        }
        if (outcome.status === 'busy') {
          // Another worker holds the turn; it commits within a round trip or two.
          await sleep(1 + Math.random() * 2);
          continue;
        }
        // Another worker changed these positions since we read them: re-plan on what it wrote.
        attempt++;
        this.stats.conflicts++;
        input.slots.forEach(({ field }, i) => this.remember(read, field, outcome.current[i] ?? ''));
        if (!turnToken && attempt > OPTIMISTIC_ATTEMPTS) turnToken = await this.waitForTurn(deadline);
      }
    } finally {
      if (turnToken) await this.releaseTurn(turnToken);
    }
    throw new PledgewatchError(
      ErrorCode.RedisUnavailable,
      `article ${article.id}: gave up after ${this.settings.maxAttempts} concurrent updates of the same positions; retry the job`,
    );
  }

  /** Current positions, all or one country's, sorted by country then commitment order. */
  async positions(country?: string): Promise<Position[]> {
    country = country?.toUpperCase();
    const slots = await this.slots();
    return slots
      .filter((slot) => slot.sides.length > 0 && (!country || slot.country === country))
      .map(toPosition)
      .sort(byCountryThenCommitment);
  }

  /** Codes of every country with a position. */
  async countries(): Promise<string[]> {
    const slots = await this.slots();
    return [...new Set(slots.filter((s) => s.sides.length > 0).map((s) => s.country))].sort();
  }

  /** The country's timeline, newest first: every claim applied and every change, with evidence. */
  async history(country: string, commitment?: Commitment, limit = 50): Promise<HistoryEntry[]> {
    const stream = this.historyKey(country.toUpperCase());
    const entries: HistoryEntry[] = [];
    let end = '+';
    const batch = Math.max(limit, 100);
    while (entries.length < limit) {
      const rows = await this.ctx.redis.xrevrange(stream, end, '-', 'COUNT', batch);
      for (const [, fields] of rows) {
        const entry = parseEntry(fields);
        if (entry && (!commitment || entry.commitment === commitment)) entries.push(entry);
        if (entries.length >= limit) break;
      }
      if (rows.length < batch) break;
      end = `(${rows[rows.length - 1]![0]}`;
    }
    return entries;
  }

  /** What was applied for an article (by id or URL) and why each claim did or did not alert. */
  async explain(articleIdOrUrl: string): Promise<ArticleRecord | null> {
    const direct = await this.ctx.redis.get(this.recordKey(articleIdOrUrl));
    if (direct) return parseJson<ArticleRecord>(direct);
    const articleId = await this.ctx.redis.get(this.urlKey(articleIdOrUrl));
    if (!articleId) return null;
    const viaUrl = await this.ctx.redis.get(this.recordKey(articleId));
    return viaUrl ? parseJson<ArticleRecord>(viaUrl) : null;
  }

  private async read(articleId: string, fields: string[]): Promise<SlotsRead> {
    // Counts are not read: the rules never look at them, and the commit adds to them blindly.
    const pipeline = this.ctx.redis.pipeline().exists(this.recordKey(articleId));
    if (fields.length > 0) pipeline.hmget(this.positionsKey(), ...fields);
    const results = (await pipeline.exec()) ?? [];
    for (const [error] of results) if (error) throw error;
    const values = (fields.length > 0 ? results[1]?.[1] : []) as Array<string | null>;
    const read: SlotsRead = { applied: results[0]?.[1] === 1, raw: new Map(), slots: new Map() };
    fields.forEach((field, i) => this.remember(read, field, values[i] ?? ''));
    return read;
  }

  private remember(read: SlotsRead, field: string, json: string): void {
    read.raw.set(field, json);
    read.slots.set(field, json ? this.parseSlot(json, field) : null);
  }

  /**
   * Waits until this worker holds the turn (see commit-script.ts), so it stops spending
   * attempts on commits that others keep overtaking. '' if the deadline passes first.
   */
  private async waitForTurn(deadline: number): Promise<string> {
    const token = randomUUID();
    while (Date.now() < deadline) {
      if ((await this.ctx.redis.set(this.turnKey(), token, 'PX', TURN_TTL_MS, 'NX')) === 'OK') return token;
      await sleep(1 + Math.random() * 2);
    }
    return '';
  }

  /** Gives the turn back if a commit did not already (an error or giving up). */
  private async releaseTurn(token: string): Promise<void> {
    await this.ctx.redis.eval(RELEASE_TURN_LUA, 1, this.turnKey(), token).catch(() => undefined);
  }

  private commitInput(article: Article, plan: ArticlePlan, raw: Map<string, string>, turnToken: string) {
    return {
      positionsKey: this.positionsKey(),
      turnKey: this.turnKey(),
      turnToken,
      recordKey: this.recordKey(article.id),
      urlKey: this.urlKey(article.url),
      articleId: article.id,
      url: article.url && article.url !== 'unknown' ? article.url : '',
      recordJson: JSON.stringify(plan.record),
      ttlSeconds: this.settings.recordTtlSeconds,
      streamMaxLen: this.settings.historyMaxLen,
      countsKey: this.countsKey(),
      slots: [...plan.slots].map(([field, next]) => {
        const expected = raw.get(field) ?? '';
        const json = storedJson(next);
        return { field, expected, next: json === expected ? '' : json };
      }),
      counts: [...plan.counts].map(([field, increment]) => ({ field, increment })),
      history: plan.history.map((entry) => ({ streamKey: this.historyKey(entry.country), json: JSON.stringify(entry) })),
    };
  }

  private duplicate(article: Article): ApplyResult {
    this.stats.duplicates++;
    this.logger.debug({ articleId: article.id }, 'article already applied; nothing to do');
    return { duplicate: true, alerts: [], decisions: [] };
  }

  private async slots(): Promise<SlotState[]> {
    const [all, counts] = await Promise.all([this.ctx.redis.hgetall(this.positionsKey()), this.ctx.redis.hgetall(this.countsKey())]);
    return Object.entries(all)
      .map(([field, json]) => this.parseSlot(json, field))
      .filter((slot): slot is SlotState => slot !== null)
      .map((slot) => ({ ...slot, counts: countsOf(counts, slotField(slot.country, slot.commitment)) }));
  }

  private parseSlot(json: string, field: string): SlotState | null {
    const slot = parseJson<SlotState>(json);
    if (!slot || !Array.isArray(slot.sides) || typeof slot.country !== 'string') {
      this.logger.warn({ field }, 'unreadable position in Redis; it will be rebuilt from the next claim');
      return null;
    }
    return { ...slot, counts: {} };
  }

  private positionsKey(): string {
    return key(this.ctx, 'state', slotTag(this.topic), 'positions');
  }

  private turnKey(): string {
    return key(this.ctx, 'state', slotTag(this.topic), 'turn');
  }

  private countsKey(): string {
    return key(this.ctx, 'state', slotTag(this.topic), 'counts');
  }

  private recordKey(articleId: string): string {
    return key(this.ctx, 'state', slotTag(this.topic), 'article', articleId);
  }

  private urlKey(url: string): string {
    return key(this.ctx, 'state', slotTag(this.topic), 'url', createHash('sha256').update(url).digest('hex').slice(0, 32));
  }

  private historyKey(country: string): string {
    return key(this.ctx, 'state', slotTag(this.topic), 'history', country);
  }
}

/** The slots an article touches, as read: raw JSON for the compare-and-set, parsed for the rules. */
interface SlotsRead {
  applied: boolean;
  raw: Map<string, string>;
  slots: Map<string, SlotState | null>;
}

/** The public view of a slot (src/model/alert.ts Position). */
export function toPosition(slot: SlotState): Position {
  const top = slot.sides[slot.sides.length - 1]!;
  const contenders = slot.sides.slice(0, -1);
  return {
    country: slot.country,
    commitment: slot.commitment,
    stance: stanceOf(slot)!,
    evidence: top,
    ...(contenders.length > 0 ? { contenders } : {}),
    corroborations: corroborationCount(slot),
    changedAt: slot.changedAt,
    ...(slot.changedPublished ? { changedPublished: slot.changedPublished } : {}),
    ...(isUnconfirmed(slot) ? { unconfirmed: { confirmedStance: slot.broadcast?.stance ?? null } } : {}),
  };
}

/** Slots stored before confirmation existed (no reports kept) count as confirmed. */
function isUnconfirmed(slot: SlotState): boolean {
  return slot.reports !== undefined && slot.broadcast?.stance !== stanceOf(slot);
}

/** A slot as stored: the counts live in their own hash (see commit-script.ts). */
function storedJson(slot: SlotState): string {
  const { country, commitment, sides, day, changedAt, changedPublished, changedFrom, reports, broadcast } = slot;
  return JSON.stringify({ country, commitment, sides, day, changedAt, changedPublished, changedFrom, reports, broadcast });
}

function countsOf(all: Record<string, string>, field: string): SlotState['counts'] {
  const counts: SlotState['counts'] = {};
  for (const stance of STANCES) {
    const value = Number(all[`${field}:${stance}`] ?? 0);
    if (value > 0) counts[stance] = value;
  }
  return counts;
}

function byCountryThenCommitment(a: Position, b: Position): number {
  if (a.country !== b.country) return a.country < b.country ? -1 : 1;
  return COMMITMENTS.indexOf(a.commitment) - COMMITMENTS.indexOf(b.commitment);
}

function slotFieldsOf(claims: readonly unknown[]): string[] {
  const fields = new Set<string>();
  for (const claim of claims) {
    if (claimProblem(claim) === null) fields.add(slotField((claim as Claim).country, (claim as Claim).commitment));
  }
  return [...fields];
}

function assertArticle(article: Article): void {
  if (!article || typeof article.id !== 'string' || article.id.trim() === '') {
    throw new PledgewatchError(ErrorCode.ArticleFile, 'cannot apply claims of an article without an id (feeds/item-id.ts gives every article one)');
  }
}

function parseEntry(fields: string[]): HistoryEntry | null {
  const index = fields.indexOf('e');
  return index >= 0 ? parseJson<HistoryEntry>(fields[index + 1] ?? '') : null;
}

function parseJson<T>(json: string): T | null {
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([name, value]) => value !== undefined && name !== 'logger')) as Partial<T>;
}
