/**
 * The workbook behind the in-memory Excel fake: sheets with sparse cells, merges, hidden rows and
 * columns, protection, Excel tables and the selection. Values are stored the way Excel stores them
 * (a typed-in "=..." becomes a formula, "'..." becomes text, "Nov 2024" a date), so the adapter is
 * tested against the same coercions the real host applies.
 */
import type { RangePos } from '../../core/grid/a1';
import { typedDate } from './typed-dates';

/** Where the fake pretends to run; the documented limits and undo support differ per platform. */
export type FakePlatform = 'web' | 'windows' | 'mac';

export type CellVal = number | string | boolean | { readonly error: string } | null;

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FakeTable {
  name: string;
  sheet: string;
  range: RangePos;
  showTotals: boolean;
  filtered: boolean;
}

const ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#SPILL!',
  '#CALC!',
]);

export class SheetState {
  /** Sparse rows of values; undefined or null means an empty cell. */
  readonly vals: (CellVal[] | undefined)[] = [];
  readonly fmts: (string[] | undefined)[] = [];
  readonly formulas = new Map<string, string>();
  readonly fills = new Map<string, string>();
  readonly bold = new Set<string>();
  readonly links = new Map<string, string>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenCols = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  /** Cells indented by their format (Increase Indent): key -> level 1-250 (RangeFormat.indentLevel). */
  readonly indents = new Map<string, number>();
  /** Rows grouped by Data > Group: 0-based row -> outline level 1-7 (only in the file, see xlsx-file.ts). */
  readonly outline = new Map<number, number>();
  merges: RangePos[] = [];
  /** Dynamic arrays: anchor key -> the whole spill range (anchor included). */
  readonly spills = new Map<string, RangePos>();
  /** The sheet's own AutoFilter (Data > Filter), not a Table's. */
  autoFilter: { range: RangePos; filtered: boolean } | null = null;
  visibility: Visibility = 'Visible';
  protected = false;

  constructor(public name: string) {}

  /** A deep copy, for the undo stack. */
  copy(): SheetState {
    const c = new SheetState(this.name);
    this.vals.forEach((line, r) => line && (c.vals[r] = [...line]));
    this.fmts.forEach((line, r) => line && (c.fmts[r] = [...line]));
    for (const [k, v] of this.formulas) c.formulas.set(k, v);
    for (const [k, v] of this.fills) c.fills.set(k, v);
    for (const k of this.bold) c.bold.add(k);
    for (const [k, v] of this.links) c.links.set(k, v);
    this.hiddenRows.forEach((r) => c.hiddenRows.add(r));
    this.hiddenCols.forEach((r) => c.hiddenCols.add(r));
    for (const [k, v] of this.columnWidths) c.columnWidths.set(k, v);
    for (const [k, v] of this.indents) c.indents.set(k, v);
    for (const [k, v] of this.outline) c.outline.set(k, v);
    c.merges = [...this.merges];
    for (const [k, v] of this.spills) c.spills.set(k, v);
    c.autoFilter = this.autoFilter && { ...this.autoFilter };
    c.visibility = this.visibility;
    c.protected = this.protected;
    return c;
  }

  /** Excel's default column width in points (8.43 characters of the default font). */
  width(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_WIDTH;
  }

  value(row: number, col: number): CellVal {
    return this.vals[row]?.[col] ?? null;
  }

  format(row: number, col: number): string {
    return this.fmts[row]?.[col] ?? 'General';
  }

  setRaw(row: number, col: number, v: CellVal): void {
    (this.vals[row] ??= [])[col] = v;
    this.formulas.delete(key(row, col));
  }

  setFormat(row: number, col: number, nf: string): void {
    (this.fmts[row] ??= [])[col] = nf;
  }

  /** The anchor [row, col] of the dynamic array spilled into this cell (the anchor's own), or null. */
  spillAnchorOf(row: number, col: number): [number, number] | null {
    for (const [k, p] of this.spills)
      if (row >= p.top && row <= p.bottom && col >= p.left && col <= p.right) return unkey(k);
    return null;
  }

  /**
   * A value typed into a spilled cell (not the anchor) blocks the array: the anchor shows #SPILL! and
   * the other spilled cells go empty (Range.getSpillParent reference; Microsoft Support "#SPILL! error").
   */
  breakSpillAt(row: number, col: number): void {
    const anchor = this.spillAnchorOf(row, col);
    if (!anchor || (anchor[0] === row && anchor[1] === col)) return;
    const k = key(anchor[0], anchor[1]);
    const p = this.spills.get(k)!;
    const formula = this.formulas.get(k);
    for (let r = p.top; r <= p.bottom; r++)
      for (let c = p.left; c <= p.right; c++) if (r !== row || c !== col) this.setRaw(r, c, null);
    this.setRaw(anchor[0], anchor[1], { error: '#SPILL!' });
    if (formula) this.formulas.set(k, formula);
    this.spills.delete(k);
  }

