/**
 * Titles above a table and notes below it. A title is the line(s) of text just above the header
 * ("Tabel B: Samlet finansiering, 2020-tal"), possibly with a blank line between; notes are lines
 * of text just below. Neither is part of the table's range.
 */
import type { RangePos } from '../grid/a1';
import { isSingleTextRow, rowHasContent, rowText } from './body';
import { TEXT, BLANK, type SheetCells } from './cells';
import { isNoteLine } from './labels';
import { statedScale } from './amount-scale';

const MAX_LINES = 3;
const MAX_GAP = 2;

/** Text lines above the header: inside the block first, then above it across up to two blank rows. */
export function titleLines(cells: SheetCells, rect: RangePos, headerRow: number): string[] {
  const lines: string[] = [];
  let gap = 0;
  for (let r = headerRow - 1; r >= cells.top && lines.length < MAX_LINES; r--) {
    const inside = r >= rect.top;
    if (!rowHasContent(cells, r, rect.left, rect.right)) {
      if (inside) continue;
      if (++gap > MAX_GAP) break;
      continue;
    }
    // Inside the block any line above the header is a title line (a merged or two-line heading).
    if (!inside && !isSingleTextRow(cells, r, rect.left, rect.right)) break;
    const line = rowText(cells, r, rect.left, rect.right);
    // "Kilde: ..." above a blank row is the note of a table further up, not this table's title.
    if (!inside && isNoteLine(line)) break;
    // So is a note or a unit line over this title that has a table right above it, after one blank row
    // ("Beløb i t.kr." under the table above, then "Vidensby-organisation: basisbudget"): noteLines gives it
    // to that table.
    if (lines.length > 0 && belowTable(cells, r, rect) && ownLines([line, '']) === 1) break;
    lines.unshift(line);
    gap = 0;
  }
  return lines;
}

/** A blank row right above the row, and a line of figures right above that: the foot of a table. */
function belowTable(cells: SheetCells, row: number, rect: RangePos): boolean {
  const above = row - 2;
  if (above < cells.top || rowHasContent(cells, row - 1, rect.left, rect.right)) return false;
  for (let c = rect.left; c <= rect.right; c++) if (cells.isNumeric(above, c)) return true;
  return false;
}

/** Text lines right under a table, unless they are the title of a table further down. */
export function noteLines(cells: SheetCells, range: RangePos): string[] {
  const lines: string[] = [];
  let gap = 0;
  // Where the lines after the last blank row begin: if a table follows, they are its title.
  let afterBlank: number | null = null;
  for (let r = range.bottom + 1; r <= cells.bottom && lines.length < MAX_LINES; r++) {
    if (!rowHasContent(cells, r, range.left, range.right)) {
      if (++gap > MAX_GAP) break;
      continue;
    }
    if (!isSingleTextRow(cells, r, range.left, range.right)) {
      // A table follows: the lines after the blank row are its title, not our notes.
      return gap > 0
        ? []
        : afterBlank === null
          ? lines
          : lines.slice(0, afterBlank + ownLines(lines.slice(afterBlank)));
    }
    if (gap > 0) afterBlank = lines.length;
    const text = rowText(cells, r, range.left, range.right);
    if (/^(?:tabel|table|figur|bilag)\b/i.test(text)) break;
    lines.push(text);
    gap = 0;
  }
  return lines;
}

/**
 * Text beside a table on its right, in its own rows: a note column ("Krav: egenfinansiering på minimum 50
 * pct." two columns over). Only columns of text count, up to two blank columns away; a column with a figure
 * is another table, and the reading stops there. Read for rules stated beside the table, nothing else.
 */
export function sideNoteLines(cells: SheetCells, range: RangePos): string[] {
  const lines: string[] = [];
  let gap = 0;
  for (let c = range.right + 1; c <= cells.right && lines.length < MAX_LINES; c++) {
    const texts: string[] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const kind = cells.kind(r, c);
      if (kind === BLANK) continue;
      if (kind !== TEXT) return lines;
      texts.push(cells.text(r, c));
    }
    if (texts.length === 0) {
      if (++gap > MAX_GAP) break;
      continue;
    }
    lines.push(...texts.slice(0, MAX_LINES - lines.length));
    gap = 0;
  }
  return lines;
}

/**
 * Of the lines between a blank row and the next table, the last is that table's title; a note or a unit line
 * before it ("Kilde: ...", "Beløb i t.kr.") still speaks of the table above.
 */
function ownLines(tail: readonly string[]): number {
  let own = 0;
  while (own < tail.length - 1 && (isNoteLine(tail[own]) || statedScale(tail[own]) !== undefined)) own++;
  return own;
}
