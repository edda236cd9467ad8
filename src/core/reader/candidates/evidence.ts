/**
 * The evidence a reading explains, counted the way a finance colleague checks a table by hand: every sum the
 * reading claims (a total over its parts, a subtotal over its group, a line's periods over its total) either
 * holds on the sheet or it does not. A reading that claims sums the sheet keeps is well supported; one whose
 * claimed sums fail on many lines is more likely a misreading than a table with that many errors.
 *
 * The count is evidence for weighing readings against each other, not a check: the rules of each kind still
 * decide what is an error and by how much, in exact øre.
 */
import { add, compare, sub, ZERO, type Decimal } from '../../decimal/decimal';

/** A number on the sheet at (row, col), or null for a blank, a text or an error. */
export type NumberAt = (row: number, col: number) => Decimal | null;

export interface Evidence {
  /** Sums the reading claims that the sheet keeps. */
  readonly held: number;
  /** Sums the reading claims that the sheet breaks. */
  readonly broken: number;
}

/** Decimals beyond which a stored fraction is a float's noise, not a figure someone rounded. */
const MAX_SLACK_DECIMALS = 12;

export const NO_EVIDENCE: Evidence = { held: 0, broken: 0 };

export function plus(a: Evidence, b: Evidence): Evidence {
  return { held: a.held + b.held, broken: a.broken + b.broken };
}

/**
 * One claimed sum: the figure at `total` against the figures of `parts`, all read through `at`. A claim with
 * no figure on either side says nothing; blanks among the parts count as nothing, as in Excel's SUM.
 * `slack` allows the rounding of printed shares (100,1 % for shares shown with one decimal).
 */
export function claimedSum(
  total: Decimal | null,
  parts: readonly (Decimal | null)[],
  slack: Decimal = ZERO,
): Evidence {
  const figures = parts.filter((p): p is Decimal => p !== null);
  if (total === null || figures.length === 0) return NO_EVIDENCE;
  const sum = figures.reduce((s, p) => add(s, p), ZERO);
  if (total.digits === 0n && sum.digits === 0n) return NO_EVIDENCE;
  return withinSlack(sub(total, sum), slack) ? { held: 1, broken: 0 } : { held: 0, broken: 1 };
}

export function withinSlack(difference: Decimal, slack: Decimal): boolean {
  const abs = difference.digits < 0n ? { ...difference, digits: -difference.digits } : difference;
  return compare(abs, slack) <= 0;
}

/** Half a unit of the last decimal shown, times the number of figures rounded: the most rounding can move a sum. */
export function roundingSlack(values: readonly (Decimal | null)[]): Decimal {
  let scale = 0;
  let n = 0;
  for (const v of values) {
    if (!v) continue;
    n++;
    scale = Math.max(scale, v.scale);
  }
  // A fraction Excel computed carries about 15 digits: past that, the float's own noise is the rounding.
  scale = Math.min(scale, MAX_SLACK_DECIMALS);
  // 5 × 10^-(scale+1) per figure.
  return { digits: 5n * BigInt(n), scale: scale + 1 };
}
