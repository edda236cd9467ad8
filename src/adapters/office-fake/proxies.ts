/**
 * Proxy objects that behave like the Office.js ones the adapter uses: calls only queue work,
 * `context.sync()` runs the queue in order, and a property can be read only after it was loaded
 * and synced. Only the subset Fordel's adapter touches is here. Beside each documented behaviour
 * the page or issue it comes from is named.
 */
import { a1Range, parseA1Range, sheetRef, type RangePos } from '../../core/grid/a1';
import {
  fakeError,
  key,
  type CellVal,
  type FakePlatform,
  type FakeTable as FakeTableState,
  type SheetState,
  type Visibility,
  type WorkbookState,
} from './state';
import { undoSupported, type UndoStack } from './undo';
import { ACTION, PATH, RequestMeter, type ActionSpec, type PathSpec } from './request-size';

/**
 * "Resource limits and performance optimization for Office Add-ins", Excel add-ins: Excel on the web
 * refuses requests and responses over 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded); on every platform a range read is limited to 5 million cells.
 */
export const PAYLOAD_LIMIT = 5_000_000;
export const CELL_LIMIT = 5_000_000;
/**
 * Excel.Range.getMergedAreasOrNullObject reference: "if the merged areas count in this range is more
 * than 512, then this method will fail to return the result".
 */
export const MERGE_LIMIT = 512;
/** The 2-D properties office.js sets in row chunks when they are large (request-size.ts). */
const BULK_PROPS = new Set(['Values', 'Formulas', 'NumberFormat']);

interface Op {
  readonly request: number;
  readonly run: () => number | void;
  /** Changes the workbook (and so makes an undo record). */
  readonly write: boolean;
  /** The API name as the undo article lists it, for those it lists. */
  readonly api?: string;
  /** Writes cell contents or formats (for office-js#6001). */
  readonly cells?: boolean;
  /** A read that still clears the user's undo stack (office-js#5918). */
  readonly clearsUndo?: boolean;
}

/** Excel.RunOptions as the fake honours them. */
export interface FakeRunOptions {
  readonly mergeUndoGroup?: boolean;
  readonly delayForCellEdit?: boolean;
}

/** What a context needs from the host it runs in. */
export interface FakeHost {
  readonly state: WorkbookState;
  readonly platform: FakePlatform;
  /** How a read over 5 million cells fails: the docs allow both an error and values of null. */
  readonly overLimit: 'error' | 'null';
  /** Cells per read (5 million in Excel; smaller in tests, to meet the limit without huge sheets). */
  readonly cellLimit: number;
  readonly undo: UndoStack;
  /** ExcelApi 1.20 or later: RunOptions.mergeUndoGroup takes effect. */
  readonly undoGroups: boolean;
  /** Whether the host has a requirement set (ExcelApi version). */
  supports(version: string): boolean;
  /** A grouped run fails at its first sync with this code (office-js#6255, #6711), when set. */
  readonly groupFailure?: string;
  cellEditing(): boolean;
  cellEditDone(): Promise<void>;
  /** One sync's request bytes and response bytes. */
  onSync(request: number, response?: number): void;
  onSuspendCalc(): void;
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];
  private groupRecorded = false;
  private readonly meter = new RequestMeter();
  /** Results of this sync's loads, applied only when the whole sync succeeds. */
  private staged: (() => void)[] = [];
  /** Sheets this run added and made very hidden, for office-js#6001 (see sync). */
  private readonly hiddenAdds = new Set<string>();
  /** Sheets this run added. */
  readonly added = new Set<string>();
  private wroteCells = false;

  constructor(
    readonly host: FakeHost,
    private readonly options: FakeRunOptions = {},
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  get state(): WorkbookState {
    return this.host.state;
  }

  /** Queues an action on a proxy; its request bytes are counted as office.js would send them. */
  enqueue(
    target: FakeProxy,
    action: ActionSpec,
    run: () => number | void,
    meta: { write?: boolean; api?: string; cells?: boolean; clearsUndo?: boolean } = {},
  ): void {
    const grid = action.args?.[0];
    const bulk = action.type === ACTION.set && BULK_PROPS.has(action.name) && Array.isArray(grid);
    const request = bulk
      ? this.meter.addBulk(target.pathSpec, action.name, grid as unknown[][])
      : this.meter.add(target.pathSpec, action);
    this.queue.push({ request, run, ...meta, write: meta.write ?? true });
  }

  /** A load: reads only, never an undo record. */
  enqueueLoad(target: FakeProxy, select: string[], run: () => number | void, clearsUndo = false): void {
    this.enqueue(target, { type: ACTION.query, name: '', select }, run, { write: false, clearsUndo });
  }

  /** A loaded value, kept back until the sync it came with has succeeded. */
  stage(apply: () => void): void {
    this.staged.push(apply);
  }

  /** Office-js#6001: a sheet added and made very hidden in this run. */
  notedVeryHiddenAdd(name: string): void {
    this.hiddenAdds.add(name.toLowerCase());
  }

  suspendedCalc(): void {
    this.host.onSuspendCalc();
  }

  async sync(): Promise<void> {
    const host = this.host;
    if (host.cellEditing()) {
      // RunOptions.delayForCellEdit: without it a batch fails while the user edits a cell
      // (InvalidOperationInCellEditMode, "Error handling with the application-specific JavaScript APIs");
      // with it Excel holds the batch until the user leaves the cell ("Delay execution while cell is
      // being edited").
      if (!this.options.delayForCellEdit) {
        this.queue = [];
        throw fakeError(
          'InvalidOperationInCellEditMode',
          "The operation isn't available while Excel is in Edit cell mode.",
        );
      }
      await host.cellEditDone();
    }
    const ops = this.queue;
    this.queue = [];
    this.staged = [];
    const request = this.meter.take();
    const web = host.platform === 'web';
    if (web && request > PAYLOAD_LIMIT) {
      host.onSync(request);
      throw fakeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${request}) exceeds the limit.`,
      );
    }
    const grouped = !!this.options.mergeUndoGroup && host.undoGroups;
    if (grouped && host.groupFailure && !this.groupRecorded && ops.some((op) => op.write)) {
      host.onSync(request);
      throw fakeError(host.groupFailure, 'There was an internal error while processing the request.');
    }
    // Undo support for add-in writes came with ExcelApi 1.19 (undo capabilities article; office-js
    // docs PR #5175); before it "most of the set operations of the Excel API disable undo/redo"
    // (office-js#3788), so every write clears the user's undo stack.
    const apiUndo = host.supports('1.19');
    let recorded = false;
    let response = 0;
    try {
      // Like Excel, actions before a failing one stay applied.
      for (const op of ops) {
        if (op.clearsUndo) host.undo.clear();
        if (op.write) {
          if (!apiUndo) {
            if (!recorded) host.undo.clear();
            recorded = true;
          } else if (!undoSupported(op.api, host.platform)) {
            if (grouped)
              throw fakeError('UndoNotSupported', `${op.api} cannot be part of an undo group here.`);
            host.undo.clear();
            recorded = true;
          } else if (!recorded && !(grouped && this.groupRecorded)) {
            host.undo.push(grouped ? 'group' : 'sync', host.state);
            recorded = true;
            if (grouped) this.groupRecorded = true;
          }
          if (op.cells) this.wroteCells = true;
        }
        response += op.run() ?? 0;
      }
    } catch (e) {
      // Office.js applies no results of a sync that failed: every load in it stays unloaded.
      this.staged = [];
      throw e;
    } finally {
      host.onSync(request, response);
    }
    if (web && response > PAYLOAD_LIMIT) {
      this.staged = [];
      throw fakeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${response}) exceeds the limit.`,
      );
    }
    for (const apply of this.staged) apply();
    this.staged = [];
    // Office-js#6001: on the web, undoing a group that added a very hidden sheet and wrote cells
    // crashes Excel. The fake marks that undo record; pressing Ctrl+Z on it fails the test.
    if (grouped && web && this.hiddenAdds.size && this.wroteCells) {
      const last = host.undo.records[host.undo.records.length - 1];
      if (last) last.crashes = true;
    }
  }
}

