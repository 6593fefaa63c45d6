import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAndRecord, demoArticles, hostileArticle, type DemoArticle } from './demo-data.js';
import { startWebFixture, type WebFixture } from './web-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');
const haveChromium = existsSync(CHROMIUM);
/** Waits for the page to reach a state; the generous limit is for slow CI machines, not a speed claim. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 50 });
if (!haveChromium) console.warn(`board browser test skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

describe.skipIf(!haveChromium)('the board in headless Chromium', () => {
  let fx: WebFixture;
  let browser: Browser;
  let page: Page;
  let later: DemoArticle;
  const offHost: string[] = [];

  beforeAll(async () => {
    fx = await startWebFixture();
    const demos = await demoArticles();
    later = demos.pop()!;
    for (const demo of demos) await applyAndRecord(fx.store, fx.alertLog, demo);
    await applyAndRecord(fx.store, fx.alertLog, hostileArticle());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The page must work offline: anything not from our own server is refused and noted.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(fx.server.url)) return route.continue();
      offHost.push(url);
      return route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await fx?.close();
  });

  it("shows Italy's ground-troops cell as declined, with its evidence on demand", async () => {
    await page.goto(fx.server.url);
    const cell = page.locator('td[data-cell="IT:ground_troops"]');
    await eventually(() => cell.innerText()).toBe('declined');
    await cell.locator('button').focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('#evidence');
    await eventually(() => panel.innerText()).toContain('Meloni');
    expect(await panel.innerText()).toMatch(/corroborated by \d+ report/);
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  });

  it('narrows the rows as the user types in quick find', async () => {
    await page.getByLabel('Quick find').fill('ital');
    await eventually(() => page.locator('table.board tbody tr:visible').count()).toBe(1);
    expect(await page.locator('table.board tbody tr:visible').getAttribute('data-country')).toBe('IT');
    await page.getByLabel('Quick find').fill('');
    await eventually(() => page.locator('table.board tbody tr:visible').count()).toBeGreaterThan(10);
  });

  it('opens Germany and sees the coalition change with its source', async () => {
    await page
      .getByRole('link', { name: /Germany/ })
      .first()
      .click();
    await page.waitForURL(/\/country\/DE$/);
    const change = page.locator('.timeline li.kind-change[data-commitment="coalition"]').first();
    const text = await change.innerText();
    expect(text).toMatch(/(willing|disputed)\s*→\s*conditional/);
    expect(text).toMatch(/Germany stated it would only decide/);
    expect(text).toContain('Demo Wire 003, 2025-09-05');
    expect(await change.locator('a[href^="https://news.example.test/demo/"]').count()).toBe(1);
  });

  it('shows a new alert live, newest first, when an article is applied', async () => {
    await page.goto(fx.server.url);
    await eventually(() => page.locator('.live-status').innerText()).toBe('(live)');
    const before = await page.locator('#alert-list > li').count();
    const alerts = await applyAndRecord(fx.store, fx.alertLog, later);
    expect(alerts.length).toBeGreaterThan(0);
    const newest = alerts[alerts.length - 1]!;
    await eventually(() => page.locator('#alert-list > li').count()).toBe(before + alerts.length);
    expect(await page.locator('#alert-list > li').first().getAttribute('data-alert-id')).toBe(newest.id);
    const spain = page.locator('td[data-cell="ES:ground_troops"]');
    expect(await spain.count()).toBe(0);
    const germany = page.locator('td[data-cell="DE:ground_troops"]');
    await eventually(() => germany.innerText()).toBe('undecided');
  });

  it('loads nothing from other hosts and saves a screenshot of the board', async () => {
    await page.goto(fx.server.url);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'board.png'), fullPage: true });
    expect(existsSync(join(ARTIFACTS, 'board.png'))).toBe(true);
    expect(offHost).toEqual([]);
  });

  it('fits a phone screen: only the board scrolls sideways, never the page', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    try {
      await phone.goto(fx.server.url);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await phone.screenshot({ path: join(ARTIFACTS, 'board-phone.png') });
    } finally {
      await phone.close();
    }
  });
});
