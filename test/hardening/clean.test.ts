/**
 * Removing Fordel's output gives back the workbook as it was before Fordel's first run: every cell's
 * value, number format and fill, the column widths and the list of sheets, through the command line on real files. The
 * workbooks carry the user's own fills (plain, theme colour, pattern) and formats on cells Fordel
 * highlights, are checked with everything Fordel can write, checked again, then cleaned.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/run-cli';
import type { JsonReport } from '../../src/cli/report';
import { parseA1Range } from '../../src/core/grid/a1';
import { SETTINGS_SHEET } from '../../src/core/output/plan';
import { CORPUS } from './corpus';
import { buildCase } from './corpus/types';
import { makeTempDir, openWithExcelJs, removeDir, sha256, writeSample } from '../support/xlsx-fixtures';

/**
 * What the user sees of a workbook: sheets in order with their state, column widths, and every cell that
 * shows anything.
 */
interface Look {
  sheets: string[];
  cells: Map<string, string>;
}

function look(wb: ExcelJS.Workbook): Look {
  const cells = new Map<string, string>();
  for (const ws of wb.worksheets) {
    const widths = (ws.columns ?? []).map((c) => c.width ?? null);
    while (widths.length && widths[widths.length - 1] === null) widths.pop();
    if (widths.length) cells.set(`${ws.name}!column widths`, JSON.stringify(widths));
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const value = cell.value ?? null;
        const { numFmt, fill } = cell.style ?? {};
        if (value === null && !numFmt && !fill) return;
        cells.set(`${ws.name}!${cell.address}`, JSON.stringify({ value, numFmt, fill }));
      }),
    );
  }
  return { sheets: wb.worksheets.map((ws) => `${ws.name} (${ws.state})`), cells };
}

const lookAt = async (file: string) => look(await openWithExcelJs(file));

/** The differences between two looks, as readable lines (empty when they are the same). */
function differences(a: Look, b: Look, ignoreSheet?: string): string[] {
  const out: string[] = [];
  const sheets = (l: Look) => l.sheets.filter((s) => !ignoreSheet || !s.startsWith(`${ignoreSheet} (`));
  if (JSON.stringify(sheets(a)) !== JSON.stringify(sheets(b)))
    out.push(`sheets ${sheets(a).join(', ')} -> ${sheets(b).join(', ')}`);
  for (const key of new Set([...a.cells.keys(), ...b.cells.keys()])) {
    if (ignoreSheet && key.startsWith(`${ignoreSheet}!`)) continue;
    if (a.cells.get(key) !== b.cells.get(key))
      out.push(`${key}: ${a.cells.get(key) ?? 'empty'} -> ${b.cells.get(key) ?? 'empty'}`);
  }
  return out;
}

/** Fills a user could have given the cells Fordel is about to highlight: one of each kind, in turn. */
const USER_FILLS: ExcelJS.Fill[] = [
  { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } },
  {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { theme: 4, tint: 0.6 } as unknown as ExcelJS.Color,
    bgColor: { indexed: 64 } as unknown as ExcelJS.Color,
  },
  { type: 'pattern', pattern: 'lightGray', fgColor: { argb: 'FFFF0000' } },
];

/** Gives every other cell Fordel highlights a fill of the user's, and a number format to one. */
async function colourHighlighted(file: string, out: string): Promise<void> {
  const report = JSON.parse((await runCli('check', file, '--json')).out) as JsonReport;
  const wb = await openWithExcelJs(file);
  let i = 0;
  for (const f of report.findings) {
    const ws = wb.getWorksheet(f.sheet);
    const range = parseA1Range(f.cell);
    if (!ws || !range || f.severity === 'info') continue;
    const cell = ws.getCell(range.top + 1, range.left + 1);
    if (i++ % 2) continue;
    cell.style = { ...cell.style, fill: USER_FILLS[i % USER_FILLS.length] };
  }
  await wb.xlsx.writeFile(out);
}

const CHECK = ['--validated', '--as-of', '2026-11-24'];

/**
 * The corpus workbooks Fordel writes to (no refusal, nothing protected), small enough to run three times
 * each here: the large ones are about reading, which corpus.test.ts covers.
 */
const SMALL_CASES = CORPUS.map((c, i) => [i, c] as const).filter(
  ([, c]) =>
    !c.refusals?.length &&
    c.sheets.every((s) => !s.protected && s.rows.length <= 60) &&
    c.sheets.every((s) => s.rows.every((r) => r.every((v) => typeof v !== 'string' || v.length < 1000))),
);

