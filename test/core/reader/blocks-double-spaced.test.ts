/**
 * A table typed with a blank line after every line (or a blank column after every column) is one table, not
 * a pile of one-line pieces; a note under it, or a table of its own beside it, is not drawn into it.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { splitBlocks } from '../../../src/core/reader/blocks';
import { SheetCells } from '../../../src/core/reader/cells';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const spaced = (rows: RawValue[][]): RawValue[][] => rows.flatMap((r, i) => (i === 0 ? [r] : [[], r]));
const across = (rows: RawValue[][]): RawValue[][] =>
  rows.map((r) => r.flatMap((v, j) => (j === 0 ? [v] : [null, v])));
const transpose = (rows: RawValue[][]): RawValue[][] => rows[0].map((_, c) => rows.map((r) => r[c] ?? null));

/** Own financing and a grant over three years, the grant's 2026 typed 400.000 for 320.000. */
const COFIN: RawValue[][] = [
  ['Finansiering', 2024, 2025, 2026, 'I alt'],
  ['Egenfinansiering', 210_000, 240_000, 440_000, 890_000],
  ['Statstilskud', 110_000, 70_000, 400_000, 500_000],
  ['I alt', 320_000, 310_000, 760_000, 1_390_000],
];

const blocks = (rows: RawValue[][]) => splitBlocks(new SheetCells(sheet('Ark1', rows)));
const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);

describe('a double-spaced table', () => {
  it('is one block down the rows with its total first, and its wrong figure is found', () => {
    // Header and total typed together at the top, then a blank line after every source.
    const [head, own, grant, total] = COFIN;
    const rows = [['Finansieringsplan'], head, total, [], own, [], grant];
    expect(blocks(rows)).toEqual([{ top: 0, left: 0, bottom: 6, right: 4 }]);
    const r = check(rows);
    expect(r.tables).toHaveLength(1);
    // The cell where its row total and its column total cross.
    expect(r.items!.map((i) => i.cell)).toEqual(['D7']);
  });

  it('is one block under a header of several lines with an unlabelled total, spaced to the end', () => {
    const [head, own, grant, total] = COFIN;
    const rows = [['Finansieringsplan'], ['', 'Budget'], head, own, [], grant, [], [null, ...total.slice(1)]];
    expect(blocks(rows)).toEqual([{ top: 0, left: 0, bottom: 7, right: 4 }]);
    expect(check(rows).items!.map((i) => i.cell)).toEqual(['D6']);
  });

  it('is one block across the columns, turned on its side', () => {
    const rows = [['Finansieringsplan'], ...across(transpose(COFIN))];
    expect(blocks(rows)).toEqual([{ top: 0, left: 0, bottom: 5, right: 6 }]);
    expect(check(rows).items!.map((i) => i.cell)).toEqual(['E5']);
  });

  it('leaves a note under it out, and a table of its own below it', () => {
    const rows = [...spaced(COFIN), [], ['Beløb i kr.'], [], ['Kilde', 'Andel'], ['Stat', 40], ['Egen', 60]];
    expect(blocks(rows)).toEqual([
      { top: 0, left: 0, bottom: 6, right: 4 },
      { top: 8, left: 0, bottom: 8, right: 0 },
      { top: 10, left: 0, bottom: 12, right: 1 },
    ]);
  });

  it('does not draw two small tables side by side into one', () => {
    const rows: RawValue[][] = [
      ['Part', 'Andel', 'Beløb', null, 'Note', null, 'Part', 'Andel', 'Beløb'],
      ['Stat', 40, 400, null, null, null, 'Region', 65, 650],
      ['Egen', 60, 600, null, null, null, 'Kommune', 35, 350],
      ['I alt', 100, 1000, null, null, null, 'I alt', 100, 1000],
    ];
    // The note column goes with the table right of it, as a lone column beside a table always has.
    expect(blocks(rows).map((b) => [b.left, b.right])).toEqual([
      [0, 2],
      [4, 8],
    ]);
  });
});