function json(v: unknown): number {
  return JSON.stringify(v ?? null).length;
}

export abstract class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();
  private spec?: PathSpec;

  constructor(protected readonly ctx: FakeContext) {}

  /** This object's path in the request, as office.js names it (request-size.ts). */
  get pathSpec(): PathSpec {
    return (this.spec ??= { parent: null, type: PATH.global, name: '' });
  }

  /** Names the path this object was reached by: parent, kind, API name and arguments. */
  at(parent: FakeProxy, type: number, name: string, args?: readonly unknown[]): this {
    this.spec = { parent: parent.pathSpec, type, name, ...(args ? { args } : {}) };
    return this;
  }

  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(','))
      .map((p) => p.trim())
      .filter(Boolean);
    if (!list.length) throw new Error('The Excel fake needs the properties to load named.');
    this.ctx.enqueueLoad(this, list, () => this.loadNow(list), this.loadClearsUndo());
    return this;
  }

  /** Whether loading this object clears the user's undo stack (only merged areas on Windows). */
  protected loadClearsUndo(): boolean {
    return false;
  }

  /** Runs at sync time; returns the response bytes. */
  loadNow(list: readonly string[]): number {
    const exists = this.exists();
    let bytes = 0;
    const nested = new Map<string, string[]>();
    for (const p of list) {
      const slash = p.indexOf('/');
      if (slash >= 0) {
        const head = p.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
      } else if (p === 'isNullObject' || exists) {
        const v = p === 'isNullObject' ? !exists : this.read(p);
        this.ctx.stage(() => this.loaded.set(p, v));
        bytes += json(v) + p.length + 4;
      }
    }
    if (!list.includes('isNullObject')) this.ctx.stage(() => this.loaded.set('isNullObject', !exists));
    if (exists) for (const [head, rest] of nested) bytes += this.loadNested(head, rest);
    return bytes;
  }

  protected loadNested(head: string, rest: string[]): number {
    return this.nav(head).loadNow(rest);
  }

  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw fakeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    return this.got<boolean>('isNullObject');
  }

  /** False for a null object (the ...OrNullObject methods); missing required targets throw instead. */
  protected exists(): boolean {
    return true;
  }

  protected abstract read(prop: string): unknown;

  protected nav(name: string): FakeProxy {
    throw fakeError('InvalidArgument', `The fake cannot load '${name}' here.`);
  }
}

export class FakeWorkbook extends FakeProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  readonly protection: FakeWorkbookProtection;

  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx).at(this, PATH.property, 'Worksheets');
    this.tables = new FakeTableCollection(ctx).at(this, PATH.property, 'Tables');
    this.application = new FakeApplication(ctx).at(this, PATH.property, 'Application');
    this.protection = new FakeWorkbookProtection(ctx).at(this, PATH.property, 'Protection');
  }

  protected override nav(name: string): FakeProxy {
    if (name === 'protection') return this.protection;
    return super.nav(name);
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const st = this.ctx.state;
      const sel = st.selection;
      if (st.shapeSelected) throw fakeError('InvalidSelection', 'The current selection is not a range.');
      const sheet = sel ? st.sheet(sel.sheet) : (st.sheet(st.activeSheet ?? '') ?? st.sheets[0]);
      if (!sheet) throw fakeError('InvalidSelection', 'Nothing is selected.');
      return { sheet, pos: sel?.range ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    }).at(this, PATH.method, 'GetSelectedRange', []);
  }

  protected read(prop: string): unknown {
    throw fakeError('InvalidArgument', `Workbook.${prop} is not in the fake.`);
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the workbook's structure is protected. */
export class FakeWorkbookProtection extends FakeProxy {
  get protected(): boolean {
    return this.got('protected');
  }

  protected read(prop: string): unknown {
    if (prop === 'protected') return this.ctx.state.structureProtected;
    throw fakeError('InvalidArgument', `WorkbookProtection.${prop} is not in the fake.`);
  }
}

export class FakeApplication extends FakeProxy {
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(
      this,
      { type: ACTION.method, name: 'SuspendApiCalculationUntilNextSync', args: [] },
      () => this.ctx.suspendedCalc(),
      { write: false },
    );
  }

  protected read(prop: string): unknown {
    throw fakeError('InvalidArgument', `Application.${prop} is not in the fake.`);
  }
}

/** Shared by the worksheet and table collections: `load('items/name')` fills `items`. */
abstract class FakeCollection<T extends FakeProxy> extends FakeProxy {
  private list: T[] = [];

