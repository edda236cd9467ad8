/** Sheet order for items and findings: workbook sheet order, then row, then column. */
import { parseA1Range } from '../../core/grid/a1';

export interface Located {
  readonly sheet: string;
  readonly cell: string;
}

export function sheetOrder(sheets: readonly string[]): (a: Located, b: Located) => number {
  const index = (s: string) => {
    const i = sheets.indexOf(s);
    return i < 0 ? sheets.length : i;
  };
  return (a, b) => {
    const pa = parseA1Range(a.cell);
    const pb = parseA1Range(b.cell);
    return (
      index(a.sheet) - index(b.sheet) || (pa?.top ?? 0) - (pb?.top ?? 0) || (pa?.left ?? 0) - (pb?.left ?? 0)
    );
  };
}
