import { describe, expect, it } from 'vitest';
import { FAILING_AFTER, FAILING_POLL_SECONDS, delayAfterFailureSeconds, effectiveIntervalSeconds, isDue } from '../../src/feeds/index.js';

describe('poll schedule', () => {
  it('honours refresh hints only to slow down, and at most to an hour', () => {
    expect(effectiveIntervalSeconds(300)).toBe(300);
    expect(effectiveIntervalSeconds(300, 60)).toBe(300);
    expect(effectiveIntervalSeconds(300, 1200)).toBe(1200);
    expect(effectiveIntervalSeconds(300, 86_400)).toBe(3600);
    expect(effectiveIntervalSeconds(7200, 86_400)).toBe(7200);
  });

  it('backs off exponentially, then polls a failing feed rarely', () => {
    expect([1, 2, 3, 4].map((n) => delayAfterFailureSeconds(300, n))).toEqual([300, 600, 1200, 2400]);
    expect(delayAfterFailureSeconds(300, FAILING_AFTER)).toBe(FAILING_POLL_SECONDS);
    expect(delayAfterFailureSeconds(60, 4)).toBe(480);
  });

  it('honours Retry-After within a day', () => {
    expect(delayAfterFailureSeconds(300, 1, 900)).toBe(900);
    expect(delayAfterFailureSeconds(300, 1, 10)).toBe(300);
    expect(delayAfterFailureSeconds(300, 1, 10_000_000)).toBe(86_400);
  });

  it('skips a scheduled poll only while the next poll is clearly ahead', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(isDue(undefined, now, 300)).toBe(true);
    expect(isDue('2026-01-01T00:00:02Z', now, 300)).toBe(true);
    expect(isDue('2026-01-01T01:00:00Z', now, 300)).toBe(false);
    expect(isDue('garbage', now, 300)).toBe(true);
  });
});
