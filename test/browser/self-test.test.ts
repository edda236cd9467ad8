/**
 * "Test Fordel i denne Excel" in the browser preview, against the fake Excel: the button in the settings
 * runs the adapter's self-test, every step is listed with its result and the same report as the self-test
 * gives against the fake outside the browser, and nothing it made is left in the workbook.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { SAMPLE_SHEETS } from '../../examples/sample-workbook';
import type { ExcelRun } from '../../src/adapters/office/office-workbook';
import { runSelfTest, selfTestText } from '../../src/adapters/office/self-test';
import { FakeExcel } from '../../src/adapters/office-fake/fake-excel';
import { ensureBuilt, openBrowser, routeOffice, serve } from './support/serve-pane';

jest.setTimeout(240_000);

const STUB = 'office-stub-selftest';
const TIMEOUT = 60_000;

describe('the self-test in the browser preview', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await ensureBuilt(STUB);
    server = await serve();
    browser = await openBrowser();
    page = await browser.newPage({ viewport: { width: 350, height: 700 } });
    await routeOffice(page, STUB);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole('heading', { name: 'Tabeller' }).waitFor({ timeout: TIMEOUT });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('runs from the settings, reports every step, and leaves the workbook as it was', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const sheetsBefore = await page.evaluate(() =>
      (window as unknown as { __fordelFake: { sheetNames(): string[] } }).__fordelFake.sheetNames(),
    );

    await page.getByRole('button', { name: 'Indstillinger' }).click();
    const section = page.getByRole('region', { name: 'Test Fordel i denne Excel' });
    const report = section.getByRole('textbox', { name: 'Rapport' });
    // The settings panel opens with a motion and scrolls itself to the top 300 ms later: a click in that
    // moment can land beside the button. A click that started nothing (no "Tester …", no report) is repeated.
    const started = section.getByRole('button', { name: 'Tester …' }).or(report);
    for (let attempt = 0; attempt < 3; attempt++) {
      await section.getByRole('button', { name: 'Test Fordel i denne Excel' }).click();
      const ran = await started
        .first()
        .waitFor({ timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (ran) break;
    }
    await report.waitFor({ timeout: TIMEOUT });

    // The same run outside the browser, on the same sample and platform, is what the pane must show.
    const fake = new FakeExcel(SAMPLE_SHEETS);
    const expected = await runSelfTest(fake.run as ExcelRun, {
      platform: 'OfficeOnline',
      isSetSupported: (v) => fake.supports(v),
    });
    expect(expected.steps.length).toBeGreaterThanOrEqual(9);
    expect(await report.inputValue()).toBe(selfTestText(expected));
    const items = (await section.getByRole('listitem').allTextContents()).map((s) => s.trim());
    expect(items).toEqual(
      expected.steps.map((s) => `${s.ok ? 'ok' : '✗'} ${s.name}${s.detail ? ` - ${s.detail}` : ''}`),
    );
    await page.screenshot({ path: 'test-output/self-test-350.png', fullPage: false });

    const sheetsAfter = await page.evaluate(() =>
      (window as unknown as { __fordelFake: { sheetNames(): string[] } }).__fordelFake.sheetNames(),
    );
    expect(sheetsAfter).toEqual(sheetsBefore);
    expect(errors).toEqual([]);
  });
});