  get items(): T[] {
    this.got('items');
    return this.list;
  }

  protected abstract current(): T[];

  protected override loadNested(head: string, rest: string[]): number {
    if (head !== 'items') return super.loadNested(head, rest);
    const list = this.current();
    this.ctx.stage(() => {
      this.list = list;
      this.loaded.set('items', true);
    });
    return list.reduce((n, item) => n + item.loadNow(rest) + 2, 2);
  }

  protected read(prop: string): unknown {
    if (prop === 'items') {
      const list = this.current();
      this.ctx.stage(() => (this.list = list));
      return true;
    }
    if (prop === 'count') return this.current().length;
    throw fakeError('InvalidArgument', `${prop} is not in the fake.`);
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected current(): FakeWorksheet[] {
    return this.ctx.state.sheets.map((s) =>
      new FakeWorksheet(this.ctx, s.name, false).at(this, PATH.indexer, '', [s.name]),
    );
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, false).at(this, PATH.indexer, '', [name]);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, true).at(this, PATH.method, 'GetItemOrNullObject', [name]);
  }

  /** ExcelApi 1.5: the first sheet in workbook order. */
  getFirst(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheets[0]?.name ?? '', false).at(
      this,
      PATH.method,
      'GetFirst',
      [],
    );
  }

  add(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.ctx, name, false).at(this, PATH.method, 'Add', [name]);
    this.ctx.enqueue(sheet, { type: ACTION.instantiate, name: '' }, () => {
      this.ctx.state.addSheet(name);
      this.ctx.added.add(name.toLowerCase());
    });
    return sheet;
  }
}

export class FakeWorksheet extends FakeProxy {
  private prot?: FakeProtection;

  constructor(
    ctx: FakeContext,
    private readonly nameOf: string | (() => string),
    private readonly nullable: boolean,
  ) {
    super(ctx);
  }

  private get sheetName(): string {
    return typeof this.nameOf === 'string' ? this.nameOf : this.nameOf();
  }

  /**
   * ExcelApi 1.5: the next sheet in workbook order, or a null object after the last (Worksheet
   * getNextOrNullObject reference: "If there are no worksheets following this one, then this method will
   * return an object with its isNullObject property set to true"). Asked again of that null object, the
   * fake answers a null object too: no page says so either way, and read-workbook.ts reads the sheets by
   * name where a host refuses it (read.test.ts).
   */
  getNextOrNullObject(): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => {
        const sheets = this.ctx.state.sheets;
        const me = this.ctx.state.sheet(this.sheetName);
        return me ? (sheets[sheets.indexOf(me) + 1]?.name ?? '') : '';
      },
      true,
    ).at(this, PATH.method, 'GetNextOrNullObject', []);
  }

  /** The sheet itself; a missing sheet fails the sync unless this is a null object. */
  target(): SheetState {
    const sheet = this.ctx.state.sheet(this.sheetName);
    if (!sheet) throw fakeError('ItemNotFound', `The worksheet "${this.sheetName}" does not exist.`);
    return sheet;
  }

  protected override exists(): boolean {
    if (!this.nullable) this.target();
    return this.ctx.state.sheet(this.sheetName) !== null;
  }

  get name(): string {
    return this.got('name');
  }

  get visibility(): Visibility {
    return this.got('visibility');
  }

  set visibility(v: Visibility) {
    // Not undoable on Windows and Mac (undo article); hiding needs an unprotected structure.
    this.ctx.enqueue(
      this,
      { type: ACTION.set, name: 'Visibility', args: [v] },
      () => {
        const sheet = this.target();
        if (sheet.visibility !== v) this.ctx.state.checkStructure('hide or unhide a sheet');
        sheet.visibility = v;
        if (v === 'VeryHidden' && this.ctx.added.has(sheet.name.toLowerCase()))
          this.ctx.notedVeryHiddenAdd(sheet.name);
      },
      { api: 'Worksheet.visibility' },
    );
  }

  get protection(): FakeProtection {
    return (this.prot ??= new FakeProtection(this.ctx, this).at(this, PATH.property, 'Protection'));
  }

  private filter?: FakeSheetAutoFilter;

  /** ExcelApi 1.9: the sheet's own AutoFilter (not a Table's). */
  get autoFilter(): FakeSheetAutoFilter {
    return (this.filter ??= new FakeSheetAutoFilter(this.ctx, () => this.target()).at(
      this,
      PATH.property,
      'AutoFilter',
    ));
  }

  protected override nav(name: string): FakeProxy {
    if (name === 'protection') return this.protection;
    if (name === 'autoFilter') return this.autoFilter;
    return super.nav(name);
  }

  protected read(prop: string): unknown {
    const sheet = this.target();
    if (prop === 'name') return sheet.name;
    if (prop === 'visibility') return sheet.visibility;
    if (prop === 'position') return this.ctx.state.sheets.indexOf(sheet);
    throw fakeError('InvalidArgument', `Worksheet.${prop} is not in the fake.`);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const pos = address ? parseAddress(address) : { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
      if (!pos) throw fakeError('InvalidArgument', `Bad address "${address}".`);
      return { sheet: this.target(), pos };
    }).at(this, PATH.method, 'GetRange', address ? [address] : []);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      if (rows < 1 || cols < 1) throw fakeError('InvalidArgument', 'A range needs at least one cell.');
      return {
        sheet: this.target(),
        pos: inGrid({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }),
      };
    }).at(this, PATH.method, 'GetRangeByIndexes', [row, col, rows, cols]);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      return { sheet, pos: sheet.usedRange(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    }).at(this, PATH.method, 'GetUsedRange', [valuesOnly]);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.ctx.state.sheet(this.sheetName);
      const pos = sheet?.usedRange(valuesOnly);
      return sheet && pos ? { sheet, pos } : null;
    }).at(this, PATH.method, 'GetUsedRangeOrNullObject', [valuesOnly]);
  }

  activate(): void {
    this.ctx.enqueue(
      this,
      { type: ACTION.method, name: 'Activate', args: [] },
      () => {
        this.ctx.state.activeSheet = this.target().name;
      },
      { write: false },
    );
  }

  /** No undo support on any platform (undo article). */
  delete(): void {
    this.ctx.enqueue(
      this,
      { type: ACTION.method, name: 'Delete', args: [] },
      () => this.ctx.state.deleteSheet(this.target().name),
      { api: 'Worksheet.delete' },
    );
  }
}

