/**
 * A new workbook of plain sheets (text and numbers; a bold first row that stays in view and filters;
 * column widths), written by Fordel's own writer (new-book.ts). For the folder run's summary.
 */
import { newBook } from './new-book';

export interface PlainSheet {
  readonly name: string;
  /** The first row is the header. */
  readonly rows: readonly (readonly (string | number)[])[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  /** Hidden so that only a program can show it again (Fordel's settings sheet): no header, no filter. */
  readonly veryHidden?: boolean;
}

export function plainBook(sheets: readonly PlainSheet[]): Buffer {
  return newBook(
    sheets.map((s) => ({
      name: s.name,
      widths: s.widths,
      header: !s.veryHidden,
      ...(s.veryHidden ? { state: 'veryHidden' as const } : {}),
      cells: s.rows.flatMap((row, r) =>
        row.map((value, c) => ({ row: r, col: c, value, bold: r === 0 && !s.veryHidden })),
      ),
    })),
  );
}
