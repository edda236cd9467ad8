/**
 * For tests, which read Fordel's output with ExcelJS as a second, independent reader (Fordel itself no
 * longer uses ExcelJS). Turns an ExcelJS worksheet into Fordel's SheetGrid: cell values as Excel shows them (formulas as
 * their last result, dates as serial numbers), number formats, merges, hidden rows and columns,
 * Excel Tables and protection.
 */
import type ExcelJS from 'exceljs';
import { parseA1Range, type RangePos } from '../../src/core/grid/a1';
import type { ExcelTableInfo, RawValue, SheetGrid } from '../../src/core/grid/grid';

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 day zero (as Excel counts, with its 1900 leap-year quirk) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

export interface CellReading {
  readonly value: RawValue;
  readonly formula: boolean;
}

/** A JS Date as the Excel serial number (1900 system) that Excel would store. */
export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** One cell's value as Fordel sees it. Merged cells other than the top-left read as empty, like Excel. */
export function readCell(cell: ExcelJS.Cell): CellReading {
  if (cell.isMerged && cell.master !== cell) return { value: null, formula: false };
  const reading = plainValue(cell.value);
  // ExcelJS leaves a formula's falsy result (0, "", false) out of cell.value; cell.result still has it.
  if (reading.formula && reading.value === null) {
    return { value: resultValue((cell as unknown as { result?: unknown }).result), formula: true };
  }
  return reading;
}

function plainValue(v: ExcelJS.CellValue): CellReading {
  if (v === null || v === undefined) return { value: null, formula: false };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
    return { value: v, formula: false };
  if (v instanceof Date) return { value: dateToSerial(v), formula: false };
  if ('error' in v) return { value: { error: String(v.error) }, formula: false };
  if ('richText' in v) return { value: v.richText.map((t) => t.text).join(''), formula: false };
  if ('hyperlink' in v) return { value: linkText(v.text), formula: false };
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    return { value: resultValue(result), formula: true };
  }
  return { value: null, formula: false };
}

function linkText(t: unknown): string {
  if (typeof t === 'string') return t;
  if (t && typeof t === 'object' && 'richText' in t) {
    return (t as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  }
  return t === undefined || t === null ? '' : String(t);
}

/** A formula's cached result; a formula never calculated (no result saved) reads as empty. */
function resultValue(result: unknown): RawValue {
  if (result === null || result === undefined) return null;
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
  if (result instanceof Date) return dateToSerial(result);
  if (typeof result === 'object' && 'error' in result)
    return { error: String((result as { error: unknown }).error) };
  return null;
}

/** Bounds (1-based, inclusive) of the cells that hold something, or null for an empty sheet. */
function usedBounds(
  ws: ExcelJS.Worksheet,
): { top: number; left: number; bottom: number; right: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return bottom < 0 ? null : { top, left, bottom, right };
}

function mergesOf(ws: ExcelJS.Worksheet): RangePos[] {
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return merges.map((m) => parseA1Range(m)).filter((m): m is RangePos => m !== null);
}

interface TableModelLike {
  name?: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
  columns?: { customFilters?: unknown[]; filters?: unknown[] }[];
}

function tablesOf(ws: ExcelJS.Worksheet, hiddenRows: ReadonlySet<number>): ExcelTableInfo[] {
  const out: ExcelTableInfo[] = [];
  for (const table of ws.getTables() as unknown as { table?: TableModelLike; model?: TableModelLike }[]) {
    const model = table.table ?? table.model;
    const ref = model?.tableRef ?? model?.ref;
    const range = ref ? parseA1Range(ref) : null;
    if (!model || !range) continue;
    const criteria = (model.columns ?? []).some(
      (c) => (c.customFilters?.length ?? 0) > 0 || (c.filters?.length ?? 0) > 0,
    );
    let rowsHidden = false;
    for (let r = range.top; r <= range.bottom && !rowsHidden; r++) rowsHidden = hiddenRows.has(r);
    out.push({
      name: model.name ?? '',
      range,
      showTotals: Boolean(model.totalsRow),
      filtered: criteria || rowsHidden,
    });
  }
  return out;
}

function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean | string } | null }).sheetProtection;
  return Boolean(p && p.sheet !== false && p.sheet !== '0');
}

export function readSheet(ws: ExcelJS.Worksheet): SheetGrid {
  const bounds = usedBounds(ws);
  const hiddenRowSet = new Set<number>();
  const hiddenCols: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRowSet.add(r - 1);
  });
  const columns = (ws as unknown as { columns?: ExcelJS.Column[] | null }).columns ?? [];
  columns.forEach((col, i) => {
    if (col.hidden) hiddenCols.push(i);
  });

  const values: RawValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: boolean[][] = [];
  if (bounds) {
    for (let r = bounds.top; r <= bounds.bottom; r++) {
      // find*, not get*: reading must not add empty rows and cells to the workbook.
      const row = ws.findRow(r);
      const vRow: RawValue[] = [];
      const fRow: (string | null)[] = [];
      const xRow: boolean[] = [];
      for (let c = bounds.left; c <= bounds.right; c++) {
        const cell = row?.findCell(c);
        const reading = cell ? readCell(cell) : { value: null, formula: false };
        vRow.push(reading.value);
        xRow.push(reading.formula);
        fRow.push(cell?.numFmt ?? 'General');
      }
      values.push(vRow);
      formats.push(fRow);
      formulas.push(xRow);
    }
  }
  const state = ws.state;
  return {
    name: ws.name,
    origin: bounds ? { row: bounds.top - 1, col: bounds.left - 1 } : { row: 0, col: 0 },
    values,
    formats,
    formulas,
    hiddenRows: [...hiddenRowSet].sort((a, b) => a - b),
    hiddenCols,
    merges: mergesOf(ws),
    tables: tablesOf(ws, hiddenRowSet),
    protected: isProtected(ws),
    hidden: state === 'hidden' || state === 'veryHidden',
  };
}
