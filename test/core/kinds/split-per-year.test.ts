/**
 * One key splitting an amount per year: every year's column is a split of its own. A wrong amount in the
 * second year is named at its cell (before, only the first amount column was read and the table passed),
 * and a second population column beside the key is not taken for amounts.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const KEY: [string, number][] = [
  ['Aalborg', 100],
  ['Hjørring', 200],
  ['Frederikshavn', 300],
  ['Brønderslev', 400],
];

const exact = (_: number, i: number) => KEY[i][1] * 1000;

function table(years: number[], amount: (year: number, i: number) => number): RawValue[][] {
  const rows: RawValue[][] = KEY.map(([name, key], i) => [name, key, ...years.map((y) => amount(y, i))]);
  // The total row states what was meant to be split each year.
  const sums = years.map((y) => KEY.reduce((s, _, i) => s + exact(y, i), 0));
  return [['Kommune', 'Indbyggere', ...years.map(String)], ...rows, ['I alt', 1000, ...sums]];
}

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);

describe('a split by one key, an amount column per year', () => {
  it('gives correct years no warning and no error', () => {
    const r = run(table([2026, 2027, 2028], exact));
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it.each([
    [2027, 'D3'],
    [2028, 'E3'],
  ])('names a wrong amount in %i at its cell, with the amount that fits the key', (year, cell) => {
    const r = run(table([2026, 2027, 2028], (y, i) => exact(y, i) + (y === year && i === 1 ? 9000 : 0)));
    const named = r.findings.filter((f) => f.severity !== 'info').map((f) => [f.cell, f.expected]);
    expect(named).toContainEqual([cell, '200000']);
  });

  it('does not take a second population column for amounts', () => {
    const rows = table([2026], exact).map((line, r) => [
      ...line.slice(0, 2),
      r === 0 ? 'Indbyggere 2025' : r <= KEY.length ? KEY[r - 1][1] + 3 : 1012,
      ...line.slice(2),
    ]);
    const r = run(rows);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
