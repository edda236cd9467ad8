/**
 * A KPI table: each target's status at the as-of date, its fulfilment, and findings for targets at
 * risk, not met, missing a baseline or past their deadline.
 */
import { compare, toNumber, type Decimal } from '../decimal/decimal';
import { finding } from '../findings/make';
import { cellAt, formatAt, isBlank } from '../grid/grid';
import { readDirection, type DirectionReading } from '../kpi/direction';
import { showDate } from '../kpi/dates';
import { readTargetCell, type TargetCell } from '../kpi/target-cell';
import type { Located } from '../located';
import { formatNumber } from '../money/format';
import { isNil } from '../numbers/nil';
import { msg } from '../numbers/number-messages';
import { readFailureFinding } from '../numbers/read-failure';
import { fail } from '../numbers/read-number';
import type { ReadingDecision } from './result';
import { text, type Text } from '../findings/finding';
import { a1 } from '../grid/a1';
import type { SheetGrid } from '../grid/grid';
import { interpretTarget } from '../kpi/interpret-target';
import { evaluateKpi, type KpiInput, type KpiStatus, type TargetType } from '../kpi/target';
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

  const decisions: ReadingDecision[] = [];
  const unsure: Text[] = [];
  for (const row of t.dataRows) {
    const read = kpiInput(r, t, row);
    decisions.push(...read.decisions);
    if (read.unsure) {
      unsure.push(read.unsure);
      findings.push(finding('reading-unsure', grid.name, a1(row, c.target), read.unsure));
      status.set(row, text('Kan ikke vurderes', 'Cannot judge'));
      continue;
    }
    const input = read.input;
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
    reading: { decisions, unsure },
    columns: [
      { header: text('Fordel: status', 'Fordel: status'), numberFormat: '@', cells: status },
      { header: text('Fordel: opfyldelse', 'Fordel: fulfilment'), numberFormat: '0%', cells: fulfilment },
    ],
  };
}

interface RowReading {
  readonly input: KpiInput | null;
  readonly decisions: ReadingDecision[];
  /** Why this row cannot be judged, and what would let Fordel judge it. */
  readonly unsure?: Text;
}

/** One row as rule input, with how it was read; a row without a readable target is reported and skipped. */
function kpiInput(r: CellReader, t: KpiLayout, row: number): RowReading {
  const grid = r.grid;
  const c = t.columns;
  const name = labelAt(grid, row, c.target);
  if (!name) return { input: null, decisions: [] };
  const typeText = c.type !== undefined ? labelAt(grid, row, c.type) : '';
  const directionText = c.direction !== undefined ? labelAt(grid, row, c.direction) : '';
  const target = readCell(r, row, c.targetValue, false);
  if (!target) return { input: null, decisions: [] };
  const cell = target;
  const actual = c.actual !== undefined ? readCell(r, row, c.actual, true) : null;
  const baseline = c.baseline !== undefined ? readCell(r, row, c.baseline, true) : null;
  const control = c.control !== undefined ? readCell(r, row, c.control, true) : null;
  const baselineYear = c.baselineYear !== undefined ? readDecimalAt(r, row, c.baselineYear, true) : null;
  const interpreted = interpretTarget(name);
  // The name's reading counts only when its number is the target's own ("10 % stigning", target 10).
  const sameNumber = interpreted !== null && compare(interpreted.value, cell.value) === 0;
  const type: TargetType =
    typeOf(typeText) ??
    (cell.points
      ? 'pp'
      : cell.relative === 'change'
        ? 'change'
        : cell.relative === 'plus'
          ? 'increase'
          : sameNumber
            ? interpreted.type
            : cell.percent && CHANGE_BY.test(name) && baseline
              ? 'change'
              : 'level');
  const dir = towardsTarget(readDirection(name, cell, directionText), cell, baseline, type);
  const where = a1(row, c.target);
  const decisions: ReadingDecision[] = [
    {
      role: 'direction',
      cells: where,
      because: text(
        `${name}: ${dir.direction === 'down' ? 'lavere er bedre' : dir.direction === 'up' ? 'højere er bedre' : 'retning ukendt'}, fordi ${dir.because.da}`,
        `${name}: ${dir.direction === 'down' ? 'lower is better' : dir.direction === 'up' ? 'higher is better' : 'direction unknown'}, because ${dir.because.en}`,
      ),
    },
  ];
  const deadline = c.deadline !== undefined ? readDateAt(r, row, c.deadline) : null;
  if (deadline) {
    const written = cellAt(grid, row, c.deadline!);
    const quoted = typeof written === 'string' ? written.trim() : null;
    decisions.push({
      role: 'deadline',
      cells: deadline.cell,
      because: quoted
        ? text(
            `fristen »${quoted}« læst som ${showDate(deadline.value, 'da')}`,
            `the deadline "${quoted}" read as ${showDate(deadline.value, 'en')}`,
          )
        : text(`fristen ${showDate(deadline.value, 'da')}`, `the deadline ${showDate(deadline.value, 'en')}`),
    });
  }
  if (dir.direction === null) {
    return {
      input: null,
      decisions,
      unsure: text(
        `${name} (${where}): Fordel kan ikke se, om højere eller lavere er bedre (${dir.because.da}). Skriv »mindst« eller »højst« foran målet, eller tilføj en kolonne »Retning«.`,
        `${name} (${where}): Fordel cannot tell whether higher or lower is better (${dir.because.en}). Write "mindst" or "højst" before the target, or add a "Retning" column.`,
      ),
    };
  }
  // 0,42 without a percent format against a target of 50 %: the unit is not certain.
  for (const other of [actual, baseline]) {
    if (
      other &&
      cell.percent &&
      !other.percent &&
      plainFraction(other.value) &&
      compare(cell.value, ONE) > 0
    ) {
      return {
        input: null,
        decisions,
        unsure: text(
          `${name} (${other.cell}): målet er i procent, men ${formatNumber(other.value, 'da')} står uden procentformat. Giv cellen procentformat (eller skriv fx »42 %«), så Fordel kan vurdere målet.`,
          `${name} (${other.cell}): the target is in percent, but ${formatNumber(other.value, 'en')} has no percent format. Format the cell as percent (or write e.g. "42 %") so Fordel can judge the target.`,
        ),
      };
    }
  }
  return {
    decisions,
    input: {
      sheet: grid.name,
      row,
      name,
      nameCell: where,
      type,
      direction: dir.direction,
      // An operator elsewhere in the name ("virksomheder under 3 år") describes who is counted, not the target.
      comparator: dir.comparator,
      target: located(cell),
      baseline: baseline ? located(baseline) : null,
      baselineYear: baselineYear ? yearOf(baselineYear.value) : (interpreted?.baselineYear ?? null),
      actual: actual ? located(actual) : null,
      control: control ? located(control) : null,
      deadline,
      show: {
        percent: cell.percent || type === 'pp',
        decimals: Math.max(cell.decimals, actual?.decimals ?? 0),
      },
    },
  };
}

