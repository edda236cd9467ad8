/** Fordel's settings sheet, as read by either reader, back to the settings it holds. */
import type { SheetGrid } from '../../core/grid/grid';
import type { FordelSettings } from '../../core/output/plan';
import { settingsFromValues } from '../../core/output/settings-sheet';

export function settingsOf(grid: SheetGrid): FordelSettings | null {
  // settingsFromValues expects column A from row 1; the used range may start lower on a damaged sheet.
  if (grid.origin.row !== 0 || grid.origin.col !== 0) return null;
  return settingsFromValues(grid.values);
}
