/**
 * A column of shares may be a count's shares rounded to their last decimal: "Indbyggere | Andel | Beløb",
 * in either order, with no header words that say which column is which. Then the count is the key and the
 * amounts follow it, not the rounded shares (checked against those, every amount is a little off).
 * The arithmetic tells them apart, not the order of the columns:
 * - the shares are the count's shares, rounded (each within a unit of its last decimal), but not exactly:
 *   amounts worked out from the shares themselves come within a krone of them;
 * - another column follows the count within its rounding: those are the amounts.
 * When two columns could be the count (population and amounts are proportional to each other), the one the
 * shares fit on more lines is the key: a wrong amount breaks its own line there, never the count's.
 */
import type { SheetCells } from '../../reader/cells';
import {
  columnValues,
  findTotals,
  followsKey,
  isFractionColumn,
  linesOnOneRate,
  shareValues,
} from './content';

export interface CountBehindShares {
  readonly count: number;
  readonly amount: number;
}

export function countBehindShares(
  cells: SheetCells,
  share: number,
  candidates: readonly number[],
  rows: readonly number[],
  label: number,
  /** The amounts' column when header words name it: then only the others can be the count. */
  namedAmount?: number,
): CountBehindShares | null {
  const others = candidates.filter((c) => c !== share);
  const totals = findTotals(cells, rows, label, share, others);
  const parts = rows.filter((r) => r !== totals.totalRow && !totals.otherTotals.includes(r));
  const shares = shareValues(cells, share, parts, isFractionColumn(cells, share, parts));
  // Lines without a share (a group's subtotal) are no parties: their amounts sum rounded figures.
  const lines = parts.filter((_, i) => shares[i] !== null);
  let best: (CountBehindShares & { fit: number }) | null = null;
  for (const count of others) {
    if (count === namedAmount) continue;
    const counts = columnValues(cells, count, parts);
    if (counts.some((v) => v !== null && v.digits < 0n)) continue;
    // Shares evened out so their column says 100 may be a whole last decimal off the count's share.
    const rounded = linesOnOneRate(shares, counts, 1);
    if (rounded.of < 3 || rounded.fit < rounded.of - 1) continue;
    // Amounts worked out from the shares as typed: the shares are the key, these are amounts.
    const exact = linesOnOneRate(shares, counts, 0);
    if (exact.fit >= exact.of - 1) continue;
    const amount = (namedAmount !== undefined ? [namedAmount] : others).find(
      (a) => a !== count && followsKey(columnValues(cells, count, lines), columnValues(cells, a, lines)),
    );
    if (amount === undefined) continue;
    if (best === null || rounded.fit > best.fit) best = { count, amount, fit: rounded.fit };
  }
  return best && { count: best.count, amount: best.amount };
}
