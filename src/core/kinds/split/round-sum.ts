/**
 * Two unnamed columns that follow each other (a population and the amounts split by it) say by their
 * proportion alone which is which no more than by their order. Their totals do: a split divides a sum someone
 * decided (9.600.000 kr.), a round figure, where a population's total never is. Only when one total is round
 * and the other is not does this decide; otherwise the order of the columns stands.
 */
import { normalize, type Decimal } from '../../decimal/decimal';
import type { SheetCells } from '../../reader/cells';
import { columnValues, findTotals, sumOf } from './content';

/** How many whole units (kroner, thousands) a round sum to split comes in: 1.000 at least. */
const ROUND_SUM = 1000n;

/** The first column's total is a round sum and the second's is not: the first holds the amounts. */
export function roundSumFirst(
  cells: SheetCells,
  rows: readonly number[],
  label: number,
  first: number,
  second: number,
): boolean {
  const totals = findTotals(cells, rows, label, null, [first, second]);
  const parts = rows.filter((r) => r !== totals.totalRow && !totals.otherTotals.includes(r));
  const totalOf = (col: number): Decimal =>
    (totals.totalRow !== null ? cells.number(totals.totalRow, col) : null) ??
    sumOf(columnValues(cells, col, parts));
  return isRound(totalOf(first)) && !isRound(totalOf(second));
}

function isRound(d: Decimal): boolean {
  const n = normalize(d);
  if (n.scale > 0 || n.digits <= 0n) return false;
  return (n.digits * 10n ** BigInt(-n.scale)) % ROUND_SUM === 0n;
}
