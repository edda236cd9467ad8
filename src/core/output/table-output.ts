/** What checking one table yields: its findings and the columns Fordel adds beside it. */
import type { Finding, Text } from '../findings/finding';
import type { OutValue } from './plan';
import type { TableLayout } from '../tables/layout';
import type { TableFacts } from '../diagnose/facts';
import { normalize, toPlainString } from '../decimal/decimal';
import { oereToKroner } from '../money/oere';

export interface OutputColumn {
  readonly header: Text;
  readonly numberFormat: string;
  /** Values by absolute sheet row; rows not listed stay empty. */
  readonly cells: ReadonlyMap<number, OutValue | Text>;
}

/** Replacements for the validated copy: recomputed totals and numbers read from text, by "row:col". */
export type ValidatedValues = ReadonlyMap<string, number | string | null>;

export interface TableOutput {
  readonly layout: TableLayout;
  readonly findings: readonly Finding[];
  readonly columns: readonly OutputColumn[];
  readonly validated: ValidatedValues;
  /** Rule inputs and results for the diagnoses (src/core/diagnose). */
  readonly facts?: TableFacts;
  /** What the check read beyond the layout (each target's direction, the rule applied), and what it was unsure of. */
  readonly reading?: {
    readonly decisions: readonly { readonly role: string; readonly cells: string; readonly because: Text }[];
    readonly unsure: readonly Text[];
  };
}

export function key(row: number, col: number): string {
  return `${row}:${col}`;
}

/**
 * Øre as a number in a table's own unit, for the user's own cells and the copies of them (6,825 in a table in
 * mio. kr., 6.825.000 in one in kroner). The scale is a power of ten, so the division is exact.
 */
export function sheetNumber(oere: bigint, amountScale = 1): number {
  if (amountScale === 1) return kronerNumber(oere);
  const kroner = oereToKroner(oere);
  const shift = String(amountScale).length - 1;
  return Number(toPlainString(normalize({ digits: kroner.digits, scale: kroner.scale + shift })));
}

/** Øre to a kroner number for display in a cell (amounts beyond 2^53 øre keep full kroner). */
export function kronerNumber(oere: bigint): number {
  const n = Number(oere);
  // Within 2^53 the same sum in plain numbers, without two bigint divisions per cell.
  if (Number.isSafeInteger(n)) {
    const cents = n % 100;
    return (n - cents) / 100 + cents / 100;
  }
  const whole = oere / 100n;
  const frac = oere % 100n;
  return Number(whole) + Number(frac) / 100;
}
