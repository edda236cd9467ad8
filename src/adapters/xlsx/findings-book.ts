/**
 * The findings on their own, for a file Fordel cannot write a checked copy of (.xls, .xlsb, .ods, or a
 * package its copy cannot patch safely): Fordel's visible sheets of the plan as a new workbook, links
 * turned into the text they show, written by Fordel's own writer (new-book.ts).
 */
import type { OutValue, WritePlan } from '../../core/output/plan';
import { newBook, type NewCell } from './new-book';

/** The workbook's bytes and the number of cells written. */
export function findingsBook(plan: WritePlan): { bytes: Buffer; cells: number } {
  let cells = 0;
  const sheets = plan.sheets
    .filter((s) => !s.hidden)
    .map((s) => {
      const bold = new Set(s.boldRows ?? []);
      const out: NewCell[] = [];
      s.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const fmt = s.numberFormats?.[c];
          out.push({
            row: r,
            col: c,
            value: plain(value),
            ...(fmt && typeof value === 'number' ? { numFmt: fmt } : {}),
            ...(bold.has(r) ? { bold: true } : {}),
          });
          cells++;
        }),
      );
      return { name: s.name, cells: out, widths: s.columnWidths };
    });
  return { bytes: newBook(sheets), cells };
}

const plain = (v: OutValue): string | number | boolean | null =>
  v !== null && typeof v === 'object' ? v.text : v;
