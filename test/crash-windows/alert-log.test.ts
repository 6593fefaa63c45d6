import { describe, expect, it } from 'vitest';
import { AlertLog } from '../../src/alerts/alert-log.js';
import type { RedisContext } from '../../src/redis/connection.js';
import { crashAfterEveryCall } from '../helpers/crash-harness.js';
import { ownKeys } from '../helpers/redis-snapshot.js';
import { alertFor } from './fixtures.js';

const alerts = [alertFor('IT', 'a1'), alertFor('PL', 'a2'), alertFor('FR', 'a3')];

describe('the alert log under a crash after every Redis call', () => {
  it('ends with every alert recorded and listed once, as in an undisturbed run', async () => {
    const report = await crashAfterEveryCall({
      units: alerts.length,
      start: async (ctx: RedisContext) => new AlertLog(ctx),
      run: async (log, unit) => void (await log.record(alerts[unit]!)),
      stop: async () => undefined,
      observe: ownKeys,
    });
    expect(report.calls).toBeGreaterThanOrEqual(alerts.length);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  });
});
