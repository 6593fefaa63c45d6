import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Position } from '../../src/model/alert.js';
import { applyAndRecord, demoArticles, hostileArticle } from './demo-data.js';
import { csvRecords, parseCsv } from './csv-parse.js';
import { startWebFixture, type WebFixture } from './web-fixture.js';

let fx: WebFixture;
let base: string;

beforeAll(async () => {
  fx = await startWebFixture();
  base = fx.server.url;
  for (const demo of await demoArticles()) await applyAndRecord(fx.store, fx.alertLog, demo);
  await applyAndRecord(fx.store, fx.alertLog, hostileArticle());
});

afterAll(async () => {
  await fx.close();
});

async function getJson<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(base + path);
  return { status: res.status, body: (await res.json()) as T };
}

describe('GET /api/positions', () => {
  it('returns every stored position with the display name', async () => {
    const { status, body } = await getJson<{ count: number; positions: (Position & { countryName: string })[] }>('/api/positions');
    expect(status).toBe(200);
    expect(body.count).toBe((await fx.store.positions()).length);
    const italyTroops = body.positions.find((p) => p.country === 'IT' && p.commitment === 'ground_troops');
    expect(italyTroops?.stance).toBe('declined');
    expect(italyTroops?.countryName).toBe('Italy');
    expect(italyTroops?.evidence.quote).toMatch(/Meloni/);
  });

  it('filters by country (code or name) and commitment', async () => {
    const byName = await getJson<{ positions: Position[] }>('/api/positions?country=Italy&commitment=ground-troops');
    expect(byName.body.positions.map((p) => `${p.country}:${p.commitment}`)).toEqual(['IT:ground_troops']);
    const byCode = await getJson<{ positions: Position[] }>('/api/positions?country=it');
    expect(new Set(byCode.body.positions.map((p) => p.country))).toEqual(new Set(['IT']));
  });

  it('answers CSV for ?format=csv and for the .csv suffix, identically', async () => {
    const a = await fetch(`${base}/api/positions?format=csv`);
    const b = await fetch(`${base}/api/positions.csv`);
    expect(a.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await a.text();
    expect(await b.text()).toBe(text);
    const records = csvRecords(text);
    expect(records.length).toBe((await fx.store.positions()).length);
    expect(records.find((r) => r.country === 'IT' && r.commitment === 'ground_troops')?.stance).toBe('declined');
  });

  it('quotes commas, quotes and newlines so the evidence survives a round trip', async () => {
    const text = await (await fetch(`${base}/api/positions.csv?country=NL`)).text();
    const [record] = csvRecords(text);
    expect(record?.quote).toBe(hostileArticle().claims[0]!.evidence);
    expect(text).toContain('"The Dutch, ""ready"", said: jets, tankers\nand');
  });

  it('prefixes cells that a spreadsheet would run as a formula', async () => {
    const records = csvRecords(await (await fetch(`${base}/api/positions.csv`)).text());
    const quoteOf = (country: string): string | undefined => records.find((r) => r.country === country)?.quote;
    expect(quoteOf('NO')).toBe(`'=HYPERLINK("http://evil.test","x")`);
    expect(quoteOf('SE')).toBe("'+SUM(1,2)");
    expect(quoteOf('PT')).toBe("'-2+3");
    expect(quoteOf('LU')).toBe("'@SUM(A1)");
    expect(records.find((r) => r.country === 'NL')?.outlet).toBe(`'=cmd|"/C calc"!A0`);
    for (const row of parseCsv(await (await fetch(`${base}/api/positions.csv`)).text())) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    }
  });

  it('rejects unknown countries, commitments and formats with 400 and a reason', async () => {
    for (const query of ['country=Atlantis', 'commitment=nukes', 'format=xml', 'country=IT&country=DE', `country=${'x'.repeat(500)}`]) {
      const { status, body } = await getJson<{ error: string }>(`/api/positions?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.length, query).toBeGreaterThan(5);
    }
  });
});

describe('GET /api/history', () => {
  it("returns a country's timeline newest first, with changes and their sources", async () => {
    const { status, body } = await getJson<{
      country: string;
      history: { at: string; kind: string; commitment: string; to: string; evidence: { url: string } }[];
    }>('/api/history?country=DE');
    expect(status).toBe(200);
    expect(body.country).toBe('DE');
    const coalitionChanges = body.history.filter((h) => h.kind === 'change' && h.commitment === 'coalition');
    expect(coalitionChanges.map((h) => h.to)).toContain('conditional');
    expect(coalitionChanges[0]?.evidence.url).toMatch(/^https:\/\/news\.example\.test\/demo\//);
    const times = body.history.map((h) => h.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('narrows by commitment and limit, and merges every country when none is given', async () => {
    const one = await getJson<{ history: { commitment: string }[] }>('/api/history?country=IT&commitment=ground_troops&limit=2');
    expect(one.body.history.length).toBe(2);
    expect(new Set(one.body.history.map((h) => h.commitment))).toEqual(new Set(['ground_troops']));
    const all = await getJson<{ history: { country: string }[] }>('/api/history');
    expect(new Set(all.body.history.map((h) => h.country)).size).toBeGreaterThan(5);
  });

  it('exports CSV with one row per entry', async () => {
    const res = await fetch(`${base}/api/history.csv?country=IT`);
    expect(res.headers.get('content-disposition')).toContain('history-IT.csv');
    const records = csvRecords(await res.text());
    const json = await getJson<{ count: number }>('/api/history?country=IT');
    expect(records.length).toBe(json.body.count);
    expect(records.every((r) => r.country === 'IT' && r.country_name === 'Italy')).toBe(true);
  });

  it('rejects a bad limit', async () => {
    for (const limit of ['0', '-1', 'abc', '1e3']) {
      expect((await fetch(`${base}/api/history?country=IT&limit=${limit}`)).status, limit).toBe(400);
    }
  });
});

describe('GET /api/alerts', () => {
  it('lists the recorded alerts newest first, filterable by country, in JSON and CSV', async () => {
    const recorded = await fx.alertLog.recent(1000);
    const { body } = await getJson<{ count: number; alerts: { id: string; country: string }[] }>('/api/alerts?limit=1000');
    expect(body.alerts.map((a) => a.id)).toEqual(recorded.map((a) => a.id));
    const italy = await getJson<{ alerts: { country: string }[] }>('/api/alerts?country=Italy');
    expect(italy.body.alerts.length).toBeGreaterThan(0);
    expect(italy.body.alerts.every((a) => a.country === 'IT')).toBe(true);
    const csv = csvRecords(await (await fetch(`${base}/api/alerts?format=csv&country=IT`)).text());
    expect(csv.map((r) => r.id)).toEqual(recorded.filter((a) => a.country === 'IT').map((a) => a.id));
  });
});

describe('pages', () => {
  it('renders the board with the stance word in every filled cell and article text escaped', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await res.text();
    expect(page).toMatch(/data-cell="IT:ground_troops">\s*<button[^>]*>declined<\/button>/);
    expect(page).not.toContain('<script>window.pwned');
    expect(page).toContain('&lt;script&gt;window.pwned = true&lt;/script&gt;');
    expect(page).not.toContain('href="javascript:');
  });

  it('filters and sorts the board server-side', async () => {
    const page = await (await fetch(`${base}/?country=DE&commitment=coalition&sort=changed`)).text();
    expect(page).toContain('data-cell="DE:coalition"');
    expect(page).not.toContain('data-cell="IT:');
    expect(page).not.toContain('data-cell="DE:ground_troops"');
    const bad = await fetch(`${base}/?sort=sideways`, { headers: { accept: 'text/html' } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('unknown sort');
  });

  it('sorts rows by name, or by latest change first', async () => {
    const rowOrder = async (query: string): Promise<string[]> =>
      [...(await (await fetch(`${base}/${query}`)).text()).matchAll(/<tr data-country="([A-Z]{2})"/g)].map((m) => m[1]!);
    const latest = new Map<string, string>();
    for (const p of await fx.store.positions()) if ((latest.get(p.country) ?? '') < p.changedAt) latest.set(p.country, p.changedAt);
    const byName = await rowOrder('?sort=name');
    expect(byName).toContain('IT');
    expect(byName.indexOf('DE')).toBeLessThan(byName.indexOf('IT'));
    const byChange = await rowOrder('?sort=changed');
    expect(new Set(byChange)).toEqual(new Set(byName));
    const times = byChange.map((c) => latest.get(c)!);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('shows a country page with positions and the timeline, and 404s for non-countries', async () => {
    const page = await (await fetch(`${base}/country/DE`)).text();
    expect(page).toContain('Timeline of Germany');
    expect(page).toContain('https://news.example.test/demo/');
    expect((await fetch(`${base}/country/Italy`)).status).toBe(200);
    expect((await fetch(`${base}/country/XX`)).status).toBe(404);
    expect((await fetch(`${base}/country/%E0%A4%A`)).status).toBe(400);
  });

  it('serves the stylesheet and the script from this host', async () => {
    const js = await fetch(`${base}/assets/app.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(await js.text()).toContain('EventSource');
    expect((await fetch(`${base}/assets/app.css`)).status).toBe(200);
  });

  it('answers unknown paths with 404 and write methods on read routes with 405', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    const put = await fetch(`${base}/api/positions`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
  });
});
