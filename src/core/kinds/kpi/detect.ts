/** KPI / target lists: a name per target, a target value, and optional baseline, actual, deadline ... */
import type { RangePos } from '../../grid/a1';
import type { KpiColumns } from '../../tables/layout';
import { readTargetCell } from './rules/target-cell';
import { splitFromTo } from './rules/from-to';
import { isTextColumn, tableBody } from '../../reader/body';
import { BLANK, type SheetCells } from '../../reader/cells';
import { role, type Detected, type DetectOptions } from '../../reader/detect-types';
import { kpiHeaderRole, kpiHeaderRoles, type KpiHeaderRole, type KpiRole } from '../../reader/labels';
import { holdsDeadlines, holdsYears } from './column-content';
import { findSeries, targetYearOf } from './series';

/** Roles that hold a figure of the target: never a column of years. */
const VALUE_ROLES: ReadonlySet<KpiHeaderRole> = new Set(['targetValue', 'actual', 'baseline', 'control']);

const ROLE_NAMES: readonly KpiRole[] = [
  'target',
  'unit',
  'baseline',
  'baselineYear',
  'targetValue',
  'actual',
  'deadline',
  'method',
  'direction',
  'type',
  'control',
];

export function detectKpi(
  cells: SheetCells,
  rect: RangePos,
  headerRow: number,
  opts: DetectOptions = {},
): Detected | null {
  const forced = opts.kind === 'kpi';
  const found: Partial<Record<KpiRole, number>> = {};
  const weak: number[] = [];
  const names: number[] = [];
  const body0 = tableBody(cells, rect, headerRow);
  // The header's words suggest roles; the cells decide: a column of counts is no deadline, years no value.
  const fits = (r: KpiHeaderRole, c: number) =>
    r === 'deadline'
      ? holdsDeadlines(cells, c, body0.rows)
      : VALUE_ROLES.has(r)
        ? !holdsYears(cells, c, body0.rows, cells.text(headerRow, c))
        : true;
  for (let c = rect.left; c <= rect.right; c++) {
    const text = cells.text(headerRow, c);
    // "2027-mål": a target for a year is a target value, whatever else its words say.
    const roles = kpiHeaderRoles(text);
    // "Baseline (år)" over 2009, 2010: the year of the baseline, not its figure (nor the deadline).
    const baselineYears =
      roles.includes('baseline') && holdsYears(cells, c, body0.rows, text) ? 'baselineYear' : undefined;
    const r = targetYearOf(text) !== null ? 'targetValue' : (baselineYears ?? roles.find((x) => fits(x, c)));
    if (r === undefined) continue;
    if (r === 'weak-target') weak.push(c);
    else if (r === 'target') names.push(c);
    else if (found[r] === undefined) found[r] = c;
    // Two columns that could hold the results ("Status (egen vurdering)" with words, "Resultat" with
    // figures): the one holding figures is the result; the other is the user's own note.
    else if (r === 'actual' && targetShare(cells, c, body0.rows) > targetShare(cells, found[r]!, body0.rows))
      found[r] = c;
  }
  // "Indikator | Målsætning": two name-like headers; the one that holds targets ("300.000", "maks. 300.000 t")
  // is the target value.
  for (const c of names) {
    const values = holdsTargets(cells, c, body0.rows);
    if (found.target === undefined && !values) found.target = c;
    else if (found.targetValue === undefined && values) found.targetValue = c;
  }
  if (found.target === undefined && names.length) found.target = names.find((c) => c !== found.targetValue);
  const strongName = found.target !== undefined;
  // A bare "Mål"/"Target" is the name when a value column exists or it holds names, else the value (or both,
  // in order).
  for (const c of weak) {
    const names = !holdsTargets(cells, c, body0.rows);
    if (found.target === undefined && (found.targetValue !== undefined || weak.length > 1 || names))
      found.target = c;
    else if (
      found.targetValue === undefined &&
      found.target !== undefined &&
      names &&
      targetShare(cells, found.target, body0.rows) > targetShare(cells, c, body0.rows)
    ) {
      // "Mål | Målsætning": both headers could name the targets; the cells decide. The column holding more
      // figures ("30", "mindst 25") is the target value, the other the names.
      found.targetValue = found.target;
      found.target = c;
    } else if (found.targetValue === undefined) found.targetValue = c;
  }
  // "Mål | Niveau | Resultat 2025 | Frist" (or the result first): with the name and a result or deadline
  // found, the first untaken column of targets before the deadline is the target value, whatever its header;
  // with the deadline right after the name ("Mål | Frist | Resultat 2025 | Niveau"), the first one after it.
  if (found.target !== undefined && found.targetValue === undefined) {
    const taken = new Set(Object.values(found));
    for (let c = found.target + 1; c <= rect.right && found.targetValue === undefined; c++) {
      if (
        !taken.has(c) &&
        kpiHeaderRole(cells.text(headerRow, c)) === null &&
        holdsTargets(cells, c, body0.rows) &&
        !holdsYears(cells, c, body0.rows, cells.text(headerRow, c))
      )
        if (found.actual !== undefined || found.deadline !== undefined) found.targetValue = c;
    }
  }
  const body = body0;
  // "Målår" over 2027: the year the target is to be met, the deadline when no column says one.
  if (found.deadline === undefined && found.targetValue !== undefined) {
    const taken = new Set(Object.values(found));
    for (let c = rect.left; c <= rect.right && found.deadline === undefined; c++) {
      if (!taken.has(c) && holdsYears(cells, c, body.rows, cells.text(headerRow, c))) found.deadline = c;
    }
  }
  if (found.target === undefined) {
    for (let c = rect.left; c <= rect.right && found.target === undefined; c++) {
      if (!Object.values(found).includes(c) && isTextColumn(cells, c, body.rows)) found.target = c;
    }
  }
  for (const name of ROLE_NAMES) {
    const forcedCol = role(opts.roles, name);
    if (forcedCol !== undefined) found[name] = forcedCol;
  }
  if (forced) {
    found.target ??= rect.left;
    if (found.targetValue === undefined) {
      for (let c = rect.left; c <= rect.right && found.targetValue === undefined; c++) {
        if (c !== found.target && body.rows.some((r) => cells.isNumeric(r, c))) found.targetValue = c;
      }
    }
  }
  // Results per year beside a target for a later year: the series gives the result and the baseline per row.
  const series =
    found.targetValue !== undefined && found.actual === undefined
      ? findSeries(cells, headerRow, rect.left, found.targetValue, body0.rows)
      : null;
  if (series) {
    found.actual = series.years[series.years.length - 1].col;
    found.baseline ??= series.years[0].col;
  }
  const { target, targetValue } = found;
  if (target === undefined || targetValue === undefined || target === targetValue) return null;
  const others = ROLE_NAMES.filter((n) => n !== 'target' && n !== 'targetValue' && found[n] !== undefined);
  if (!forced && !strongName && others.length === 0) return null;

  const columns: KpiColumns = { ...pick(found), target, targetValue };
  const dataRows = body.rows.filter((r) => cells.kind(r, target) !== BLANK);
  if (!forced && dataRows.length === 0) return null;
  const bottom = body.rows.length ? body.rows[body.rows.length - 1] : headerRow;
  return {
    part: {
      kind: 'kpi',
      columns,
      dataRows,
      ...(series ? { series: series.years, targetYear: series.targetYear } : {}),
    },
    range: { top: headerRow, left: rect.left, bottom, right: rect.right },
    headerRow,
    notes: body.notes,
  };
}

