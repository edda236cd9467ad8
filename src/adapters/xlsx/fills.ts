/**
 * Highlight fills on an ExcelJS workbook: painting them, remembering what was there first, and putting
 * that back; column widths Fordel changes are remembered the same way. A saved fill goes back only where the cell still shows one of Fordel's own highlight fills:
 * a cell the user has coloured since is theirs.
 */
import type ExcelJS from 'exceljs';
import type { Severity } from '../../core/findings/finding';
import { parseA1Range, type RangePos } from '../../core/grid/a1';
import type { Highlight, SavedFill, SavedWidth } from '../../core/output/plan';
import { fillsToRecord, forEachCell, partitionFills, savedFill } from '../../core/output/saved-fills';

/** Light fills, the same as Excel's "Light Red Fill" / "Light Yellow" presets, and a light blue. */
export const HIGHLIGHT_ARGB: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const OURS = new Set(Object.values(HIGHLIGHT_ARGB));

export function isFordelFill(fill: ExcelJS.Fill | undefined): boolean {
  return (
    fill?.type === 'pattern' &&
    fill.pattern === 'solid' &&
    typeof fill.fgColor?.argb === 'string' &&
    OURS.has(fill.fgColor.argb.toUpperCase())
  );
}

export function paintHighlight(ws: ExcelJS.Worksheet, h: Highlight): void {
  const fill: ExcelJS.Fill = {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { argb: HIGHLIGHT_ARGB[h.severity] },
  };
  forEachCell(h.range, (r, c) => setFill(ws.getCell(r + 1, c + 1), fill));
}

/**
 * The fills of highlighted cells that have none saved yet, read before anything is painted: one entry
 * per highlight when its cells share a fill, else one per cell.
 */
export function recordFills(
  wb: ExcelJS.Workbook,
  highlights: readonly Highlight[],
  saved: readonly SavedFill[],
): SavedFill[] {
  const out: SavedFill[] = [];
  for (const { sheet, range } of fillsToRecord(highlights, saved)) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const cells: { range: RangePos; fill: ExcelJS.Fill | undefined }[] = [];
    forEachCell(range, (r, c) =>
      cells.push({ range: { top: r, left: c, bottom: r, right: c }, fill: fillAt(ws, r, c) }),
    );
    const same = cells.every((x) => raw(x.fill) === raw(cells[0].fill));
    for (const x of same ? [{ range, fill: cells[0].fill }] : cells)
      out.push(savedFill(sheet, x.range, colorOf(x.fill), raw(x.fill)));
  }
  return out;
}

/**
 * The saved fills whose cells still show Fordel's highlight. Where the user has given a highlighted cell a
 * fill of their own since, the saved one is out of date: that cell's fill is recorded afresh.
 */
export function stillShowing(wb: ExcelJS.Workbook, saved: readonly SavedFill[]): SavedFill[] {
  return partitionFills(saved, (sheet, r, c) => {
    const ws = wb.getWorksheet(sheet);
    return !ws || isFordelFill(fillAt(ws, r, c));
  })[0];
}

/** Puts saved fills back where Fordel's highlight is still showing; returns the cells changed. */
export function restoreFills(wb: ExcelJS.Workbook, fills: readonly SavedFill[]): number {
  let cells = 0;
  for (const saved of fills) {
    const ws = wb.getWorksheet(saved.sheet);
    const range = parseA1Range(saved.range);
    if (!ws || !range) continue;
    const fill = fillFrom(saved);
    forEachCell(range, (r, c) => {
      if (!isFordelFill(fillAt(ws, r, c))) return;
      setFill(ws.getCell(r + 1, c + 1), fill);
      cells++;
    });
  }
  return cells;
}

/** Reads without creating the cell, so looking leaves the sheet as it was. */
function fillAt(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Fill | undefined {
  const line = ws.findRow(row + 1);
  const cell = line?.findCell(col + 1);
  // A cell not made yet shows its row's or column's fill, as ExcelJS gives a new cell.
  const fill = cell
    ? cell.style?.fill
    : ((line as { style?: Partial<ExcelJS.Style> } | undefined)?.style?.fill ??
      ws.getColumn(col + 1).style?.fill);
  return fill && !(fill.type === 'pattern' && fill.pattern === 'none') ? fill : undefined;
}

function raw(fill: ExcelJS.Fill | undefined): string | undefined {
  return fill ? JSON.stringify(fill) : undefined;
}

/** '#RRGGBB' for a plain solid fill; a theme colour or pattern has no such colour (raw keeps it). */
function colorOf(fill: ExcelJS.Fill | undefined): string | null {
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  return typeof argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

function fillFrom(saved: SavedFill): ExcelJS.Fill | undefined {
  if (saved.raw !== undefined) {
    try {
      return JSON.parse(saved.raw) as ExcelJS.Fill;
    } catch {
      // A damaged entry falls back to the colour.
    }
  }
  if (saved.color === null || !/^#[0-9A-Fa-f]{6}$/.test(saved.color)) return undefined;
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${saved.color.slice(1).toUpperCase()}` } };
}

/** A copy of the style, never a change in place: ExcelJS shares style objects between cells. */
function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

/** Widths of columns before Fordel first widens them; a column already recorded keeps its first width. */
export class WidthRecorder {
  readonly added: SavedWidth[] = [];
  private readonly seen: Set<string>;

  constructor(saved: readonly SavedWidth[]) {
    this.seen = new Set(saved.map((w) => `${w.sheet}!${w.column}`));
  }

  record(sheet: string, column: string, width: number | null): void {
    const key = `${sheet}!${column}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.added.push({ sheet, column, width });
  }
}

export function restoreWidths(wb: ExcelJS.Workbook, widths: readonly SavedWidth[]): void {
  for (const w of widths) {
    const ws = wb.getWorksheet(w.sheet);
    if (ws) ws.getColumn(w.column).width = w.width ?? undefined;
  }
}
