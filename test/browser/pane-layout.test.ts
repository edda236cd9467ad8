/**
 * The task pane as a new user meets it, at the two sizes Excel gives a task pane (320 x 600 and
 * 350 x 700): the main button in view, a workbook with no table gets no false all-clear and no writes,
 * the summary is in view after a run, removing Fordel's output gives back the workbook as it was, and
 * "Ny fordeling", fetched when opened, shows a spinner meanwhile and a Danish message when it cannot come.
 * Screenshots of each state go to test-output/pane/ to be looked at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Locator, Page } from 'playwright-core';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { ensureBuilt, openBrowser, routeOffice, serve } from './support/serve-pane';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-output/pane');
const TIMEOUT = 60_000;
const STUB = 'office-stub-pane';
const SIZES = [
  { width: 320, height: 600 },
  { width: 350, height: 700 },
] as const;

/** A workbook with text and a few numbers but nothing Fordel should take for a table. */
const NO_TABLE = [
  {
    name: 'Mødeplan',
    rows: [
      ['Mødeplan for styregruppen'],
      [],
      ['Dato', 'Emne'],
      ['Mandag', 'Status på projektet'],
      ['Tirsdag', 'Budgetopfølgning'],
    ],
  },
];

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  await ensureBuilt(STUB);
  server = await serve();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await openBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPane(size: { width: number; height: number }, sheets?: unknown): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  if (sheets)
    await page.addInitScript(
      (s) => ((window as unknown as Record<string, unknown>).__fordelWorkbook = s),
      sheets,
    );
  await routeOffice(page, STUB);
  await page.goto(`${base}/taskpane.html`);
  await page.getByRole('heading', { name: 'Tabeller' }).waitFor({ timeout: TIMEOUT });
  return page;
}

function shot(page: Page, name: string, size: { width: number }): Promise<Buffer> {
  return page.screenshot({ path: path.join(SHOTS, `${size.width}-${name}.png`) });
}

/**
 * Wholly inside the viewport, and - unless it is in the fixed footer - above the footer: the scrolling
 * part of the pane ends there, so anything lower is out of sight even when it is inside the viewport.
 */
/** Whether the element comes into view within a few seconds (it may be scrolling there). */
async function soonInView(page: Page, locator: Locator): Promise<boolean> {
  for (const until = Date.now() + 5_000; Date.now() < until; await page.waitForTimeout(100)) {
    if (await inView(page, locator)) return true;
  }
  return inView(page, locator);
}

async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const vp = page.viewportSize();
  if (!box || !vp) return false;
  const inFooter = await locator.evaluate((el) => el.closest('footer') !== null);
  const footer = inFooter ? null : await page.locator('footer').first().boundingBox();
  const bottom = footer ? footer.y : vp.height;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= bottom && box.x + box.width <= vp.width;
}

interface FakeSheet {
  name: string;
  visibility: string;
  protected: boolean;
  vals: unknown[][];
  fmts: unknown[][];
  fills: Map<string, string>;
  formulas: Map<string, string>;
  links: Map<string, string>;
  bold: Set<string>;
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  columnWidths: Map<number, number>;
  merges: unknown[];
  width(col: number): number;
}

/**
 * Every sheet (name, order, visibility, protection, merges, hidden rows and columns), every column's
 * width, and every cell that holds anything (value, number format, fill, formula, link, bold), as plain data.
 */
