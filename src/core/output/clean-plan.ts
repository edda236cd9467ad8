/**
 * What removing Fordel's output means, decided from the settings sheet and the sheets as they are: every
 * range Fordel wrote and has not yet cleared, every sheet it made, every fill it painted over. The cells of those ranges Fordel cannot prove it wrote (written-cells.ts) stay, and are named.
 */
import { SETTINGS_SHEET, type CleanPlan, type FordelSettings } from './plan';
import type { SheetGrid } from '../grid/grid';
import { a1, sheetRef } from '../grid/a1';
import { text, type Text } from '../findings/finding';
import { provenOwnedSheets } from './sheet-marks';
import { fordelParts, userCellsIn } from './written-cells';
import { parseOwnedRange } from './owned-range';

export interface CleanOptions {
  /** Also remove the settings sheet, and with it the user's table corrections. */
  readonly removeSettings: boolean;
  /**
   * The workbook's sheets as they are: a listed sheet is deleted only if it still holds only what Fordel
   * wrote (sheet-marks.ts), and a value in Fordel's columns is cleared only if it is what Fordel wrote there
   * (written-cells.ts); the rest is kept and named. Without them (only to ask whether there is anything to
   * remove), every listed sheet and range counts.
   */
  readonly grids?: readonly SheetGrid[];
}

export function planClean(settings: FordelSettings | null, opts: CleanOptions): CleanPlan {
  const isSettings = (s: string) => s.toLowerCase() === SETTINGS_SHEET.toLowerCase();
  const listedRanges = unique(settings?.owned ?? []);
  // A range on a sheet that was not read (hidden since) cannot be looked at, so none of it is touched.
  const read = new Set(opts.grids?.map((g) => g.name.toLowerCase()));
  // Of a range, only the columns still under Fordel's recorded header are touched (fordelParts).
  const grids = opts.grids;
  const ranges = grids
    ? listedRanges
        .filter((r) => read.has(parseOwnedRange(r)?.sheet.toLowerCase() ?? ''))
        .flatMap((r) => fordelParts(r, settings?.written ?? [], grids))
    : listedRanges;
  const listed = unique((settings?.ownedSheets ?? []).filter((s) => !isSettings(s)));
  const proven = settings && opts.grids ? provenOwnedSheets(settings, opts.grids) : listed;
  const present = new Set(opts.grids?.map((g) => g.name));
  const sheets = listed.filter((s) => proven.includes(s));
  const keptSheets = listed.filter((s) => !proven.includes(s) && present.has(s));
  const fills = (settings?.fills ?? []).filter((f) => !isSettings(f.sheet) && !sheets.includes(f.sheet));
  const widths = (settings?.widths ?? []).filter((w) => !sheets.includes(w.sheet));
  const keptCells = opts.grids ? userCellsIn(listedRanges, settings?.written ?? [], opts.grids) : undefined;
  return {
    ranges,
    sheets,
    ...(keptCells ? { keptCells } : {}),
    ...(keptSheets.length ? { keptSheets } : {}),
    fills,
    widths,
    removeSettings: opts.removeSettings,
    // Kept settings remember the user's corrections and that nothing of Fordel's is left.
    settings:
      settings && !opts.removeSettings
        ? { ...settings, owned: [], ownedSheets: [], sheetMarks: [], written: [], fills: [], widths: [] }
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

/** Says which values in Fordel's columns stay because Fordel cannot prove it wrote them; null when none. */
export function keptCellsNote(plan: CleanPlan): Text | null {
  const cells = (plan.keptCells ?? []).map((c) => sheetRef(c.sheet, a1(c.row, c.col)));
  if (!cells.length) return null;
  const one = cells.length === 1;
  const shown = cells.slice(0, 5).join(', ') + (cells.length > 5 ? ' …' : '');
  return text(
    `${one ? 'Én celle' : `${cells.length} celler`} i Fordels kolonner har indhold, som Fordel ikke selv skrev (fx et tal, du har tastet), og bliver stående: ${shown}.`,
    `${one ? 'One cell' : `${cells.length} cells`} in Fordel's columns ${one ? 'holds' : 'hold'} content Fordel did not write itself (such as a number you typed) and ${one ? 'stays' : 'stay'}: ${shown}.`,
  );
}

/** Everything a clean leaves because it is not provably Fordel's: the sheets, then the cells. */
export function keptNotes(plan: CleanPlan): Text[] {
  const sheets = (plan.keptSheets ?? []).map((name) =>
    text(
      `Arket »${name}« slettes ikke: det indeholder ikke længere kun det, Fordel skrev (eller er ikke Fordels).`,
      `The sheet "${name}" is not deleted: it no longer holds only what Fordel wrote (or is not Fordel's).`,
    ),
  );
  const cells = keptCellsNote(plan);
  return cells ? [...sheets, cells] : sheets;
}
