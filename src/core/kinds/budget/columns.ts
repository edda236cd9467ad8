/** The columns of a budget: what each holds, from its heading, and whether its cells are amounts. */
import type { RangePos } from '../../grid/a1';
import { isNil } from '../../numbers/nil';
import type { BudgetColumn, BudgetColumnRole } from '../../tables/layout';
import { NUMBER, NUMTEXT, TEXT, type SheetCells } from '../../reader/cells';
import { normalizeLabel, periodLabel } from '../../reader/labels';
import { roleByArithmetic } from './role-by-arithmetic';
import { AMOUNT_HEADING, BUDGET_COLUMN_WORDS, BUDGET_LIMITS, PERCENT_HEADING, TOTAL_COLUMN } from './words';

/** The role a heading names, or null when it names none (a plain year is 'amount'). */
export function budgetColumnRole(heading: string): BudgetColumnRole | null {
  const h = normalizeLabel(heading);
  if (!h) return null;
  for (const [re, role] of BUDGET_COLUMN_WORDS) {
    if (!re.test(h)) continue;
    // A share of what is spent is no amount: only a deviation in percent is read (and checked as one).
    return role !== 'deviation-pct' && PERCENT_HEADING.test(h) ? null : role;
  }
  // A bare "I alt" beside the years holds amounts too: the sum of the years.
  return periodLabel(heading) !== null || TOTAL_COLUMN.test(h) || AMOUNT_HEADING.test(h) ? 'amount' : null;
}

/** A column whose filled cells are mostly numbers (a dash counts as nil). */
export function isAmountColumn(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  let filled = 0;
  let numbers = 0;
  for (const r of rows) {
    const k = cells.kind(r, col);
    if (k === NUMBER || k === NUMTEXT) {
      filled++;
      numbers++;
    } else if (k === TEXT) {
      filled++;
      if (isNil(cells.raw(r, col))) numbers++;
    }
  }
  return numbers >= 2 && numbers / filled >= BUDGET_LIMITS.numericShare;
}

export interface FoundColumns {
  readonly columns: BudgetColumn[];
  /** How many headings name a budget column (Regnskab, Korr. budget, Afvigelse ...), not only a year. */
  readonly named: number;
}

export function budgetColumns(
  cells: SheetCells,
  rect: RangePos,
  rows: readonly number[],
  heading: (col: number) => string,
): FoundColumns {
  const columns: BudgetColumn[] = [];
  const unnamed: number[] = [];
  let named = 0;
  for (let c = rect.left; c <= rect.right; c++) {
    if (!isAmountColumn(cells, c, rows)) continue;
    const label = heading(c);
    const role = budgetColumnRole(label);
    if (role === null) {
      unnamed.push(c);
      continue;
    }
    if (role !== 'amount') named++;
    columns.push({ col: c, label, role });
  }
  // Columns the headings leave out are read where their numbers show them to be derived from named ones;
  // they add no evidence that the table is a budget.
  for (const c of unnamed) {
    const found = roleByArithmetic(cells, rows, c, columns);
    if (found) {
      const { role, ...derived } = found;
      columns.push({ col: c, label: heading(c), role, derived });
    }
  }
  columns.sort((a, b) => a.col - b.col);
  return { columns: withNetColumn(cells, rows, columns), named };
}

/**
 * Amounts under plain headings ("Udgifter | Indtægter | Netto") where one column is, line by line, the sum or
 * the difference of two others: the net of costs and income (income typed as minus or in parentheses, or
 * typed plain and subtracted). The numbers say which column it is; it is read as derived from the other two,
 * so a net figure typed wrong is found. Years and total columns ("I alt") are not such amounts: a total over
 * years is the co-financing kind's reading.
 */
function withNetColumn(
  cells: SheetCells,
  rows: readonly number[],
  columns: readonly BudgetColumn[],
): BudgetColumn[] {
  const plain = columns.filter(
    (c) =>
      c.role === 'amount' &&
      !c.derived &&
      periodLabel(c.label) === null &&
      !TOTAL_COLUMN.test(normalizeLabel(c.label)),
  );
  if (plain.length !== 3 || columns.length !== plain.length) return [...columns];
  // The rightmost column first: a net stands after what it nets.
  for (const target of [...plain].reverse()) {
    const found = roleByArithmetic(
      cells,
      rows,
      target.col,
      plain.filter((c) => c !== target),
    );
    if (!found) continue;
    const { role: _role, ...derived } = found;
    return columns.map((c) => (c === target ? { ...c, derived } : c));
  }
  return [...columns];
}

/** Whether the columns hold a net read from the arithmetic (a budget of costs and income, see withNetColumn). */
export function hasNetColumn(columns: readonly BudgetColumn[]): boolean {
  return columns.some((c) => c.role === 'amount' && c.derived !== undefined);
}
