/**
 * Where a table says what unit its amounts are in, nearest first: the header cells over the amounts (a unit
 * row "t.kr." under the years, "Beløb (1.000 kr.)" over a split's amounts), then the table's title, then the
 * notes under it ("Beløb i 1.000 kr."). Each header cell is read on its own, so the year beside "mio. kr."
 * in the next cell never makes it an amount.
 */
import type { SheetCells } from './cells';
import type { Detected } from './detect-types';
import { findAmountScale } from './amount-scale';
import { headerBottom } from './sub-header';

/** Kroner per unit of the table's amounts (1, 1.000, 1.000.000 ...), or undefined when nothing says. */
export function tableAmountScale(
  cells: SheetCells,
  found: Detected,
  around: readonly string[],
): number | undefined {
  const part = found.part;
  if (part.kind === 'kpi') return undefined;
  const { range } = found;
  // A split across found its unit beside its amounts on the transposed view (kinds/split/detect-across.ts).
  if (part.kind === 'apportionment' && part.orientation === 'across') {
    return part.amountScale ?? findAmountScale(around);
  }
  const bottom = headerBottom(cells, range, found.headerRow);
  const columns =
    part.kind === 'apportionment'
      ? part.amountCol === null
        ? []
        : [part.amountCol]
      : Array.from({ length: range.right - range.left + 1 }, (_, i) => range.left + i);
  // A hidden helper column ("t.kr. (hj.)" beside amounts in kroner) is no part of what the user reads.
  const hidden = new Set(cells.grid.hiddenCols ?? []);
  const header: string[] = [];
  for (const col of columns.filter((c) => !hidden.has(c)))
    for (let r = range.top; r <= bottom; r++) header.push(cells.text(r, col));
  return findAmountScale([...header.filter((t) => t !== ''), ...around]);
}
