/**
 * A budget is found by what only budgets have: columns named as budgets name them (Regnskab, Korrigeret
 * budget, Forslag, Budgetoverslag, Forventet regnskab, Afvigelse), or account lines whose codes form a
 * chart of accounts that the sums confirm. A short list of financing sources with no costs is left to the
 * co-financing kind.
 */
import type { RangePos } from '../../grid/a1';
import { isNil } from '../../numbers/nil';
import { BLANK, TEXT, type SheetCells } from '../../reader/cells';
import { isSingleTextRow, tableBody } from '../../reader/body';
import { role, type ColumnRoles, type Detected, type DetectOptions } from '../../reader/detect-types';
import { headerArea } from '../../reader/header-area';
import { isTotalLabel, normalizeLabel, periodLabel } from '../../reader/labels';
import { classifySource, isFundingSource } from '../cofinancing/classify-source';
import type { BudgetColumn, BudgetLayout, BudgetLine } from '../../tables/layout';
import { codeOf, codesOf } from './codes';
import { budgetColumnRole, budgetColumns, hasNetColumn } from './columns';
import { findHierarchy } from './hierarchy';
import { pointAmounts } from './point-columns';
import { decimalsOf } from './values';
import {
  ACCOUNT_HEADING,
  BREAKDOWN_LINE,
  BUDGET_LIMITS,
  COST_LINE,
  COST_TOTAL,
  FINANCING_HEADING,
  FINANCING_TOTAL,
  GRAND_TOTAL_LINE,
  STATISTIC_LINE,
  TOTAL_LINE,
} from './words';

type BudgetPart = Omit<
  BudgetLayout,
  'id' | 'sheet' | 'range' | 'headerRow' | 'title' | 'source' | 'excelTable' | 'priceLevel'
>;

export function detectBudget(
  cells: SheetCells,
  rect: RangePos,
  headerRow: number,
  opts: DetectOptions = {},
): Detected | null {
  const forced = opts.kind === 'budget';
  const area = headerArea(cells, rect, headerRow);
  // A title line ("Budget 2026-2028 (kr.)") over the line that names the columns is no header: the reading
  // from the line below names the columns where they stand.
  if (area.bottom > headerRow && cells.kind(headerRow, rect.left) === TEXT) {
    if (isSingleTextRow(cells, headerRow, rect.left, rect.right) && !mergedDown(cells, headerRow, rect.left))
      return null;
  }
  const body = tableBody(cells, rect, headerRow);
  if (body.rows.length < 2) return null;
  const read = budgetColumns(cells, rect, body.rows, (c) => area.text(c));
  const named = read.named;
  const columns = withUserColumns(read.columns, opts.roles, (c) => area.text(c));
  if (columns.length === 0) return null;
  // A first line with words where the amounts stand is a second header line: the header is lower down. A
  // line of words alone before it ("Samlet beløb til fordeling: ...") is a note under the title, not a line.
  const first = body.rows.find((r) => columns.some((c) => cells.kind(r, c.col) !== BLANK));
  if (
    first !== undefined &&
    columns.some((c) => cells.kind(first, c.col) === TEXT && !isNil(cells.raw(first, c.col)))
  )
    return null;
  const labelCol = role(opts.roles, 'label') ?? labelColumn(cells, rect, body.rows, columns[0].col);
  if (labelCol === null) return null;
  const codeCol = role(opts.roles, 'code') ?? codeColumn(cells, labelCol, body.rows);

  const rows = ownRows(
    cells,
    body.rows.filter((r) => cells.text(r, labelCol) || columns.some((c) => cells.isNumeric(r, c.col))),
    columns.map((c) => c.col),
  );
  const labels = rows.map((r) => cells.text(r, labelCol));
  const codes = codesOf(rows.map((r, i) => (codeCol !== null ? cells.text(r, codeCol) : labels[i])));
  const accounts = ACCOUNT_HEADING.test(normalizeLabel(area.text(labelCol)));
  // Without budget headings or a heading over the accounts, only codes or a project's costs and financing make
  // a budget (the evidence below): a table with neither is told now, before its lines are weighed.
  const netted = hasNetColumn(columns);
  if (!forced && named === 0 && !accounts && !netted && !codesOrProject(labels, codes)) return null;
  // Amounts written with a decimal point as text (an English export opened in Danish) count by their column.
  const points = columns.map((c) => pointAmounts(rows, (r) => cells.raw(r, c.col)));
  const values = rows.map((r) => columns.map((c, j) => cells.number(r, c.col) ?? points[j]?.get(r) ?? null));
  const decimals = columns.map((_, j) => decimalsOf(values.map((line) => line[j])));
  // Lines a user marked as sums are the only ones; the words decide otherwise.
  const marked = opts.totalLines ? new Set(opts.totalLines) : null;
  const facts = labels.map((l, i) => {
    const folded = normalizeLabel(l);
    const total = marked ? marked.has(rows[i]) : isTotalLabel(l) || TOTAL_LINE.test(folded);
    return {
      digits: codes[i].digits,
      total,
      breakdown: BREAKDOWN_LINE.test(folded),
      grand: total && GRAND_TOTAL_LINE.test(folded),
      statistic: codes[i].digits === null && STATISTIC_LINE.test(folded),
      outline: cells.outlineLevel(rows[i]),
      indent: cells.indent(rows[i], labelCol),
    };
  });
  const additive = columns.map((c) => c.role !== 'deviation-pct');
  const hierarchy = findHierarchy(facts, values, decimals, additive);
  const coded = codes.filter((c) => c.digits !== null).length;

  // The evidence: budget headings, a chart of accounts the sums confirm or its level named over the lines,
  // or a project budget's costs and financing. Years alone are not enough.
  const byCodes = hierarchy.kind === 'codes' || (coded >= 5 && coded / rows.length >= 0.6);
  const project = projectBudget(labels, facts, hierarchy.parents);
  // A net of costs and income counts when a line sums the lines above it as well: that is a budget's shape.
  const confirmedNet = netted && hierarchy.parents.some((p) => p !== null);
  if (!forced && named === 0 && !byCodes && !project && !accounts && !confirmedNet) return null;
  // Kontonumre beside a few financing sources do not make a budget: only a chart the sums confirm does. Nor
  // do years under "Budget"; but stages of an appropriation ("Oprindeligt budget | Tillægsbevilling |
  // Korrigeret budget", "Forbrug") are no periods, and only the budget reading checks sources under them.
  const stages = columns.some(
    (c) => !c.derived && c.role !== 'budget' && c.role !== 'amount' && periodLabel(c.label) === null,
  );
  if (!forced && hierarchy.kind !== 'codes' && !stages && financingOnly(labels, facts)) return null;
  if (!forced && !byCodes && !project && yearsWithTotalColumn(cells, rect, headerRow, columns)) return null;

  const lines: BudgetLine[] = rows.map((row, i) => ({
    row,
    code: codes[i].code,
    label: labels[i],
    parent: hierarchy.parents[i] === null ? null : rows[hierarchy.parents[i]!],
    ...(facts[i].breakdown ? { breakdown: true } : {}),
    ...(facts[i].total ? { total: true } : {}),
    ...(facts[i].statistic ? { statistic: true } : {}),
  }));
  const part: BudgetPart = {
    kind: 'budget',
    labelCol,
    codeCol,
    columns,
    lines,
    hierarchy: hierarchy.kind,
  };
  const last = rows[rows.length - 1];
  return {
    part,
    range: { top: area.top, left: rect.left, bottom: last, right: rect.right },
    headerRow,
    notes: body.notes,
  };
}

