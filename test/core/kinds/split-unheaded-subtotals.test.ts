/**
 * A split with no header row, subtotals per group and parties no register knows: only the numbers say it is
 * a split, and the shares sum to 100 over the parties alone, not over the parties and their subtotals. The
 * split is read, the subtotals are no parties, and a mistyped amount is found at its cell.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
const loud = (r: ReturnType<typeof run>) =>
  r.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => [f.severity, f.rule, f.cell, f.expected, f.actual]);

function grouped(universities: number = 120_000): RawValue[][] {
  return [
    ['Fordeling af fælles udgifter'],
    ['Fonde', 28, 420_000],
    ['Erhvervsorganisationer', 28, 420_000],
    ['Universiteter', 8, universities],
    ['Kommuner', 8, 120_000],
    ['Subtotal A', 72, 960_000 + universities],
    ['Regioner', 28, 420_000],
    ['Subtotal B', 28, 420_000],
    ['I alt', 100, 1_500_000],
  ];
}

describe('a split with no header, subtotals per group and parties outside the register', () => {
  it('is read as a split whose parties are the lines between the subtotals', () => {
    const r = run(grouped());
    const t = r.tables[0];
    expect(t.kind).toBe('apportionment');
    if (t.kind !== 'apportionment') return;
    expect(t.dataRows).toEqual([1, 2, 3, 4, 6]);
    expect(t.totalRow).toBe(8);
    expect(loud(r)).toEqual([]);
  });

  it('finds the mistyped amount at its cell, though the subtotal over it agrees with it', () => {
    expect(loud(run(grouped(119_000)))).toEqual([
      ['error', 'split-unallocated', 'C9', '1500000', '1499000'],
      ['warning', 'split-mismatch', 'C4', '120000', '119000'],
    ]);
  });
});