jest.setTimeout(180_000);

let dir: string;
/** The sample with the user's own fills on cells Fordel highlights: the starting point of most tests here. */
let sample: string;
beforeAll(async () => {
  dir = await makeTempDir('fordel-clean-');
  sample = path.join(dir, 'sample.xlsx');
  await colourHighlighted(await writeSample(dir, 'sample-plain.xlsx'), sample);
});
afterAll(() => removeDir(dir));

async function checkThenClean(input: string, name: string, settings: boolean) {
  name = `${name}${settings ? '-all' : ''}`;
  const run1 = path.join(dir, `${name}-1.xlsx`);
  const run2 = path.join(dir, `${name}-2.xlsx`);
  const cleaned = path.join(dir, `${name}-clean.xlsx`);
  const first = await runCli('check', input, '--out', run1, ...CHECK);
  expect(first.err).toBe('');
  expect((await runCli('check', run1, '--out', run2, ...CHECK)).err).toBe('');
  const hash = await sha256(run2);
  const result = await runCli(
    'clean',
    run2,
    '--out',
    cleaned,
    '--overwrite',
    ...(settings ? ['--settings'] : []),
  );
  expect(result).toMatchObject({ code: 0, err: '' });
  expect(await sha256(run2)).toBe(hash);
  return { run1, run2, cleaned, result };
}

describe('fordel clean gives back the workbook as it was before the first run', () => {
  it("the sample, with the user's fills on highlighted cells: exactly as before with --settings", async () => {
    const input = sample;
    const before = await lookAt(input);
    const { run2, cleaned, result } = await checkThenClean(input, 'sample', true);

    // The run really wrote columns, sheets and highlights over the user's fills.
    const checked = await lookAt(run2);
    expect(differences(before, checked).length).toBeGreaterThan(100);
    expect(checked.sheets.length).toBeGreaterThan(before.sheets.length + 2);
    expect([...checked.cells.values()].some((c) => c.includes('FFFFC7CE'))).toBe(true);
    expect(result.out).toContain('Fordel-fund');

    expect(differences(before, await lookAt(cleaned))).toEqual([]);
  });

  it('with the settings kept, only the settings sheet differs, and it owns nothing any more', async () => {
    const input = sample;
    const before = await lookAt(input);
    const { cleaned } = await checkThenClean(input, 'sample', false);
    const after = await lookAt(cleaned);
    expect(differences(before, after, SETTINGS_SHEET)).toEqual([]);
    expect(after.sheets).toContain(`${SETTINGS_SHEET} (veryHidden)`);
    const again = await runCli('clean', cleaned);
    expect(again.out).toContain('Fordel har intet skrevet');
  });

  it('hostile corpus workbooks: merges, hidden rows, formats, Excel Tables, odd names, KPI dates', async () => {
    const diffs: Record<string, string[]> = {};
    for (const [i, c] of SMALL_CASES) {
      const plain = path.join(dir, `case-${i}-plain.xlsx`);
      const wb = new ExcelJS.Workbook();
      await buildCase(wb, c);
      await wb.xlsx.writeFile(plain);
      const input = path.join(dir, `case-${i}.xlsx`);
      await colourHighlighted(plain, input);
      const before = await lookAt(input);
      const { cleaned } = await checkThenClean(input, `case-${i}`, true);
      const d = differences(before, await lookAt(cleaned));
      if (d.length) diffs[c.name] = d;
    }
    expect(SMALL_CASES.length).toBeGreaterThanOrEqual(8);
    expect(diffs).toEqual({});
  });
});

