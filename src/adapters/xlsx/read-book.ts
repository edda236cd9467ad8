/**
 * Reads a workbook file (.xlsx, .xlsm, .xlsb, .xls, .ods) into Fordel's SheetGrids. An .xlsx or .xlsm is read
 * by Fordel's own reader (own-reader.ts), which gives exactly what the SheetJS path below gives; everything
 * else, and any .xlsx in a form the own reader does not know, is read with SheetJS, which opens what
 * spreadsheet programs open: absolute part names, sheets not called sheet1.xml, XML a strict parser rejects.
 * Values are what Excel shows (a formula's saved result, also 0 and ""), dates are serial numbers, merged
 * cells other than the top-left are empty, like the Office.js adapter reads.
 */
import * as zlib from 'node:zlib';
import { sheetJs, type XLSX } from './sheetjs';
import type { RangePos } from '../../core/grid/a1';
import { NO_RESULT, type ExcelTableInfo, type RawValue, type SheetGrid } from '../../core/grid/grid';
import { SETTINGS_SHEET, type FordelSettings } from '../../core/output/plan';
import { DAMAGED_SHEET, tooSparse } from './unread-sheet';
import { ERROR_TEXT } from './excel-errors';
import { settingsOf } from './book-settings';
import type { UnreadSheet } from '../../core/check/unread-sheets';
import { droppedContent, sheetParts, type PackageFiles, type SheetPart } from './package-parts';
import type { Unpacked } from './zip-guard';
import { readOwnBook } from './own-reader';
import { NotUnderstood } from './reader-fallback';

export type BookKind = 'xlsx' | 'xlsm' | 'xlsb' | 'xls' | 'ods';

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 day zero (as Excel counts, with its 1900 leap-year quirk) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** A JS Date as the Excel serial number (1900 system) that Excel would store. */
export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

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
  /** Worksheets that could not be read, with the reason; the check reports each as an error. */
  readonly unread: readonly UnreadSheet[];
}

/** The entries the zip guard has unpacked already, while SheetJS reads the file they come from. */
let reusable: { readonly file: Buffer; readonly unpacked: Unpacked } | null = null;

/** The guard's unpacked entry for packed data starting at `chunk`, taken once; null when there is none. */
function takeUnpacked(chunk: Uint8Array): { data: Buffer; packedBytes: number } | null {
  if (!reusable || chunk.buffer !== reusable.file.buffer) return null;
  const start = chunk.byteOffset - reusable.file.byteOffset;
  const hit = reusable.unpacked.get(start);
  if (!hit) return null;
  reusable.unpacked.delete(start);
  return hit;
}

type NodeInflateRaw = new () => {
  bytesWritten: number;
  _processChunk(chunk: Uint8Array, flushFlag: number): Buffer;
};

/**
 * SheetJS unpacks with its own JavaScript inflate unless given Node's zlib (faster, and it cannot loop
 * on a bad header); the zip guard has already checked every entry before SheetJS sees the file, and what
 * it unpacked is handed over rather than unpacked twice. SheetJS asks for the input consumed as
 * `bytesRead`, which Node now calls `bytesWritten` (and warns about the old name).
 */
class CountingInflateRaw extends (zlib as unknown as { InflateRaw: NodeInflateRaw }).InflateRaw {
  private reused: number | null = null;

  get bytesRead(): number {
    return this.reused ?? this.bytesWritten;
  }

  override _processChunk(chunk: Uint8Array, flushFlag: number): Buffer {
    const hit = takeUnpacked(chunk);
    if (!hit) return super._processChunk(chunk, flushFlag);
    this.reused = hit.packedBytes;
    return hit.data;
  }
}
let withZlib: ReturnType<typeof sheetJs> | undefined;

/** SheetJS, loaded on first use and set to unpack with Node's zlib. */
function sheetJsWithZlib(): ReturnType<typeof sheetJs> {
  if (withZlib) return withZlib;
  const x = sheetJs();
  quietly(() => x.CFB.utils.use_zlib({ ...zlib, InflateRaw: CountingInflateRaw }));
  return (withZlib = x);
}

