/**
 * Fordel in the browser (dist/web.html) in Chromium: a real workbook opened through "Åbn projektmappe" and
 * checked with "Kontrollér" shows the same items as `fordel check --json` on the same file; the grid marks
 * the cells; nothing is requested from anywhere but the page itself, and the page's CSP blocks a connection
 * out. Screenshots at 1280x800 and 390x844 go to test-output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { JsonReport } from '../../src/cli/report';
import { runCli } from '../support/run-cli';
import { DIST, ensureDist, openBrowser, serve } from './support/serve-pane';

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'examples/fordel-eksempel.xlsx');
const SHOTS = path.join(ROOT, 'test-output/screenshots');

/** The page's default as-of date is the browser's today; the command line is given the same. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe('Fordel in the browser', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  beforeAll(async () => {
    await ensureDist();
    server = await serve(DIST);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await openBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function openPage(width: number, height: number) {
    const page = await browser.newPage({ viewport: { width, height } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/web.html`);
    return { page, requests, errors };
  }

  async function openAndCheck(page: Page, file: string) {
    await page.getByLabel('Åbn projektmappe').setInputFiles(file);
    await page.getByTestId('web-status').filter({ hasText: 'er åbnet' }).waitFor();
    await page.getByRole('button', { name: 'Kontrollér', exact: true }).click();
    await page.getByTestId('summary').waitFor({ timeout: 120_000 });
  }

  /** Every item the pane shows, table by table: opens each table in turn (one is open at a time). */
  async function paneItems(page: Page): Promise<string[]> {
    const rows = page.locator('ul[aria-label="Tabeller"] > li > button');
    const n = await rows.count();
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const row = rows.nth(i);
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
      const li = page.locator('ul[aria-label="Tabeller"] > li').nth(i);
      out.push(
        ...(await li
          .locator('[data-item-rule]')
          .evaluateAll((els) =>
            els.map((e) => `${e.getAttribute('data-item-rule')} ${e.getAttribute('data-item-cell')}`),
          )),
      );
    }
    return out;
  }

  it('shows the same items as fordel check on the sample workbook, and marks the cells', async () => {
    const { page, requests, errors } = await openPage(1280, 800);
    await page.screenshot({ path: path.join(SHOTS, 'web-1280-empty.png') });
    await openAndCheck(page, SAMPLE);

    const cli = JSON.parse((await runCli('check', SAMPLE, '--json', '--as-of', today())).out) as JsonReport;
    const expected = cli.items!.map((i) => `${i.rule} ${i.sheet}!${i.cell}`).sort();
    const shown = (await paneItems(page)).sort();
    expect(shown).toEqual(expected);

    // The grid marks the cells of the findings on the sheet shown.
    expect(await page.locator('[data-testid="grid"] td[data-mark="error"]').count()).toBeGreaterThan(0);
    // A headline selects its cell in the grid (Tabel B is the first table).
    await page.locator('ul[aria-label="Tabeller"] > li > button').first().click();
    await page.locator('[data-item-cell="Kulturaftale!D4"] [data-headline]').first().click();
    await page.locator('td[data-cell="D4"]').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'web-1280-checked.png') });

    expect(errors).toEqual([]);
    expect(
      requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')),
    ).toEqual([]);
    await page.close();
  });

  it('opens real files from other programs: .ods and .xls as well as .xlsx', async () => {
    for (const name of ['calamine-any_sheets.ods', 'calamine-any_sheets.xls', 'xlsxwriter-table02.xlsx']) {
      const file = path.join(ROOT, 'test/files/real', name);
      const { page, errors } = await openPage(1280, 800);
      await openAndCheck(page, file);
      const cli = JSON.parse((await runCli('check', file, '--json', '--as-of', today())).out) as JsonReport;
      const expected = (cli.items ?? []).map((i) => `${i.rule} ${i.sheet}!${i.cell}`).sort();
      expect([name, (await paneItems(page)).sort()]).toEqual([name, expected]);
      expect([name, errors]).toEqual([name, []]);
      await page.close();
    }
  });

  it('fits a phone: grid above, pane below, nothing wider than the screen', async () => {
    const { page } = await openPage(390, 844);
    await openAndCheck(page, SAMPLE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // After the check both downloads can be used on a phone too.
    for (const name of ['Hent kontrolleret kopi', 'Hent fund som projektmappe'])
      expect(await page.getByRole('button', { name }).isEnabled()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'web-390-checked.png'), fullPage: false });
    // The grid starts at A1, and a finding chosen in the pane (below the grid on a phone) shows its cell by
    // scrolling the grid alone: column A stays in view beside D4, and the page stays where the user is.
    const seen = (cell: string) =>
      page.evaluate((c) => {
        const box = document.querySelector('[data-testid="grid"]')!.closest('[role="region"]')!;
        const b = box.getBoundingClientRect();
        const r = document.querySelector(`td[data-cell="${c}"]`)!.getBoundingClientRect();
        return (
          r.left >= b.left && r.right <= b.left + box.clientWidth && r.top >= b.top && r.bottom <= b.bottom
        );
      }, cell);
    expect(await seen('A1')).toBe(true);
    await page.locator('ul[aria-label="Tabeller"] > li > button').first().click();
    const headline = page.locator('[data-item-cell="Kulturaftale!D4"] [data-headline]').first();
    await headline.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY + document.querySelector('main')!.scrollTop);
    await headline.click();
    await page.waitForTimeout(300);
    expect(await seen('D4')).toBe(true);
    expect(await seen('A4')).toBe(true);
    expect(await page.evaluate(() => window.scrollY + document.querySelector('main')!.scrollTop)).toBe(
      before,
    );
    await page.close();
  });

  it('lets no connection out: its policy says so and Chromium blocks one', async () => {
    const { page } = await openPage(1280, 800);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("connect-src 'none'");
    const outcome = await page.evaluate(async (url) => {
      const blocked: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.violatedDirective));
      try {
        await fetch(url);
        return { fetched: true, blocked };
      } catch {
        await new Promise((r) => setTimeout(r, 50));
        return { fetched: false, blocked };
      }
    }, `${origin}/web.html`);
    expect(outcome.fetched).toBe(false);
    expect(outcome.blocked).toContain('connect-src');
    await page.close();
  });

  it('downloads the checked copy as a file, made in the browser', async () => {
    const { page, requests } = await openPage(1280, 800);
    await openAndCheck(page, SAMPLE);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent kontrolleret kopi' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('fordel-eksempel-kontrolleret.xlsx');
    const saved = path.join(SHOTS, '..', 'web-download.xlsx');
    await download.saveAs(saved);
    const after = JSON.parse((await runCli('check', saved, '--json', '--as-of', today())).out) as JsonReport;
    expect(after.tables.length).toBeGreaterThan(0);
    expect(
      requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')),
    ).toEqual([]);
    await page.close();
  });
});