/**
 * Worksheet.autoFilter (ExcelApi 1.9): a plain filter on a sheet's range, not an Excel Table's. The fake
 * keeps one per sheet, as Excel does.
 */
export class FakeSheetAutoFilter extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx);
  }

  get isDataFiltered(): boolean {
    return this.got('isDataFiltered');
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.sheet();
      return sheet.autoFilter ? { sheet, pos: sheet.autoFilter.range } : null;
    }).at(this, PATH.method, 'GetRangeOrNullObject', []);
  }

  protected read(prop: string): unknown {
    if (prop === 'isDataFiltered') return this.sheet().autoFilter?.filtered ?? false;
    throw fakeError('InvalidArgument', `AutoFilter.${prop} is not in the fake.`);
  }
}

export class FakeProtection extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }

  get protected(): boolean {
    return this.got('protected');
  }

  protected read(prop: string): unknown {
    if (prop === 'protected') return this.ws.target().protected;
    throw fakeError('InvalidArgument', `WorksheetProtection.${prop} is not in the fake.`);
  }
}

function parseAddress(address: string): RangePos | null {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const whole = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(bare);
  if (whole) {
    const p = parseA1Range(`${whole[1]}1:${whole[2]}1`);
    return p && { ...p, top: 0, bottom: 1_048_575 };
  }
  return parseA1Range(bare);
}

interface Located {
  readonly sheet: SheetState;
  readonly pos: RangePos;
}

/** Excel's grid: a range past its last row or column is an error, not a shorter range. */
function inGrid(p: RangePos): RangePos {
  if (p.top < 0 || p.left < 0 || p.bottom > LAST_ROW || p.right > LAST_COL)
    throw fakeError('InvalidArgument', `The range ${JSON.stringify(p)} is outside the worksheet grid.`);
  return p;
}

function cellsOf(pos: RangePos): number {
  return (pos.bottom - pos.top + 1) * (pos.right - pos.left + 1);
}

function outValue(v: CellVal): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

