/**
 * The financing part of a project budget, as the own-share and matching rules need it: the line
 * "Finansiering i alt", its items, which of them are the applicant's own money (cash and valued hours,
 * never equity), and the columns where financing means something (not a deviation or a supplement).
 */
import { add, ZERO, type Decimal } from '../../../decimal/decimal';
import { normalizeLabel } from '../../../reader/labels';
import type { BudgetColumnRole } from '../../../tables/layout';
import type { BudgetInput } from '../check';
import { itemsOf } from '../relations';
import {
  COST_HEADING,
  COST_TOTAL,
  FINANCING_HEADING,
  FINANCING_TOTAL,
  NOT_OWN_FINANCING,
  OWN_FINANCING_LINE,
} from '../words';

export interface FinancingPart {
  /** Index of the "Finansiering i alt" line. */
  readonly total: number;
  /** Indexes of its items, in sheet order. */
  readonly parts: readonly number[];
  /** The items that are own financing. */
  readonly own: readonly number[];
  /** The items that are not. */
  readonly others: readonly number[];
}

/** Columns that hold amounts of the budget itself; a deviation or a supplement is not financing. */
const NOT_FINANCING_COLUMN: ReadonlySet<BudgetColumnRole> = new Set([
  'deviation',
  'deviation-pct',
  'supplementary',
]);

export function financingColumns(input: BudgetInput): number[] {
  return input.layout.columns.flatMap((c, j) => (NOT_FINANCING_COLUMN.has(c.role) ? [] : [j]));
}

/**
 * The top line that totals a project budget's costs, or its financing: labelled so ("Udgifter i alt",
 * "Finansiering i alt"), or a total whose items stand under a heading that says so ("Finansiering" above
 * its lines, "I alt" below them).
 */
export function partTotal(input: BudgetInput, part: 'costs' | 'financing'): number | null {
  const t = input.layout;
  const [named, heading] =
    part === 'costs' ? [COST_TOTAL, COST_HEADING] : [FINANCING_TOTAL, FINANCING_HEADING];
  const top = t.lines.flatMap((l, i) => (l.parent === null ? [i] : []));
  const byName = top.find((i) => named.test(normalizeLabel(t.lines[i].label)));
  if (byName !== undefined) return byName;
  const items = itemsOf(input);
  const underHeading = top.find((i) => {
    const first = items.get(i)?.[0];
    if (!t.lines[i].total || first === undefined || first === 0) return false;
    const above = first - 1;
    const empty = input.values[above].every((v) => v === null);
    return empty && t.lines[above].parent === null && heading.test(normalizeLabel(t.lines[above].label));
  });
  return underHeading ?? null;
}

export function financingPart(input: BudgetInput): FinancingPart | null {
  const t = input.layout;
  const total = partTotal(input, 'financing');
  if (total === null) return null;
  const parts = itemsOf(input).get(total) ?? [];
  if (parts.length === 0) return null;
  const isOwn = (i: number) => {
    const label = normalizeLabel(t.lines[i].label);
    return OWN_FINANCING_LINE.test(label) && !NOT_OWN_FINANCING.test(label);
  };
  return { total, parts, own: parts.filter(isOwn), others: parts.filter((i) => !isOwn(i)) };
}

/** The sum of some lines in one column, empty cells as nil. */
export function sumOf(input: BudgetInput, lines: readonly number[], j: number): Decimal {
  return lines.reduce<Decimal>((s, i) => add(s, input.values[i][j] ?? ZERO), ZERO);
}

/** Whether any of the lines has a figure in the column. */
export function anyIn(input: BudgetInput, lines: readonly number[], j: number): boolean {
  return lines.some((i) => input.values[i][j] !== null);
}
