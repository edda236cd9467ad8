/**
 * Screenshots of Fordel in the browser (web.html) at a desktop width (1280 x 800) and a phone's (390 x 844),
 * in Danish and English, over the sample workbook: the page as it opens, checked with a table open and a
 * finding's cell selected in the grid, and after downloading the checked copy (the downloads usable at both
 * widths). Written to docs/screenshots/ to be looked at before a change to the page is called done.
 *
 *   npx tsx test/browser/support/web-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, build, serve } from './serve-pane';

const ROOT = path.resolve(__dirname, '../../..');
const OUT = path.join(ROOT, 'docs/screenshots');
const BUILT = path.join(ROOT, 'test-output/web-shots');
const SAMPLE = path.join(ROOT, 'examples/fordel-eksempel.xlsx');
const TIMEOUT = 120_000;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const WORDS = {
  da: {
    open: 'Åbn projektmappe',
    opened: 'er åbnet',
    run: 'Kontrollér',
    copy: 'Hent kontrolleret kopi',
    findings: 'Hent fund som projektmappe',
  },
  en: {
    open: 'Open workbook',
    opened: 'is open',
    run: 'Check',
    copy: 'Download checked copy',
    findings: 'Download findings as a workbook',
  },
} as const;

async function main(): Promise<void> {
  await build({ web: true }, BUILT);
  mkdirSync(OUT, { recursive: true });
  const server = await serve(BUILT);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(CHROMIUM);
  try {
    for (const size of SIZES) {
      for (const lang of ['da', 'en'] as const) {
        const page = await browser.newPage({ viewport: size, acceptDownloads: true });
        await page.goto(`${base}/web.html`);
        if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
        const w = WORDS[lang];
        await shot(page, lang, size, '1-opened');
        await page.getByLabel(w.open).setInputFiles(SAMPLE);
        await page.getByTestId('web-status').filter({ hasText: w.opened }).waitFor({ timeout: TIMEOUT });
        await page.getByRole('button', { name: w.run, exact: true }).click();
        await page.getByTestId('summary').waitFor({ timeout: TIMEOUT });
        await page.getByRole('button', { name: /^Tabel B/ }).click();
        await page.locator('[data-item-cell="Kulturaftale!D4"] [data-headline]').first().click();
        await page.locator('td[data-cell="D4"]').first().waitFor({ timeout: TIMEOUT });
        await page.waitForTimeout(500);
        // Column A names the lines: it stays in view beside the finding's cell, at a phone's width too.
        const shown = await page.evaluate(() => {
          const box = document.querySelector('[data-testid="grid"]')!.closest('[role="region"]')!;
          const a = document.querySelector('td[data-cell="A4"]')!.getBoundingClientRect();
          return a.left >= box.getBoundingClientRect().left;
        });
        if (!shown) throw new Error(`column A is scrolled out of view at ${size.width} px`);
        // The page starts at the top, where the downloads are: a phone scrolled down to the pane would hide them.
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot(page, lang, size, '2-checked');
        // Both downloads were once reported greyed on a phone after a check.
        for (const name of [w.copy, w.findings])
          if (!(await page.getByRole('button', { name }).isEnabled()))
            throw new Error(`${name} is not enabled at ${size.width} px`);
        const copy = page.getByRole('button', { name: w.copy });
        const [download] = await Promise.all([page.waitForEvent('download'), copy.click()]);
        console.log(`downloaded ${download.suggestedFilename()}`);
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot(page, lang, size, '3-downloaded');
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

function shot(page: Page, lang: string, size: { width: number; height: number }, state: string) {
  const file = path.join(OUT, `web-${lang}-${size.width}x${size.height}-${state}.png`);
  console.log(file);
  return page.screenshot({ path: file });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