function valueType(v: CellVal): string {
  if (v === null) return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

/** Each setter takes a 2-D array of the range's size, or one value (bare or [[v]]) for every cell. */
function cellSource(v: unknown, pos: RangePos): (r: number, c: number) => unknown {
  const rows = pos.bottom - pos.top + 1;
  const cols = pos.right - pos.left + 1;
  if (!Array.isArray(v)) return () => v;
  const grid = v as unknown[][];
  if (grid.length === 1 && Array.isArray(grid[0]) && grid[0].length === 1) return () => grid[0][0];
  if (grid.length !== rows || grid.some((line) => !Array.isArray(line) || line.length !== cols))
    throw fakeError(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the range.",
    );
  return (r, c) => grid[r][c];
}

export class FakeRange extends FakeProxy {
  private place: Located | null | undefined;

  constructor(
    ctx: FakeContext,
    private readonly locate: () => Located | null,
  ) {
    super(ctx);
  }

  /** Resolved once, when the first action on it runs (as Excel resolves a used range once). */
  where(): Located {
    if (this.place === undefined) this.place = this.locate();
    if (!this.place) throw fakeError('InvalidReference', 'This range is a null object.');
    return this.place;
  }

  protected override exists(): boolean {
    if (this.place === undefined) this.place = this.locate();
    return this.place !== null;
  }

  get address(): string {
    return this.got('address');
  }
  get values(): unknown[][] {
    return this.got('values');
  }
  set values(v: unknown[][]) {
    this.set('Values', v, (sheet, r, c, x) => sheet.input(r, c, x), true);
  }
  get numberFormat(): string[][] {
    return this.got('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.set('NumberFormat', v, (sheet, r, c, x) => {
      if (x !== null && x !== undefined) sheet.setFormat(r, c, String(x));
    });
  }
  get formulas(): unknown[][] {
    return this.got('formulas');
  }
  set formulas(v: unknown[][]) {
    this.set('Formulas', v, (sheet, r, c, x) => sheet.input(r, c, x), true);
  }
  get valueTypes(): string[][] {
    return this.got('valueTypes');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }

  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.ctx.enqueue(
      this,
      { type: ACTION.set, name: 'Hyperlink', args: [link] },
      () => {
        const { sheet, pos } = this.writable();
        sheet.links.set(key(pos.top, pos.left), link.documentReference ?? link.address ?? '');
        if (link.textToDisplay !== undefined) sheet.setRaw(pos.top, pos.left, link.textToDisplay);
      },
      { cells: true },
    );
  }

  private fmt?: FakeRangeFormat;

  protected override nav(name: string): FakeProxy {
    if (name === 'format') return this.format;
    return super.nav(name);
  }

  get format(): FakeRangeFormat {
    return (this.fmt ??= new FakeRangeFormat(this.ctx, this).at(this, PATH.property, 'Format'));
  }

  /** The place, refusing a protected sheet like Excel does. */
  writable(): Located {
    const at = this.where();
    if (at.sheet.protected) throw fakeError('AccessDenied', `The sheet "${at.sheet.name}" is protected.`);
    return at;
  }

  /** A property set over the range; typed values also break spills and grow Tables, as in Excel. */
  private set(
    name: string,
    v: unknown,
    apply: (sheet: SheetState, r: number, c: number, x: unknown) => unknown,
    typed = false,
  ): void {
    this.ctx.enqueue(
      this,
      { type: ACTION.set, name, args: [v] },
      () => {
        const { sheet, pos } = this.writable();
        const at = cellSource(v, pos);
        for (let r = pos.top; r <= pos.bottom; r++)
          for (let c = pos.left; c <= pos.right; c++) {
            const x = at(r - pos.top, c - pos.left);
            if (typed && x !== null && x !== undefined) sheet.breakSpillAt(r, c);
            apply(sheet, r, c, x);
          }
        if (typed) growTables(this.ctx.state.tables, sheet, pos);
      },
      { cells: true },
    );
  }

  clear(applyTo: string = 'All'): void {
    this.ctx.enqueue(this, { type: ACTION.method, name: 'Clear', args: [applyTo] }, () => {
      const { sheet, pos } = this.writable();
      if (applyTo === 'All' || applyTo === 'Contents') {
        sheet.clearContents(pos);
        for (const k of [...sheet.links.keys()]) if (inside(k, pos)) sheet.links.delete(k);
      }
      if (applyTo === 'All' || applyTo === 'Formats') {
        for (let r = pos.top; r <= Math.min(pos.bottom, sheet.fmts.length - 1); r++) {
          const line = sheet.fmts[r];
          if (line) for (let c = pos.left; c <= pos.right && c < line.length; c++) delete line[c];
        }
        for (const k of [...sheet.fills.keys()]) if (inside(k, pos)) sheet.fills.delete(k);
        for (const k of [...sheet.bold]) if (inside(k, pos)) sheet.bold.delete(k);
        for (const k of [...sheet.indents.keys()]) if (inside(k, pos)) sheet.indents.delete(k);
      }
    });
  }

  /**
   * Groups the range's rows or columns for an outline (Range.group, ExcelApi 1.10; "Group ranges for an
   * outline"): each row one level deeper, at most eight levels. The fake keeps row groups only; Excel's
   * API has no way to read them back, only the workbook file has them (xlsx-file.ts).
   */
  group(groupOption: string): void {
    this.ctx.enqueue(this, { type: ACTION.method, name: 'Group', args: [groupOption] }, () => {
      if (!this.ctx.host.supports('1.10')) throw fakeError('ApiNotFound', 'Range.group needs ExcelApi 1.10.');
      if (groupOption !== 'ByRows') throw fakeError('InvalidArgument', 'Only row groups are in the fake.');
      const { sheet, pos } = this.writable();
      for (let r = pos.top; r <= pos.bottom; r++) {
        const level = (sheet.outline.get(r) ?? 0) + 1;
        if (level > 8) throw fakeError('InvalidOperation', 'Excel supports eight levels of outline groups.');
        sheet.outline.set(r, level);
      }
    });
  }

  /** Merges the range's cells into one (ExcelApi 1.2). */
  merge(): void {
    this.ctx.enqueue(this, { type: ACTION.method, name: 'Merge', args: [false] }, () => {
      const { sheet, pos } = this.writable();
      sheet.merges.push(pos);
    });
  }

  select(): void {
    this.ctx.enqueue(
      this,
      { type: ACTION.method, name: 'Select', args: [] },
      () => {
        const { sheet, pos } = this.where();
        this.ctx.state.selection = { sheet: sheet.name, range: pos };
        this.ctx.state.activeSheet = sheet.name;
      },
      { write: false },
    );
  }

  /**
   * A range relative to this one, resolved when first used. Past the grid's last row or column it is an
   * error (Range.getCell: "can be outside the bounds of its parent range, so long as it stays within the
   * worksheet grid"; getResizedRange likewise), never a silently shorter range.
   */
  private derived(name: string, args: unknown[], f: (pos: RangePos) => RangePos): FakeRange {
    return new FakeRange(this.ctx, () => {
      // What hangs from a null object is a null object too, as for the used range of a sheet that is a
      // null object (fresh-state.ts has long relied on that for the settings sheet). The adapter's first
      // sync takes the used range and a sample of sheets past the last; no page says how a host answers
      // a range method of a null range, and read-workbook.ts reads by name where a host refuses it.
      if (!this.exists()) return null;
      const { sheet, pos } = this.where();
      return { sheet, pos: inGrid(f(pos)) };
    }).at(this, PATH.method, name, args);
  }

  getCell(row: number, col: number): FakeRange {
    return this.derived('GetCell', [row, col], (p) => ({
      top: p.top + row,
      left: p.left + col,
      bottom: p.top + row,
      right: p.left + col,
    }));
  }

  getResizedRange(rows: number, cols: number): FakeRange {
    return this.derived('GetResizedRange', [rows, cols], (p) => ({
      ...p,
      bottom: p.bottom + rows,
      right: p.right + cols,
    }));
  }

  /**
   * ExcelApi 1.12: the anchor of the dynamic array this single cell is spilled into (the anchor itself
   * for the anchor), or a null object (Range.getSpillParentOrNullObject reference).
   */
  getSpillParentOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, pos } = this.where();
      if (pos.top !== pos.bottom || pos.left !== pos.right)
        throw fakeError('InvalidArgument', 'getSpillParent needs a single cell.');
      const anchor = sheet.spillAnchorOf(pos.top, pos.left);
      return anchor
        ? { sheet, pos: { top: anchor[0], left: anchor[1], bottom: anchor[0], right: anchor[1] } }
        : null;
    }).at(this, PATH.method, 'GetSpillParentOrNullObject', []);
  }

  /** ExcelApi 1.3: the visible rows and columns of the range. */
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.ctx, () => this.where()).at(this, PATH.method, 'GetVisibleView', []);
  }

  getSpecialCellsOrNullObject(cellType: string, valueType?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, pos } = this.where();
      return { sheet, areas: specialCells(sheet, pos, cellType, valueType) };
    }).at(this, PATH.method, 'GetSpecialCellsOrNullObject', valueType ? [cellType, valueType] : [cellType]);
  }

  /**
   * ExcelApi 1.9: per cell the properties asked for, of which the fake knows the format's indent
   * (CellPropertiesFormat.indentLevel, "an integer from 0 to 250"; Range.getCellProperties reference).
   * Before ExcelApi 1.9 the host has no such method and the sync fails with ApiNotFound (Excel error
   * codes). Like every read it is held to the cells per read.
   */
  getCellProperties(options: CellPropertiesAsked): FakeClientResult<CellPropertiesGot[][]> {
    const result = new FakeClientResult<CellPropertiesGot[][]>();
    this.ctx.enqueue(
      this,
      { type: ACTION.method, name: 'GetCellProperties', args: [options] },
      () => {
        if (!this.ctx.host.supports('1.9'))
          throw fakeError('ApiNotFound', 'Range.getCellProperties needs ExcelApi 1.9.');
        const asked = Object.keys(options);
        const format = Object.keys(options.format ?? {});
        if (asked.some((k) => k !== 'format') || format.some((k) => k !== 'indentLevel'))
          throw fakeError('InvalidArgument', `Only format.indentLevel of getCellProperties is in the fake.`);
        const { sheet, pos } = this.where();
        if (cellsOf(pos) > this.ctx.host.cellLimit)
          throw fakeError('RangeExceedsLimit', `Reading ${cellsOf(pos)} cells at once is over the limit.`);
        const value: CellPropertiesGot[][] = [];
        for (let r = pos.top; r <= pos.bottom; r++) {
          const line: CellPropertiesGot[] = [];
          for (let c = pos.left; c <= pos.right; c++)
            line.push({ format: { indentLevel: sheet.indents.get(key(r, c)) ?? 0 } });
          value.push(line);
        }
        this.ctx.stage(() => result.set(value));
        return json(value);
      },
      { write: false },
    );
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const { sheet, pos } = this.where();
        // Only merges whose top-left cell lies in the range (OfficeDev/office-js#3611 and #1590).
        const areas = sheet.merges.filter(
          (m) => m.top >= pos.top && m.top <= pos.bottom && m.left >= pos.left && m.left <= pos.right,
        );
        // More than 512 and the call fails (Range.getMergedAreasOrNullObject reference); the docs name
        // no error code, so the fake uses Excel's general one.
        if (areas.length > MERGE_LIMIT)
          throw fakeError('GeneralException', `${areas.length} merged areas is more than ${MERGE_LIMIT}.`);
        return { sheet, areas };
      },
      this.ctx.host.platform === 'windows',
    ).at(this, PATH.method, 'GetMergedAreasOrNullObject', []);
  }

  protected read(prop: string): unknown {
    const { sheet, pos } = this.where();
    const grid = <T>(f: (r: number, c: number) => T): T[][] | null => {
      // Five million cells per read on every platform; over it "the API will either return null or
      // throw an error" (resource limits article; RangeExceedsLimit in the error code list).
      if (cellsOf(pos) > this.ctx.host.cellLimit) {
        if (this.ctx.host.overLimit === 'null') return null;
        throw fakeError('RangeExceedsLimit', `Reading ${cellsOf(pos)} cells at once is over the limit.`);
      }
      const out: T[][] = [];
      for (let r = pos.top; r <= pos.bottom; r++) {
        const line: T[] = [];
        for (let c = pos.left; c <= pos.right; c++) line.push(f(r, c));
        out.push(line);
      }
      return out;
    };
    switch (prop) {
      case 'address':
        return sheetRef(sheet.name, a1Range(pos));
      case 'values':
        return grid((r, c) => outValue(sheet.value(r, c)));
      case 'valueTypes':
        return grid((r, c) => valueType(sheet.value(r, c)));
      case 'formulas':
        return grid((r, c) => sheet.formulas.get(key(r, c)) ?? outValue(sheet.value(r, c)));
      case 'numberFormat':
        return grid((r, c) => sheet.format(r, c));
      case 'rowCount':
        return pos.bottom - pos.top + 1;
      case 'columnCount':
        return pos.right - pos.left + 1;
      case 'rowIndex':
        return pos.top;
      case 'columnIndex':
        return pos.left;
    }
    throw fakeError('InvalidArgument', `Range.${prop} is not in the fake.`);
  }
}

