/**
 * A validated copy of a table on its own sheet: numbers that arrived as text become real numbers with
 * a Danish display format, totals are recomputed, and each row's status stands beside it.
 */
import type { Lang, Text } from '../findings/finding';
import { cellAt, isCellError, type SheetGrid } from '../grid/grid';
import type { OutputColumn, ValidatedValues } from './table-output';
import { key } from './table-output';
import type { TableLayout } from '../tables/layout';
import { fitCell } from './cell-text';
import { neededWidth } from './column-width';
import type { OutValue, OwnedSheet } from './plan';

export function validatedSheet(
  name: string,
  grid: SheetGrid,
  t: TableLayout,
  columns: readonly OutputColumn[],
  values: ValidatedValues,
  lang: Lang,
): OwnedSheet {
  const { top, left, bottom, right } = t.range;
  const rows: OutValue[][] = [];
  const numberFormats: (string | null)[] = [];

  for (let row = top; row <= bottom; row++) {
    const line: OutValue[] = [];
    for (let col = left; col <= right; col++) {
      const k = key(row, col);
      if (values.has(k)) line.push(values.get(k) ?? null);
      else {
        const v = cellAt(grid, row, col);
        const asLabel = typeof v === 'number' && (col === left || row === t.headerRow);
        line.push(v === null ? null : isCellError(v) ? v.error : asLabel ? String(v) : fit(v));
      }
    }
    for (const c of columns) {
      const v = row === t.headerRow ? c.header : c.cells.get(row);
      line.push(v === undefined ? null : isText(v) ? v[lang] : v);
    }
    rows.push(line);
  }
  // Whole numbers get thousands separators; a column with fractions keeps its decimals.
  for (let c = 0; c <= right - left; c++) {
    const nums = rows.map((r) => r[c]).filter((v): v is number => typeof v === 'number');
    numberFormats.push(c === 0 ? '@' : nums.every(Number.isInteger) ? '#,##0' : '#,##0.0#');
  }
  for (const c of columns) numberFormats.push(c.numberFormat);
  const columnWidths = numberFormats.map((_, c) => neededWidth(rows, c));
  return { name, values: rows, numberFormats, columnWidths, boldRows: [t.headerRow - top] };
}

function fit(v: OutValue): OutValue {
  return typeof v === 'string' ? fitCell(v) : v;
}

function isText(v: unknown): v is Text {
  return typeof v === 'object' && v !== null && 'da' in v && 'en' in v;
}
