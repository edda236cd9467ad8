/**
 * Clean removes only what Fordel can prove it wrote into its columns (issue 19, point 4): a number the
 * user typed there, over Fordel's figure or into a cell Fordel left empty, stays and is named.
 */
import { planClean, keptNotes } from '../../../src/core/output/clean-plan';
import type { RawValue, SheetGrid } from '../../../src/core/grid/grid';
import type { FordelSettings, OutValue } from '../../../src/core/output/plan';
import { settingsFromValues, settingsToValues } from '../../../src/core/output/settings-sheet';
import { markEmptied, markWritten, userCellsIn } from '../../../src/core/output/written-cells';
import { withoutKept } from '../../../src/adapters/office/clean-steps';

/** Fordel's two columns beside a table in A1:B4, as it wrote them: header, figures, an empty cell. */
const WRITTEN: OutValue[][] = [
  ['Fordel: præcist beløb', 'Fordel: status'],
  [1234.56, 'OK'],
  [0.014449239035072945, 'Fejl'],
  [null, 'OK'],
];
const REF = 'Ark1!C1:D4';

function grid(name: string, cols: RawValue[][]): SheetGrid {
  const values = cols.map((row, r) => [`Part ${r}`, r * 10, ...row]);
  return { name, origin: { row: 0, col: 0 }, values };
}

function settings(extra: Partial<FordelSettings> = {}): FordelSettings {
  return { version: 1, overrides: [], owned: [REF], ownedSheets: [], ...extra };
}

