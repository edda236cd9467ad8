/**
 * Fordel's own output in a folder it checks (the summary of an earlier run, a findings workbook): known by
 * Fordel's mark, never by its name. The mark is the settings sheet with a checksum of each sheet Fordel
 * made (core/output/sheet-marks.ts); a workbook is Fordel's own only when every sheet in it is one of
 * those, still holds exactly what Fordel wrote, and has the shape of Fordel's output (a summary's header
 * row, a findings sheet or a validated copy). The findings saved as a workbook of their own carry no
 * settings sheet: there every sheet must be a findings sheet. A workbook of the same name without the mark, or one the user
 * has written in since, is the user's: it is checked, and never overwritten.
 */
import { findingsShape, markedSheets, provenOwnedSheets } from '../core/output/sheet-marks';
import { SETTINGS_SHEET } from '../core/output/plan';
import type { SheetGrid } from '../core/grid/grid';
import type { WorkbookSnapshot } from '../workbook/port';
import { FILE_HEAD, FINDING_HEAD } from './summary';

export function isOwnOutput(snapshot: WorkbookSnapshot): boolean {
  const { settings, sheets, sheetNames } = snapshot;
  const others = sheetNames.filter((n) => n !== SETTINGS_SHEET);
  const every = (test: (grid: SheetGrid) => boolean): boolean =>
    others.length > 0 &&
    others.every((name) => {
      const grid = sheets.find((g) => g.name === name);
      return grid !== undefined && test(grid);
    });
  if (snapshot.unreadSheets?.length) return false;
  // The findings saved on their own ("-fordel-fund.xlsx") carry no settings sheet: nothing but findings
  // sheets, each with Fordel's title and column headers, is Fordel's output.
  if (!settings) return every(findingsShape);
  // Settings written before marks existed prove nothing here: such a workbook is checked as the user's.
  if (!settings.sheetMarks) return false;
  const marked = new Set(markedSheets(settings, sheets));
  const proven = new Set(provenOwnedSheets(settings, sheets));
  return every((g) => marked.has(g.name) && (proven.has(g.name) || summaryShape(g)));
}

/** A sheet of the folder summary: Fordel's header row from A1, in either language. */
function summaryShape(grid: SheetGrid): boolean {
  if (grid.origin.row !== 0 || grid.origin.col !== 0) return false;
  const first = grid.values[0] ?? [];
  return [FILE_HEAD, FINDING_HEAD].some((head) =>
    (['da', 'en'] as const).some((lang) => head[lang].every((h, i) => first[i] === h)),
  );
}
