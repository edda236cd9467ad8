/**
 * A total column with no total word: "2021-24" beside 2021, 2022, 2023 and 2024 (a span over the years beside
 * it), or "Hele perioden" / "Samlet beløb" whose figures are each row's sum of the periods.
 */
import { add, compare, decimal, isZero, sub, type Decimal } from '../../decimal/decimal';

const ZERO = decimal(0);
import type { SheetCells } from '../../reader/cells';
import { sumOf } from '../split/content';

export type Period = { readonly col: number; readonly label: string };

/** A period label spanning the years of at least two other periods: "2021-24", "2021/2024", "2025-2027". */
export function spanOverPeriods(periods: readonly Period[]): Period | null {
  const years = (label: string): [number, number] | null => {
    const m = /^(?:\D*?)(20\d\d)\s*[-–/]\s*(\d{2}|20\d\d)$/.exec(label.trim());
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    return to > from ? [from, to] : null;
  };
  for (const p of periods) {
    const span = years(p.label);
    if (!span) continue;
    const inside = periods.filter((q) => {
      if (q === p) return false;
      const y = /(20\d\d)/.exec(q.label);
      return y !== null && years(q.label) === null && +y[1] >= span[0] && +y[1] <= span[1];
    });
    if (inside.length >= 2) return p;
  }
  return null;
}

/**
 * The column right of the periods (or left of them) whose figure in every row is the row's sum of the
 * periods; with three or more rows one may differ (that is the error to report).
 */
export function sumColumn(
  cells: SheetCells,
  rows: readonly number[],
  periods: readonly Period[],
  candidates: readonly number[],
): number | null {
  const cols = periods.map((p) => p.col);
  for (const col of candidates) {
    let matched = 0;
    const agree: number[] = [];
    const differ: { row: number; miss: Decimal }[] = [];
    for (const r of rows) {
      const v = cells.number(r, col);
      if (!v || v.digits === 0n) continue;
      const parts = cols.map((c) => cells.number(r, c));
      if (parts.every((x) => x === null)) continue;
      if (compare(v, sumOf(parts)) === 0) {
        matched++;
        agree.push(r);
      } else differ.push({ row: r, miss: sub(v, sumOf(parts)) });
    }
    if (matched >= 2 && (differ.length === 0 || (differ.length === 1 && matched >= 3))) return col;
    // One row does not agree: the column is still the total when that one cell breaks its column by the same
    // amount as its row (against a total row that agrees), the cell that breaks two relations.
    if (matched >= 1 && differ.length === 1 && breaksBoth(cells, col, rows, agree, differ[0])) return col;
    // Or a period's cell is the one typed wrong: it breaks its row against this column and its period against
    // the total row by the same amount, while the total row sums this column too.
    if (matched >= 1 && differ.length === 1 && breaksItsPeriod(cells, col, cols, rows, agree, differ[0]))
      return col;
  }
  return null;
}

/**
 * A period's cell in the differing row breaks its period column by the same amount: the column's total row (one
 * that agrees, and that sums the candidate column as well) is off from the rows above it by what the row misses,
 * or the differing row is that total row.
 */
function breaksItsPeriod(
  cells: SheetCells,
  col: number,
  periodCols: readonly number[],
  rows: readonly number[],
  agree: readonly number[],
  wrong: { readonly row: number; readonly miss: Decimal },
): boolean {
  const offBy = (total: number, c: number): Decimal | null => {
    const stated = cells.number(total, c);
    if (!stated) return null;
    return sub(sumOf(rows.filter((r) => r !== total).map((r) => cells.number(r, c))), stated);
  };
  // The differing row may be the total row itself, its own period cell typed wrong: that cell is off from the
  // rows above it by what the row is off from this column, in the same direction.
  return [...agree, wrong.row].some((total) => {
    const own = offBy(total, col);
    if (!own || !isZero(own)) return false;
    return periodCols.some((c) => {
      const off = offBy(total, c);
      if (off === null || cells.number(wrong.row, c) === null) return false;
      return total === wrong.row ? compare(off, wrong.miss) === 0 : compare(add(off, wrong.miss), ZERO) === 0;
    });
  });
}

/**
 * The one differing cell breaks its column by the same amount as its row: as a part, the column's total row
 * (one that agrees) is off by it; as the grand total where the total row and column meet, it is itself off
 * from the sum of the rows above it by that amount.
 */
function breaksBoth(
  cells: SheetCells,
  col: number,
  rows: readonly number[],
  agree: readonly number[],
  wrong: { readonly row: number; readonly miss: Decimal },
): boolean {
  return [...agree, wrong.row].some((total) => {
    const stated = cells.number(total, col);
    if (!stated) return false;
    const others = sumOf(rows.filter((r) => r !== total).map((r) => cells.number(r, col)));
    const off = total === wrong.row ? sub(stated, others) : sub(others, stated);
    return compare(off, wrong.miss) === 0;
  });
}