function workbookDump(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const fake = (window as unknown as { __fordelFake: { state: { sheets: FakeSheet[] } } }).__fordelFake;
    return fake.state.sheets.map((s) => {
      const cells: Record<string, unknown> = {};
      const keys = new Set<string>([...s.fills.keys(), ...s.formulas.keys(), ...s.links.keys(), ...s.bold]);
      let lastCol = -1;
      s.vals.forEach((row, r) =>
        row?.forEach((v, c) => {
          if (v === null || v === undefined) return;
          keys.add(`${r}:${c}`);
          lastCol = Math.max(lastCol, c);
        }),
      );
      s.fmts.forEach((row, r) =>
        row?.forEach((f, c) => f !== undefined && f !== 'General' && keys.add(`${r}:${c}`)),
      );
      for (const k of [...keys].sort()) {
        const [r, c] = k.split(':').map(Number);
        cells[k] = {
          value: s.vals[r]?.[c] ?? null,
          format: s.fmts[r]?.[c] ?? 'General',
          fill: s.fills.get(k) ?? null,
          formula: s.formulas.get(k) ?? null,
          link: s.links.get(k) ?? null,
          bold: s.bold.has(k),
        };
      }
      // Widths as Excel shows them: every column not at the default width (a column Fordel set back to the
      // default is as it was). Excel's last column is never touched, so it gives the default.
      const standard = s.width(16_383);
      const widths: Record<number, number> = {};
      for (let c = 0; c <= Math.max(lastCol, ...s.columnWidths.keys()); c++)
        if (s.width(c) !== standard) widths[c] = s.width(c);
      return {
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        merges: s.merges,
        hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
        hiddenCols: [...s.hiddenCols].sort((a, b) => a - b),
        widths,
        cells,
      };
    });
  });
}

const runButton = (page: Page) => page.getByRole('button', { name: 'Kontrollér', exact: true });

