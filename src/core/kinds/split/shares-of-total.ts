/**
 * A split of two or three parties with one amount typed wrong: too few lines for "most amounts follow the
 * shares", yet the numbers still say split. The total line states 100 % and the sum to split, and the other
 * parties' amounts are their share of that sum to the krone: a coincidence no lookup table makes.
 */
import { toNumber } from '../../decimal/decimal';
import type { SheetCells } from '../../reader/cells';
import { columnValues, findTotals, isAbout100, isFractionColumn, shareNumber, shareValues } from './content';

export function amountsAreSharesOfTotal(
  cells: SheetCells,
  shareCol: number,
  amountCol: number,
  rows: readonly number[],
  label: number,
): boolean {
  const totals = findTotals(cells, rows, label, shareCol, [amountCol]);
  const total = totals.totalRow;
  if (total === null) return false;
  const parts = rows.filter((r) => r !== total && !totals.otherTotals.includes(r));
  const fractions = isFractionColumn(cells, shareCol, parts);
  const whole = cells.number(total, amountCol);
  if (!whole || !isAbout100(shareNumber(cells, total, shareCol, fractions))) return false;
  const shares = shareValues(cells, shareCol, parts, fractions);
  const amounts = columnValues(cells, amountCol, parts);
  const sum = toNumber(whole);
  let fit = 0;
  let pairs = 0;
  shares.forEach((s, i) => {
    const a = amounts[i];
    if (!s || !a) return;
    pairs++;
    // Within a krone (one unit) of its share of the total.
    if (Math.abs(toNumber(a) - (toNumber(s) * sum) / 100) <= 1) fit++;
  });
  return pairs >= 2 && fit >= 1 && fit * 2 >= pairs;
}
