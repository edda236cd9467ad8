/**
 * Fordel's own output in a folder it checks (the summary of an earlier run, a findings workbook): known by
 * Fordel's mark, never by its name. The mark is the settings sheet with a checksum of each sheet Fordel
 * made (core/output/sheet-marks.ts); a workbook is Fordel's own only when every sheet in it is one of
 * those and still holds exactly what Fordel wrote. A workbook of the same name without the mark, or one
 * the user has written in since, is the user's: it is checked, and never overwritten.
 */
import { provenOwnedSheets } from '../core/output/sheet-marks';
import { SETTINGS_SHEET } from '../core/output/plan';
import type { WorkbookSnapshot } from '../workbook/port';

export function isOwnOutput(snapshot: WorkbookSnapshot): boolean {
  const { settings, sheets, sheetNames } = snapshot;
  // Settings written before marks existed prove nothing here: such a workbook is checked as the user's.
  if (!settings?.sheetMarks || snapshot.unreadSheets?.length) return false;
  const proven = new Set(provenOwnedSheets(settings, sheets).map((n) => n.toLowerCase()));
  const others = sheetNames.filter((n) => n !== SETTINGS_SHEET);
  return others.length > 0 && others.every((n) => proven.has(n.toLowerCase()));
}
