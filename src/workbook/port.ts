/**
 * The one small interface between Fordel's core and a workbook. The Office.js adapter, the .xlsx
 * adapter and the in-memory fake all implement it; the check code never sees which.
 */
import type { RangePos } from '../core/grid/a1';
import type { SheetGrid } from '../core/grid/grid';
import type { CleanPlan, FordelSettings, WritePlan } from '../core/output/plan';
import type { Text } from '../core/findings/finding';
import type { TablePlan } from '../core/population/table-plan';
import type { UnreadSheet } from '../core/check/unread-sheets';

export type { UnreadSheet };

export interface WorkbookSnapshot {
  /** Every visible sheet's used range, in workbook order (Fordel's settings sheet excluded). */
  readonly sheets: readonly SheetGrid[];
  /** Names of all sheets, hidden ones included, to avoid name clashes. */
  readonly sheetNames: readonly string[];
  /** Read from the settings sheet, null if Fordel never ran on this workbook. */
  readonly settings: FordelSettings | null;
  /** Sheets the adapter could not read (damaged, or too sparse to read): each becomes an error finding. */
  readonly unreadSheets?: readonly UnreadSheet[];
  /** The user's current selection (add-in only). */
  readonly selection?: { readonly sheet: string; readonly range: RangePos };
  /** What the host could not read and the user should know (add-in only), shown with the check. */
  readonly notes?: readonly Text[];
}

export interface WriteReport {
  readonly written: boolean;
  /** Cells written, for the status line. */
  readonly cells: number;
  /** Round trips to the host (context.sync calls for Office.js; 0 for files). */
  readonly syncs: number;
  /** Why nothing was written, when written is false. */
  readonly refused?: Text;
  /** Whether the host made the write one undo step; false with a reason when it could not. */
  readonly undoGroup?: boolean;
  readonly notes?: readonly Text[];
}

export interface WorkbookPort {
  read(): Promise<WorkbookSnapshot>;
  /** All or nothing: an adapter that cannot write everything writes nothing. */
  write(plan: WritePlan): Promise<WriteReport>;
  /** Selects a cell or range so the user sees what a finding points at (add-in only). */
  select?(sheet: string, range: string): Promise<void>;
  /** Removes what Fordel wrote (columns, sheets, highlights, optionally settings); all or nothing. */
  clean?(plan: CleanPlan): Promise<WriteReport>;
  /** Inserts a table Fordel made (a new split) with its top-left at a cell, only into empty cells (add-in only). */
  insertTable?(at: { sheet: string; top: number; left: number }, plan: TablePlan): Promise<WriteReport>;
  /**
   * Calls `listener` after every edit the user makes in the workbook (Excel's worksheet onChanged), so the
   * pane can mark its results out of date and re-check live; returns how to stop listening.
   */
  onChange?(listener: (change: WorkbookChange) => void): () => void;
}

export interface WorkbookChange {
  readonly sheet: string;
  /** A1 cell or range edited ("C7", "B3:D5"); '' when the host does not say. */
  readonly address: string;
}