  /**
   * Writes a value the way Excel takes typed input through Range.values (Excel.Range.values remarks:
   * a value set there is interpreted as if typed; docs "Set or get Excel range values, text, and
   * formulas"): a number stays a number, while a string may become a formula, a number, a boolean, an
   * error or a date, unless the cell already has the text number format "@". A leading apostrophe is
   * the typed-input prefix that keeps the rest as text.
   */
  input(row: number, col: number, v: unknown): void {
    if (v === null || v === undefined) return; // Office.js leaves the cell as it was
    const text = this.format(row, col) === '@';
    // A number typed into a text-formatted cell is stored as its text.
    if (typeof v === 'number') return this.setRaw(row, col, text ? String(v) : v);
    if (typeof v === 'boolean') return this.setRaw(row, col, text ? String(v).toUpperCase() : v);
    const s = String(v);
    // In a Text-formatted cell nothing documents what becomes of a leading apostrophe set through
    // Range.values; the fake assumes the worst, that Excel keeps it as a character (issue 20, point 10).
    if (text) return this.setRaw(row, col, s === '' ? null : s);
    if (s.startsWith("'")) return this.setRaw(row, col, s.slice(1));
    if (s.startsWith('=') && s.length > 1) {
      // The fake does not calculate, except to show a HYPERLINK's text and keep its target.
      const link = /^=HYPERLINK\("#?((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/i.exec(s);
      this.setRaw(row, col, link ? link[2].replace(/""/g, '"') : 0);
      if (link) this.links.set(key(row, col), link[1].replace(/""/g, '"'));
      this.formulas.set(key(row, col), s);
      return;
    }
    const date = typedDate(s);
    if (date) {
      this.setRaw(row, col, date.serial);
      // Excel gives a typed date a date format when the cell had none.
      if (this.format(row, col) === 'General') this.setFormat(row, col, date.format);
      return;
    }
    this.setRaw(row, col, coerce(s));
  }

  clearContents(pos: RangePos): void {
    for (let r = pos.top; r <= Math.min(pos.bottom, this.vals.length - 1); r++) {
      const line = this.vals[r];
      if (!line) continue;
      for (let c = pos.left; c <= Math.min(pos.right, line.length - 1); c++) this.setRaw(r, c, null);
    }
  }

  /** Bounds of cells holding values (and, unless valuesOnly, formats), or null when empty. */
  usedRange(valuesOnly: boolean): RangePos | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (r: number, c: number) => {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    };
    this.vals.forEach((line, r) => line?.forEach((v, c) => v !== null && v !== undefined && take(r, c)));
    if (!valuesOnly) {
      this.fmts.forEach((line, r) => line?.forEach((f, c) => f && f !== 'General' && take(r, c)));
      for (const k of [...this.fills.keys(), ...this.bold]) take(...unkey(k));
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

const DEFAULT_WIDTH = 48;

export function key(row: number, col: number): string {
  return `${row}:${col}`;
}

function unkey(k: string): [number, number] {
  const [r, c] = k.split(':');
  return [Number(r), Number(c)];
}

/** Excel's reading of typed text: numbers, TRUE/FALSE and error literals stop being text. */
export function coerce(s: string): CellVal {
  if (s === '') return null;
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s.trim())) return Number(s.trim());
  const pct = /^\s*([+-]?\d+(?:\.\d+)?)\s*%\s*$/.exec(s);
  if (pct) return Number(pct[1]) / 100;
  if (/^(true|false)$/i.test(s)) return s.toLowerCase() === 'true';
  if (ERRORS.has(s.toUpperCase())) return { error: s.toUpperCase() };
  return s;
}

export function isErrorLiteral(s: string): boolean {
  return ERRORS.has(s);
}

export interface Snapshot {
  readonly sheets: SheetState[];
  readonly tables: FakeTable[];
}

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: FakeTable[] = [];
  selection: { sheet: string; range: RangePos } | null = null;
  activeSheet: string | null = null;
  /** A chart or shape is selected: asking for the selected range fails, as in Excel. */
  shapeSelected = false;
  /** Review > Protect Workbook: sheets cannot be added, deleted, renamed, hidden or unhidden. */
  structureProtected = false;

  snapshot(): Snapshot {
    return { sheets: this.sheets.map((s) => s.copy()), tables: this.tables.map((t) => ({ ...t })) };
  }

  restore(snap: Snapshot): void {
    this.sheets = snap.sheets.map((s) => s.copy());
    this.tables = snap.tables.map((t) => ({ ...t }));
  }

  /** Structure protection refuses sheet-level changes (Excel's "The workbook is protected"). */
  checkStructure(what: string): void {
    if (this.structureProtected)
      throw fakeError('AccessDenied', `The workbook structure is protected; cannot ${what}.`);
  }

  sheet(name: string): SheetState | null {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
  }

  addSheet(name: string): SheetState {
    this.checkStructure('add a sheet');
    if (this.sheet(name)) throw fakeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
    const sheet = new SheetState(name);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    if (!sheet) throw fakeError('ItemNotFound', `No sheet named "${name}".`);
    this.checkStructure('delete a sheet');
    // Worksheet.delete reference: a very hidden sheet cannot be deleted (InvalidOperation; office-js#365).
    if (sheet.visibility === 'VeryHidden')
      throw fakeError('InvalidOperation', `The very hidden sheet "${sheet.name}" cannot be deleted.`);
    if (this.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0)
      throw fakeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--)
      if (this.tables[i].sheet === sheet.name) this.tables.splice(i, 1);
    if (this.selection?.sheet === sheet.name) this.selection = null;
  }
}

/** Errors shaped like OfficeExtension.Error: a code and a message. */
export interface FakeError extends Error {
  code: string;
}

export function fakeError(code: string, message: string): FakeError {
  const e = new Error(message) as FakeError;
  e.name = 'RichApi.Error';
  e.code = code;
  return e;
}