/**
 * The amount columns a user named in a correction ("amounts"), each with the role its heading names (or plain
 * amounts), and the column of the year's budget ("budget"), which takes the role 'budget' from any other.
 */
function withUserColumns(
  found: readonly BudgetColumn[],
  roles: ColumnRoles | undefined,
  heading: (col: number) => string,
): BudgetColumn[] {
  const of = (col: number): BudgetColumn =>
    found.find((c) => c.col === col) ?? {
      col,
      label: heading(col),
      role: budgetColumnRole(heading(col)) ?? 'amount',
    };
  let out = roles?.amounts ? roles.amounts.map(of) : [...found];
  const budget = role(roles, 'budget');
  if (budget === undefined) return out;
  if (!out.some((c) => c.col === budget)) out = [...out, of(budget)].sort((a, b) => a.col - b.col);
  return out.map((c) =>
    c.col === budget ? { ...c, role: 'budget' } : c.role === 'budget' ? { ...c, role: 'amount' } : c,
  );
}

/**
 * The budget's own rows: a row with words where the amounts stand is the header of a table stacked below
 * ("Finansiering | 2012 | 2013 | I alt"); the budget ends above it and above that table's title.
 */
function ownRows(cells: SheetCells, rows: readonly number[], amountCols: readonly number[]): number[] {
  const isYear = (r: number, c: number) => /^(?:19|20)\d\d$/.test(cells.text(r, c));
  // Words in an amount column and no amount beside them, only years: a header line, not a note ("n/a").
  const words = (r: number) =>
    amountCols.some((c) => cells.kind(r, c) === TEXT && !isNil(cells.raw(r, c))) &&
    amountCols.every((c) => !cells.isNumeric(r, c) || isYear(r, c));
  const end = rows.findIndex((r, i) => i >= 2 && words(r));
  if (end < 0) return [...rows];
  const out = rows.slice(0, end);
  while (out.length && amountCols.every((c) => !cells.isNumeric(out[out.length - 1], c))) out.pop();
  return out;
}

/** Whether the cell starts a merge that runs down (a heading over the label column, not a title). */
function mergedDown(cells: SheetCells, row: number, col: number): boolean {
  return (cells.grid.merges ?? []).some((m) => m.top === row && m.left === col && m.bottom > row);
}

/**
 * The text column left of the first amount column that names the lines: the one with the most different
 * texts, not a hidden helper column or a column of ticks ("tjekket") beside the names.
 */
