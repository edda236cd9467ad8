/**
 * What removing Fordel's output means, decided from the settings sheet alone: every range Fordel wrote
 * and has not yet cleared, every sheet it made, every fill it painted over. Adapters still look at each
 * cell before clearing it, so a note the user typed into Fordel's column stays.
 */
import { SETTINGS_SHEET, type CleanPlan, type FordelSettings } from './plan';
import type { SheetGrid } from '../grid/grid';
import { provenOwnedSheets } from './sheet-marks';

export interface CleanOptions {
  /** Also remove the settings sheet, and with it the user's table corrections. */
  readonly removeSettings: boolean;
  /**
   * The workbook's sheets as they are: a listed sheet is deleted only if it still holds only what Fordel
   * wrote (sheet-marks.ts); others are kept and named. Without them, every listed sheet is deleted.
   */
  readonly grids?: readonly SheetGrid[];
}

export function planClean(settings: FordelSettings | null, opts: CleanOptions): CleanPlan {
  const isSettings = (s: string) => s.toLowerCase() === SETTINGS_SHEET.toLowerCase();
  const ranges = unique(settings?.owned ?? []);
  const listed = unique((settings?.ownedSheets ?? []).filter((s) => !isSettings(s)));
  const proven = settings && opts.grids ? provenOwnedSheets(settings, opts.grids) : listed;
  const present = new Set(opts.grids?.map((g) => g.name));
  const sheets = listed.filter((s) => proven.includes(s));
  const keptSheets = listed.filter((s) => !proven.includes(s) && present.has(s));
  const fills = (settings?.fills ?? []).filter((f) => !isSettings(f.sheet) && !sheets.includes(f.sheet));
  const widths = (settings?.widths ?? []).filter((w) => !sheets.includes(w.sheet));
  return {
    ranges,
    sheets,
    ...(keptSheets.length ? { keptSheets } : {}),
    fills,
    widths,
    removeSettings: opts.removeSettings,
    // Kept settings remember the user's corrections and that nothing of Fordel's is left.
    settings:
      settings && !opts.removeSettings
        ? { ...settings, owned: [], ownedSheets: [], sheetMarks: [], fills: [], widths: [] }
        : undefined,
  };
}

/** True when there is nothing to remove: the pane can say so instead of offering the button. */
export function isEmptyClean(plan: CleanPlan): boolean {
  return (
    !plan.ranges.length &&
    !plan.sheets.length &&
    !plan.fills.length &&
    !plan.widths?.length &&
    !plan.removeSettings
  );
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
