/**
 * Screenshots of the task pane at the two sizes Excel gives it (320 x 600 and 350 x 700), in Danish and
 * English, over the sample workbook in the fake Excel: opened, checked with a table open, correcting a
 * table's reading (its top, then its subtotal and breakdown rows), the write preview, a fix's preview,
 * the "I orden" dialog, a split's reading turned to run across and a table's reading as a budget. Written to docs/screenshots/ to be looked at before a change to the pane is called
 * done.
 *
 *   npm run build && npx tsx test/browser/support/pane-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ensureBuilt, openBrowser, routeOffice, serve } from './serve-pane';

const OUT = path.resolve(__dirname, '../../../docs/screenshots');
const STUB = 'office-stub-shots';
const TIMEOUT = 120_000;
const SIZES = [
  { width: 320, height: 600 },
  { width: 350, height: 700 },
] as const;
const WORDS = {
  da: {
    tables: 'Tabeller',
    run: 'Kontrollér',
    settings: 'Indstillinger',
    correct: /^Ret læsningen af Tabel B/,
    write: 'Skriv i projektmappen',
    fix: /^Ret (\d+ celler?|[A-Z]+\d+)$/,
    // Its accessible name also names the cell: "I orden: markér D4 som i orden".
    accept: /^I orden: /,
    marks: 'Subtotalrækker',
    correctSplit: /^Ret læsningen af Fordeling af fælles udgift/,
    kind: 'Tabellens type',
    budget: 'Budget',
    amounts: 'Kolonner med beløb',
    splitWay: 'Parterne står',
    across: 'i kolonner, én pr. part',
  },
  en: {
    tables: 'Tables',
    run: 'Check',
    settings: 'Settings',
    correct: /^Correct the reading of Tabel B/,
    write: 'Write into the workbook',
    fix: /^Correct (\d+ cells?|[A-Z]+\d+)$/,
    accept: /^Fine: /,
    marks: 'Subtotal rows',
    correctSplit: /^Correct the reading of Fordeling af fælles udgift/,
    kind: 'Kind of table',
    budget: 'Budget',
    amounts: 'Columns with amounts',
    splitWay: 'The parties run',
    across: 'in columns, one per party',
  },
} as const;

async function main(): Promise<void> {
  await ensureBuilt(STUB);
  mkdirSync(OUT, { recursive: true });
  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await openBrowser();
  try {
    for (const size of SIZES) {
      for (const lang of ['da', 'en'] as const) {
        const page = await browser.newPage({ viewport: size });
        await routeOffice(page, STUB);
        await page.goto(`${base}/taskpane.html`);
        await page.getByRole('heading', { name: 'Tabeller' }).waitFor({ timeout: TIMEOUT });
        if (lang === 'en') {
          await page.getByRole('button', { name: 'Indstillinger' }).click();
          await page.getByRole('button', { name: /^English/ }).click();
          await page.getByRole('button', { name: 'Settings' }).click();
        }
        const w = WORDS[lang];
        await page.getByRole('heading', { name: w.tables }).waitFor({ timeout: TIMEOUT });
        // Switching the language scrolled down to the settings: the pane as it opens starts at the top.
        await page.evaluate(() => document.querySelectorAll('*').forEach((e) => (e.scrollTop = 0)));
        await shot(page, lang, size, '1-opened');
        await page.getByRole('button', { name: w.run, exact: true }).click();
        await page.getByTestId('summary').waitFor({ timeout: TIMEOUT });
        await page.getByRole('button', { name: /^Tabel B/ }).click();
        await page.waitForTimeout(500);
        await shot(page, lang, size, '2-checked');
        await page.getByRole('button', { name: w.correct }).click();
        const editor = page.getByRole('group', {
          name: /^(Ret læsningen af|Correct the reading of) [A-Z]+\d/,
        });
        await editor.first().waitFor({ timeout: TIMEOUT });
        await editor.first().scrollIntoViewIfNeeded();
        await shot(page, lang, size, '3-correcting');
        // Further down: the subtotal and breakdown rows the findings ask about.
        await editor.first().getByRole('group', { name: w.marks }).scrollIntoViewIfNeeded();
        await shot(page, lang, size, '4-correcting-marks');
        await page.keyboard.press('Escape');
        // What writing would add, before anything is written.
        await page.getByRole('button', { name: w.write, exact: true }).click();
        await dialog(page, lang, size, '5-write-preview');
        // A fix lists its cells with old and new values before it writes them.
        const fix = page.getByRole('button', { name: w.fix }).first();
        if (!(await fix.count())) {
          for (const row of await page.locator('ul > li > button[aria-expanded="false"]').all()) {
            await row.click();
            if (await page.getByRole('button', { name: w.fix }).count()) break;
          }
        }
        await page.getByRole('button', { name: w.fix }).first().click();
        await dialog(page, lang, size, '6-fix-preview');
        await page.getByRole('button', { name: w.accept }).first().click();
        await dialog(page, lang, size, '7-accepting');
        // A split turned to run across: its key and amounts are rows, its total a column.
        await page
          .getByRole('button', { name: /^Fordeling af fælles udgift/ })
          .first()
          .click();
        await page.getByRole('button', { name: w.correctSplit }).click();
        await editor.first().waitFor({ timeout: TIMEOUT });
        await editor.first().getByRole('combobox', { name: w.splitWay }).selectOption({ label: w.across });
        await editor.first().scrollIntoViewIfNeeded();
        await shot(page, lang, size, '8-correcting-split-across');
        await page.keyboard.press('Escape');
        // Tabel B read as a budget: its name and amount columns, the budget year and the lines that are sums.
        await page
          .getByRole('button', { name: /^Tabel B/ })
          .first()
          .click();
        await page.getByRole('button', { name: w.correct }).click();
        await editor.first().waitFor({ timeout: TIMEOUT });
        await editor.first().getByRole('combobox', { name: w.kind }).selectOption({ label: w.budget });
        await editor.first().getByRole('group', { name: w.amounts }).scrollIntoViewIfNeeded();
        await shot(page, lang, size, '9-correcting-budget');
        await page.keyboard.press('Escape');
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/** A dialog as it opens, then closed again with Escape. */
async function dialog(page: Page, lang: string, size: { width: number; height: number }, state: string) {
  await page.getByRole('dialog').waitFor({ timeout: TIMEOUT });
  await page.waitForTimeout(300);
  await shot(page, lang, size, state);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: TIMEOUT });
}

function shot(page: Page, lang: string, size: { width: number; height: number }, state: string) {
  const file = path.join(OUT, `pane-${lang}-${size.width}x${size.height}-${state}.png`);
  console.log(file);
  return page.screenshot({ path: file });
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
