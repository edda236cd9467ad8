/**
 * Where a split's cells sit on the sheet, whichever way it runs. The layout speaks of lines (parties and
 * totals: dataRows, totalRow) and fields (partyCol, keyCol, shareCol, amountCol); a split laid out across
 * (orientation 'across') keeps the same fields with rows and columns swapped, so the checks read it exactly
 * like a split down the rows, and every finding still names the user's own cell.
 */
import { a1, columnLetters, type CellPos } from '../../grid/a1';
import { text, type Text } from '../../findings/finding';
import type { ApportionmentLayout } from '../../tables/layout';

export function splitAcross(t: ApportionmentLayout): boolean {
  return t.orientation === 'across';
}

/** The sheet cell of a line (a party, a total) in a field (the key, the amount ...). */
export function splitPos(t: ApportionmentLayout, line: number, field: number): CellPos {
  return splitAcross(t) ? { row: field, col: line } : { row: line, col: field };
}

/** The same cell as [row, col], for the readers that take them apart. */
export function splitAt(t: ApportionmentLayout, line: number, field: number): [number, number] {
  const p = splitPos(t, line, field);
  return [p.row, p.col];
}

export function splitA1(t: ApportionmentLayout, line: number, field: number): string {
  const p = splitPos(t, line, field);
  return a1(p.row, p.col);
}

/**
 * The heading of a field: its cell in the header row, or in the column of line names when across; none when
 * a split across has no such column (its first column is a party).
 */
export function fieldHeadPos(t: ApportionmentLayout, field: number): CellPos | null {
  if (!splitAcross(t)) return { row: t.headerRow, col: field };
  return t.headerCol === undefined ? null : { row: field, col: t.headerCol };
}

/** A line as the user finds it: "række 5", or "kolonne E" when the parties run across. */
export function lineName(t: ApportionmentLayout, line: number): Text {
  return splitAcross(t)
    ? text(`kolonne ${columnLetters(line)}`, `column ${columnLetters(line)}`)
    : text(`række ${line + 1}`, `row ${line + 1}`);
}
