/**
 * The parameters form as the user typed it, and its translation into CheckParams. Kept apart from
 * the React component so the rules for what counts as a valid entry are tested on their own.
 */
import type { CheckParams } from '../core/check/params';
import { compare, decimal, parsePlainDecimal, type Decimal } from '../core/decimal/decimal';
import { parseUserAmount } from '../core/money/parse-user-amount';
import { danishToIso, isoToDanish } from './danish-date';
import type { Strings } from './i18n';

export type UnitChoice = 'oere' | 'krone' | 'hundred' | 'thousand' | 'count';

/** Rounding units in øre. A count is split in whole units, which the core holds as 100 "øre" each. */
export const UNIT_OERE: Record<UnitChoice, bigint> = {
  oere: 1n,
  krone: 100n,
  hundred: 10_000n,
  thousand: 100_000n,
  count: 100n,
};

export const UNIT_CHOICES: readonly { readonly value: UnitChoice; readonly label: keyof Strings }[] = [
  { value: 'oere', label: 'unitOere' },
  { value: 'krone', label: 'unitKrone' },
  { value: 'hundred', label: 'unitHundred' },
  { value: 'thousand', label: 'unitThousand' },
  { value: 'count', label: 'unitCount' },
];

export interface ParamsDraft {
  readonly total: string;
  readonly unit: UnitChoice;
  readonly minShare: string;
  /** As the user typed it: dd.mm.åååå. */
  readonly asOf: string;
  /** Write Fordel's columns and findings after every check (off: checking only reads). */
  readonly write: boolean;
}

/** Each invalid field names the text key of its message, so the message follows the language. */
export interface ParamsErrors {
  readonly total?: keyof Strings;
  readonly minShare?: keyof Strings;
  readonly asOf?: keyof Strings;
}

export type ValidParams = Omit<CheckParams, 'lang'>;

/** Today's date where the user is (not UTC), as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `today` is YYYY-MM-DD; the field shows it the Danish way. */
export function defaultDraft(today: string): ParamsDraft {
  // No minimum own share unless the user sets one: a sheet that states its rule, or names the culture pool,
  // is held to that; other schemes have other minimums or none.
  return { total: '', unit: 'krone', minShare: '', asOf: isoToDanish(today), write: false };
}

/** "47,5", "47.5", "50 %" -> Decimal; null when it is not a plain percentage. */
export function parsePercent(text: string): Decimal | null {
  const plain = text.replace(/\s|%|pct\.?/gi, '').replace(',', '.');
  return plain === '' ? null : parsePlainDecimal(plain);
}

export function validateDraft(draft: ParamsDraft): { params: ValidParams | null; errors: ParamsErrors } {
  const errors: { total?: keyof Strings; minShare?: keyof Strings; asOf?: keyof Strings } = {};

  let total: bigint | null = null;
  if (draft.total.trim() !== '') {
    total = parseUserAmount(draft.total);
    if (total === null) errors.total = 'totalInvalid';
    else if (total <= 0n) errors.total = 'totalNotPositive';
  }

  // Empty: no minimum of the user's own (the sheet's stated rule still applies).
  const noMinimum = draft.minShare.trim() === '';
  const minShare = noMinimum ? null : parsePercent(draft.minShare);
  if (!noMinimum && (!minShare || compare(minShare, decimal(0)) < 0 || compare(minShare, decimal(100)) > 0)) {
    errors.minShare = 'minShareInvalid';
  }

  const asOf = danishToIso(draft.asOf);
  if (!asOf) errors.asOf = 'asOfInvalid';

  if (Object.keys(errors).length > 0 || (!minShare && !noMinimum) || !asOf) return { params: null, errors };
  return {
    params: { asOf, unit: UNIT_OERE[draft.unit], total, ...(minShare ? { minOwnShare: minShare } : {}) },
    errors,
  };
}
