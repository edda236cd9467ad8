/**
 * What Fordel wants to write, decided by the pure core and carried out by an adapter in one batch.
 * A plain string is always literal text: adapters must never let it become a formula, even when it
 * starts with '=', '+', '-' or '@'.
 */
import type { RangePos } from '../grid/a1';
import type { Severity } from '../findings/finding';

export type OutValue =
  | string
  | number
  | boolean
  | null
  /** Internal hyperlink to a cell ("'Ark 1'!C7") shown as text. */
  | { readonly link: string; readonly text: string };

/** A rectangle of values written into an existing sheet, in cells Fordel owns. */
export interface WriteBlock {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly OutValue[])[];
  /** One number format for the whole block, or one per column. */
  readonly numberFormat?: string | readonly string[];
  readonly bold?: boolean;
  /** Widths in characters that the values need; adapters only ever widen a column to fit them. */
  readonly columnWidths?: readonly number[];
}

export interface Highlight {
  readonly sheet: string;
  readonly range: RangePos;
  readonly severity: Severity;
}

/** A sheet that Fordel creates (or replaces, when it is Fordel's own from an earlier run). */
export interface OwnedSheet {
  readonly name: string;
  readonly values: readonly (readonly OutValue[])[];
  /** Per column. */
  readonly numberFormats?: readonly (string | null)[];
  readonly columnWidths?: readonly number[];
  /** Rows (0-based, relative) to put in bold: headers, totals. */
  readonly boldRows?: readonly number[];
  readonly hidden?: boolean;
}

/** Written to Fordel's hidden settings sheet: overrides and what Fordel wrote last time. */
export interface FordelSettings {
  readonly version: 1;
  readonly overrides: readonly import('../tables/layout').LayoutOverride[];
  /** Ranges Fordel wrote on the last run ("Ark1!F3:H40"), so a rerun may replace them. */
  readonly owned: readonly string[];
  /** Sheets Fordel created. */
  readonly ownedSheets: readonly string[];
  /**
   * A checksum of each sheet Fordel made, as written (sheet-marks.ts): only a sheet that still matches is
   * Fordel's. Absent in settings written before marks existed.
   */
  readonly sheetMarks?: readonly SheetMark[];
  /**
   * A checksum of every cell Fordel wrote into each range in `owned` (written-cells.ts): clean removes only
   * a value that still matches. Absent in settings written before records existed.
   */
  readonly written?: readonly WrittenMark[];
  readonly lastRun?: string;
  /**
   * Fills of highlighted cells as they were before Fordel's first highlight there; recorded by the adapter at
   * write time (only the core knows what to highlight, only the adapter sees the old fill).
   */
  readonly fills?: readonly SavedFill[];
  /** Widths of columns Fordel widened, as they were before it first did; recorded by the adapter likewise. */
  readonly widths?: readonly SavedWidth[];
  /** Items the user marked as fine, kept while the values they were about are unchanged (check/accepted.ts). */
  readonly accepted?: readonly AcceptedItem[];
}

/** An item the user marked as fine ("i orden"), with an optional note. */
export interface AcceptedItem {
  readonly rule: import('../findings/catalogue').RuleCode;
  readonly sheet: string;
  /** The item's cell or range, as the item names it. */
  readonly cell: string;
  /** Fingerprint of the values in the item's cells when it was accepted. */
  readonly values: string;
  readonly note?: string;
  /** When it was accepted (YYYY-MM-DD). */
  readonly at?: string;
}

/** What Fordel wrote into a sheet it made, as a checksum of its cells. */
export interface SheetMark {
  readonly name: string;
  readonly sum: string;
}

/** What Fordel wrote into one of its ranges: per cell a short checksum, '.' for a cell it left empty. */
export interface WrittenMark {
  /** The range, as in FordelSettings.owned. */
  readonly ref: string;
  readonly cells: string;
}

/** A cell in one of Fordel's ranges that holds the user's value: clean leaves it as it is. */
export interface UserCell {
  readonly sheet: string;
  /** 0-based absolute row and column. */
  readonly row: number;
  readonly col: number;
}

/**
 * A value written into one of the user's own cells. Only ever planned after the user confirmed it (the exact
 * split into their amount column); `previous` is what the cell held, listed on the findings sheet.
 */
export interface UserEdit {
  readonly sheet: string;
  /** 0-based absolute row and column. */
  readonly row: number;
  readonly col: number;
  /** In the cell's own unit (see amountScale). */
  readonly value: number;
  readonly previous: OutValue;
  /** Kroner per unit of the cell when the table is in t.kr. or mio. kr. (1.000, 1.000.000); absent for kroner. */
  readonly amountScale?: number;
}

/** A cell fill as it was before Fordel highlighted it, so removing Fordel's output can restore it. */
export interface SavedFill {
  readonly sheet: string;
  /** A1 range. */
  readonly range: string;
  /** '#RRGGBB', or null for no fill. */
  readonly color: string | null;
  /**
   * The host's own description of the fill when '#RRGGBB' cannot say it all (a theme colour, a pattern),
   * so the same kind of host puts it back exactly; others use color.
   */
  readonly raw?: string;
}

/** A column's width before Fordel first widened it for its figures, so removing the output narrows it again. */
export interface SavedWidth {
  readonly sheet: string;
  /** Column letters ("G"). */
  readonly column: string;
  /** In characters, or null when the column had the sheet's default width. */
  readonly width: number | null;
}

export interface WritePlan {
  readonly blocks: readonly WriteBlock[];
  readonly highlights: readonly Highlight[];
  readonly sheets: readonly OwnedSheet[];
  readonly settings: FordelSettings;
  /** Writes into the user's own cells, present only after the user confirmed them. */
  readonly userEdits?: readonly UserEdit[];
  /**
   * Fills to put back where an earlier run highlighted and this one does not (see saved-fills.ts). The
   * adapter restores each only where the cell still has a Fordel highlight fill, and before painting a
   * highlight records the fill of every cell not yet in settings.fills, adding it to the settings it writes.
   */
  readonly restoreFills?: readonly SavedFill[];
}

/**
 * Everything Fordel wrote, to remove again ("Fjern Fordels output", `fordel clean`): built by the core from
 * the settings sheet; adapters carry it out all or nothing.
 */
export interface CleanPlan {
  /** A1 ranges ("Ark1!F3:H40") of Fordel's columns, cleared of values and formats. */
  readonly ranges: readonly string[];
  /** Sheets Fordel created, deleted. */
  readonly sheets: readonly string[];
  /**
   * Cells inside `ranges` that are not provably Fordel's (a number the user typed into its column): left
   * exactly as they are, and named. Absent when the plan was made without reading the sheets.
   */
  readonly keptCells?: readonly UserCell[];
  /** Sheets Fordel listed as its own that no longer hold only what it wrote: kept, and named. */
  readonly keptSheets?: readonly string[];
  /** Fills to put back where Fordel highlighted cells. */
  readonly fills: readonly SavedFill[];
  /** Also remove the very hidden settings sheet (the user's corrections go with it). */
  readonly removeSettings: boolean;
  /** Column widths to put back. */
  readonly widths?: readonly SavedWidth[];
  /** When the settings sheet stays: what it holds afterwards (the corrections, nothing owned). */
  readonly settings?: FordelSettings;
}

export const SETTINGS_SHEET = 'Fordel-indstillinger';

export function emptySettings(): FordelSettings {
  return { version: 1, overrides: [], owned: [], ownedSheets: [] };
}