/** What the fake answers of Range.getCellProperties: the format's indent. */
export interface CellPropertiesAsked {
  readonly format?: { readonly indentLevel?: boolean };
}
export interface CellPropertiesGot {
  readonly format: { readonly indentLevel: number };
}

/** OfficeExtension.ClientResult: its value can be read only after the sync that brought it succeeded. */
export class FakeClientResult<T> {
  private has = false;
  private v: T | undefined;

  set(v: T): void {
    this.v = v;
    this.has = true;
  }

  get value(): T {
    if (!this.has)
      throw fakeError('PropertyNotLoaded', 'The value of the result object has not been loaded yet.');
    return this.v as T;
  }
}

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

/** Range.getVisibleView: the cells of visible rows and columns; cellAddresses names each one. */
export class FakeRangeView extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly locate: () => Located,
  ) {
    super(ctx);
  }

  get cellAddresses(): string[][] {
    return this.got('cellAddresses');
  }

  get rowCount(): number {
    return this.got('rowCount');
  }

  protected read(prop: string): unknown {
    const { sheet, pos } = this.locate();
    const rows: number[] = [];
    const cols: number[] = [];
    for (let r = pos.top; r <= pos.bottom; r++) if (!sheet.hiddenRows.has(r)) rows.push(r);
    for (let c = pos.left; c <= pos.right; c++) if (!sheet.hiddenCols.has(c)) cols.push(c);
    if (prop === 'rowCount') return rows.length;
    if (prop === 'cellAddresses') {
      if (rows.length * cols.length > CELL_LIMIT)
        throw fakeError('RangeExceedsLimit', 'Too many cells in the visible view.');
      return rows.map((r) =>
        cols.map((c) => sheetRef(sheet.name, a1Range({ top: r, left: c, bottom: r, right: c }))),
      );
    }
    throw fakeError('InvalidArgument', `RangeView.${prop} is not in the fake.`);
  }
}

/** Go To Special: formulas, constants (optionally only errors) or visible cells, as rectangles. */
function specialCells(sheet: SheetState, pos: RangePos, cellType: string, valueType?: string): RangePos[] {
  if (cellType === 'Visible') {
    const rows = runs(pos.top, pos.bottom, (r) => !sheet.hiddenRows.has(r));
    const cols = runs(pos.left, pos.right, (c) => !sheet.hiddenCols.has(c));
    return rows.flatMap(([top, bottom]) => cols.map(([left, right]) => ({ top, bottom, left, right })));
  }
  if (cellType !== 'Formulas' && cellType !== 'Constants')
    throw fakeError('InvalidArgument', `Special cells "${cellType}" are not in the fake.`);
  const onlyErrors = valueType === 'Errors';
  const wanted = (r: number, c: number): boolean => {
    const v = sheet.value(r, c);
    const isFormula = sheet.formulas.has(key(r, c));
    if (cellType === 'Formulas' ? !isFormula : isFormula || v === null) return false;
    return !onlyErrors || (typeof v === 'object' && v !== null);
  };
  // Runs down each column, then side-by-side columns with the same run joined into one rectangle.
  const byRun = new Map<string, RangePos[]>();
  const lastRow = Math.min(pos.bottom, sheet.vals.length - 1);
  for (let c = pos.left; c <= pos.right; c++)
    for (const [top, bottom] of runs(pos.top, lastRow, (r) => wanted(r, c))) {
      const list = byRun.get(`${top}:${bottom}`) ?? [];
      const prev = list[list.length - 1];
      if (prev && prev.right === c - 1) list[list.length - 1] = { ...prev, right: c };
      else list.push({ top, bottom, left: c, right: c });
      byRun.set(`${top}:${bottom}`, list);
    }
  return [...byRun.values()].flat().sort((a, b) => a.top - b.top || a.left - b.left);
}