describe.each(SIZES)('the task pane at $width x $height', (size) => {
  it('shows Kontrollér without scrolling, and the summary in view after a run', async () => {
    const page = await openPane(size);
    await page.getByRole('list', { name: 'Tabeller' }).waitFor({ timeout: TIMEOUT });
    expect(await inView(page, runButton(page))).toBe(true);
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    await shot(page, '1-opened', size);

    await runButton(page).click();
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: TIMEOUT });
    await expectText(summary).toContainText(/^\d+ tabeller kontrolleret: \d+ med fejl/);
    expect(await inView(page, summary)).toBe(true);
    // Focus lands on the summary, so a screen reader reads it and the keyboard starts there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('summary');
    expect(await inView(page, runButton(page))).toBe(true);
    await shot(page, '2-results', size);

    // The split table's findings: its row differences are one item that opens to the rows.
    await page.getByRole('button', { name: /Fordeling af fælles udgift/ }).click();
    await shot(page, '3-table-open', size);
    for (let i = 0; i < 10; i++) {
      const toggle = page.locator('[data-item] button[aria-expanded="false"]').first();
      if ((await toggle.count()) === 0) break;
      await toggle.click();
    }
    // The split's row differences are all under one item.
    const holders = await page
      .locator('button[data-rule="split-mismatch"]')
      .evaluateAll((bs) => new Set(bs.map((b) => b.closest('[data-item]'))).size);
    expect(holders).toBe(1);
    await shot(page, '4-group-open', size);

    await page.getByRole('button', { name: 'Indstillinger' }).click();
    const date = page.getByRole('textbox', { name: /Opgørelsesdato for mål/ });
    await date.waitFor({ timeout: TIMEOUT });
    // Danish order whatever the browser's locale.
    expect(await date.inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    // The section comes up to the top (a smooth scroll, slower on a busy machine): its first fields are
    // in view above the footer, Kontrollér too.
    expect(await soonInView(page, date)).toBe(true);
    expect(await inView(page, page.getByRole('heading', { name: 'Indstillinger' }))).toBe(true);
    expect(await inView(page, runButton(page))).toBe(true);
    await shot(page, '5-settings', size);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('says so when there is no table, gives no all-clear and writes nothing', async () => {
    const page = await openPane(size, NO_TABLE);
    await page.getByText(/Fordel fandt ingen tabeller/).waitFor({ timeout: TIMEOUT });
    const before = await workbookDump(page);
    expect(await inView(page, runButton(page))).toBe(true);
    await runButton(page).click();
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: TIMEOUT });
    await expectText(summary).toContainText('Fordel fandt ingen tabeller at kontrollere');
    await expectText(summary).toContainText('Brug markering');
    expect(await page.locator('body').innerText()).not.toMatch(/alt stemmer|i orden/i);
    expect(await workbookDump(page)).toEqual(before);
    await shot(page, '6-no-table', size);
    await page.close();
  });

  it('fetches Ny fordeling when opened: a spinner meanwhile, a Danish message when it fails, then the form', async () => {
    const page = await openPane(size);
    await page.getByRole('list', { name: 'Tabeller' }).waitFor({ timeout: TIMEOUT });
    // The form's own chunks ([id].[hash].js): the first fetch fails as on a dropped connection, the next
    // is held back a moment so the spinner can be seen.
    const asked: string[] = [];
    let failing = true;
    await page.route(/\/\d+\.[0-9a-f]{8}\.js$/, async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      if (failing) return route.abort('internetdisconnected');
      await new Promise((r) => setTimeout(r, 1_500));
      return route.continue();
    });
    const heading = page.getByRole('button', { name: 'Ny fordeling' });
    await heading.scrollIntoViewIfNeeded();
    await heading.click();
    const alert = page.getByRole('alert').filter({ hasText: 'Denne del af Fordel kunne ikke hentes' });
    await alert.waitFor({ timeout: TIMEOUT });
    expect(asked.length).toBeGreaterThan(0);
    // The section opened at the foot of the pane comes up, so what it says is seen without scrolling.
    expect(await soonInView(page, alert)).toBe(true);
    await alert.scrollIntoViewIfNeeded();
    await shot(page, '10-new-split-failed', size);

    failing = false;
    await alert.getByRole('button', { name: 'Prøv igen' }).click();
    const spinner = page.getByText('Henter …');
    await spinner.waitFor({ timeout: TIMEOUT });
    await shot(page, '11-new-split-loading', size);
    const amount = page.getByRole('textbox', { name: 'Beløb at fordele (kr.)' });
    await amount.waitFor({ timeout: TIMEOUT });
    expect(await spinner.count()).toBe(0);
    expect(await alert.count()).toBe(0);
    expect(await soonInView(page, amount)).toBe(true);
    await amount.scrollIntoViewIfNeeded();
    await shot(page, '12-new-split-form', size);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('shows what came of Indsæt ved markeringen below the button, in view: the failure, then the success', async () => {
    // One empty sheet: the table can go at A1, where the selection is.
    const page = await openPane(size, [{ name: 'Ark1', rows: [[]] }]);
    const heading = page.getByRole('button', { name: 'Ny fordeling' });
    await heading.click();
    const amount = page.getByRole('textbox', { name: 'Beløb at fordele (kr.)' });
    await amount.waitFor({ timeout: TIMEOUT });
    const insert = page.getByRole('button', { name: 'Indsæt ved markeringen' });
    // As a user scrolls: just far enough to see the button, which then stands at the foot of the pane.
    const pressAtFoot = async () => {
      await insert.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await insert.click();
    };

    await pressAtFoot();
    const failure = page.getByRole('alert').filter({ hasText: 'Skriv beløbet, der skal fordeles' });
    await failure.waitFor({ timeout: TIMEOUT });
    expect(await soonInView(page, failure)).toBe(true);
    await shot(page, '13-new-split-failure', size);

    await amount.fill('100.000');
    await pressAtFoot();
    const success = page
      .getByRole('status')
      .filter({ hasText: /^Fordelingen mellem \d+ parter er indsat i Ark1!A1:/ });
    await success.waitFor({ timeout: TIMEOUT });
    expect(await soonInView(page, success)).toBe(true);
    // The failure is gone once the next press has come to something else.
    expect(await failure.count()).toBe(0);
    await shot(page, '14-new-split-inserted', size);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('opens a table at the foot of the list with its first item in view', async () => {
    const page = await openPane(size);
    await page.getByRole('list', { name: 'Tabeller' }).waitFor({ timeout: TIMEOUT });
    await runButton(page).click();
    await page.getByTestId('summary').waitFor({ timeout: TIMEOUT });
    const row = page.getByRole('button', { name: /^▸?\s*Resultatmål for erhvervshuset/ });
    // As a user scrolls: just far enough to see the table's row, at the foot of the pane.
    await row.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await row.click();
    const first = page.locator('li[data-table]', { has: row }).locator('[data-headline]').first();
    await first.waitFor({ timeout: TIMEOUT });
    expect(await soonInView(page, first)).toBe(true);
    expect(await inView(page, row)).toBe(true);
    await shot(page, '15-last-table-opened', size);
    await page.close();
  });

  it('shows a fix that could not be written where the user is, with the keyboard on it', async () => {
    const page = await openPane(size);
    await page.getByRole('list', { name: 'Tabeller' }).waitFor({ timeout: TIMEOUT });
    await runButton(page).click();
    await page.getByTestId('summary').waitFor({ timeout: TIMEOUT });
    await page.getByRole('button', { name: /EU-kontor: finansiering/ }).click();
    const fix = page.getByRole('button', { name: 'Ret C41', exact: true });
    await fix.click();
    const dialog = page.getByRole('dialog', { name: 'Ret 1 celle?' });
    await dialog.waitFor({ timeout: TIMEOUT });
    // Meanwhile someone protected the sheet in Excel: the fix cannot be written.
    await page.evaluate(() =>
      (
        window as unknown as { __fordelFake: { setProtected(s: string, on: boolean): void } }
      ).__fordelFake.setProtected('Fordeling', true),
    );
    await dialog.getByRole('button', { name: 'Ret', exact: true }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'Noget gik galt' });
    await failure.waitFor({ timeout: TIMEOUT });
    expect(await soonInView(page, failure)).toBe(true);
    // The dialog has gone: the keyboard is on the message's "Prøv igen", not lost on the page.
    expect(await failure.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await shot(page, '16-fix-refused', size);
    await page.close();
  });

  const hasClean = typeof (OfficeWorkbook.prototype as { clean?: unknown }).clean === 'function';
  (hasClean ? it : it.skip)(
    'removes its output and leaves every cell as it was before the first run',
    async () => {
      const page = await openPane(size);
      await page.getByRole('list', { name: 'Tabeller' }).waitFor({ timeout: TIMEOUT });
      const before = await workbookDump(page);
      await runButton(page).click();
      await page.getByTestId('summary').waitFor({ timeout: TIMEOUT });
      expect(await workbookDump(page)).toEqual(before);
      await page.getByRole('button', { name: 'Skriv i projektmappen' }).click();
      const write = page.getByRole('dialog', { name: 'Skriv Fordels resultat i projektmappen?' });
      await write.waitFor({ timeout: TIMEOUT });
      await shot(page, '7-write-preview', size);
      await write.getByRole('button', { name: 'Skriv', exact: true }).click();
      await page.getByText(/^Skrev [\d.]+ celler/).waitFor({ timeout: TIMEOUT });
      const afterRun = await workbookDump(page);
      expect(afterRun).not.toEqual(before);
      // The run widened columns (its own, and the findings sheet's): the comparison below covers widths.
      const widths = (dump: unknown) => (dump as { name: string; widths: unknown }[]).map((x) => x.widths);
      expect(widths(afterRun)).not.toEqual(widths(before));

      await page.getByRole('button', { name: 'Fjern Fordels output' }).click();
      const dialog = page.getByRole('dialog', { name: 'Fjern Fordels output?' });
      await dialog.waitFor({ timeout: TIMEOUT });
      await dialog.getByRole('checkbox', { name: 'Fjern også Fordels gemte rettelser' }).check();
      await shot(page, '8-clean-dialog', size);
      await dialog.getByRole('button', { name: 'Fjern', exact: true }).click();
      await page.getByText('Fordels output er fjernet.').waitFor({ timeout: TIMEOUT });
      expect(await workbookDump(page)).toEqual(before);
      await shot(page, '9-cleaned', size);
      await page.close();
    },
  );
});

/** A small stand-in for Playwright's web-first assertions: wait until the text matches. */
function expectText(locator: Locator) {
  return {
    async toContainText(want: string | RegExp): Promise<void> {
      const deadline = Date.now() + TIMEOUT;
      let last = '';
      while (Date.now() < deadline) {
        last = (await locator.innerText()).trim();
        if (typeof want === 'string' ? last.includes(want) : want.test(last)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`"${last}" does not contain ${String(want)}`);
    },
  };
}
