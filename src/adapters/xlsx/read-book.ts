/**
 * Reads a workbook file (.xlsx, .xlsm, .xlsb, .xls, .ods) into Fordel's SheetGrids with SheetJS, which
 * opens what spreadsheet programs open: absolute part names, sheets not called sheet1.xml, XML a strict
 * parser rejects. Values are what Excel shows (a formula's saved result, also 0 and ""), dates are
 * serial numbers, merged cells other than the top-left are empty, like the Office.js adapter reads.
 */
import { XLSX } from './sheetjs';
import type { RangePos } from '../../core/grid/a1';
import type { ExcelTableInfo, RawValue, SheetGrid } from '../../core/grid/grid';
import { SETTINGS_SHEET, type FordelSettings } from '../../core/output/plan';
import { settingsFromValues } from '../../core/output/settings-sheet';
import { dateToSerial } from './read-sheet';
import { droppedContent, sheetParts, type PackageFiles, type SheetPart } from './package-parts';

export type BookKind = 'xlsx' | 'xlsm' | 'xlsb' | 'xls' | 'ods';

export interface BookReading {
  /** Every worksheet (hidden ones and the settings sheet included), in workbook order. */
  readonly grids: readonly SheetGrid[];
  /** All sheet names, chart sheets included. */
  readonly sheetNames: readonly string[];
  readonly settings: FordelSettings | null;
  /** Merged ranges in the whole workbook. */
  readonly merges: number;
  /** Cells covered by data validations in the whole workbook (whole columns counted in full). */
  readonly validatedCells: number;
  /** Content a rewritten copy would lose (charts, pivot tables, macros ...). */
  readonly dropped: readonly { da: string; en: string }[];
}

const ERRORS: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
  0x2c: '#SPILL!',
  0x2d: '#CONNECT!',
  0x2e: '#BLOCKED!',
  0x2f: '#UNKNOWN!',
  0x30: '#FIELD!',
  0x31: '#CALC!',
};

/** Parses the bytes; throws what SheetJS throws (the caller turns it into a plain message). */
export function readBook(bytes: Buffer, kind: BookKind): BookReading {
  const zipped = kind === 'xlsx' || kind === 'xlsm' || kind === 'xlsb' || kind === 'ods';
  const wb = quietly(() =>
    XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellNF: true,
      cellFormula: true,
      cellHTML: false,
      cellText: false,
      cellDates: false,
      cellStyles: true, // hidden rows and columns
      bookFiles: zipped,
    }),
  );
  const files = zipped ? packageFiles(wb) : null;
  const parts = files && (kind === 'xlsx' || kind === 'xlsm') ? sheetParts(files) : [];
  const states = wb.Workbook?.Sheets ?? [];
  const grids: SheetGrid[] = [];
  let merges = 0;
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name] as XLSX.WorkSheet | undefined;
    if (!ws || (ws['!type'] && ws['!type'] !== 'sheet')) return;
    const part = parts.find((p) => p.name === name);
    const hidden = (states[i]?.Hidden ?? 0) !== 0;
    const grid = gridOf(name, ws, part, hidden);
    merges += grid.merges?.length ?? 0;
    grids.push(grid);
  });
  const settingsGrid = grids.find((g) => g.name === SETTINGS_SHEET);
  return {
    grids,
    sheetNames: [...wb.SheetNames],
    settings: settingsGrid ? settingsOf(settingsGrid) : null,
    merges,
    validatedCells: parts.reduce((n, p) => n + p.validatedCells, 0),
    dropped: files && kind === 'xlsx' ? droppedContent(files) : [],
  };
}

/** SheetJS prints notes about odd formats to the console; the user gets Fordel's messages only. */
function quietly<T>(read: () => T): T {
  const saved = [console.log, console.warn, console.error];
  const silent = (): void => undefined;
  console.log = console.warn = console.error = silent;
  try {
    return read();
  } finally {
    [console.log, console.warn, console.error] = saved;
  }
}

function settingsOf(grid: SheetGrid): FordelSettings | null {
  // settingsFromValues expects column A from row 1; the used range may start lower on a damaged sheet.
  if (grid.origin.row !== 0 || grid.origin.col !== 0) return null;
  return settingsFromValues(grid.values);
}

function packageFiles(wb: XLSX.WorkBook): PackageFiles {
  const raw = wb as unknown as { keys?: string[]; files?: Record<string, { content?: Uint8Array }> };
  const byName = new Map<string, Uint8Array>();
  for (const key of raw.keys ?? []) {
    const content = raw.files?.[key]?.content;
    if (content && content.length) byName.set(key.replace(/^\/+/, '').toLowerCase(), content);
  }
  return {
    bytes: (name) => byName.get(name.replace(/^\/+/, '').toLowerCase()) ?? null,
    names: () => [...byName.keys()],
  };
}

interface SjsCell {
  t?: string;
  v?: unknown;
  f?: string;
  z?: string | number;
}

function cellValue(cell: SjsCell): RawValue {
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' ? cell.v : null;
    case 's':
    case 'str':
      return typeof cell.v === 'string' ? cell.v : cell.v === undefined ? null : String(cell.v);
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return { error: typeof cell.v === 'number' ? (ERRORS[cell.v] ?? '#N/A') : String(cell.v) };
    case 'd':
      return cell.v instanceof Date ? dateToSerial(cell.v) : null;
    default:
      return null;
  }
}

function formatOf(cell: SjsCell): string {
  if (typeof cell.z === 'string') return cell.z;
  if (typeof cell.z === 'number') return String(XLSX.SSF.get_table()[cell.z] ?? 'General');
  return 'General';
}

function gridOf(name: string, ws: XLSX.WorkSheet, part: SheetPart | undefined, hidden: boolean): SheetGrid {
  const data = ((ws as unknown as { '!data'?: (SjsCell | undefined)[][] })['!data'] ?? []) as (
    (SjsCell | undefined)[] | undefined
  )[];
  // Used range: cells that hold a value or a formula, as ExcelJS and Excel's UsedRange count them.
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || (cell.v === undefined && !cell.f) || cell.t === 'z') continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  const values: RawValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: boolean[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = data[r];
    const vRow: RawValue[] = [];
    const fRow: (string | null)[] = [];
    const xRow: boolean[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row?.[c];
      vRow.push(cell ? cellValue(cell) : null);
      fRow.push(cell ? formatOf(cell) : 'General');
      xRow.push(Boolean(cell?.f));
    }
    values.push(vRow);
    formats.push(fRow);
    formulas.push(xRow);
  }
  const hiddenRows: number[] = [];
  (ws['!rows'] ?? []).forEach((row, r) => {
    if (row?.hidden) hiddenRows.push(r);
  });
  const hiddenCols: number[] = [];
  (ws['!cols'] ?? []).forEach((col, c) => {
    if (col?.hidden) hiddenCols.push(c);
  });
  const merges: RangePos[] = (ws['!merges'] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  const hiddenSet = new Set(hiddenRows);
  const tables: ExcelTableInfo[] = (part?.tables ?? []).map((t) => {
    let rowsHidden = false;
    for (let r = t.range.top; r <= t.range.bottom && !rowsHidden; r++) rowsHidden = hiddenSet.has(r);
    return { name: t.name, range: t.range, showTotals: t.showTotals, filtered: t.criteria || rowsHidden };
  });
  const empty = bottom < 0;
  return {
    name,
    origin: empty ? { row: 0, col: 0 } : { row: top, col: left },
    values,
    formats,
    formulas,
    hiddenRows,
    hiddenCols,
    merges,
    tables,
    protected: part?.protected ?? false,
    hidden,
  };
}
