/**
 * When to poll a feed next. Pure functions of the feed's interval, its own refresh
 * hint, its failure count and the server's Retry-After, so the policy is tested as a table.
 */

/** Consecutive failures after which a feed is "failing": admins are told and it is polled rarely. */
export const FAILING_AFTER = 5;
/** A failing feed is still tried this often, in case it comes back. */
export const FAILING_POLL_SECONDS = 6 * 3600;
/** Backoff between the first failures never waits longer than this. */
export const MAX_BACKOFF_SECONDS = 2 * 3600;
/**
 * Feed hints (ttl, sy:updatePeriod) may slow polling down to this and no further: every
 * WordPress feed says "hourly", and a news alert a day late is no alert.
 */
export const MAX_HINT_SECONDS = 3600;
/** Retry-After is honoured up to a day; beyond that it is a misconfiguration, not a request. */
export const MAX_RETRY_AFTER_SECONDS = 86_400;

export function effectiveIntervalSeconds(configured: number, hintSeconds?: number): number {
  if (!hintSeconds || hintSeconds <= configured) return configured;
  return Math.max(configured, Math.min(hintSeconds, MAX_HINT_SECONDS));
}

export function delayAfterFailureSeconds(intervalSeconds: number, failures: number, retryAfterSeconds?: number): number {
  const backoff =
    failures >= FAILING_AFTER
      ? Math.max(intervalSeconds, FAILING_POLL_SECONDS)
      : Math.max(intervalSeconds, Math.min(intervalSeconds * 2 ** (failures - 1), MAX_BACKOFF_SECONDS));
  if (retryAfterSeconds === undefined) return backoff;
  return Math.max(backoff, Math.min(retryAfterSeconds, MAX_RETRY_AFTER_SECONDS));
}

/**
 * The scheduler fires at the feed's base interval; a poll is skipped while the feed's
 * own next-poll time (backoff, hint, Retry-After) is still clearly ahead.
 */
export function isDue(nextPollAt: string | undefined, nowMs: number, intervalSeconds: number): boolean {
  if (!nextPollAt) return true;
  const at = Date.parse(nextPollAt);
  if (Number.isNaN(at)) return true;
  const slack = Math.max(5_000, intervalSeconds * 100); // 10% of the interval, at least 5 s
  return at - nowMs <= slack;
}
