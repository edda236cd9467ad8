/**
 * An in-memory stand-in for Excel behind Office.js, for tests and the browser preview. It keeps a
 * workbook, counts round trips (syncs) and measures what each one would carry, so the adapter's
 * batching is tested against the limits Excel on the web enforces.
 */
import { a1Range, parseA1, parseA1Range, type RangePos } from '../../core/grid/a1';
import type { RawValue } from '../../core/grid/grid';
import { FakeContext } from './proxies';
import { WorkbookState, key, type Visibility } from './state';

export interface FakeSheetInit {
  name: string;
  rows: RawValue[][];
  /** A1 -> number format. */
  formats?: Record<string, string>;
  /** "A1:F1". */
  merges?: string[];
  /** 0-based rows hidden by the user or by a filter. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  protected?: boolean;
  visibility?: Visibility;
  tables?: { name: string; range: string; showTotals?: boolean; filtered?: boolean }[];
  /** A1 -> "=SUM(B2:B4)"; the cell's value in rows stays its last result. */
  formulas?: Record<string, string>;
  columnWidths?: number[];
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

export class FakeExcel {
  syncCount = 0;
  /** Bytes per sync (request plus response), since the last reset. */
  payloads: number[] = [];
  /** How often a batch asked Excel to hold recalculation until its sync. */
  calcSuspensions = 0;
  readonly state = new WorkbookState();

  constructor(sheets: FakeSheetInit[]) {
    for (const init of sheets) this.addSheet(init);
  }

  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this.state, {
      onSync: (bytes) => {
        this.syncCount++;
        this.payloads.push(bytes);
      },
      onSuspendCalc: () => this.calcSuspensions++,
    });
    return batch(context as unknown as Excel.RequestContext);
  };

  resetStats(): void {
    this.syncCount = 0;
    this.payloads = [];
    this.calcSuspensions = 0;
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
    sheet.merges = (init.merges ?? []).map((m) => parseA1Range(m)).filter((m): m is RangePos => m !== null);
    init.hiddenRows?.forEach((r) => sheet.hiddenRows.add(r));
    init.hiddenCols?.forEach((c) => sheet.hiddenCols.add(c));
    sheet.protected = init.protected ?? false;
    sheet.visibility = init.visibility ?? 'Visible';
    init.columnWidths?.forEach((w, c) => sheet.columnWidths.set(c, w));
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
