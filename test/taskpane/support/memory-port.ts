/**
 * A WorkbookPort over plain grids for the pane's tests: it records what the pane asks of the workbook
 * (reads, write plans, clean plans, selections), keeps Fordel's settings from a write as a real adapter
 * does, and can refuse to write or fail to read like a real adapter would.
 */
import { SAMPLE_SHEETS } from '../../../examples/sample-workbook';
import { a1, parseA1Range } from '../../../src/core/grid/a1';
import { withEdits } from '../../../src/core/diagnose/apply-split';
import { gridFromRows, type RawValue, type SheetGrid } from '../../../src/core/grid/grid';
import type { Text } from '../../../src/core/findings/finding';
import type { CleanPlan, WritePlan } from '../../../src/core/output/plan';
import type { WorkbookChange, WorkbookPort, WorkbookSnapshot, WriteReport } from '../../../src/workbook/port';

export interface MemoryPortOptions {
  /** The adapter refuses every write with this reason. */
  readonly refuse?: Text;
  /** read() fails with this message (this many times; every time when absent). */
  readonly failRead?: string;
  readonly failReads?: number;
  /** What the adapter says about undo (WriteReport.undoGroup). */
  readonly undoGroup?: boolean;
  /** The port offers clean(). */
  readonly canClean?: boolean;
}

export class MemoryPort implements WorkbookPort {
  reads = 0;
  readonly writes: WritePlan[] = [];
  readonly cleans: CleanPlan[] = [];
  readonly selected: [string, string][] = [];
  clean?: (plan: CleanPlan) => Promise<WriteReport>;

  constructor(
    public snapshot: WorkbookSnapshot,
    private readonly options: MemoryPortOptions = {},
  ) {
    if (options.canClean) {
      this.clean = async (plan) => {
        this.cleans.push(plan);
        this.snapshot = { ...this.snapshot, settings: plan.removeSettings ? null : (plan.settings ?? null) };
        return { written: true, cells: plan.ranges.length, syncs: 1, undoGroup: this.options.undoGroup };
      };
    }
  }

  async read(): Promise<WorkbookSnapshot> {
    this.reads++;
    const failing = this.options.failRead && (this.options.failReads ?? Infinity) >= this.reads;
    if (failing) throw new Error(this.options.failRead);
    return this.snapshot;
  }

  async write(plan: WritePlan): Promise<WriteReport> {
    this.writes.push(plan);
    if (this.options.refuse) return { written: false, cells: 0, syncs: 0, refused: this.options.refuse };
    // The user's own cells a confirmed fix changes, as Excel would hold them afterwards.
    const edited = withEdits(this.snapshot, plan.userEdits ?? []);
    this.snapshot = { ...this.snapshot, sheets: edited.sheets, settings: plan.settings };
    const cells = plan.blocks.reduce((n, b) => n + b.values.reduce((m, row) => m + row.length, 0), 0);
    return { written: true, cells, syncs: 1, undoGroup: this.options.undoGroup };
  }

  async select(sheet: string, range: string): Promise<void> {
    this.selected.push([sheet, range]);
  }

  private listeners: ((change: WorkbookChange) => void)[] = [];

  onChange(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.push(listener);
    return () => (this.listeners = this.listeners.filter((l) => l !== listener));
  }

  /** The user types `value` into sheet!cell (0-based row and column), as Excel's onChanged reports it. */
  type(sheet: string, row: number, col: number, value: RawValue): void {
    const edit = { sheet, row, col, value: value as number, previous: null };
    this.snapshot = { ...this.snapshot, sheets: withEdits(this.snapshot, [edit]).sheets };
    for (const l of this.listeners) l({ sheet, address: a1(row, col) });
  }
}

export function sampleGrids(): SheetGrid[] {
  return SAMPLE_SHEETS.map((s) => gridFromRows(s.name, s.rows));
}

export function sampleSnapshot(extra: Partial<WorkbookSnapshot> = {}): WorkbookSnapshot {
  const sheets = sampleGrids();
  return { sheets, sheetNames: sheets.map((s) => s.name), settings: null, ...extra };
}

/** A workbook with words and no table in it. */
export function noTableSnapshot(): WorkbookSnapshot {
  const grid = gridFromRows('Mødeplan', [
    ['Mødeplan for styregruppen'],
    [],
    ['Dato', 'Emne'],
    ['Mandag', 'Status på projektet'],
  ]);
  return { sheets: [grid], sheetNames: [grid.name], settings: null };
}

/** The snapshot with the user's selection on `sheet` at `range` ("A3:D35"). */
export function withSelection(snapshot: WorkbookSnapshot, sheet: string, range: string): WorkbookSnapshot {
  const pos = parseA1Range(range);
  if (!pos) throw new Error(`bad range ${range}`);
  return { ...snapshot, selection: { sheet, range: pos } };
}