/**
 * Parses the bytes; throws what SheetJS throws (the caller turns it into a plain message). `unpacked` are
 * the zip entries the guard unpacked from these bytes (identifyBook), used instead of unpacking them again.
 */
export function readBook(bytes: Buffer, kind: BookKind, unpacked?: Unpacked): BookReading {
  if ((kind === 'xlsx' || kind === 'xlsm') && ownReaderOn()) {
    const own = readOwnBook(bytes, kind, unpacked);
    if (!(own instanceof NotUnderstood)) return own;
  }
  return readWithSheetJs(bytes, kind, unpacked);
}

/**
 * Fordel's own reader (own-reader.ts) reads .xlsx and .xlsm unless FORDEL_READER=sheetjs asks for the
 * SheetJS path (to compare the two, or should a workbook ever read differently).
 */
function ownReaderOn(): boolean {
  // The browser page has no `process`: there the own reader is always on.
  return typeof process === 'undefined' || process.env?.FORDEL_READER !== 'sheetjs';
}

/** The SheetJS path: every kind of workbook, and any .xlsx the own reader leaves to it. */
export function readWithSheetJs(bytes: Buffer, kind: BookKind, unpacked?: Unpacked): BookReading {
  const zipped = kind === 'xlsx' || kind === 'xlsm' || kind === 'xlsb' || kind === 'ods';
  reusable = unpacked && zipped ? { file: bytes, unpacked } : null;
  let wb: XLSX.WorkBook;
  try {
    wb = quietly(() =>
      sheetJsWithZlib().read(bytes, {
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
  } finally {
    reusable = null;
  }
  const files = zipped ? packageFiles(wb) : null;
  const parts = files && (kind === 'xlsx' || kind === 'xlsm') ? sheetParts(files) : [];
  const states = wb.Workbook?.Sheets ?? [];
  const recalcOnOpen = asksRecalculation(wb);
  const grids: SheetGrid[] = [];
  const unread: UnreadSheet[] = [];
  let merges = 0;
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name] as XLSX.WorkSheet | undefined;
    const hidden = (states[i]?.Hidden ?? 0) !== 0;
    // Hidden sheets (Fordel's settings among them) are not checked, so only visible ones are reported.
    const report = (u: UnreadSheet): void => void (hidden || name === SETTINGS_SHEET || unread.push(u));
    // SheetJS leaves out a sheet whose XML it could not parse: say so, never pass it over in silence.
    if (!ws) return report({ name, cell: 'A1', why: DAMAGED_SHEET });
    if (ws['!type'] && ws['!type'] !== 'sheet') return;
    const part = parts.find((p) => p.name === name);
    const grid = gridOf(name, ws, part, hidden, recalcOnOpen);
    if ('unread' in grid) return report(grid.unread);
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
    unread,
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

/**
 * A formula whose result the file does not hold: saved with no value at all (openpyxl, ExcelJS and other
 * tools that do not calculate), or with 0 in its place and a recalculation asked for on opening
 * (XlsxWriter). Excel shows the calculated value; read as empty or 0, it would be a silent wrong number.
 */
function withoutResult(cell: SjsCell, recalcOnOpen: boolean): boolean {
  if (!cell.f) return false;
  if (cell.v === undefined) return true;
  return recalcOnOpen && (cell.v === 0 || cell.v === '');
}

/** The workbook asks Excel to calculate every formula on opening: its saved results are placeholders. */
function asksRecalculation(wb: XLSX.WorkBook): boolean {
  const calc = (wb.Workbook as { CalcPr?: { fullCalcOnLoad?: unknown } } | undefined)?.CalcPr;
  return /^(1|true)$/i.test(String(calc?.fullCalcOnLoad ?? ''));
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
      return { error: errorText(cell) };
    case 'd':
      return cell.v instanceof Date ? dateToSerial(cell.v) : null;
    default:
      return null;
  }
}

/** Excel's text for an error cell; an error value Fordel does not know keeps its own text, or '#?'. */
function errorText(cell: SjsCell & { w?: unknown }): string {
  if (typeof cell.v === 'number' && ERROR_TEXT[cell.v]) return ERROR_TEXT[cell.v];
  if (typeof cell.w === 'string' && cell.w.startsWith('#')) return cell.w;
  if (typeof cell.v === 'string' && cell.v.startsWith('#')) return cell.v;
  return '#?';
}

function formatOf(cell: SjsCell): string {
  if (typeof cell.z === 'string') return cell.z;
  if (typeof cell.z === 'number') return String(sheetJs().SSF.get_table()[cell.z] ?? 'General');
  return 'General';
}

function gridOf(
  name: string,
  ws: XLSX.WorkSheet,
  part: SheetPart | undefined,
  hidden: boolean,
  recalcOnOpen: boolean,
): SheetGrid | { unread: UnreadSheet } {
  const data = ((ws as unknown as { '!data'?: (SjsCell | undefined)[][] })['!data'] ?? []) as (
    (SjsCell | undefined)[] | undefined
  )[];
  // Used range: cells that hold a value or a formula, as ExcelJS and Excel's UsedRange count them.
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let filled = 0;
  // forEach skips the holes of sparse arrays: this pass costs the filled cells, not the used range.
  data.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell || (cell.v === undefined && !cell.f) || cell.t === 'z') return;
      filled++;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  // Formulas saved with no result: the reader left them out, yet they hold the sheet's totals.
  const noResult = new Map<number, Set<number>>();
  for (const p of part?.noResult ?? []) {
    const cols = noResult.get(p.row) ?? new Set<number>();
    noResult.set(p.row, cols.add(p.col));
    filled++;
    if (p.row < top) top = p.row;
    if (p.row > bottom) bottom = p.row;
    if (p.col < left) left = p.col;
    if (p.col > right) right = p.col;
  }
  // The grid is a rectangle: a sheet used far and thinly is reported instead.
  const sparse = tooSparse(name, { top, left, bottom, right }, filled);
  if (sparse) return { unread: sparse };
  const height = bottom < 0 ? 0 : bottom - top + 1;
  const width = bottom < 0 ? 0 : right - left + 1;
  const values: RawValue[][] = new Array(height);
  const formats: (string | null)[][] = new Array(height);
  const formulas: boolean[][] = new Array(height);
  for (let r = top; r <= bottom; r++) {
    const row = data[r];
    const unseenCols = noResult.get(r);
    // Rows of exactly the grid's width: an array grown by push keeps room for 17 cells, which on a sheet of
    // a million short rows is most of the grid's memory.
    const vRow: RawValue[] = new Array(width);
    const fRow: (string | null)[] = new Array(width);
    const xRow: boolean[] = new Array(width);
    for (let c = left; c <= right; c++) {
      const cell = row?.[c];
      const unseen =
        (unseenCols !== undefined && unseenCols.has(c)) ||
        (cell !== undefined && withoutResult(cell, recalcOnOpen));
      vRow[c - left] = unseen ? NO_RESULT : cell ? cellValue(cell) : null;
      fRow[c - left] = cell ? formatOf(cell) : 'General';
      xRow[c - left] = unseen || Boolean(cell?.f);
    }
    values[r - top] = vRow;
    formats[r - top] = fRow;
    formulas[r - top] = xRow;
    // SheetJS's cells of this row are read: let them go, so the sheet and the grid are not held in full at once.
    if (row) data[r] = undefined;
  }
  // A number stored as "0x10" or "1e-400" is passed on as its text, never as the 0 the reader made of it.
  for (const odd of part?.oddNumbers ?? []) {
    const line = values[odd.row - top];
    if (line && odd.col >= left && odd.col <= right && !formulas[odd.row - top][odd.col - left])
      line[odd.col - left] = odd.text;
  }
  const hiddenRows: number[] = [];
  (ws['!rows'] ?? []).forEach((row, r) => {
    if (row?.hidden) hiddenRows.push(r);
  });
  const outline: { row: number; level: number }[] = [];
  (ws['!rows'] ?? []).forEach((row, r) => {
    if (row?.level) outline.push({ row: r, level: row.level });
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
    ...(outline.length ? { outline } : {}),
    ...(part?.indents.length ? { indents: part.indents } : {}),
    merges,
    tables,
    protected: part?.protected ?? false,
    hidden,
  };
}
