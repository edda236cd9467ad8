import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { SheetGrid } from '../../../src/core/grid/grid';
import type { OutValue, WriteBlock, WritePlan } from '../../../src/core/output/plan';
import { emptySettings } from '../../../src/core/output/plan';
import { PARAMS, sheet, snapshot, splitRows, tabelB } from './fixtures';

/** The user has told Fordel where the table is, so a note beside it is not read as part of it. */
const pinned = (range: string) => ({
  ...emptySettings(),
  overrides: [{ sheet: 'Ark1', range, kind: 'cofinancing' as const }],
});

/** Applies a plan's blocks to a grid, as an adapter would, so a second run sees the first run's output. */
function applyBlocks(grid: SheetGrid, plan: WritePlan): SheetGrid {
  const values = grid.values.map((r) => [...r]);
  for (const b of plan.blocks.filter((x) => x.sheet === grid.name)) {
    b.values.forEach((line, i) =>
      line.forEach((v: OutValue, j) => {
        const row = b.top + i;
        const col = b.left + j;
        while (values.length <= row) values.push([]);
        while (values[row].length <= col) values[row].push(null);
        values[row][col] = typeof v === 'object' && v !== null ? v.text : v;
      }),
    );
  }
  const width = Math.max(...values.map((r) => r.length));
  return { ...grid, values: values.map((r) => [...r, ...Array(width - r.length).fill(null)]) };
}

describe('nothing the user typed is overwritten', () => {
  it('refuses to write when the output column already holds the user data, and says where', () => {
    const rows = tabelB();
    rows[4][6] = 'min egen note';
    const result = checkWorkbook(snapshot([sheet('Ark1', rows)], pinned('A3:F6')), PARAMS);
    expect(result.refusals).toHaveLength(1);
    expect(result.refusals[0]).toMatchObject({ rule: 'write-refused', cell: 'G5' });
    expect(result.refusals[0].message.da).toContain('G5');
    expect(result.plan.blocks).toEqual([]);
    expect(result.plan.sheets).toEqual([]);
  });

  it('writes over its own output on a second run, and sees the same table', () => {
    const first = checkWorkbook(snapshot([sheet('Ark1', tabelB(1_400_000))]), PARAMS);
    const after = applyBlocks(sheet('Ark1', tabelB(1_400_000)), first.plan);
    const second = checkWorkbook(snapshot([after], first.plan.settings), PARAMS);
    expect(second.refusals).toEqual([]);
    expect(second.tables).toEqual(first.tables);
    expect(second.findings).toEqual(first.findings);
    expect(second.plan.settings.owned).toEqual(first.plan.settings.owned);
  });

  it('refuses when the table has grown into cells the user filled beside it', () => {
    const first = checkWorkbook(snapshot([sheet('Ark1', tabelB())], pinned('A3:F6')), PARAMS);
    // The user inserts a row and widens the pinned range; beside the new row stands a note of theirs.
    const rows = applyBlocks(sheet('Ark1', tabelB()), first.plan).values.map((r) => [...r]);
    rows.splice(5, 0, ['EU-midler', 0, 0, 0, 0, 0, 'bemærkning']);
    const settings = { ...first.plan.settings, overrides: pinned('A3:F7').overrides };
    const second = checkWorkbook(snapshot([sheet('Ark1', rows)], settings), PARAMS);
    expect(second.refusals.map((f) => f.cell)).toEqual(['G6']);
    expect(second.plan.blocks).toEqual([]);
  });

  it('refuses when the user typed text into a Fordel column after the last run', () => {
    const first = checkWorkbook(snapshot([sheet('Ark1', tabelB())]), PARAMS);
    const after = applyBlocks(sheet('Ark1', tabelB()), first.plan);
    const rows = after.values.map((r) => [...r]);
    rows[4][6] = 'husk at spørge Per';
    const second = checkWorkbook(snapshot([sheet('Ark1', rows)], first.plan.settings), PARAMS);
    expect(second.refusals.map((f) => f.cell)).toEqual(['G5']);
  });

  it('leaves a note beside an unpinned table alone and writes further right', () => {
    const rows = tabelB();
    rows[4][6] = 'min egen note';
    const result = checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
    expect(result.refusals).toEqual([]);
    expect(result.plan.blocks.every((b) => b.left > 6)).toBe(true);
  });

  it('picks another name for the findings sheet when the user has a sheet called Fordel-fund', () => {
    const mine = sheet('Fordel-fund', [['mine egne tal', 42]]);
    const result = checkWorkbook(snapshot([sheet('Ark1', tabelB()), mine]), PARAMS);
    expect(result.plan.sheets.map((s) => s.name)).toContain('Fordel-fund (2)');
    expect(result.notes[0].da).toContain('Fordel-fund (2)');
  });

  it('refuses to write into a protected sheet', () => {
    const grid = { ...sheet('Ark1', tabelB()), protected: true };
    const result = checkWorkbook(snapshot([grid]), PARAMS);
    expect(result.refusals[0].message.en).toContain('protected');
  });
});

