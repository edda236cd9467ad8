/** Small helpers shared by the co-financing rules: sums that refuse to guess, and part ranges. */
import { a1, a1Range, parseA1 } from '../../../grid/a1';
import type { Located } from '../../../located';
import { sumAmounts, type CellAmount } from '../../../money/amount';
import type { CofinancingInput, CofinancingRowInput } from './input';
import { FINANCING_TABLE } from '../words';
import { periodLabel } from '../../../reader/labels';

/** Sum of all parts, or null when any part is missing: a partial sum proves nothing. */
export function sumAll(parts: readonly (CellAmount | null)[]): bigint | null {
  if (parts.some((p) => p === null)) return null;
  return sumAmounts(parts as CellAmount[]);
}

/**
 * The cells of the parts as short as possible: one range when they fill a rectangle ("B2:B3"),
 * otherwise each cell, so `related` never claims a cell that is not a part.
 */
export function partsRange(cells: readonly string[]): string[] {
  const pos = cells.map(parseA1);
  if (cells.length === 0 || pos.some((p) => p === null)) return [...cells];
  const ps = pos as NonNullable<(typeof pos)[number]>[];
  const top = Math.min(...ps.map((p) => p.row));
  const bottom = Math.max(...ps.map((p) => p.row));
  const left = Math.min(...ps.map((p) => p.col));
  const right = Math.max(...ps.map((p) => p.col));
  const distinct = new Set(ps.map((p) => a1(p.row, p.col))).size;
  if (distinct !== (bottom - top + 1) * (right - left + 1)) return [...cells];
  return [a1Range({ top, left, bottom, right })];
}

export function cellsOf(parts: readonly (Located<bigint> | null)[]): string[] {
  return parts.filter((p): p is Located<bigint> => p !== null).map((p) => p.cell);
}

export const isOwn = (r: CofinancingRowInput): boolean => r.type === 'own';
/** Co-financing from others: every paying source that is not the applicant's own money. */
export const isOther = (r: CofinancingRowInput): boolean => r.type !== 'own' && r.type !== 'area';

/**
 * Own-share and matching rules only make sense in a financing table: a few sources, own money on one side
 * and others on the other.
 */
export function hasOwnAndOthers(input: CofinancingInput): boolean {
  if (input.rows.length > FINANCING_TABLE.maxSources) return false;
  if (input.rows.some((r) => r.type === 'area')) return false;
  return input.rows.some(isOwn) && input.rows.some(isOther);
}

/**
 * The amounts of a row's periods, with an empty cell as nothing paid when `blankIsZero` (shares: a source
 * that pays only some years); null when a cell is unreadable (it has its own finding), or empty otherwise.
 */
function amountsOf(r: CofinancingRowInput, ps: readonly number[], blankIsZero: boolean): CellAmount[] | null {
  const out: CellAmount[] = [];
  for (const p of ps) {
    const a = r.amounts[p] ?? null;
    if (a !== null) out.push(a);
    else if (!(blankIsZero && r.blank?.[p])) return null;
  }
  return out;
}

/** A row's whole-period amount: its periods summed, or its total cell when a period is missing. */
export function rowOverall(r: CofinancingRowInput, blankIsZero = false): bigint | null {
  const parts =
    r.amounts.length > 0
      ? amountsOf(
          r,
          r.amounts.map((_, p) => p),
          blankIsZero,
        )
      : null;
  return (parts && sumAmounts(parts)) ?? r.total?.value ?? null;
}

/** Sum of one period over the given rows; null when any of them is missing (see amountsOf). */
export function periodSum(
  rows: readonly CofinancingRowInput[],
  p: number,
  blankIsZero = false,
): bigint | null {
  const all: CellAmount[] = [];
  for (const r of rows) {
    const parts = amountsOf(r, [p], blankIsZero);
    if (parts === null) return null;
    all.push(...parts);
  }
  return sumAmounts(all);
}

export function overallSum(rows: readonly CofinancingRowInput[], blankIsZero = false): bigint | null {
  let s = 0n;
  for (const r of rows) {
    const v = rowOverall(r, blankIsZero);
    if (v === null) return null;
    s += v;
  }
  return s;
}

/** Ends a sentence with one full stop, also when it ends in "kr.". */
export function endSentence(s: string): string {
  return s.endsWith('.') ? s : s + '.';
}

/**
 * A financing plan with one amount column and no periods ("Kilde | Andel | Beløb"): its one column is the
 * whole plan, so the rules judge it once, "samlet", and never "i Beløb (kr.)".
 */
export function amountsOnly(input: CofinancingInput): boolean {
  return input.periods.length === 1 && periodLabel(input.periods[0].label) === null;
}

/** The words for the whole of a table: its whole period, or the whole plan without periods. */
export function wholeOf(input: CofinancingInput): { da: string; en: string } {
  return amountsOnly(input)
    ? { da: 'samlet', en: 'in all' }
    : { da: 'i hele perioden', en: 'over the whole period' };
}
