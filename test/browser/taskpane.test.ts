/**
 * The built add-in in a real browser: dist/ served locally, office.js replaced by the fake Excel that
 * holds the sample workbook. Checks that the pane runs the check end to end, writes into the
 * workbook, and talks to nothing but its own server and the (routed) office.js.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SAMPLE_SHEETS } from '../../examples/sample-workbook';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import { a1 } from '../../src/core/grid/a1';
import { gridFromRows } from '../../src/core/grid/grid';
import { ensureBuilt, OFFICE_JS, openBrowser, routeOffice, serve } from './support/serve-pane';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const STUB = 'office-stub';
const TIMEOUT = 60_000;

describe('the task pane in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  const requests: string[] = [];

  beforeAll(async () => {
    await ensureBuilt(STUB);
    server = await serve();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await openBrowser();
    page = await browser.newPage({ viewport: { width: 350, height: 378 } });
    page.on('request', (r) => requests.push(r.url()));
    await routeOffice(page, STUB);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('checks the sample workbook, shows the findings and writes the output columns', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    await page.goto(`${base}/taskpane.html`);
    await page.getByRole('list', { name: 'Tabeller' }).waitFor({ timeout: TIMEOUT });
    await expectText(page.getByRole('list', { name: 'Tabeller' }), 'Kulturaftale!');

    await page.getByRole('button', { name: 'Kontrollér' }).click();
    await page.getByTestId('summary').waitFor({ timeout: TIMEOUT });
    await page.getByText(/^Skrev [\d.]+ celler i projektmappen\.$/).waitFor({ timeout: TIMEOUT });

    await page.getByRole('button', { name: /Tabel B: Samlet finansiering/ }).click();
    // Own financing short in several columns is one item that opens to the cells it explains.
    for (let i = 0; i < 10; i++) {
      const toggle = page.locator('[data-item] button[aria-expanded="false"]').first();
      if ((await toggle.count()) === 0) break;
      await toggle.click();
    }
    const below = page.locator('[data-item] button', { hasText: 'Kulturaftale!D4' });
    await below.first().waitFor({ timeout: TIMEOUT });

    // What the pane wrote is what the check planned: compare the fake's cells with the plan.
    const sheets = SAMPLE_SHEETS.map((s) => gridFromRows(s.name, s.rows));
    const plan = checkWorkbook(
      { sheets, sheetNames: sheets.map((s) => s.name), settings: null },
      { lang: 'da', asOf: await browserToday(page) },
    ).plan;
    const block = plan.blocks.find((b) => b.sheet === 'Kulturaftale');
    expect(block).toBeDefined();
    let compared = 0;
    for (let r = 0; r < block!.values.length; r++) {
      for (let c = 0; c < block!.values[r].length; c++) {
        const want = block!.values[r][c];
        if (typeof want !== 'number' && typeof want !== 'string') continue;
        const cell = a1(block!.top + r, block!.left + c);
        const got = await fakeCell(page, 'Kulturaftale', cell);
        expect([cell, got.value]).toEqual([cell, want]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);

    // The cell under the minimum is highlighted, and the findings sheet exists with its first cell.
    const marked = plan.highlights.find(
      (h) =>
        h.sheet === 'Kulturaftale' &&
        h.range.top <= 3 &&
        h.range.bottom >= 3 &&
        h.range.left <= 3 &&
        h.range.right >= 3,
    );
    expect(marked).toBeDefined();
    expect((await fakeCell(page, 'Kulturaftale', 'D4')).fill).toBeTruthy();
    const findingsSheet = plan.sheets[0];
    const firstCell = findingsSheet.values[0][0];
    expect((await fakeCell(page, findingsSheet.name, 'A1')).value).toEqual(
      typeof firstCell === 'object' && firstCell !== null ? firstCell.text : firstCell,
    );

    // Selecting a finding goes through the fake to Excel's selection without errors.
    await below.first().click();

    mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-output/taskpane.png'), fullPage: true });

    // Nothing but the local server and the routed office.js.
    const foreign = requests.filter(
      (u) => !u.startsWith(`${base}/`) && u !== OFFICE_JS && !u.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
    expect(requests).toContain(OFFICE_JS);
    expect(errors).toEqual([]);

    // The pane fits its width: nothing scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

interface FakeCell {
  readonly value: unknown;
  readonly fill?: string;
}

interface FakeWindow {
  __fordelFake: { cell(sheet: string, a1: string): FakeCell };
}

function fakeCell(page: Page, sheet: string, cell: string): Promise<FakeCell> {
  return page.evaluate(([s, c]) => (window as unknown as FakeWindow).__fordelFake.cell(s, c), [
    sheet,
    cell,
  ] as const);
}

/** The pane's default as-of date is the browser's local today; the output depends on it. */
function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

async function expectText(locator: ReturnType<Page['getByRole']>, text: string): Promise<void> {
  expect(await locator.textContent()).toContain(text);
}