function labelColumn(
  cells: SheetCells,
  rect: RangePos,
  rows: readonly number[],
  firstAmount: number,
): number | null {
  const hidden = new Set(cells.grid.hiddenCols ?? []);
  let best: number | null = null;
  let bestDistinct = 0;
  for (let c = rect.left; c < firstAmount; c++) {
    // Names are words: a column of dashes ("-" for nothing) or of codes names no lines.
    const texts = rows
      .filter((r) => cells.kind(r, c) === TEXT)
      .map((r) => cells.text(r, c))
      .filter((t) => /\p{L}/u.test(t));
    if (texts.length < Math.max(2, rows.length / 2)) continue;
    const distinct = new Set(texts).size - (hidden.has(c) ? rows.length : 0);
    if (best === null || distinct >= bestDistinct) [best, bestDistinct] = [c, distinct];
  }
  return best;
}

/** A column of codes of its own just left of the labels ("00.25.10" beside "Folkeskoler"). */
function codeColumn(cells: SheetCells, labelCol: number, rows: readonly number[]): number | null {
  for (let c = labelCol - 1; c >= Math.max(0, labelCol - 2); c--) {
    const coded = rows.filter(
      (r) => codeOf(cells.text(r, c)).digits !== null && !/\s\S/.test(cells.text(r, c)),
    ).length;
    if (coded >= Math.max(2, rows.length * 0.6)) return c;
  }
  return null;
}

/**
 * Whether the lines could be read as a budget by their codes or as a project budget: enough coded lines (the
 * least of what byCodes and findHierarchy ask), or a financing line and two cost lines (what projectBudget
 * asks, its sums aside). False means neither reading can hold, whatever the sums.
 */
function codesOrProject(
  labels: readonly string[],
  codes: readonly { readonly digits: string | null }[],
): boolean {
  const coded = codes.filter((c) => c.digits !== null).length;
  const share = coded / labels.length;
  if (coded >= 5 && share >= 0.6) return true;
  if (coded >= BUDGET_LIMITS.minCodedLines && share >= BUDGET_LIMITS.codedShare) return true;
  const folded = labels.map(normalizeLabel);
  return (
    folded.some((l) => FINANCING_TOTAL.test(l) || FINANCING_HEADING.test(l) || COST_TOTAL.test(l)) &&
    folded.filter((l) => COST_LINE.test(l)).length >= 2
  );
}

/**
 * A few financing sources and their total, with no costs: that is a co-financing table even when its
 * columns say "Budget 2025".
 */
/**
 * A grant application's project budget under plain years: cost lines (løn, konsulenter, drift ...), a
 * financing part ("Finansiering" over its lines, or "Finansiering i alt"), and sums that confirm two
 * totals at least, one for each part.
 */
function projectBudget(
  labels: readonly string[],
  facts: readonly { total: boolean; breakdown: boolean }[],
  parents: readonly (number | null)[],
): boolean {
  const folded = labels.map(normalizeLabel);
  const costs = folded.filter((l, i) => !facts[i].total && COST_LINE.test(l)).length;
  const financing = folded.some((l) => FINANCING_TOTAL.test(l) || FINANCING_HEADING.test(l));
  const sums = new Set(parents.filter((p) => p !== null)).size;
  if (costs >= 2 && financing && sums >= 2) return true;
  // The costs alone under their total ("Udgifter i alt"), which is the one sum they claim.
  const costTotal = folded.some((l, i) => facts[i].total && COST_TOTAL.test(l));
  return costs >= 2 && !financing && costTotal && sums >= 1;
}

function financingOnly(
  labels: readonly string[],
  facts: readonly { total: boolean; breakdown: boolean }[],
): boolean {
  // "heraf løn" under a source says what the money is spent on; it does not make the table a budget.
  const parts = labels.filter((l, i) => !facts[i].total && !facts[i].breakdown && l);
  if (parts.length === 0 || parts.length > 12) return false;
  if (parts.some((l) => COST_LINE.test(normalizeLabel(l)))) return false;
  const sources = parts.filter((l) => isFundingSource(classifySource(l))).length;
  return sources >= 2 && sources >= parts.length / 2;
}

/**
 * Years under the word "Budget" and nothing else a budget names (no accounts, corrections or deviations),
 * beside an "I alt" column: a plan over years that the co-financing kind reads with its total column. Read
 * as a budget, that column would go unchecked, and a wrong total in it unnoticed.
 */
function yearsWithTotalColumn(
  cells: SheetCells,
  rect: RangePos,
  headerRow: number,
  columns: readonly BudgetColumn[],
): boolean {
  // A column read from the arithmetic (a hidden "=F5/1000" that happens to fit a difference) names nothing.
  const named = columns.filter((c) => !c.derived);
  if (named.length < 2 || named.some((c) => c.role !== 'budget' && c.role !== 'amount')) return false;
  // The column's own name, under any group title: "I alt" under "Budget" is still the total.
  const own = (c: number) => cells.text(headerRow, c);
  const years = named.filter((c) => periodLabel(own(c.col)) !== null).length;
  if (years < 2) return false;
  for (let c = rect.left; c <= rect.right; c++) if (isTotalLabel(own(c))) return true;
  return false;
}
