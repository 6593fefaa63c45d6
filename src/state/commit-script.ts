import type { Redis } from 'ioredis';

/**
 * Commits one article's plan atomically, compare-and-set style. The rules run in
 * TypeScript (decide.ts); this script only checks that nobody applied the article and
 * that every slot the plan read is still exactly as read, then writes everything at once.
 * A 'conflict' makes the caller re-read and re-plan. No connection state (unlike WATCH),
 * so one connection can serve many concurrent jobs, and any number of workers on any
 * machines can apply articles without lost updates.
 *
 * KEYS: 1 positions hash, 2 article record, 3 url -> article id, 4.. one history stream per entry
 * ARGV: 1 article id, 2 url ('' when unknown), 3 record JSON, 4 record TTL seconds,
 *       5 stream MAXLEN, 6 slot count n, then n triples (field, expected JSON or '', next JSON),
 *       then one history entry JSON per history key
 */
const COMMIT_LUA = `
if redis.call('EXISTS', KEYS[2]) == 1 then return 'duplicate' end
local n = tonumber(ARGV[6])
for i = 0, n - 1 do
  local current = redis.call('HGET', KEYS[1], ARGV[7 + 3 * i])
  if not current then current = '' end
  if current ~= ARGV[8 + 3 * i] then return 'conflict' end
end
for i = 0, n - 1 do
  redis.call('HSET', KEYS[1], ARGV[7 + 3 * i], ARGV[9 + 3 * i])
end
redis.call('SET', KEYS[2], ARGV[3], 'EX', ARGV[4])
if ARGV[2] ~= '' then redis.call('SET', KEYS[3], ARGV[1], 'EX', ARGV[4]) end
local first = 7 + 3 * n
for k = 4, #KEYS do
  redis.call('XADD', KEYS[k], 'MAXLEN', '~', ARGV[5], '*', 'e', ARGV[first + k - 4])
end
return 'ok'
`;

const COMMAND = 'pledgewatchCommitArticle';

export type CommitOutcome = 'ok' | 'duplicate' | 'conflict';

export interface CommitInput {
  positionsKey: string;
  recordKey: string;
  urlKey: string;
  articleId: string;
  url: string;
  recordJson: string;
  ttlSeconds: number;
  streamMaxLen: number;
  slots: Array<{ field: string; expected: string; next: string }>;
  history: Array<{ streamKey: string; json: string }>;
}

type CommitCommand = (numKeys: number, ...args: Array<string | number>) => Promise<string>;

/** Runs the script (EVALSHA, falling back to EVAL once per connection): one round trip. */
export async function commitArticle(redis: Redis, input: CommitInput): Promise<CommitOutcome> {
  const command = commandOn(redis);
  const keys = [input.positionsKey, input.recordKey, input.urlKey, ...input.history.map((h) => h.streamKey)];
  const args: Array<string | number> = [
    input.articleId,
    input.url,
    input.recordJson,
    input.ttlSeconds,
    input.streamMaxLen,
    input.slots.length,
    ...input.slots.flatMap((s) => [s.field, s.expected, s.next]),
    ...input.history.map((h) => h.json),
  ];
  return (await command(keys.length, ...keys, ...args)) as CommitOutcome;
}

function commandOn(redis: Redis): CommitCommand {
  const holder = redis as unknown as Record<string, CommitCommand | undefined>;
  if (!holder[COMMAND]) redis.defineCommand(COMMAND, { lua: COMMIT_LUA });
  return (holder[COMMAND] as CommitCommand).bind(redis);
}
