/**
 * What removing Fordel's output means, decided from the settings sheet alone: every range Fordel wrote
 * and has not yet cleared, every sheet it made, every fill it painted over. Adapters still look at each
 * cell before clearing it, so a note the user typed into Fordel's column stays.
 */
import { SETTINGS_SHEET, type CleanPlan, type FordelSettings } from './plan';

export interface CleanOptions {
  /** Also remove the settings sheet, and with it the user's table corrections. */
  readonly removeSettings: boolean;
}

export function planClean(settings: FordelSettings | null, opts: CleanOptions): CleanPlan {
  const isSettings = (s: string) => s.toLowerCase() === SETTINGS_SHEET.toLowerCase();
  const ranges = unique(settings?.owned ?? []);
  const sheets = unique((settings?.ownedSheets ?? []).filter((s) => !isSettings(s)));
  const fills = (settings?.fills ?? []).filter((f) => !isSettings(f.sheet) && !sheets.includes(f.sheet));
  const widths = (settings?.widths ?? []).filter((w) => !sheets.includes(w.sheet));
  return {
    ranges,
    sheets,
    fills,
    widths,
    removeSettings: opts.removeSettings,
    // Kept settings remember the user's corrections and that nothing of Fordel's is left.
    settings:
      settings && !opts.removeSettings
        ? { ...settings, owned: [], ownedSheets: [], fills: [], widths: [] }
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
