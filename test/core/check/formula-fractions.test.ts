/**
 * Amounts that are formula results hold fractions of an øre and are shown rounded. Summed the way
 * Excel's SUM sums them they are exact; rounding each part first must not create a 0,01 kr. error.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue, type SheetGrid } from '../../../src/core/grid/grid';
import { sumAmounts } from '../../../src/core/money/amount';
import { decimal } from '../../../src/core/decimal/decimal';
import { PARAMS, snapshot, tabelB } from './fixtures';
import { TELEHJERTE } from '../reader/seed-layouts';

const formatted = (rows: RawValue[][], format: string): SheetGrid => ({
  ...gridFromRows('Ark1', rows),
  formats: rows.map((r) => r.map((v) => (typeof v === 'number' ? format : null))),
});
const serious = (g: SheetGrid) =>
  checkWorkbook(snapshot([g]), PARAMS).findings.filter((f) => f.severity !== 'info');

/** Bilag 4.1's population key as formulas =B3/B$32*750000: every amount has a fraction of an øre. */
function telehjerteByFormula(total: number): RawValue[][] {
  const pop = TELEHJERTE.map(([, share]) => Math.round(share * 1000));
  const all = pop.reduce((s, p) => s + p, 0);
  return [
    ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
    ...TELEHJERTE.map(([name], i): RawValue[] => [name, pop[i], (pop[i] / all) * total]),
    ['I alt', all, 750_000],
  ];
}

describe('sums of amounts with fractions of an øre', () => {
  it('adds the exact values and rounds once', () => {
    const third = { value: 33_333_333n, exact: { digits: 3_333_333_333_333n, scale: 7 } };
    expect(sumAmounts([third, third, third])).toBe(99_999_999n + 1n);
    expect(sumAmounts([{ value: 150n }, { value: 250n }])).toBe(400n);
    expect(
      sumAmounts([
        { value: 1n, exact: decimal(5, 3) },
        { value: 1n, exact: decimal(5, 3) },
      ]),
    ).toBe(1n);
  });

  it('finds no unallocated øre in a split computed by formula', () => {
    const rows = telehjerteByFormula(750_000);
    expect(rows.slice(1, 30).some((r) => !Number.isInteger((r[2] as number) * 100))).toBe(true);
    expect(serious(formatted(rows, '#,##0'))).toEqual([]);
  });

  it('still finds a split computed from the wrong total', () => {
    const found = serious(formatted(telehjerteByFormula(760_000), '#,##0'));
    expect(found.some((f) => f.rule === 'split-unallocated' && f.cell === 'C31')).toBe(true);
  });

  it('accepts Tabel B with the state money every year a third of a formula total', () => {
    const rows = tabelB();
    rows[4] = [rows[4][0], 1_000_000 / 3, 1_000_000 / 3, 1_000_000 / 3, 1_000_000 / 3, 4_000_000 / 3];
    rows[5] = ['I alt', 1_500_000 + 1_000_000 / 3, 1_500_000 + 1_000_000 / 3, 1_500_000 + 1_000_000 / 3];
    rows[5].push(1_500_000 + 1_000_000 / 3, 6_000_000 + 4_000_000 / 3);
    const found = serious(formatted(rows, '#,##0'));
    expect(found.filter((f) => f.rule === 'total-mismatch')).toEqual([]);
  });
});
