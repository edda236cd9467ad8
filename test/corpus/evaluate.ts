/**
 * Compares what Fordel says about a case with what a careful colleague would say: expected findings found,
 * false alarms (errors and warnings nobody expected), wrong verdicts (per table and per KPI row), tables
 * not found. A case passes when nothing is missed, nothing is raised falsely and no verdict is wrong.
 */
import { checkWorkbook } from '../../src/core/check/check-workbook';
import type { CheckParams } from '../../src/core/check/params';
import type { CheckResult } from '../../src/core/check/result';
import type { Finding } from '../../src/core/findings/finding';
import { parseA1Range, type RangePos } from '../../src/core/grid/a1';
import type { SheetGrid } from '../../src/core/grid/grid';
import {
  BASE_PARAMS,
  toGrid,
  type CorpusCase,
  type ExpectedFinding,
  type KpiVerdictKind,
  type TableVerdictKind,
} from './types';

export interface CaseOutcome {
  readonly id: string;
  readonly variant: CorpusCase['variant'];
  readonly kind: CorpusCase['kind'];
  /** Expected findings and expected KPI verdicts (met / not met / at risk) that were found. */
  readonly found: number;
  readonly expected: number;
  readonly missing: readonly string[];
  readonly falseAlarms: readonly string[];
  readonly wrongVerdicts: readonly string[];
  readonly tablesNotFound: readonly string[];
  readonly passed: boolean;
}

const KPI_RULES: Record<string, KpiVerdictKind> = {
  'kpi-met': 'met',
  'kpi-not-met': 'not-met',
  'kpi-at-risk': 'at-risk',
};

export function paramsOf(c: CorpusCase): CheckParams {
  return { ...BASE_PARAMS, ...c.params };
}

export function runCase(c: CorpusCase, grids: readonly SheetGrid[] = c.sheets.map(toGrid)): CheckResult {
  return checkWorkbook({ sheets: grids, sheetNames: grids.map((g) => g.name), settings: null }, paramsOf(c));
}

function inside(inner: RangePos, outer: RangePos): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

function overlaps(a: RangePos, b: RangePos): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function sameNumber(want: string | undefined, got: string | undefined, tol = 0): boolean {
  if (want === undefined) return true;
  if (got === undefined) return false;
  const w = Number(want);
  const g = Number(got);
  if (Number.isNaN(w) || Number.isNaN(g)) return want === got;
  return Math.abs(w - g) <= tol + 1e-9 * Math.max(1, Math.abs(w));
}

/** "C5", "B2:B30" or "Tabel B!D6": an area on the expected finding's sheet or on the sheet named. */
function areaOf(w: ExpectedFinding, at: string): { sheet: string; range: RangePos } {
  const bang = at.lastIndexOf('!');
  return bang < 0
    ? { sheet: w.sheet, range: parseA1Range(at)! }
    : { sheet: at.slice(0, bang), range: parseA1Range(at.slice(bang + 1))! };
}

function matches(w: ExpectedFinding, f: Finding): boolean {
  return matchesOne(w, f) || (w.or ?? []).some((alt) => matchesOne(alt, f));
}

function matchesOne(w: ExpectedFinding, f: Finding): boolean {
  if (w.rule !== f.rule) return false;
  const where = parseA1Range(f.cell);
  if (!where) return false;
  const placed = w.at.some((at) => {
    const area = areaOf(w, at);
    return area.sheet === f.sheet && inside(where, area.range);
  });
  if (!placed) return false;
  return sameNumber(w.expected, f.expected, w.tol) && sameNumber(w.actual, f.actual, w.tol);
}

const show = (f: Finding): string =>
  `${f.severity} ${f.rule} ${f.sheet}!${f.cell}` +
  (f.expected !== undefined || f.actual !== undefined
    ? ` (forventet ${f.expected}, faktisk ${f.actual})`
    : '');

const showWanted = (w: ExpectedFinding): string =>
  `${w.rule} ${w.sheet}!${w.at.join('|')}` +
  (w.expected !== undefined || w.actual !== undefined
    ? ` (forventet ${w.expected}, faktisk ${w.actual})`
    : '');

function rowOf(cell: string): number {
  return parseA1Range(cell)!.top + 1;
}

