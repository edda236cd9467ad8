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
  readonly lastRun?: string;
}

export interface WritePlan {
  readonly blocks: readonly WriteBlock[];
  readonly highlights: readonly Highlight[];
  readonly sheets: readonly OwnedSheet[];
  readonly settings: FordelSettings;
}

export const SETTINGS_SHEET = 'Fordel-indstillinger';

export function emptySettings(): FordelSettings {
  return { version: 1, overrides: [], owned: [], ownedSheets: [] };
}