function runs(from: number, to: number, test: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = from; i <= to + 1; i++) {
    const ok = i <= to && test(i);
    if (ok && start < 0) start = i;
    if (!ok && start >= 0) {
      out.push([start, i - 1]);
      start = -1;
    }
  }
  return out;
}

export class FakeRangeAreas extends FakeProxy {
  private found: { sheet: SheetState; areas: RangePos[] } | undefined;

  constructor(
    ctx: FakeContext,
    private readonly locate: () => { sheet: SheetState; areas: RangePos[] },
    /** A merged-area lookup on Windows: its sync loses the user's undo stack (office-js#5918). */
    private readonly clearsUndo = false,
  ) {
    super(ctx);
  }

  protected override loadClearsUndo(): boolean {
    return this.clearsUndo;
  }

  private get result(): { sheet: SheetState; areas: RangePos[] } {
    return (this.found ??= this.locate());
  }

  protected override exists(): boolean {
    return this.result.areas.length > 0;
  }

  get address(): string {
    return this.got('address');
  }

  get areaCount(): number {
    return this.got('areaCount');
  }

  protected read(prop: string): unknown {
    const { sheet, areas } = this.result;
    if (prop === 'address') return areas.map((a) => sheetRef(sheet.name, a1Range(a))).join(',');
    if (prop === 'areaCount') return areas.length;
    throw fakeError('InvalidArgument', `RangeAreas.${prop} is not in the fake.`);
  }
}

export class FakeRangeFormat extends FakeProxy {
  private fillProxy?: FakeRangeFill;

  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.ctx, this.range).at(this, PATH.property, 'Fill'));
  }

  protected override nav(name: string): FakeProxy {
    if (name === 'fill') return this.fill;
    return super.nav(name);
  }

  private fontPath?: FakeFontPath;

  get font(): { bold: boolean } {
    const range = this.range;
    const ctx = this.ctx;
    const path = (this.fontPath ??= new FakeFontPath(ctx).at(this, PATH.property, 'Font'));
    return {
      set bold(bold: boolean) {
        ctx.enqueue(
          path,
          { type: ACTION.set, name: 'Bold', args: [bold] },
          () => eachCell(range.writable(), (sheet, k) => (bold ? sheet.bold.add(k) : sheet.bold.delete(k))),
          { cells: true },
        );
      },
      get bold(): boolean {
        throw fakeError('PropertyNotLoaded', 'Reading bold is not in the fake.');
      },
    };
  }

  /**
   * Best fit as Excel does it, roughly 7 points per character of the longest value. It sets the width
   * to fit, so it can also make a column narrower (RangeFormat.autofitColumns reference: "best fit,
   * based on the current data in the columns").
   */
  autofitColumns(): void {
    this.ctx.enqueue(this, { type: ACTION.method, name: 'AutofitColumns', args: [] }, () => {
      const { sheet, pos } = this.range.writable();
      for (let c = pos.left; c <= pos.right; c++) {
        let chars = 0;
        for (let r = pos.top; r <= pos.bottom; r++)
          chars = Math.max(chars, String(sheet.value(r, c) ?? '').length);
        sheet.columnWidths.set(c, Math.max(chars * 7, 10));
      }
    });
  }

  get columnWidth(): number {
    return this.got('columnWidth');
  }

  /** ExcelApi 1.9: the indent of every cell in the range, 0-250 (RangeFormat.indentLevel reference). */
  set indentLevel(level: number) {
    this.ctx.enqueue(
      this,
      { type: ACTION.set, name: 'IndentLevel', args: [level] },
      () => {
        if (!this.ctx.host.supports('1.9'))
          throw fakeError('ApiNotFound', 'RangeFormat.indentLevel needs ExcelApi 1.9.');
        eachCell(this.range.writable(), (sheet, k) =>
          level > 0 ? sheet.indents.set(k, level) : sheet.indents.delete(k),
        );
      },
      { cells: true },
    );
  }

  set columnWidth(points: number) {
    this.ctx.enqueue(this, { type: ACTION.set, name: 'ColumnWidth', args: [points] }, () => {
      const { sheet, pos } = this.range.writable();
      for (let c = pos.left; c <= pos.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  protected read(prop: string): unknown {
    const { sheet, pos } = this.range.where();
    if (prop === 'columnWidth') {
      // One width when all columns share it, else null (RangeFormat.columnWidth).
      const w = sheet.width(pos.left);
      for (let c = pos.left + 1; c <= pos.right; c++) if (sheet.width(c) !== w) return null;
      return w;
    }
    throw fakeError('InvalidArgument', `RangeFormat.${prop} is not in the fake.`);
  }
}

/** RangeFont, only as a path for the request size: the fake keeps bold per cell on the sheet. */
class FakeFontPath extends FakeProxy {
  protected read(prop: string): unknown {
    throw fakeError('InvalidArgument', `RangeFont.${prop} is not in the fake.`);
  }
}

/**
 * RangeFill: color reads as one "#RRGGBB" for the whole range, null when the cells differ, and
 * "#FFFFFF" for cells without a fill (Excel.RangeFill.color reference).
 */
export class FakeRangeFill extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  get color(): string | null {
    return this.got('color');
  }

  set color(color: string | null) {
    this.ctx.enqueue(
      this,
      { type: ACTION.set, name: 'Color', args: [color] },
      () =>
        eachCell(this.range.writable(), (sheet, k) =>
          color ? sheet.fills.set(k, color) : sheet.fills.delete(k),
        ),
      { cells: true },
    );
  }

  clear(): void {
    this.ctx.enqueue(
      this,
      { type: ACTION.method, name: 'Clear', args: [] },
      () => eachCell(this.range.writable(), (sheet, k) => sheet.fills.delete(k)),
      { cells: true },
    );
  }

  protected read(prop: string): unknown {
    if (prop !== 'color') throw fakeError('InvalidArgument', `RangeFill.${prop} is not in the fake.`);
    const at = this.range.where();
    const seen = new Set<string>();
    eachCell(at, (sheet, k) => seen.add(sheet.fills.get(k) ?? '#FFFFFF'));
    return seen.size === 1 ? [...seen][0] : null;
  }
}

function inside(k: string, pos: RangePos): boolean {
  const [r, c] = k.split(':').map(Number);
  return r >= pos.top && r <= pos.bottom && c >= pos.left && c <= pos.right;
}

function eachCell(at: Located, f: (sheet: SheetState, k: string) => unknown): void {
  for (let r = at.pos.top; r <= at.pos.bottom; r++)
    for (let c = at.pos.left; c <= at.pos.right; c++) f(at.sheet, key(r, c));
}

export class FakeTableCollection extends FakeCollection<FakeTable> {
  protected current(): FakeTable[] {
    return this.ctx.state.tables.map((t) =>
      new FakeTable(this.ctx, t.name).at(this, PATH.indexer, '', [t.name]),
    );
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, name).at(this, PATH.indexer, '', [name]);
  }

  /** A new Table over "'Ark'!A1:B3" (header row first), named Tabel1, Tabel2 ... as Excel names them. */
  add(address: string, _hasHeaders: boolean): FakeTable {
    const tables = this.ctx.state.tables;
    let n = tables.length + 1;
    while (tables.some((t) => t.name === `Tabel${n}`)) n++;
    const name = `Tabel${n}`;
    const table = new FakeTable(this.ctx, name).at(this, PATH.method, 'Add', [address, _hasHeaders]);
    this.ctx.enqueue(table, { type: ACTION.instantiate, name: '' }, () => {
      const sep = address.lastIndexOf('!');
      const sheet = address.slice(0, sep).replace(/^'(.*)'$/, '$1');
      const pos = parseAddress(address);
      if (!pos || !this.ctx.state.sheet(sheet))
        throw fakeError('InvalidArgument', `Bad address "${address}".`);
      tables.push({ name, sheet, range: pos, showTotals: false, filtered: false });
    });
    return table;
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.ctx, name, true).at(this, PATH.method, 'GetItemOrNullObject', [name]);
  }
}