const ONE: Decimal = { digits: 1n, scale: 0 };

/**
 * Where no word gives the direction, a level target below its baseline (»ufaglærte« from 25 to 20) says
 * that lower is better: the default "a level to reach" would call 21 met.
 */
function towardsTarget(
  dir: DirectionReading,
  target: ReadCell,
  baseline: ReadCell | null,
  type: TargetType,
): DirectionReading {
  if (!dir.byDefault || !baseline || type !== 'level' || compare(target.value, baseline.value) >= 0)
    return dir;
  const t = (lang: 'da' | 'en') => formatNumber(target.value, lang);
  const b = (lang: 'da' | 'en') => formatNumber(baseline.value, lang);
  return {
    direction: 'down',
    because: text(
      `målet ${t('da')} ligger under udgangspunktet ${b('da')} i ${baseline.cell}`,
      `the target ${t('en')} is below the baseline ${b('en')} in ${baseline.cell}`,
    ),
  };
}
const CHANGE_BY = /(?:øge[st]?|stige|reducere[st]?|nedbringe[st]?|falde)\s+med|stigning|reduktion|\bfald\b/iu;

function plainFraction(d: Decimal): boolean {
  return d.scale > 0 && compare(d, ONE) < 0 && d.digits > 0n;
}

type ReadCell = TargetCell & { readonly cell: string };

function readCell(r: CellReader, row: number, col: number, optional: boolean): ReadCell | null {
  const raw = cellAt(r.grid, row, col);
  if (isBlank(raw) || isNil(raw)) {
    if (!optional)
      r.findings.push(readFailureFinding(fail('missing-value', msg.empty()), r.grid.name, a1(row, col)));
    return null;
  }
  const read = readTargetCell(raw, formatAt(r.grid, row, col));
  if (!read.ok) {
    r.findings.push(readFailureFinding(read, r.grid.name, a1(row, col)));
    return null;
  }
  return { ...read, cell: a1(row, col) };
}

function located(c: ReadCell): Located<Decimal> {
  return { value: c.value, cell: c.cell };
}

function typeOf(s: string): TargetType | null {
  const t = s.toLowerCase();
  if (!t) return null;
  if (/procentpoint|pct\.?-?point|percentage point|\bpp\b/.test(t)) return 'pp';
  if (/ændring|aendring|stigning|fald|change|relativ|increase|decrease/.test(t)) return 'change';
  if (/niveau|level|absolut/.test(t)) return 'level';
  return null;
}

function yearOf(d: Decimal): number | null {
  const y = Math.trunc(toNumber(d));
  return y >= 1900 && y <= 2200 ? y : null;
}
