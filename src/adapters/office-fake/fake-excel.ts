/**
 * An in-memory stand-in for Excel behind Office.js, for tests and the browser preview. It keeps a
 * workbook, counts round trips (syncs) and measures what each one would carry, so the adapter's
 * batching is tested against the limits Excel on the web enforces.
 */
import { a1Range, parseA1, parseA1Range, type RangePos } from '../../core/grid/a1';
import type { RawValue } from '../../core/grid/grid';
import { CELL_LIMIT, FakeContext, type FakeHost, type FakeRunOptions } from './proxies';
import { WorkbookState, key, type FakePlatform, type Visibility } from './state';
import { UndoStack } from './undo';
import { workbookFile } from './xlsx-file';

export interface FakeSheetInit {
  name: string;
  rows: RawValue[][];
  /** A1 -> number format. */
  formats?: Record<string, string>;
  /** "A1:F1". */
  merges?: string[];
  /** A1 -> indent level of the cell's format (Increase Indent, 1-250). */
  indents?: Record<string, number>;
  /** Row number as Excel shows it (1-based) -> outline level (Data > Group, 1-7). */
  outline?: Record<number, number>;
  /** 0-based rows hidden by the user or by a filter. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  protected?: boolean;
  visibility?: Visibility;
  tables?: { name: string; range: string; showTotals?: boolean; filtered?: boolean }[];
  /** A1 -> "=SUM(B2:B4)"; the cell's value in rows stays its last result. */
  formulas?: Record<string, string>;
  /** In characters, as in an .xlsx file. */
  columnWidths?: number[];
  /** Dynamic arrays: anchor A1 -> spill range "C2:C6" (anchor included); give the anchor a formula. */
  spills?: Record<string, string>;
  /** The sheet's own AutoFilter (Data > Filter) over "A1:C9". */
  autoFilter?: { range: string; filtered: boolean };
}

export interface FakeCellView {
  value: unknown;
  numberFormat: string;
  fill?: string;
  formula?: string;
  bold?: boolean;
  hyperlink?: string;
}

/** The part of Excel.RequestContext the fake provides; cast where the typed API is expected. */
export type FakeRequestContext = FakeContext;

export interface FakeExcelOptions {
  /** Where the add-in runs: limits and undo support differ (default "web"). */
  readonly platform?: FakePlatform;
  /** Highest ExcelApi requirement set the host supports (default 1.20). */
  readonly excelApi?: string;
  /** How a read over 5 million cells fails (default "error"). */
  readonly overLimit?: 'error' | 'null';
  /** Cells per read, 5 million unless a test wants the limit met by a small sheet. */
  readonly cellLimit?: number;
  /** A grouped run (mergeUndoGroup) fails at its first write with this error code. */
  readonly groupFailure?: string;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** True when version a.b is at most max. */
export function versionAtMost(version: string, max: string): boolean {
  const a = version.split('.').map(Number);
  const b = max.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d < 0;
  }
  return true;
}

export class FakeExcel implements FakeHost {
  syncCount = 0;
  /** Bytes per sync (request plus response), since the last reset. */
  payloads: number[] = [];
  /** Request bytes per sync as office.js would send them (request-size.ts), since the last reset. */
  requests: number[] = [];
  /** How often a batch asked Excel to hold recalculation until its sync. */
  calcSuspensions = 0;
  /** The RunOptions of every Excel.run, in order. */
  runs: FakeRunOptions[] = [];
  readonly state = new WorkbookState();
  readonly undo = new UndoStack();
  readonly platform: FakePlatform;
  readonly excelApi: string;
  readonly overLimit: 'error' | 'null';
  readonly cellLimit: number;
  readonly groupFailure?: string;
  /** How often the add-in asked for the workbook as a file (documentFile). */
  fileReads = 0;
  private editing: { done: Promise<void>; finish: () => void } | null = null;

  constructor(sheets: FakeSheetInit[], opts: FakeExcelOptions = {}) {
    this.platform = opts.platform ?? 'web';
    this.excelApi = opts.excelApi ?? '1.20';
    this.overLimit = opts.overLimit ?? 'error';
    this.cellLimit = opts.cellLimit ?? CELL_LIMIT;
    this.groupFailure = opts.groupFailure;
    for (const init of sheets) this.addSheet(init);
  }

  get undoGroups(): boolean {
    return this.supports('1.20');
  }

  supports(version: string): boolean {
    return versionAtMost(version, this.excelApi);
  }

  /** Excel.run(batch) or Excel.run(options, batch). */
  readonly run = async <T>(first: FakeRunOptions | Batch<T>, second?: Batch<T>): Promise<T> => {
    const options = typeof first === 'function' ? {} : first;
    const batch = typeof first === 'function' ? first : second!;
    this.runs.push(options);
    const context = new FakeContext(this, options);
    return batch(context as unknown as Excel.RequestContext);
  };

  onSync(request: number, response = 0): void {
    this.syncCount++;
    this.payloads.push(request + response);
    this.requests.push(request);
  }

  onSuspendCalc(): void {
    this.calcSuspensions++;
  }

  /** The user double-clicks a cell and types: batches now fail or wait (delayForCellEdit). */
  startCellEdit(): void {
    let finish = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    this.editing = { done, finish };
  }

  endCellEdit(): void {
    this.editing?.finish();
    this.editing = null;
  }

  cellEditing(): boolean {
    return this.editing !== null;
  }

