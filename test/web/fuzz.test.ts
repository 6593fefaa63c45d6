import fc from 'fast-check';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAndRecord, demoArticles } from './demo-data.js';
import { startWebFixture, type WebFixture } from './web-fixture.js';

let fx: WebFixture;

beforeAll(async () => {
  fx = await startWebFixture();
  const [first] = await demoArticles();
  await applyAndRecord(fx.store, fx.alertLog, first!);
});

afterAll(async () => {
  await fx.close();
});

/** Sends a raw request target (no client-side normalisation) and returns the status. */
function statusOf(target: string, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${fx.server.url}/`, { method, path: target }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

const ROUTES = ['/', '/api/positions', '/api/positions.csv', '/api/history', '/api/alerts', '/api/feeds', '/country/', '/feeds'];
const PARAMS = ['country', 'commitment', 'sort', 'format', 'limit', 'url', 'x'];
/** Printable ASCII the HTTP client accepts in a request target, including stray % escapes. */
const targetChar = fc.constantFrom(..."abcIT-_.~%=&?/+;,:@!$*()'0129AZz%25%ZZ%E0".split(''));
const value = fc.array(targetChar, { maxLength: 30 }).map((chars) => chars.join(''));

describe('odd request targets', () => {
  it('never get a 5xx, whatever the path and query', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        fc.array(fc.tuple(fc.constantFrom(...PARAMS), value), { maxLength: 4 }),
        value,
        async (route, params, tail) => {
          const query = params.map(([name, v]) => `${name}=${v}`).join('&');
          const target = `${route}${route.endsWith('/') ? tail : ''}?${query}`;
          const status = await statusOf(target);
          expect(status, target).toBeGreaterThanOrEqual(200);
          expect(status, target).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers methods it does not serve with 405, not a crash', async () => {
    for (const method of ['PUT', 'PATCH', 'OPTIONS', 'TRACE']) {
      expect(await statusOf('/api/positions', method), method).toBe(405);
    }
  });
});