describe("reruns and the user's own edits", () => {
  it('a rerun that no longer highlights a cell gives its fill back at once', async () => {
    const input = sample;
    const before = await openWithExcelJs(input);
    const run1 = path.join(dir, 'fixed-1.xlsx');
    await runCli('check', input, '--out', run1, ...CHECK);
    const report = JSON.parse((await runCli('check', input, '--json')).out) as JsonReport;
    // The user fixes the split amount that was off: Fordel no longer highlights it.
    const target = report.findings.find((f) => f.rule === 'split-mismatch' && !f.cell.includes(':'))!;
    expect(target).toBeDefined();
    const wb = await openWithExcelJs(run1);
    const cell = wb.getWorksheet(target.sheet)!.getCell(target.cell);
    expect(cell.fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    cell.value = Number(target.expected);
    const fixed = path.join(dir, 'fixed-1b.xlsx');
    await wb.xlsx.writeFile(fixed);

    const run2 = path.join(dir, 'fixed-2.xlsx');
    await runCli('check', fixed, '--out', run2, ...CHECK);
    const after = await openWithExcelJs(run2);
    const was = before.getWorksheet(target.sheet)!.getCell(target.cell).fill;
    expect(after.getWorksheet(target.sheet)!.getCell(target.cell).fill).toEqual(was);
  });

  it('keeps the fill a user gives a highlighted cell between runs, through a rerun and a clean', async () => {
    const input = sample;
    const before = await lookAt(input);
    const run1 = path.join(dir, 'recolour-1.xlsx');
    await runCli('check', input, '--out', run1, ...CHECK);
    const wb = await openWithExcelJs(run1);
    const ws = wb.worksheets.find((s) => findHighlighted(s))!;
    const cell = findHighlighted(ws)!;
    const mine: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF7030A0' } };
    cell.style = { ...cell.style, fill: mine };
    const recoloured = path.join(dir, 'recolour-1b.xlsx');
    await wb.xlsx.writeFile(recoloured);

    const run2 = path.join(dir, 'recolour-2.xlsx');
    await runCli('check', recoloured, '--out', run2, ...CHECK);
    const again = (await openWithExcelJs(run2)).getWorksheet(ws.name)!.getCell(cell.address);
    expect(again.fill).not.toEqual(mine);
    const cleaned = path.join(dir, 'recolour-clean.xlsx');
    await runCli('clean', run2, '--out', cleaned, '--settings');
    const key = `${ws.name}!${cell.address}`;
    const diff = differences(before, await lookAt(cleaned));
    expect(diff).toEqual([expect.stringContaining(`${key}: `)]);
    expect(diff[0]).toContain('FF7030A0');
  });

  it("keeps what the user typed next to Fordel's columns and in them", async () => {
    const input = sample;
    const before = await lookAt(input);
    const run1 = path.join(dir, 'typed-1.xlsx');
    await runCli('check', input, '--out', run1, ...CHECK);
    const wb = await openWithExcelJs(run1);
    // Fordel's last column on the first sheet with one, and the user's notes beside it and in it.
    const ws = wb.worksheets.find((s) => s.getRow(1).values && findHeader(s))!;
    const header = findHeader(ws)!;
    ws.getCell(header.row + 1, header.col + 1).value = 'min note ved siden af';
    ws.getCell(header.row + 2, header.col).value = 'tjekket af Jens';
    const typed = path.join(dir, 'typed-1b.xlsx');
    await wb.xlsx.writeFile(typed);

    const cleaned = path.join(dir, 'typed-clean.xlsx');
    const result = await runCli('clean', typed, '--out', cleaned, '--settings');
    expect(result.code).toBe(0);
    expect(result.out).toContain('som Fordel ikke selv skrev');
    const beside = `${ws.name}!${ws.getCell(header.row + 1, header.col + 1).address}`;
    const inside = `${ws.name}!${ws.getCell(header.row + 2, header.col).address}`;
    const diff = differences(before, await lookAt(cleaned));
    expect(diff).toHaveLength(2);
    expect(diff.find((d) => d.startsWith(`${beside}:`))).toContain('min note ved siden af');
    expect(diff.find((d) => d.startsWith(`${inside}:`))).toContain('tjekket af Jens');
  });

  it("keeps a number the user typed into Fordel's column, over Fordel's figure or into an empty cell, and names it", async () => {
    const input = sample;
    const before = await lookAt(input);
    const run1 = path.join(dir, 'typed-number-1.xlsx');
    await runCli('check', input, '--out', run1, ...CHECK);
    const wb = await openWithExcelJs(run1);
    // A figure Fordel wrote, and an empty cell in one of its columns (the split's total row), under its header.
    const ws = wb.getWorksheet('Fordeling')!;
    const header = findHeader(ws)!;
    let figure: ExcelJS.Cell | undefined;
    let empty: ExcelJS.Cell | undefined;
    for (let col = header.col; col >= 1 && !(figure && empty); col--) {
      const top = ws.getCell(header.row, col).value;
      if (typeof top !== 'string' || !top.startsWith('Fordel:')) break;
      for (let row = header.row + 1; row <= header.row + 40; row++) {
        const cell = ws.getCell(row, col);
        if (!figure && typeof cell.value === 'number') figure = cell;
        else if (!empty && cell.value === null && ws.getCell(row, 1).value !== null) empty = cell;
      }
    }
    expect(figure && empty).toBeTruthy();
    figure!.value = (figure!.value as number) + 1000;
    empty!.value = 42;
    const typed = path.join(dir, 'typed-number-1b.xlsx');
    await wb.xlsx.writeFile(typed);

    const cleaned = path.join(dir, 'typed-number-clean.xlsx');
    const result = await runCli('clean', typed, '--out', cleaned, '--settings');
    expect(result.code).toBe(0);
    const refs = [figure!, empty!].map((c) => `${ws.name}!${c.address}`);
    expect(result.out).toMatch(/2 celler i Fordels kolonner har indhold, som Fordel ikke selv skrev/);
    for (const ref of refs) expect(result.out).toContain(ref);
    const diff = differences(before, await lookAt(cleaned));
    expect(diff).toHaveLength(2);
    expect(diff.find((d) => d.startsWith(`${refs[0]}:`))).toContain(String(figure!.value));
    expect(diff.find((d) => d.startsWith(`${refs[1]}:`))).toContain('42');
  });

  it("a rerun of check --out does not write over a number or a status word the user typed into Fordel's columns", async () => {
    const run1 = path.join(dir, 'rerun-typed-1.xlsx');
    expect((await runCli('check', sample, '--out', run1, ...CHECK)).code).toBe(1);
    const wb = await openWithExcelJs(run1);
    const split = wb.getWorksheet('Fordeling')!;
    const header = findHeader(split)!;
    let figure: ExcelJS.Cell | undefined;
    for (let row = header.row + 1; !figure && row <= header.row + 40; row++)
      if (typeof split.getCell(row, header.col - 1).value === 'number')
        figure = split.getCell(row, header.col - 1);
    const status = wb.worksheets
      .flatMap((ws) => {
        const at = findHeader(ws);
        return at ? [ws.getCell(at.row + 1, at.col)] : [];
      })
      .find((c) => c.value === 'Fejl' || c.value === 'OK')!;
    expect(figure && status).toBeTruthy();
    figure!.value = (figure!.value as number) + 1000;
    status.value = status.value === 'OK' ? 'Fejl' : 'OK';
    const typed = path.join(dir, 'rerun-typed-1b.xlsx');
    await wb.xlsx.writeFile(typed);

    const run2 = path.join(dir, 'rerun-typed-2.xlsx');
    const r = await runCli('check', typed, '--out', run2, ...CHECK);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Intet er skrevet');
    for (const c of [figure!, status])
      expect(r.err).toContain(`${c.worksheet.name}!${c.address}  Fordel vil skrive sine kolonner`);
    expect(r.err).toContain('holder ikke længere det, Fordel skrev der');
    await expect(lookAt(run2)).rejects.toThrow();
  });

  it("changes nothing when a sheet with Fordel's columns is protected, and says so", async () => {
    const input = sample;
    const run1 = path.join(dir, 'locked-1.xlsx');
    await runCli('check', input, '--out', run1, ...CHECK);
    const wb = await openWithExcelJs(run1);
    const ws = wb.worksheets.find((s) => findHeader(s))!;
    await ws.protect('', {});
    const locked = path.join(dir, 'locked-1b.xlsx');
    await wb.xlsx.writeFile(locked);
    const out = path.join(dir, 'locked-clean.xlsx');
    const result = await runCli('clean', locked, '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toContain('er beskyttet');
    await expect(openWithExcelJs(out)).rejects.toThrow();
  });
});

/** Row and column (1-based) of the rightmost "Fordel:" header on a sheet. */
function findHeader(ws: ExcelJS.Worksheet): { row: number; col: number } | undefined {
  let found: { row: number; col: number } | undefined;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('Fordel:') && (!found || c > found.col))
        found = { row: r, col: c };
    }),
  );
  return found;
}

/** The first cell with one of Fordel's highlight fills. */
function findHighlighted(ws: ExcelJS.Worksheet): ExcelJS.Cell | undefined {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const argb = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
      if (!found && (argb === 'FFFFC7CE' || argb === 'FFFFEB9C')) found = cell;
    }),
  );
  return found;
}
