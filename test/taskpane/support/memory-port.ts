/**
 * A WorkbookPort over plain grids for the pane's tests: it records what the pane asks of the workbook
 * (reads, write plans, selections) and can refuse to write like a real adapter would.
 */
import { SAMPLE_SHEETS } from '../../../examples/sample-workbook';
import { parseA1Range } from '../../../src/core/grid/a1';
import { gridFromRows, type SheetGrid } from '../../../src/core/grid/grid';
import type { Text } from '../../../src/core/findings/finding';
import type { WritePlan } from '../../../src/core/output/plan';
import type { WorkbookPort, WorkbookSnapshot, WriteReport } from '../../../src/workbook/port';

export interface MemoryPortOptions {
  /** The adapter refuses every write with this reason. */
  readonly refuse?: Text;
  /** read() fails with this message. */
  readonly failRead?: string;
}

export class MemoryPort implements WorkbookPort {
  reads = 0;
  readonly writes: WritePlan[] = [];
  readonly selected: [string, string][] = [];

  constructor(
    public snapshot: WorkbookSnapshot,
    private readonly options: MemoryPortOptions = {},
  ) {}

  async read(): Promise<WorkbookSnapshot> {
    this.reads++;
    if (this.options.failRead) throw new Error(this.options.failRead);
    return this.snapshot;
  }

  async write(plan: WritePlan): Promise<WriteReport> {
    this.writes.push(plan);
    if (this.options.refuse) return { written: false, cells: 0, syncs: 0, refused: this.options.refuse };
    const cells = plan.blocks.reduce((n, b) => n + b.values.reduce((m, row) => m + row.length, 0), 0);
    return { written: true, cells, syncs: 1 };
  }

  async select(sheet: string, range: string): Promise<void> {
    this.selected.push([sheet, range]);
  }
}

export function sampleGrids(): SheetGrid[] {
  return SAMPLE_SHEETS.map((s) => gridFromRows(s.name, s.rows));
}

export function sampleSnapshot(extra: Partial<WorkbookSnapshot> = {}): WorkbookSnapshot {
  const sheets = sampleGrids();
  return { sheets, sheetNames: sheets.map((s) => s.name), settings: null, ...extra };
}

/** The snapshot with the user's selection on `sheet` at `range` ("A3:D35"). */
export function withSelection(snapshot: WorkbookSnapshot, sheet: string, range: string): WorkbookSnapshot {
  const pos = parseA1Range(range);
  if (!pos) throw new Error(`bad range ${range}`);
  return { ...snapshot, selection: { sheet, range: pos } };
}
