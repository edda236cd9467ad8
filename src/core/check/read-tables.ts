/**
 * The tables Fordel finds in a workbook, as the check will see them: the task pane lists them before any
 * check runs, so this reading is kept apart from the check (check-workbook.ts) and loads without it.
 */
import type { SheetGrid } from '../grid/grid';
import { withoutFordelColumns } from '../output/ownership';
import { emptySettings, SETTINGS_SHEET, type FordelSettings } from '../output/plan';
import { provenOwnedSheets } from '../output/sheet-marks';
import { findTables, type ReadResult } from '../reader/find-tables';
import type { UnreadSheet } from './unread-sheets';

export interface SnapshotLike {
  readonly sheets: readonly SheetGrid[];
  readonly sheetNames: readonly string[];
  readonly settings: FordelSettings | null;
  readonly unreadSheets?: readonly UnreadSheet[];
}

/** The tables Fordel finds in a workbook, as the check will see them (task pane's list, CLI summary). */
export function readTables(snapshot: SnapshotLike): ReadResult & { readonly grids: readonly SheetGrid[] } {
  const settings = snapshot.settings ?? emptySettings();
  const grids = userSheets(snapshot, settings).map(withoutFordelColumns);
  return { ...findTables(grids, settings.overrides), grids };
}

/** Every sheet but Fordel's own: its settings, and the sheets it made that still hold only what it wrote. */
export function userSheets(snapshot: SnapshotLike, settings: FordelSettings): SheetGrid[] {
  const ours = new Set(provenOwnedSheets(settings, snapshot.sheets));
  return snapshot.sheets.filter((g) => g.name !== SETTINGS_SHEET && !ours.has(g.name));
}
