/**
 * A KPI table: each target's status at the as-of date, its fulfilment, and findings for targets at
 * risk, not met, missing a baseline or past their deadline.
 */
import type { Decimal } from '../decimal/decimal';
import { toNumber } from '../decimal/decimal';
import { text, type Text } from '../findings/finding';
import { a1 } from '../grid/a1';
import type { SheetGrid } from '../grid/grid';
import { interpretTarget } from '../kpi/interpret-target';
import { evaluateKpi, type Direction, type KpiInput, type KpiStatus, type TargetType } from '../kpi/target';
import type { OutValue } from '../output/plan';
import type { KpiLayout } from '../tables/layout';
import type { KpiFacts } from '../diagnose/facts';
import type { CheckParams } from './params';
import { cellReader, labelAt, readDateAt, readDecimalAt, type CellReader } from './read-cells';
import { key, type TableOutput } from '../output/table-output';

const STATUS: Record<KpiStatus, Text> = {
  met: text('Nået', 'Met'),
  'on-track': text('På vej', 'On track'),
  'at-risk': text('I fare', 'At risk'),
  'not-met': text('Ikke nået', 'Not met'),
  'no-data': text('Ingen data', 'No data'),
};

export function checkKpiTable(grid: SheetGrid, t: KpiLayout, params: CheckParams): TableOutput {
  const r = cellReader(grid);
  const c = t.columns;
  const status = new Map<number, Text>();
  const fulfilment = new Map<number, OutValue>();
  const findings = [];
  const validated = new Map<string, number | string | null>();
  const evaluated: KpiFacts['rows'][number][] = [];

  for (const row of t.dataRows) {
    const input = kpiInput(r, t, row);
    if (!input) continue;
    const result = evaluateKpi(input, params.asOf);
    evaluated.push({ input, result });
    findings.push(...result.findings);
    status.set(row, STATUS[result.status]);
    if (result.fulfilment) fulfilment.set(row, toNumber(result.fulfilment) / 100);
    for (const col of [c.baseline, c.targetValue, c.actual, c.control]) {
      if (col === undefined) continue;
      const v = [input.baseline, input.target, input.actual, input.control].find(
        (x) => x?.cell === a1(row, col),
      );
      if (v && params.validated) validated.set(key(row, col), toNumber(v.value));
    }
  }
  return {
    layout: t,
    findings: [...r.findings, ...findings],
    validated,
    facts: { kind: 'kpi', rows: evaluated },
    columns: [
      { header: text('Fordel: status', 'Fordel: status'), numberFormat: '@', cells: status },
      { header: text('Fordel: opfyldelse', 'Fordel: fulfilment'), numberFormat: '0%', cells: fulfilment },
    ],
  };
}

/** One row as rule input; a row without a readable target is reported and skipped. */
function kpiInput(r: CellReader, t: KpiLayout, row: number): KpiInput | null {
  const grid = r.grid;
  const c = t.columns;
  const name = labelAt(grid, row, c.target);
  if (!name) return null;
  const typeText = c.type !== undefined ? labelAt(grid, row, c.type) : '';
  const directionText = c.direction !== undefined ? labelAt(grid, row, c.direction) : '';
  const interpreted = interpretTarget(name);
  const target = readDecimalAt(r, row, c.targetValue);
  if (!target) return null;
  const baselineYear = c.baselineYear !== undefined ? readDecimalAt(r, row, c.baselineYear, true) : null;
  return {
    sheet: grid.name,
    row,
    name,
    nameCell: a1(row, c.target),
    type: typeOf(typeText) ?? interpreted?.type ?? 'level',
    direction: directionOf(directionText) ?? interpreted?.direction ?? 'up',
    comparator: interpreted?.comparator,
    target,
    baseline: c.baseline !== undefined ? readDecimalAt(r, row, c.baseline, true) : null,
    baselineYear: baselineYear ? yearOf(baselineYear.value) : (interpreted?.baselineYear ?? null),
    actual: c.actual !== undefined ? readDecimalAt(r, row, c.actual, true) : null,
    control: c.control !== undefined ? readDecimalAt(r, row, c.control, true) : null,
    deadline: c.deadline !== undefined ? readDateAt(r, row, c.deadline) : null,
  };
}

function typeOf(s: string): TargetType | null {
  const t = s.toLowerCase();
  if (!t) return null;
  if (/procentpoint|pct\.?-?point|percentage point|\bpp\b/.test(t)) return 'pp';
  if (/ændring|aendring|stigning|fald|change|relativ|increase|decrease/.test(t)) return 'change';
  if (/niveau|level|absolut/.test(t)) return 'level';
  return null;
}

function directionOf(s: string): Direction | null {
  const t = s.toLowerCase();
  if (/lavere|lower|ned|fald|down|mindre/.test(t)) return 'down';
  if (/højere|hoejere|higher|op|up|større|stoerre/.test(t)) return 'up';
  return null;
}

function yearOf(d: Decimal): number | null {
  const y = Math.trunc(toNumber(d));
  return y >= 1900 && y <= 2200 ? y : null;
}