  cellEditDone(): Promise<void> {
    return this.editing?.done ?? Promise.resolve();
  }

  /** The user's own action, one undo record, as typing into a cell would make. */
  userTypes(sheetName: string, a1: string, value: number | string): void {
    const sheet = this.state.sheet(sheetName);
    const p = parseA1(a1);
    if (!sheet || !p) throw new Error(`No cell ${sheetName}!${a1} in the fake.`);
    this.undo.push('user', this.state);
    sheet.input(p.row, p.col, value);
  }

  /** Ctrl+Z. */
  pressUndo(): string {
    return this.undo.undo(this.state);
  }

  setStructureProtected(on: boolean): void {
    this.state.structureProtected = on;
  }

  resetStats(): void {
    this.syncCount = 0;
    this.payloads = [];
    this.requests = [];
    this.calcSuspensions = 0;
    this.runs = [];
  }

  addSheet(init: FakeSheetInit): void {
    const sheet = this.state.addSheet(init.name);
    init.rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== '') sheet.setRaw(r, c, v);
      }),
    );
    for (const [a1, nf] of Object.entries(init.formats ?? {})) {
      const p = parseA1(a1);
      if (p) sheet.setFormat(p.row, p.col, nf);
    }
    for (const [a1, f] of Object.entries(init.formulas ?? {})) {
      const p = parseA1(a1);
      if (!p) continue;
      if (sheet.value(p.row, p.col) === null) sheet.setRaw(p.row, p.col, 0);
      sheet.formulas.set(key(p.row, p.col), f);
    }
    for (const [a1, level] of Object.entries(init.indents ?? {})) {
      const p = parseA1(a1);
      if (p && level > 0) sheet.indents.set(key(p.row, p.col), level);
    }
    for (const [row, level] of Object.entries(init.outline ?? {}))
      if (level > 0) sheet.outline.set(Number(row) - 1, level);
    sheet.merges = (init.merges ?? []).map((m) => parseA1Range(m)).filter((m): m is RangePos => m !== null);
    for (const [a1, range] of Object.entries(init.spills ?? {})) {
      const p = parseA1(a1);
      const pos = parseA1Range(range);
      if (p && pos) sheet.spills.set(key(p.row, p.col), pos);
    }
    const filter = init.autoFilter && parseA1Range(init.autoFilter.range);
    if (filter) sheet.autoFilter = { range: filter, filtered: init.autoFilter!.filtered };
    init.hiddenRows?.forEach((r) => sheet.hiddenRows.add(r));
    init.hiddenCols?.forEach((c) => sheet.hiddenCols.add(c));
    sheet.protected = init.protected ?? false;
    sheet.visibility = init.visibility ?? 'Visible';
    // Given in characters, as in the .xlsx; Excel's API speaks points.
    init.columnWidths?.forEach((w, c) =>
      sheet.columnWidths.set(c, Math.round((w * 7 + 5) * 0.75 * 100) / 100),
    );
    for (const t of init.tables ?? []) {
      const pos = parseA1Range(t.range);
      if (pos)
        this.state.tables.push({
          name: t.name,
          sheet: init.name,
          range: pos,
          showTotals: t.showTotals ?? false,
          filtered: t.filtered ?? false,
        });
    }
  }

  /**
   * Document.getFileAsync(FileType.Compressed): the workbook as an .xlsx file, on Windows and Mac only
   * (the getFileAsync reference's "Supported FileTypes, by platform": Excel on the web gives only Pdf).
   * On Windows before ExcelApi 1.19 it clears the user's undo stack (reported in office-js#3778, where
   * add-in writes clear it too); from 1.19 and on Mac nothing documents that it does.
   */
  async documentFile(): Promise<Uint8Array> {
    if (this.platform === 'web')
      throw Object.assign(new Error('This file type is not supported on this platform.'), { code: 5007 });
    this.fileReads++;
    if (this.platform === 'windows' && !this.supports('1.19')) this.undo.clear();
    return workbookFile(this.state);
  }

  /** What Excel shows in one cell; errors read as their text ('#REF!'), empty cells as null. */
  cell(sheetName: string, a1: string): FakeCellView {
    const sheet = this.state.sheet(sheetName);
    const p = parseA1(a1);
    if (!sheet || !p) throw new Error(`No cell ${sheetName}!${a1} in the fake.`);
    const v = sheet.value(p.row, p.col);
    const k = key(p.row, p.col);
    const view: FakeCellView = {
      value: v !== null && typeof v === 'object' ? v.error : v,
      numberFormat: sheet.format(p.row, p.col),
    };
    if (sheet.fills.has(k)) view.fill = sheet.fills.get(k);
    if (sheet.formulas.has(k)) view.formula = sheet.formulas.get(k);
    if (sheet.bold.has(k)) view.bold = true;
    if (sheet.links.has(k)) view.hyperlink = sheet.links.get(k);
    return view;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  visibility(sheetName: string): Visibility | null {
    return this.state.sheet(sheetName)?.visibility ?? null;
  }

  setProtected(sheetName: string, on: boolean): void {
    const sheet = this.state.sheet(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName} in the fake.`);
    sheet.protected = on;
  }

  selected(): { sheet: string; range: string } | null {
    const sel = this.state.selection;
    if (!sel) return null;
    return { sheet: sel.sheet, range: a1Range(sel.range) };
  }
}
