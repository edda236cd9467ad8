/**
 * The roles "Ret læsningen" lets the user set, per kind of table and, for co-financing, per way the periods
 * run. The names are the core's override roles (core/reader/overrides.ts), which the reader applies.
 */
import type { Strings } from './i18n';
import type { PaneKind } from './kinds';
import type { ColumnChoice, RowChoice } from './overrides';
import { roleLetter } from './overrides';

export type Orientation = 'columns' | 'rows';

/** Which way a split's parties run: one a row (down) or one a column (across). */
export type SplitWay = 'down' | 'across';

export interface ColumnRoleField {
  readonly role: string;
  readonly label: keyof Strings;
  /** Several columns (periods, sources): checkboxes rather than one choice. */
  readonly many?: boolean;
  /** A row rather than a column (a split laid out across): stored as the row's number, "3". */
  readonly row?: boolean;
}

const COFINANCING_ACROSS: readonly ColumnRoleField[] = [
  { role: 'label', label: 'editorLabelCol' },
  { role: 'periods', label: 'editorPeriodCols', many: true },
  { role: 'total', label: 'editorTotalCol' },
];

// Periods down the rows: one column of period labels, a column per source, maybe an "I alt" column.
const COFINANCING_DOWN: readonly ColumnRoleField[] = [
  { role: 'periods', label: 'editorPeriodLabelCol' },
  { role: 'sources', label: 'editorSourceCols', many: true },
  { role: 'total', label: 'editorTotalCol' },
];

const SPLIT: readonly ColumnRoleField[] = [
  { role: 'party', label: 'editorParty' },
  { role: 'key', label: 'editorKey' },
  { role: 'share', label: 'editorShare' },
  { role: 'amount', label: 'editorAmount' },
];

// Parties as columns: the party names, the key, the shares and the amounts are rows; the total is a column.
const SPLIT_ACROSS: readonly ColumnRoleField[] = [
  { role: 'party', label: 'editorPartyRow', row: true },
  { role: 'key', label: 'editorKeyRow', row: true },
  { role: 'share', label: 'editorShareRow', row: true },
  { role: 'amount', label: 'editorAmountRow', row: true },
];

// A budget: the lines' names (and codes), the columns of amounts, and which of them is the year's budget.
const BUDGET: readonly ColumnRoleField[] = [
  { role: 'label', label: 'editorBudgetLabel' },
  { role: 'code', label: 'editorBudgetCode' },
  { role: 'amounts', label: 'editorBudgetAmounts', many: true },
  { role: 'budget', label: 'editorBudgetYear' },
];

const KPI: readonly ColumnRoleField[] = [
  { role: 'target', label: 'editorTarget' },
  { role: 'targetValue', label: 'editorTargetValue' },
  { role: 'actual', label: 'editorActual' },
  { role: 'baseline', label: 'editorBaseline' },
  { role: 'deadline', label: 'editorDeadline' },
  { role: 'unit', label: 'editorKpiUnit' },
  { role: 'direction', label: 'editorDirection' },
];

export function columnRoleFields(
  kind: PaneKind,
  orientation: Orientation,
  splitWay: SplitWay = 'down',
): readonly ColumnRoleField[] {
  if (kind === 'cofinancing') return orientation === 'rows' ? COFINANCING_DOWN : COFINANCING_ACROSS;
  if (kind === 'apportionment') return splitWay === 'across' ? SPLIT_ACROSS : SPLIT;
  if (kind === 'kpi') return KPI;
  if (kind === 'budget') return BUDGET;
  return [];
}

/** A stored row ("3", or the row's name: "Indbyggere") as the row number the editor shows, '' if none. */
export function rowNumberOf(spec: string | undefined, rows: readonly RowChoice[]): string {
  if (!spec) return '';
  if (/^\s*\d+\s*$/.test(spec)) return spec.trim();
  const wanted = spec.trim().toLowerCase();
  const found = rows.find((r) => r.text.toLowerCase() === wanted);
  return found ? String(found.row + 1) : '';
}

/** A stored list of columns ("B,C,D", "B:D" or header texts) as the letters the editor ticks. */
export function lettersOf(spec: string | undefined, choices: readonly ColumnChoice[]): string[] {
  if (!spec) return [];
  const out: string[] = [];
  for (const part of spec.split(/[,;]/)) {
    const span = /^\s*([A-Za-z]{1,3})\s*:\s*([A-Za-z]{1,3})\s*$/.exec(part);
    if (span) {
      const from = choices.findIndex((c) => c.letter === span[1].toUpperCase());
      const to = choices.findIndex((c) => c.letter === span[2].toUpperCase());
      if (from >= 0 && to >= from) out.push(...choices.slice(from, to + 1).map((c) => c.letter));
      continue;
    }
    const letter = roleLetter(part.trim(), choices);
    if (letter) out.push(letter);
  }
  // Header text may itself hold a comma: try the whole spec as one header too.
  if (out.length === 0) {
    const whole = roleLetter(spec, choices);
    if (whole) out.push(whole);
  }
  return [...new Set(out)];
}
