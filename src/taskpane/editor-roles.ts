/**
 * The roles "Ret læsningen" lets the user set, per kind of table and, for co-financing, per way the periods
 * run. The names are the core's override roles (core/reader/overrides.ts), which the reader applies.
 */
import type { Strings } from './i18n';
import type { PaneKind } from './kinds';
import type { ColumnChoice } from './overrides';
import { roleLetter } from './overrides';

export type Orientation = 'columns' | 'rows';

export interface ColumnRoleField {
  readonly role: string;
  readonly label: keyof Strings;
  /** Several columns (periods, sources): checkboxes rather than one choice. */
  readonly many?: boolean;
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

const KPI: readonly ColumnRoleField[] = [
  { role: 'target', label: 'editorTarget' },
  { role: 'targetValue', label: 'editorTargetValue' },
  { role: 'actual', label: 'editorActual' },
  { role: 'baseline', label: 'editorBaseline' },
  { role: 'deadline', label: 'editorDeadline' },
  { role: 'unit', label: 'editorKpiUnit' },
  { role: 'direction', label: 'editorDirection' },
];

export function columnRoleFields(kind: PaneKind, orientation: Orientation): readonly ColumnRoleField[] {
  if (kind === 'cofinancing') return orientation === 'rows' ? COFINANCING_DOWN : COFINANCING_ACROSS;
  if (kind === 'apportionment') return SPLIT;
  if (kind === 'kpi') return KPI;
  // A budget's columns are read from its headers; the editor sets its kind, rows and unit.
  return [];
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
