/**
 * On Windows the pane keeps each sheet's merged areas from its first read (looking them up again would
 * clear the user's undo stack, office-js#5918). The sheet may have changed since: a row inserted above, a
 * merge undone and typed into. A kept merged area with anything in a cell other than its top-left one
 * cannot be a merged area any more (Excel keeps only the top-left value of a merge): then the kept areas
 * of that sheet are out of date and must be looked up again, since a wrong merge would misread the table.
 */
import type { RangePos } from '../../core/grid/a1';
import { parseAreas, type LoadedSheet } from './read-grid';

export function mergesOutOfDate(sheet: LoadedSheet): boolean {
  const used = parseAreas(sheet.address)[0];
  if (!used) return false;
  return sheet.merges.some((m) => filledBeyondTopLeft(sheet.values, used, m));
}

function filledBeyondTopLeft(values: LoadedSheet['values'], used: RangePos, m: RangePos): boolean {
  for (let r = Math.max(m.top, used.top); r <= Math.min(m.bottom, used.bottom); r++) {
    for (let c = Math.max(m.left, used.left); c <= Math.min(m.right, used.right); c++) {
      if (r === m.top && c === m.left) continue;
      const v = values[r - used.top]?.[c - used.left];
      if (v !== '' && v !== null && v !== undefined) return true;
    }
  }
  return false;
}