describe('a record of what Fordel wrote', () => {
  it('clears every cell still as Fordel wrote it, and nothing of the user', () => {
    const asWritten = grid('Ark1', WRITTEN as RawValue[][]);
    const record = settings({ written: [markWritten(REF, WRITTEN)] });
    const plan = planClean(record, { removeSettings: false, grids: [asWritten] });
    expect(plan.ranges).toEqual([REF]);
    expect(plan.keptCells).toEqual([]);
    expect(keptNotes(plan)).toEqual([]);
  });

  it("keeps a number typed over Fordel's figure, one typed into a cell it left empty, and a formula", () => {
    const typed = grid('Ark1', [
      ['Fordel: præcist beløb', 'Fordel: status'],
      [1234.57, 'OK'],
      [0.014449239035072945, 'Fejl'],
      [99, 'OK'],
    ]);
    const withFormula: SheetGrid = {
      ...typed,
      formulas: typed.values.map((row, r) => row.map((_, c) => r === 2 && c === 2)),
    };
    const plan = planClean(settings({ written: [markWritten(REF, WRITTEN)] }), {
      removeSettings: false,
      grids: [withFormula],
    });
    expect(plan.keptCells).toEqual([
      { sheet: 'Ark1', row: 1, col: 2 },
      { sheet: 'Ark1', row: 2, col: 2 },
      { sheet: 'Ark1', row: 3, col: 2 },
    ]);
    const [note] = keptNotes(plan);
    expect(note.da).toBe(
      '3 celler i Fordels kolonner har indhold, som Fordel ikke selv skrev (fx et tal, du har tastet), og bliver stående: Ark1!C2, Ark1!C3, Ark1!C4.',
    );
    expect(note.en).toMatch(
      /^3 cells in Fordel's columns hold content .* and stay: Ark1!C2, Ark1!C3, Ark1!C4\.$/,
    );
  });

  it('takes a figure kept to the 15 digits Excel keeps as the one Fordel wrote', () => {
    const stored = grid('Ark1', [
      WRITTEN[0],
      [1234.56, 'OK'],
      [0.0144492390350729, 'Fejl'],
      WRITTEN[3],
    ] as RawValue[][]);
    expect(userCellsIn([REF], [markWritten(REF, WRITTEN)], [stored])).toEqual([]);
  });

  it('keeps a status word the user typed where Fordel wrote another', () => {
    const typed = grid('Ark1', [...WRITTEN.slice(0, 3), [null, 'Fejl']] as RawValue[][]);
    const cells = userCellsIn([REF], [markWritten(REF, WRITTEN)], [typed]);
    expect(cells).toEqual([{ sheet: 'Ark1', row: 3, col: 3 }]);
    expect(
      keptNotes({ ranges: [], sheets: [], fills: [], removeSettings: false, keptCells: cells })[0].en,
    ).toMatch(/^One cell in Fordel's columns holds content .* and stays: Ark1!D4\.$/);
  });

  it("after a rerun emptied a range, anything found there later is the user's", () => {
    const typed = grid('Ark1', [
      [null, null],
      [5, null],
      [null, null],
      [null, null],
    ]);
    expect(userCellsIn([REF], [markEmptied(REF, 4, 2)], [typed])).toEqual([
      { sheet: 'Ark1', row: 1, col: 2 },
    ]);
  });

  it("takes none of the user's figures that a crafted record claims with their true checksums", () => {
    // An inherited or crafted settings sheet lists the user's own column B (and Fordel's C:D) as written.
    const asWritten = grid('Ark1', WRITTEN as RawValue[][]);
    const ref = 'Ark1!B1:D4';
    const claimed = asWritten.values.map((row) => row.slice(1, 4)) as OutValue[][];
    const plan = planClean(
      { ...settings({ written: [markWritten(ref, claimed)] }), owned: [ref] },
      { removeSettings: false, grids: [asWritten] },
    );
    // Only Fordel's columns, under the header it recorded writing, are touched at all.
    expect(plan.ranges).toEqual(['Ark1!C1:D4']);
    expect(plan.keptCells).toEqual([0, 1, 2, 3].map((row) => ({ sheet: 'Ark1', row, col: 1 })));
    const alone = planClean(
      {
        ...settings({
          written: [markWritten('Ark1!A1:B4', asWritten.values.map((r) => r.slice(0, 2)) as OutValue[][])],
        }),
        owned: ['Ark1!A1:B4'],
      },
      { removeSettings: false, grids: [asWritten] },
    );
    expect(alone.ranges).toEqual([]);
    expect(alone.keptCells).toHaveLength(8);
  });

  it("keeps a column whose Fordel header the user has renamed: it has become the user's", () => {
    const renamed = grid('Ark1', [['Mit beløb', 'Fordel: status'], ...WRITTEN.slice(1)] as RawValue[][]);
    const plan = planClean(settings({ written: [markWritten(REF, WRITTEN)] }), {
      removeSettings: false,
      grids: [renamed],
    });
    expect(plan.ranges).toEqual(['Ark1!D1:D4']);
    expect(plan.keptCells).toEqual([0, 1, 2].map((row) => ({ sheet: 'Ark1', row, col: 2 })));
  });

  it('without a record (settings of an earlier version) keeps every number, but still removes its own words', () => {
    const plan = planClean(settings(), {
      removeSettings: false,
      grids: [grid('Ark1', WRITTEN as RawValue[][])],
    });
    expect(plan.keptCells).toEqual([
      { sheet: 'Ark1', row: 1, col: 2 },
      { sheet: 'Ark1', row: 2, col: 2 },
    ]);
  });

  it('touches nothing on a sheet it could not read (hidden since), and names it', () => {
    const plan = planClean(settings({ written: [markWritten(REF, WRITTEN)] }), {
      removeSettings: false,
      grids: [grid('Ark2', [])],
    });
    expect(plan.ranges).toEqual([]);
    expect(plan.keptCells).toEqual([{ sheet: 'Ark1', row: 0, col: 2 }]);
  });

  it('is kept in the settings sheet, and settings without one (or with a damaged one) still read', () => {
    const record = settings({ written: [markWritten(REF, WRITTEN)] });
    expect(settingsFromValues(settingsToValues(record))).toEqual(record);
    const old = settings();
    expect(settingsFromValues(settingsToValues(old))).toEqual(old);
    const damaged = { ...record, written: [{ ref: REF, cells: 'AAAA' }, { ref: 'x', cells: '.' }, 7] };
    expect(settingsFromValues(settingsToValues(damaged as unknown as FordelSettings))?.written).toEqual([]);
  });
});

describe("the add-in's clean", () => {
  it('clears the range around the cells the core kept, column by column', () => {
    const pos = { top: 0, left: 2, bottom: 3, right: 3 };
    expect(withoutKept(pos, 'Ark1', [])).toEqual([pos]);
    expect(
      withoutKept(pos, 'ark1', [
        { sheet: 'Ark1', row: 1, col: 2 },
        { sheet: 'Ark2', row: 2, col: 3 },
      ]),
    ).toEqual([
      { top: 0, bottom: 0, left: 2, right: 2 },
      { top: 2, bottom: 3, left: 2, right: 2 },
      { top: 0, bottom: 3, left: 3, right: 3 },
    ]);
  });
});

describe('the record of a large block', () => {
  // 5.000 rows of three columns: an entry per cell in one string, built in slices along the way.
  const rows = 5_000;
  const written: OutValue[][] = Array.from({ length: rows }, (_, r) =>
    r === 0
      ? ['Fordel: andel', 'Fordel: beløb', 'Fordel: forskel']
      : [r / 7, r * 100 + 0.5, r % 9 ? null : -1],
  );
  const ref = `Ark1!C1:E${rows}`;
  const sheet = (changeAt?: number): SheetGrid => ({
    name: 'Ark1',
    origin: { row: 0, col: 0 },
    values: written.map((row, r) => [
      `Part ${r}`,
      r,
      ...row.map((v, c) => (r === changeAt && c === 1 ? 1 : (v as RawValue))),
    ]),
  });

  it('has one entry per cell and proves every cell of the block as written', () => {
    const mark = markWritten(ref, written);
    expect(mark.cells).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(userCellsIn([ref], [mark], [sheet()])).toEqual([]);
  });

  it('names the one cell changed far into the block', () => {
    const mark = markWritten(ref, written);
    expect(userCellsIn([ref], [mark], [sheet(4_321)])).toEqual([{ sheet: 'Ark1', row: 4_321, col: 3 }]);
  });
});