export class FakeTable extends FakeProxy {
  private ws?: FakeWorksheet;
  private filter?: FakeAutoFilter;

  constructor(
    ctx: FakeContext,
    private readonly tableName: string,
    private readonly nullable = false,
  ) {
    super(ctx);
  }

  protected override exists(): boolean {
    const found = this.ctx.state.tables.some((x) => x.name === this.tableName);
    if (!found && !this.nullable) this.target();
    return found;
  }

  private target() {
    const t = this.ctx.state.tables.find((x) => x.name === this.tableName);
    if (!t) throw fakeError('ItemNotFound', `No table named "${this.tableName}".`);
    return t;
  }

  get name(): string {
    return this.got('name');
  }
  get showTotals(): boolean {
    return this.got('showTotals');
  }
  get worksheet(): FakeWorksheet {
    return (this.ws ??= new FakeWorksheet(this.ctx, () => this.target().sheet, false).at(
      this,
      PATH.property,
      'Worksheet',
    ));
  }
  get autoFilter(): FakeAutoFilter {
    return (this.filter ??= new FakeAutoFilter(this.ctx, () => this.target().filtered).at(
      this,
      PATH.property,
      'AutoFilter',
    ));
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.target();
      const sheet = this.ctx.state.sheet(t.sheet);
      if (!sheet) throw fakeError('ItemNotFound', `The table's sheet "${t.sheet}" is gone.`);
      return { sheet, pos: t.range };
    }).at(this, PATH.method, 'GetRange', []);
  }

  /** Removes the Table; its cells stay as plain cells. */
  delete(): void {
    this.ctx.enqueue(this, { type: ACTION.method, name: 'Delete', args: [] }, () => {
      const t = this.target();
      this.ctx.state.tables.splice(this.ctx.state.tables.indexOf(t), 1);
    });
  }

  /**
   * ExcelApi 1.13: the table over a new range; its header row must stay where it is (Table.resize
   * reference: "the headers must remain in the same row").
   */
  resize(address: string): void {
    this.ctx.enqueue(this, { type: ACTION.method, name: 'Resize', args: [address] }, () => {
      const t = this.target();
      const pos = parseAddress(address);
      if (!pos || pos.top !== t.range.top)
        throw fakeError('InvalidArgument', `A table cannot be resized to "${address}".`);
      t.range = pos;
    });
  }

  protected override nav(name: string): FakeProxy {
    if (name === 'worksheet') return this.worksheet;
    if (name === 'autoFilter') return this.autoFilter;
    return super.nav(name);
  }

  protected read(prop: string): unknown {
    const t = this.target();
    if (prop === 'name') return t.name;
    if (prop === 'showTotals') return t.showTotals;
    throw fakeError('InvalidArgument', `Table.${prop} is not in the fake.`);
  }
}

/**
 * AutoCorrect's "Include new rows and columns in table" applies to add-in writes too (office-js#2093,
 * #6745): a value typed into the column right of an Excel Table, within its rows, makes that column part
 * of the Table, and the next one after it the same way.
 */
function growTables(tables: FakeTableState[], sheet: SheetState, written: RangePos): void {
  for (const t of tables) {
    if (t.sheet.toLowerCase() !== sheet.name.toLowerCase()) continue;
    for (;;) {
      const next = t.range.right + 1;
      if (next < written.left || next > written.right) break;
      let filled = false;
      for (let r = Math.max(t.range.top, written.top); r <= Math.min(t.range.bottom, written.bottom); r++)
        if (sheet.value(r, next) !== null) filled = true;
      if (!filled) break;
      t.range = { ...t.range, right: next };
    }
  }
}

export class FakeAutoFilter extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly filtered: () => boolean,
  ) {
    super(ctx);
  }

  get isDataFiltered(): boolean {
    return this.got('isDataFiltered');
  }

  protected read(prop: string): unknown {
    if (prop === 'isDataFiltered') return this.filtered();
    throw fakeError('InvalidArgument', `AutoFilter.${prop} is not in the fake.`);
  }
}
