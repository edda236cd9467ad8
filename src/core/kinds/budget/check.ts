/**
 * A budget's rules: every parent line is the sum of its children in every column; derived columns agree
 * (Korrigeret = Oprindeligt + Tillæg, Afvigelse from the budget and the expected outcome, Afvigelse i pct.);
 * an account line typed twice; numbers stored as text that Excel's SUM leaves out; an expected overspend;
 * a project budget's balance, own share and matching (krone-til-krone).
 * Minus is income in a budget, never a finding.
 */
import type { CheckParams } from '../../check/params';
import { cellReader, readDecimalAt } from '../../check/read-cells';
import { decimal, type Decimal } from '../../decimal/decimal';
import { text } from '../../findings/finding';
import { formatNumber } from '../../money/format';
import type { Finding } from '../../findings/finding';
import { cellAt, type SheetGrid } from '../../grid/grid';
import type { TableOutput } from '../../output/table-output';
import type { BudgetLayout } from '../../tables/layout';
import { agreeingTotals } from './rules/agreeing-totals';
import { balanceFindings } from './rules/balance';
import { derivedColumnFindings, type Term } from './rules/derived';
import { duplicateLineFindings } from './rules/duplicates';
import { overspendFindings } from './rules/overspend';
import { matchingFindings } from './rules/matching';
import { ownShareFindings } from './rules/own-share';
import { rowTotalFindings } from './rules/row-totals';
import { subtotalFindings } from './rules/subtotals';
import { textAmountFindings } from './rules/text-amounts';
import { pointAmounts } from './point-columns';
import { decimalsOf } from './values';

/** What the rules work on: every line's values by column, read exactly, and the table itself. */
export interface BudgetInput {
  readonly layout: BudgetLayout;
  readonly sheet: string;
  /** values[line][column]: null for an empty or unreadable cell (unreadable cells have their own finding). */
  readonly values: readonly (readonly (Decimal | null)[])[];
  readonly decimals: readonly number[];
  /**
   * Kroner per unit on the sheet: the stated unit (1.000 for t.kr.), 1 for plain amounts, or undefined when
   * the sheet states none and its one-decimal figures say they are not kroner (a mio. kr. export).
   */
  readonly scale: number | undefined;
  /** Columns whose text amounts are written with a decimal point ("77.7"), read by the column. */
  readonly pointColumns?: readonly boolean[];
}

export interface BudgetFacts {
  readonly kind: 'budget';
  readonly input: BudgetInput;
  /** Sums checked: parent lines by column, and each line's total over its years. */
  readonly totalsChecked: number;
  /** The columns the formula of each derived-column finding takes. */
  readonly derivedTerms?: ReadonlyMap<Finding, readonly Term[]>;
}

export function checkBudget(grid: SheetGrid, t: BudgetLayout, params: CheckParams): TableOutput {
  const r = cellReader(grid);
  // A column of text amounts with a decimal point is read by the column (one text-amounts warning for it),
  // not as one ambiguous number per cell.
  const rows = t.lines.map((l) => l.row);
  const points = t.columns.map((c) => pointAmounts(rows, (row) => cellAt(grid, row, c.col)));
  const values = t.lines.map((line) =>
    t.columns.map(
      (c, j) => points[j]?.get(line.row) ?? readDecimalAt(r, line.row, c.col, true)?.value ?? null,
    ),
  );
  const decimals = t.columns.map((_, j) => decimalsOf(values.map((v) => v[j])));
  const amountDecimals = Math.max(0, ...decimals.filter((_, j) => t.columns[j].role !== 'deviation-pct'));
  const scale = t.amountScale ?? (amountDecimals === 1 ? undefined : 1);
  const pointColumns = points.map((p) => p !== null);
  const input: BudgetInput = { layout: t, sheet: grid.name, values, decimals, scale, pointColumns };
  const subtotals = subtotalFindings(input);
  const rowTotals = rowTotalFindings(input);
  // A total that agrees with its parts, once the part typed wrong is put right, is not flagged.
  const derived = derivedColumnFindings(input);
  const agreeing = agreeingTotals(
    [...subtotals.relations, ...rowTotals.relations, ...derived.relations],
    values,
  );
  const sums = [...subtotals.findings, ...rowTotals.findings].filter((f) => !agreeing.has(f));
  const findings: Finding[] = [
    ...r.findings,
    ...sums,
    ...derived.findings,
    ...duplicateLineFindings(input),
    ...textAmountFindings(grid, input),
    ...overspendFindings(input),
    ...balanceFindings(input),
    ...ownShareFindings(input),
    ...matchingFindings(input, matchingRatio(t, params)),
  ];
  const facts: BudgetFacts = {
    kind: 'budget',
    input,
    totalsChecked: subtotals.checked + rowTotals.checked,
    derivedTerms: derived.terms,
  };
  const n = facts.totalsChecked;
  const checked = text(
    n === 1 ? 'én sum kontrolleret' : `${formatNumber(decimal(n), 'da')} summer kontrolleret`,
    n === 1 ? 'one total checked' : `${formatNumber(decimal(n), 'en')} totals checked`,
  );
  return {
    layout: t,
    findings,
    columns: [],
    validated: new Map(),
    facts,
    reading: {
      decisions: [
        { role: 'totals-checked', cells: '', because: checked },
        { role: 'amount-scale', cells: '', because: unitSaid(scale) },
      ],
      unsure: [],
    },
  };
}

/**
 * The matching ratio of a project budget: the one its sheet states ("krone-til-krone"), else the one the
 * user asked for (--matching). Never a default: without either, matching is not a rule.
 */
export function matchingRatio(t: BudgetLayout, params: CheckParams): Decimal | null {
  return t.statedRules?.matchingRatio ?? params.matchingRatio ?? null;
}

function unitSaid(scale: number | undefined) {
  if (scale === 1_000 || scale === 1_000_000) {
    const [da, en] = scale === 1_000 ? ['t.kr. (1.000 kr.)', 'DKK 1,000s'] : ['mio. kr.', 'DKK millions'];
    return text(
      `beløbene står i ${da}; fundene siger kroner`,
      `the amounts are in ${en}; findings say kroner`,
    );
  }
  if (scale === 1) return text('beløbene står i kroner', 'the amounts are in kroner');
  return text(
    'arket angiver ingen enhed, og tallene har én decimal; beløbene gengives som på arket, uden »kr.«',
    'the sheet states no unit and its figures have one decimal; amounts are shown as on the sheet, without "DKK"',
  );
}
