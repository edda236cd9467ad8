/** The rows under a header: data rows, and the notes that trail them. */
import type { RangePos } from '../grid/a1';
import { BLANK, TEXT, type SheetCells } from './cells';
import { isNoteText } from './labels';
import { findPriceLevel } from './price-level';
import { headerBottom } from './sub-header';

export interface Body {
  /** Rows with any content between the header and the notes, top to bottom. */
  readonly rows: number[];
  /** Text of note lines under the table (price level, sources). */
  readonly notes: string[];
}

export function rowHasContent(cells: SheetCells, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (cells.kind(row, c) !== BLANK) return true;
  return false;
}

/** All non-blank cell texts of a row, joined: used for titles and notes. */
export function rowText(cells: SheetCells, row: number, left: number, right: number): string {
  const parts: string[] = [];
  for (let c = left; c <= right; c++) {
    const t = cells.text(row, c);
    if (t !== '') parts.push(t);
  }
  return parts.join(' ');
}

/** A row holding one piece of text and nothing else. */
export function isSingleTextRow(cells: SheetCells, row: number, left: number, right: number): boolean {
  let seen = 0;
  for (let c = left; c <= right; c++) {
    const k = cells.kind(row, c);
    if (k === BLANK) continue;
    if (k !== TEXT || ++seen > 1) return false;
  }
  return seen === 1;
}

export function tableBody(cells: SheetCells, rect: RangePos, headerRow: number): Body {
  const rows: number[] = [];
  // "kr." or "t.kr." under each year, or a second header line, belongs to the header, not to the data.
  for (let r = headerBottom(cells, rect, headerRow) + 1; r <= rect.bottom; r++)
    if (rowHasContent(cells, r, rect.left, rect.right)) rows.push(r);
  const notes: string[] = [];
  while (rows.length > 0) {
    const last = rows[rows.length - 1];
    if (!isSingleTextRow(cells, last, rect.left, rect.right)) break;
    const text = rowText(cells, last, rect.left, rect.right);
    if (!isNoteText(text) && !findPriceLevel([text])) break;
    notes.unshift(text);
    rows.pop();
  }
  return { rows, notes };
}

/** Rows after the total row are notes or side calculations, not part of the table. */
export function cutAfter(cells: SheetCells, rect: RangePos, body: Body, totalRow: number | null): Body {
  if (totalRow === null) return body;
  const after = body.rows.filter((r) => r > totalRow);
  if (after.length === 0) return body;
  return {
    rows: body.rows.filter((r) => r <= totalRow),
    notes: [...after.map((r) => rowText(cells, r, rect.left, rect.right)), ...body.notes],
  };
}

/** A column that holds text in most of the given rows (a label or name column). */
export function isTextColumn(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  let text = 0;
  let filled = 0;
  const sample = rows.length > 200 ? rows.slice(0, 200) : rows;
  for (const r of sample) {
    const k = cells.kind(r, col);
    if (k === BLANK) continue;
    filled++;
    if (k === TEXT) text++;
  }
  return filled > 0 && text * 2 >= filled;
}

/** Whether any of the rows holds a number in any of the columns. */
export function hasNumbers(cells: SheetCells, rows: readonly number[], cols: readonly number[]): boolean {
  for (const r of rows) for (const c of cols) if (cells.isNumeric(r, c)) return true;
  return false;
}