/** The verdict Fordel gave a table: its own verdict when it gives one, else what its findings add up to. */
function tableVerdict(result: CheckResult, index: number): TableVerdictKind {
  const own = result.verdicts?.[index];
  if (own) return own.verdict;
  if (result.readings?.[index]?.unsure) return 'unsure';
  const t = result.tables[index];
  const mine = result.findings.filter((f) => {
    const r = parseA1Range(f.cell);
    return f.sheet === t.sheet && r !== null && overlaps(r, t.range);
  });
  if (mine.some((f) => f.severity === 'error')) return 'errors';
  if (mine.some((f) => f.severity === 'warning')) return 'warnings';
  return 'ok';
}

export function evaluate(c: CorpusCase, result: CheckResult): CaseOutcome {
  const missing: string[] = [];
  const falseAlarms: string[] = [];
  const wrongVerdicts: string[] = [];
  const tablesNotFound: string[] = [];
  let found = 0;
  let expected = 0;

  const kpiRows = new Map((c.kpis ?? []).map((k) => [`${k.sheet}!${k.row}`, k]));
  const isJudgedKpi = (f: Finding): boolean =>
    f.rule in KPI_RULES && kpiRows.has(`${f.sheet}!${rowOf(f.cell)}`);

  // A diagnosis the case expects (party-counted-twice, digit-typo ...) counts as found, and the findings it
  // explains are its symptoms, shown under it as one item, not false alarms of their own (issue 10).
  const diagnoses = (result.diagnoses ?? []).map((d) => d.diagnosis);
  const asFinding = (d: (typeof diagnoses)[number]): Finding => ({
    rule: d.rule,
    severity: 'error',
    sheet: d.sheet,
    cell: d.cell,
    message: d.message,
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
    ...(d.actual !== undefined ? { actual: d.actual } : {}),
  });
  const expectedDiagnoses = diagnoses.filter((d) => c.findings.some((w) => matches(w, asFinding(d))));
  const explained = new Set(expectedDiagnoses.flatMap((d) => d.explains));
  const said = [...result.findings, ...expectedDiagnoses.map(asFinding)];

  for (const w of c.findings) {
    const hit = said.some((f) => matches(w, f));
    if (w.optional) continue;
    expected++;
    if (hit) found++;
    else missing.push(showWanted(w));
  }

  for (const f of result.findings) {
    if (f.severity === 'info' || isJudgedKpi(f) || explained.has(f)) continue;
    if (!c.findings.some((w) => matches(w, f))) falseAlarms.push(show(f));
  }

  for (const k of c.kpis ?? []) {
    const got = result.findings.filter(
      (f) => f.rule in KPI_RULES && f.sheet === k.sheet && rowOf(f.cell) === k.row,
    );
    const verdicts = [...new Set(got.map((f) => KPI_RULES[f.rule]))];
    const verdict: KpiVerdictKind | 'flere' =
      verdicts.length === 0 ? 'none' : verdicts.length === 1 ? verdicts[0] : 'flere';
    const right = verdict !== 'flere' && k.verdict.includes(verdict);
    if (!k.verdict.includes('none')) {
      expected++;
      if (right) found++;
    }
    if (!right)
      wrongVerdicts.push(
        `KPI ${k.sheet}!række ${k.row}${k.note ? ` (${k.note})` : ''}: ${verdict}, forventet ${k.verdict.join(' eller ')}`,
      );
  }

  for (const t of c.tables) {
    const at = parseA1Range(t.at)!;
    const index = result.tables.findIndex((x) => x.sheet === t.sheet && inside(at, x.range));
    if (index < 0) {
      if (!t.verdict.includes('unsure')) tablesNotFound.push(`${t.sheet}!${t.at}`);
      continue;
    }
    const verdict = tableVerdict(result, index);
    if (!t.verdict.includes(verdict))
      wrongVerdicts.push(`tabel ${t.sheet}!${t.at}: ${verdict}, forventet ${t.verdict.join(' eller ')}`);
  }

  return {
    id: c.id,
    variant: c.variant,
    kind: c.kind,
    found,
    expected,
    missing,
    falseAlarms,
    wrongVerdicts,
    tablesNotFound,
    passed: !missing.length && !falseAlarms.length && !wrongVerdicts.length && !tablesNotFound.length,
  };
}

/** Why a case fails, one line per problem (empty when it passes). */
export function problems(o: CaseOutcome): string[] {
  return [
    ...o.missing.map((m) => `mangler: ${m}`),
    ...o.falseAlarms.map((m) => `falsk alarm: ${m}`),
    ...o.wrongVerdicts.map((m) => `forkert dom: ${m}`),
    ...o.tablesNotFound.map((m) => `tabel ikke fundet: ${m}`),
  ];
}
