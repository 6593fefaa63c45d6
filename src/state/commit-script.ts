import type { RedisClient } from '../redis/connection.js';

/**
 * Commits one article's plan atomically, compare-and-set style. The rules run in
 * TypeScript (decide.ts); this script only checks that nobody applied the article and
 * that every slot the plan read is still exactly as read, then writes everything at once.
 * On a conflict it returns the slots as they are now, so the caller re-plans without
 * another read. No connection state (unlike WATCH),
 * so one connection can serve many concurrent jobs, and any number of workers on any
 * machines can apply articles without lost updates.
 *
 * Report counts are commutative, so they are plain HINCRBYs outside the compare-and-set:
 * a mere corroboration never makes another worker re-plan.
 *
 * Optimism alone can starve a worker on hot positions (others keep committing between
 * its re-plan and its retry), so a worker that keeps losing takes the "turn": while a turn
 * is held, only its holder may commit; everyone else is told 'busy' and waits. The turn
 * is released by the holder's successful commit, or expires.
 *
 * KEYS: 1 positions hash, 2 article record, 3 url -> article id, 4 counts hash, 5 turn,
 *       6.. one history stream per entry
 * ARGV: 1 article id, 2 url ('' when unknown), 3 record JSON, 4 record TTL seconds,
 *       5 stream MAXLEN, 6 slot count n, 7 count increments m, 8 turn token ('' if none),
 *       then n triples (field, expected JSON or '', next JSON or '' for unchanged),
 *       then m pairs (count field, increment), then one history entry JSON per history key
 */
const COMMIT_LUA = `
if redis.call('EXISTS', KEYS[2]) == 1 then return 'duplicate' end
local turn = redis.call('GET', KEYS[5])
if turn and turn ~= ARGV[8] then return 'busy' end
local n = tonumber(ARGV[6])
local m = tonumber(ARGV[7])
local currents = {}
local stale = false
for i = 0, n - 1 do
  local current = redis.call('HGET', KEYS[1], ARGV[9 + 3 * i])
  if not current then current = '' end
  currents[i + 1] = current
  if current ~= ARGV[10 + 3 * i] then stale = true end
end
if stale then
  table.insert(currents, 1, 'conflict')
  return currents
end
for i = 0, n - 1 do
  if ARGV[11 + 3 * i] ~= '' then redis.call('HSET', KEYS[1], ARGV[9 + 3 * i], ARGV[11 + 3 * i]) end
end
if turn then redis.call('DEL', KEYS[5]) end
local counts = 9 + 3 * n
for j = 0, m - 1 do
  redis.call('HINCRBY', KEYS[4], ARGV[counts + 2 * j], ARGV[counts + 2 * j + 1])
end
redis.call('SET', KEYS[2], ARGV[3], 'EX', ARGV[4])
if ARGV[2] ~= '' then redis.call('SET', KEYS[3], ARGV[1], 'EX', ARGV[4]) end
local first = counts + 2 * m
for k = 6, #KEYS do
  redis.call('XADD', KEYS[k], 'MAXLEN', '~', ARGV[5], '*', 'e', ARGV[first + k - 6])
end
return 'ok'
`;

const COMMAND = 'pledgewatchCommitArticle';

export type CommitOutcome =
  | { status: 'ok' }
  | { status: 'duplicate' }
  /** Another worker holds the turn: wait and try again. */
  | { status: 'busy' }
  /** The slots changed since they were read: their current JSON ('' for none), in the order sent. */
  | { status: 'conflict'; current: string[] };

export interface CommitInput {
  positionsKey: string;
  recordKey: string;
  urlKey: string;
  countsKey: string;
  turnKey: string;
  /** The turn this caller holds, or '' (see above). */
  turnToken: string;
  articleId: string;
  url: string;
  recordJson: string;
  ttlSeconds: number;
  streamMaxLen: number;
  /** next is '' when the article leaves the slot as it was (only checked, not written). */
  slots: Array<{ field: string; expected: string; next: string }>;
  counts: Array<{ field: string; increment: number }>;
  history: Array<{ streamKey: string; json: string }>;
}

type CommitCommand = (numKeys: number, ...args: Array<string | number>) => Promise<string | string[]>;

/** Runs the script (EVALSHA, falling back to EVAL once per connection): one round trip. */
export async function commitArticle(redis: RedisClient, input: CommitInput): Promise<CommitOutcome> {
  const command = commandOn(redis);
  const keys = [input.positionsKey, input.recordKey, input.urlKey, input.countsKey, input.turnKey, ...input.history.map((h) => h.streamKey)];
  const args: Array<string | number> = [
    input.articleId,
    input.url,
    input.recordJson,
    input.ttlSeconds,
    input.streamMaxLen,
    input.slots.length,
    input.counts.length,
    input.turnToken,
    ...input.slots.flatMap((s) => [s.field, s.expected, s.next]),
    ...input.counts.flatMap((c) => [c.field, c.increment]),
    ...input.history.map((h) => h.json),
  ];
  const reply = await command(keys.length, ...keys, ...args);
  if (Array.isArray(reply)) return { status: 'conflict', current: reply.slice(1) };
  if (reply === 'duplicate' || reply === 'busy') return { status: reply };
  return { status: 'ok' };
}

function commandOn(redis: RedisClient): CommitCommand {
  const holder = redis as unknown as Record<string, CommitCommand | undefined>;
  if (!holder[COMMAND]) redis.defineCommand(COMMAND, { lua: COMMIT_LUA });
  return (holder[COMMAND] as CommitCommand).bind(redis);
}
