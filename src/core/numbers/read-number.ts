/**
 * Reads one cell as a number. Excel numbers are taken at the 15 significant digits Excel keeps; text is
 * read the Danish way. Whatever cannot be read becomes a failure with a message that quotes the
 * cell, so the caller can turn it into a finding instead of a silent 0. Never throws.
 */
import { fromNumber, mul, ZERO, type Decimal } from '../decimal/decimal';
import { isNil } from './nil';
import { isCellError, type RawValue } from '../grid/grid';
import type { Text } from '../findings/finding';
import { isCurrencyFormat, isPercentFormat } from './excel-format';
import { msg } from './number-messages';
import { parseNumberText, type AmbiguityReason, type NumberUnit } from './parse-number-text';

export type { NumberUnit } from './parse-number-text';

export interface NumberOk {
  ok: true;
  value: Decimal;
  unit: NumberUnit;
  /** Written with "ca.", "cirka", "godt", "knap" or "omkring". */
  approx?: boolean;
  /** "mindst"/"minimum" gives 'min'; "op mod", "op til", "højst", "maks." give 'max'. */
  bound?: 'min' | 'max';
  /** A dash alone ("-", "–"): nothing, as accountants write it; the value is 0. */
  nil?: boolean;
}

export interface NumberFail {
  ok: false;
  code: 'missing-value' | 'not-a-number' | 'ambiguous-number' | 'formula-error' | 'formula-no-result';
  /** Danish and English, quoting the text that was found. */
  message: Text;
}

export type NumberRead = NumberOk | NumberFail;

const HUNDRED: Decimal = { digits: 100n, scale: 0 };

/**
 * More digits than this is no amount, share or count (a whole state budget in øre has 14): text
 * like a pasted ID or a row of nines. Refusing it keeps every message and sum a readable size.
 */
export const MAX_DIGITS = 30;

export function fail(code: NumberFail['code'], message: Text): NumberFail {
  return { ok: false, code, message };
}

/** `decimalComma`: the cell's column settles a comma as the decimal mark (see check/comma-by-column.ts). */
export function readNumber(
  raw: RawValue,
  opts: { format?: string | null; decimalComma?: boolean } = {},
): NumberRead {
  try {
    return read(raw, opts.format ?? null, opts.decimalComma === true);
  } catch {
    // The grammar is regular and bounded; this only guards the promise never to throw.
    return fail('not-a-number', msg.notANumber(safeString(raw)));
  }
}

function read(raw: RawValue, format: string | null, decimalComma: boolean): NumberRead {
  if (raw === null || raw === undefined) return fail('missing-value', msg.empty());
  if (typeof raw === 'boolean') return fail('not-a-number', msg.boolean(raw));
  if (typeof raw === 'number') return readExcelNumber(raw, format);
  if (isCellError(raw))
    return raw.noResult
      ? fail('formula-no-result', msg.formulaNoResult())
      : fail('formula-error', msg.formulaError(String(raw.error)));
  if (typeof raw !== 'string') return fail('not-a-number', msg.notANumber(safeString(raw)));
  if (isNil(raw)) return { ok: true, value: ZERO, unit: 'none', nil: true };
  return readText(raw, decimalComma);
}

/** Below 10^15 a whole number has at most Excel's 15 significant digits. */
const WHOLE_LIMIT = 1e15;

/**
 * A number as Excel keeps it: 15 significant digits. What lies beyond is binary residue
 * (0,34600000000000003), never a figure the user typed or would want quoted back.
 */
export function excelDecimal(n: number): Decimal | null {
  // Whole numbers of at most 15 digits are kept as they are: most cells, and no rounding to do.
  if (Number.isInteger(n) && n < WHOLE_LIMIT && n > -WHOLE_LIMIT) return { digits: BigInt(n), scale: 0 };
  const kept = Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
  return fromNumber(Number.isFinite(kept) ? kept : n);
}

function readExcelNumber(n: number, format: string | null): NumberRead {
  const value = excelDecimal(n);
  if (!value) return fail('not-a-number', msg.notFinite());
  // Excel stores 12,5 % as 0.125; Fordel speaks of percent in percent.
  if (isPercentFormat(format)) return { ok: true, value: mul(value, HUNDRED), unit: 'percent' };
  return { ok: true, value, unit: isCurrencyFormat(format) ? 'kr' : 'none' };
}

const AMBIGUOUS_MESSAGE: Record<AmbiguityReason, (found: string) => Text> = {
  'decimal-point': msg.decimalPoint,
  'english-thousands': msg.englishThousands,
  'english-format': msg.englishFormat,
  range: msg.range,
};

function readText(raw: string, decimalComma: boolean): NumberRead {
  if (countDigits(raw) > MAX_DIGITS) return fail('not-a-number', msg.tooManyDigits(raw));
  const parsed = parseNumberText(raw, { decimalComma });
  switch (parsed.kind) {
    case 'empty':
      return fail('missing-value', msg.empty());
    case 'invalid':
      return fail('not-a-number', msg.notANumber(raw));
    case 'ambiguous':
      return fail('ambiguous-number', AMBIGUOUS_MESSAGE[parsed.reason](raw));
    case 'ok': {
      const ok: NumberOk = { ok: true, value: parsed.value, unit: parsed.unit };
      if (parsed.approx) ok.approx = true;
      if (parsed.bound) ok.bound = parsed.bound;
      return ok;
    }
  }
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function safeString(raw: unknown): string {
  try {
    return typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw));
  } catch {
    return '?';
  }
}