function pick(found: Partial<Record<KpiRole, number>>): Partial<KpiColumns> {
  const out: Partial<Record<KpiRole, number>> = {};
  for (const name of ROLE_NAMES) if (found[name] !== undefined) out[name] = found[name];
  return out as Partial<KpiColumns>;
}

/** The line's cell in the target column reads as a target ("5 pp", "mindst 70", "fra 1,7 % til 2,5 %"). */
export function statesTarget(cells: SheetCells, row: number, col: number): boolean {
  if (cells.kind(row, col) === BLANK) return false;
  const raw = cells.raw(row, col);
  const fromTo = splitFromTo(raw);
  return cells.isNumeric(row, col) || readTargetCell(fromTo ? fromTo.to : raw, null).ok;
}

/** Most filled cells of the column read as target values: numbers, or "mindst 70", "maks. 300.000 t". */
function holdsTargets(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  return targetShare(cells, col, rows) > 0.5;
}

/**
 * The share of a column's filled cells that read as a target ("30", "mindst 25 %", "fra 1,7 % til 2,5 %");
 * 0 for an empty column.
 */
function targetShare(cells: SheetCells, col: number, rows: readonly number[]): number {
  let filled = 0;
  let targets = 0;
  for (const r of rows.slice(0, 200)) {
    const k = cells.kind(r, col);
    if (k === BLANK) continue;
    filled++;
    // "fra 1,7 % til 2,5 %" is a target too: the figure after "til" (rules/from-to.ts).
    if (statesTarget(cells, r, col)) targets++;
  }
  return filled > 0 ? targets / filled : 0;
}
