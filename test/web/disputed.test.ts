import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from './csv-parse.js';
import { applyAndRecord, demoArticles } from './demo-data.js';
import { startWebFixture, type WebFixture } from './web-fixture.js';

let fx: WebFixture;

beforeAll(async () => {
  fx = await startWebFixture();
  const demos = await demoArticles();
  // 4 September: one report has Germany in the coalition, another makes it conditional.
  for (const demo of [demos[0]!, demos[2]!]) await applyAndRecord(fx.store, fx.alertLog, demo);
});

afterAll(async () => {
  await fx.close();
});

describe('a disputed position', () => {
  it('prints "disputed" in the striped cell and lists both sources in its detail', async () => {
    const [germany] = (await fx.store.positions('DE')).filter((p) => p.commitment === 'coalition');
    expect(germany?.stance).toBe('disputed');
    const page = await (await fetch(`${fx.server.url}/?country=DE`)).text();
    expect(page).toMatch(/<td class="cell s-disputed" data-cell="DE:coalition">\s*<button[^>]*>disputed<\/button>/);
    const detail = /<template id="ev-DE-coalition">([\s\S]*?)<\/template>/.exec(page)?.[1] ?? '';
    expect(detail).toContain('Contradicting reports');
    expect(detail).toContain('Demo Wire 000');
    expect(detail).toContain('Demo Wire 002');
  });

  it('exports the number of contenders in CSV', async () => {
    const csv = await (await fetch(`${fx.server.url}/api/positions.csv?country=DE&commitment=coalition`)).text();
    const [record] = csvRecords(csv);
    expect(record).toMatchObject({ country: 'DE', commitment: 'coalition', stance: 'disputed', contenders: '1' });
  });
});
