/**
 * The real-layout corpus: every case outside the known gaps must pass (every expected finding found with its
 * values, no false alarm, no wrong verdict, its tables found), and a known gap that now passes must leave the
 * list. Cases marked xlsx give the same findings through a real .xlsx as from grids.
 */
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { makeTempDir, removeDir, writeWorkbook } from '../support/xlsx-fixtures';
import { evaluate, problems, runCase } from './evaluate';
import { CASES } from './index';
import { KNOWN_GAPS } from './known-gaps';
import { CLASS_NAMES, report } from './summary';
import { buildWorkbook, toGrid } from './types';

const lines = (findings: readonly { rule: string; sheet: string; cell: string }[]): string[] =>
  findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`).sort();

describe('real-layout corpus', () => {
  afterAll(() => {
    console.log(report());
  });

  it('has at least 100 workbooks, 30 correct ones and 20 without a finance table, with unique ids', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    expect(CASES.filter((c) => c.kind === 'correct').length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => c.kind === 'nonfinance').length).toBeGreaterThanOrEqual(20);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  it('covers every variant class with planted errors or correct tables', () => {
    const classes = new Set(CASES.map((c) => c.variant));
    expect([...classes].sort()).toEqual(Object.keys(CLASS_NAMES).sort());
  });

  it('lists only known gaps that are cases', () => {
    const ids = new Set(CASES.map((c) => c.id));
    expect(KNOWN_GAPS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const outcome = evaluate(c, runCase(c));
    if (KNOWN_GAPS.includes(c.id)) {
      // A closed gap must leave the list, so the list only shrinks.
      expect({ id: c.id, passesNow: outcome.passed }).toEqual({ id: c.id, passesNow: false });
      return;
    }
    expect({ id: c.id, problems: problems(outcome) }).toEqual({ id: c.id, problems: [] });
  });

  describe('through a real .xlsx', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await makeTempDir('fordel-real-layouts-');
    });
    afterAll(async () => {
      await removeDir(dir);
    });

    it.each(CASES.filter((c) => c.xlsx).map((c) => [c.id, c] as const))(
      '%s',
      async (id, c) => {
        const file = await writeWorkbook(dir, `${id}.xlsx`, (wb) => buildWorkbook(wb, c));
        const fromFile = runCase(c, (await (await XlsxWorkbook.open(file)).read()).sheets);
        const fromGrids = runCase(c, c.sheets.map(toGrid));
        expect(lines(fromFile.findings)).toEqual(lines(fromGrids.findings));
      },
      60_000,
    );
  });
});