/** A first run over a split and the sheet as it stands afterwards, with Fordel's columns in E:G. */
function splitAfterOneRun() {
  const first = checkWorkbook(snapshot([sheet('Ark1', splitRows())]), PARAMS);
  const after = applyBlocks(sheet('Ark1', splitRows()), first.plan);
  return { first, rows: after.values.map((r) => [...r]) };
}

describe('a rerun does not write over what the user typed over Fordel (issue 19)', () => {
  it('has Fordel write its figures and a status it can recognise again', () => {
    const { first, rows } = splitAfterOneRun();
    expect(first.refusals).toEqual([]);
    expect(rows[0].slice(4)).toEqual(['Fordel: præcis andel', 'Fordel: præcist beløb', 'Fordel: difference']);
    expect(typeof rows[1][5]).toBe('number');
    const again = checkWorkbook(snapshot([sheet('Ark1', rows)], first.plan.settings), PARAMS);
    expect(again.refusals).toEqual([]);
  });

  it("refuses, naming the cell, when the user typed a number over Fordel's figure", () => {
    const { first, rows } = splitAfterOneRun();
    rows[2][5] = 33_400;
    const second = checkWorkbook(snapshot([sheet('Ark1', rows)], first.plan.settings), PARAMS);
    expect(second.refusals.map((f) => f.cell)).toEqual(['F3']);
    expect(second.refusals[0].message.da).toContain('F3 holder ikke længere det, Fordel skrev der');
    expect(second.refusals[0].message.en).toContain('F3 no longer holds what Fordel wrote there');
    expect(second.plan.blocks).toEqual([]);
  });

  it('refuses when the user typed a number into a cell Fordel left empty, or a formula', () => {
    const { first, rows } = splitAfterOneRun();
    const empty = rows.findIndex((r, i) => i > 0 && r[6] === null);
    expect(empty).toBeGreaterThan(0);
    rows[empty][6] = 12;
    const typed = checkWorkbook(snapshot([sheet('Ark1', rows)], first.plan.settings), PARAMS);
    expect(typed.refusals.map((f) => f.cell)).toEqual([`G${empty + 1}`]);

    const { rows: again } = splitAfterOneRun();
    const grid = sheet('Ark1', again);
    const formulas = grid.values.map((r, i) => r.map((_, c) => i === 1 && c === 5));
    const withFormula = checkWorkbook(snapshot([{ ...grid, formulas }], first.plan.settings), PARAMS);
    expect(withFormula.refusals.map((f) => f.cell)).toEqual(['F2']);
  });

  it('refuses when the user typed one of its status words over another', () => {
    const first = checkWorkbook(snapshot([sheet('Ark1', tabelB(1_400_000))]), PARAMS);
    const rows = applyBlocks(sheet('Ark1', tabelB(1_400_000)), first.plan).values.map((r) => [...r]);
    const status = rows.findIndex((r) => r[6] === 'Fejl');
    expect(status).toBeGreaterThan(0);
    rows[status][6] = 'OK';
    const second = checkWorkbook(snapshot([sheet('Ark1', rows)], first.plan.settings), PARAMS);
    expect(second.refusals.map((f) => f.cell)).toEqual([`G${status + 1}`]);
  });

  it('still writes when a row was inserted into the table, which shifts its figures', () => {
    const { first, rows } = splitAfterOneRun();
    const inserted = ['Gladsaxe', 1000, 33.3, 33_300, null, null, null];
    rows.splice(2, 0, inserted);
    rows[5][1] = 4000;
    rows[5][3] = 133_200;
    const second = checkWorkbook(snapshot([sheet('Ark1', rows)], first.plan.settings), PARAMS);
    expect(second.refusals).toEqual([]);
    expect(second.plan.blocks.some((b) => b.top === 0 && b.values.length === 6)).toBe(true);
  });

  it('does not clear a range it no longer writes where the user typed a number into it', () => {
    const { first, rows } = splitAfterOneRun();
    // The user deletes a party's row (the table shrinks by one) and types a figure of their own in the
    // row below, which still lies in the range Fordel wrote before.
    rows.splice(3, 1);
    rows[3].splice(1, 3, 2000, 66.6, 66_600);
    rows.push([null, null, null, null, null, 999, null]);
    const second = checkWorkbook(snapshot([sheet('Ark1', rows)], first.plan.settings), PARAMS);
    expect(second.refusals).toEqual([]);
    const touches = (b: WriteBlock) => b.top <= 4 && b.top + b.values.length > 4 && b.left <= 5;
    expect(second.plan.blocks.filter(touches)).toEqual([]);
  });
});
