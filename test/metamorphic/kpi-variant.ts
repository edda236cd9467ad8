/**
 * A target list (truths/kpi.ts) laid out as such lists arrive: targets typed "mindst 70", "50 %", "12 pct.",
 * "1.500", "90-95 %" or as 0,5 in a percent cell; deadlines written two ways, as Excel dates or as years;
 * a baseline in one column or two, some left blank; a Retning, Afvigelse, Status or Metode column; a title,
 * notes and a footnote; sub-targets under "heraf" or indented. It becomes a corpus case (what a careful
 * colleague reports: each target's verdict, the planted problems at their cells) and is judged by the corpus's
 * own evaluation, as the corpus cases are.
 */
import { a1 } from '../../src/core/grid/a1';
import type { RawValue } from '../../src/core/grid/grid';
import type { CorpusCase, ExpectedFinding, ExpectedKpi, TableVerdictKind } from '../corpus/types';
import { sheetModel, type CorpusVariant } from './corpus-variant';
import { danish } from './danish';
import { Rng, subSeed } from './rng';
import { fromScaled } from './truth';
import {
  kpiTruth,
  layoutName,
  parseLayout,
  passed,
  type Deadline,
  type KpiLayout,
  type KpiTarget,
  type KpiTruth,
} from './truths/kpi';

/** Danish month names, as target lists write deadlines ("30. juni 2026"). */
export const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** Days since 30 December 1899, as Excel stores a date. */
function excelSerial(d: Deadline): number {
  return Math.round((Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** Tenths as a Danish decimal ("1.500", "4,5"). */
const dk = (tenths: number): string => danish(fromScaled(BigInt(tenths), 1));
const num = (tenths: number): number => tenths / 10;

type Col =
  'name' | 'dir' | 'unit' | 'byear' | 'base' | 'target' | 'result' | 'dev' | 'deadline' | 'status' | 'method';

function columnsOf(l: KpiLayout): Col[] {
  const has = (x: KpiLayout['extra'][number]): boolean => l.extra.includes(x);
  return [
    'name',
    ...(has('direction') ? (['dir'] as const) : []),
    ...(unitCol(l) ? (['unit'] as const) : []),
    ...(l.baseline === 'two-cols'
      ? (['byear', 'base'] as const)
      : l.baseline === 'one-col'
        ? (['base'] as const)
        : []),
    'target',
    'result',
    ...(has('deviation') ? (['dev'] as const) : []),
    ...(l.dates === 'in-head' ? [] : (['deadline'] as const)),
    ...(has('status') ? (['status'] as const) : []),
    ...(has('method') ? (['method'] as const) : []),
  ];
}

const unitCol = (l: KpiLayout): boolean => l.targets.startsWith('unit-col');

/** `due`: the one deadline's year, written in the target's head when no column gives deadlines ("Mål 2027"). */
function heads(l: KpiLayout, year: number, rng: Rng, due?: number): Record<Col, string> {
  const syn = l.head === 'synonyms';
  const name = syn ? rng.pick(['Indikator', 'Succeskriterium', 'Mål']) : 'Resultatmål';
  return {
    name,
    dir: 'Retning',
    unit: syn ? 'Måleenhed' : 'Enhed',
    byear: syn ? 'Udgangsår' : 'Baseline år',
    base:
      l.baseline === 'two-cols'
        ? syn
          ? 'Udgangspunkt'
          : 'Baseline'
        : `${syn ? 'Udgangspunkt' : 'Baseline'} ${year}`,
    target:
      (syn ? rng.pick(['Måltal', 'Målværdi', 'Målsætning']) : name === 'Mål' ? 'Måltal' : 'Mål') +
      (due === undefined ? '' : ` ${due}`),
    result: syn ? rng.pick(['Realiseret', 'Opnået']) : 'Resultat',
    dev: syn ? 'Afvigelse fra mål' : 'Afvigelse',
    deadline: l.dates === 'year' ? 'Målår' : syn ? rng.pick(['Tidsfrist', 'Deadline']) : 'Frist',
    status: syn ? 'Vurdering' : 'Status',
    method: syn ? 'Datakilde' : 'Metode',
  };
}

const pctText = (tenths: number, l: KpiLayout): string =>
  l.targets === 'text'
    ? `${dk(tenths)}%`
    : l.targets === 'pct-word'
      ? `${dk(tenths)} pct.`
      : `${dk(tenths)} %`;
const ppText = (tenths: number, l: KpiLayout): string =>
  l.targets === 'text'
    ? `${dk(tenths)} pp`
    : l.targets === 'pct-word'
      ? `${dk(tenths)} pct.-point`
      : `${dk(tenths)} procentpoint`;

interface Cell {
  readonly v: RawValue;
  readonly z?: string;
}

/** A level (baseline or result) of a target as the list's layout types it. */
function level(t: KpiTarget, tenths: number, l: KpiLayout): Cell {
  // Under an Enhed column the figure stands bare: a share as 50 or as 0,5 beside "%".
  if (unitCol(l))
    return {
      v:
        (t.kind === 'pct' || t.kind === 'range') && l.targets === 'unit-col-fraction'
          ? tenths / 1000
          : num(tenths),
    };
  if (t.kind === 'pct' || t.kind === 'range')
    return l.targets === 'pct-cells' ? { v: tenths / 1000, z: '0%' } : { v: pctText(tenths, l) };
  if (t.kind === 'pp') return { v: ppText(tenths, l) };
  if (l.targets === 'text') return { v: dk(tenths) };
  return { v: num(tenths) };
}

function targetCell(t: KpiTarget, l: KpiLayout): Cell {
  const q = l.targets === 'qualified';
  const most = t.lowerSaid === 'qualifier';
  if (t.kind === 'range' && unitCol(l)) return { v: `${dk(t.target)}-${dk(t.rangeTop!)}` };
  if (t.kind === 'range') {
    const top = dk(t.rangeTop!);
    return {
      v:
        l.targets === 'pct-word'
          ? `${dk(t.target)}-${top} pct.`
          : l.targets === 'text'
            ? `${dk(t.target)} - ${top} %`
            : `${dk(t.target)}-${top} %`,
    };
  }
  if (t.kind === 'relative')
    return { v: l.targets === 'pct-word' ? `${t.rise} pct. stigning` : `${t.rise} % stigning` };
  if (unitCol(l)) return most ? { v: `højst ${dk(t.target)}` } : level(t, t.target, l);
  if (t.kind === 'pp') return { v: q ? `mindst ${ppText(t.target, l)}` : ppText(t.target, l) };
  if (t.kind === 'pct') {
    if (most) return { v: `${q ? 'maks.' : 'højst'} ${pctText(t.target, l)}` };
    if (q) return { v: `min. ${pctText(t.target, l)}` };
    return level(t, t.target, l);
  }
  if (most) return { v: `højst ${dk(t.target)}` };
  if (q) return { v: `mindst ${dk(t.target)}` };
  return level(t, t.target, l);
}

/** What an Enhed column says for a target. */
function unitOf(t: KpiTarget): string {
  if (t.kind === 'pct' || t.kind === 'range') return '%';
  if (t.kind === 'pp') return 'pct.-point';
  if (t.kind === 'score') return t.decimals ? 'skala 1-5' : 'point';
  return 'antal';
}

function deadlineCell(d: Deadline, l: KpiLayout, row: number): Cell {
  const dotted = `${d.d}.${d.m}.${d.y}`;
  const long = `${d.d}. ${MONTHS[d.m - 1]} ${d.y}`;
  switch (l.dates) {
    case 'dotted':
      return { v: dotted };
    case 'long':
      return { v: long };
    case 'excel':
      return { v: excelSerial(d), z: 'dd-mm-yyyy' };
    case 'year':
      return { v: d.y };
    case 'ultimo':
      return { v: `ultimo ${d.y}` };
    case 'mixed':
      return { v: row % 2 ? long : dotted };
    case 'in-head':
      return { v: null };
  }
}

function deviation(t: KpiTarget): RawValue {
  if (t.result === undefined || t.kind === 'range') return null;
  const d = t.result - t.target;
  if (t.kind === 'pct' || t.kind === 'pp') return `${d > 0 ? '+' : ''}${dk(d)} pct.-point`;
  return num(d);
}

function status(t: KpiTarget): string {
  if (t.result === undefined) return passed(t.deadline) ? 'Afventer' : 'Ikke opgjort endnu';
  if (t.verdict === 'met') return 'Opfyldt';
  if (t.verdict === 'not-met') return 'Ikke opfyldt';
  if (t.verdict === 'at-risk') return 'I fare';
  return 'Forventes opfyldt';
}

const METHODS = [
  'Erhvervsstyrelsen, ESCRM',
  'Egen opgørelse, månedlig',
  'Ekstern måling (Epinion)',
  'Kommunens fagsystem',
];

function nameCell(t: KpiTarget, l: KpiLayout, first: boolean): string {
  const mark = first && l.notes.includes('footnote') ? ' ¹' : '';
  if (t.role !== 'sub') return t.name + mark;
  return l.subs === 'heraf' ? `heraf ${t.name}` : `    ${t.name}`;
}

export interface KpiVariant extends CorpusVariant {
  readonly truth: KpiTruth;
  /** Each target's 1-based sheet row, in the truth's order. */
  readonly rows: readonly number[];
}

/** The id's last part names the layout; with `forced`, those choices are taken instead of the seed's. */
export function buildKpiVariant(seed: number, forcedLayout?: string): KpiVariant {
  const truth = kpiTruth(seed, forcedLayout ? parseLayout(forcedLayout) : {});
  const l = truth.layout;
  const rng = new Rng(subSeed(seed, 'kpi-cells'));
  const cols = columnsOf(l);
  const head = heads(
    l,
    truth.baselineYear,
    rng,
    l.dates === 'in-head' ? truth.targets[0].deadline.y : undefined,
  );
  const top = l.offset ? rng.int(1, 5) : 0;
  const left = l.offset ? rng.int(0, 3) : 0;
  const grid: RawValue[][] = Array.from({ length: top }, () => []);
  const formats: Record<string, string> = {};
  const put = (r: number, c: number, cell: Cell): void => {
    while (grid.length <= r) grid.push([]);
    const line = grid[r];
    while (line.length <= left + c) line.push(null);
    line[left + c] = cell.v;
    if (cell.z) formats[a1(r, left + c)] = cell.z;
  };
  let r = top;
  if (l.notes.includes('title')) {
    put(r, 0, { v: truth.title });
    r += rng.chance(0.5) ? 2 : 1;
  }
  const headRow = r;
  cols.forEach((c, i) => put(headRow, i, { v: head[c] }));
  r++;
  if (l.notes.includes('blank-after-header')) r++;
  const rows: number[] = [];
  const colOf = (c: Col): number => cols.indexOf(c);
  truth.targets.forEach((t, i) => {
    rows.push(r + 1);
    const cells: Record<Col, Cell> = {
      name: { v: nameCell(t, l, i === 0) },
      dir: { v: t.lower ? 'Lavere er bedre' : 'Højere er bedre' },
      unit: { v: unitOf(t) },
      byear: { v: t.baseline === undefined ? null : truth.baselineYear },
      base: t.baseline === undefined ? { v: null } : level(t, t.baseline, l),
      target: targetCell(t, l),
      result:
        t.result !== undefined
          ? level(t, t.result, l)
          : { v: t.awaited === 'afventer' ? 'afventer måling' : t.awaited === 'dash' ? '-' : null },
      dev: { v: deviation(t) },
      deadline: deadlineCell(t.deadline, l, i),
      status: { v: status(t) },
      method: { v: rng.pick(METHODS) },
    };
    cols.forEach((c, ci) => cells[c].v !== null && put(r, ci, cells[c]));
    r++;
  });
  if (l.notes.includes('below') || l.notes.includes('footnote')) r++;
  if (l.notes.includes('footnote')) put(r++, 0, { v: '¹ Opgjort af Erhvervsstyrelsen, foreløbige tal' });
  if (l.notes.includes('below')) {
    put(r++, 0, { v: 'Note: resultater opgjort pr. 30. september 2026.' });
    put(r++, 0, { v: 'Kilde: egen opgørelse og Erhvervsstyrelsen' });
  }

  const cell = (row0: number, c: Col): string => a1(row0, left + colOf(c));
  const rowArea = (row0: number): string => `${a1(row0, left)}:${a1(row0, left + cols.length - 1)}`;
  const findings: ExpectedFinding[] = [];
  const wanted = (rule: ExpectedFinding['rule'], at: string[], optional = false): void => {
    findings.push({ rule, sheet: 'Ark1', at, ...(optional ? { optional: true } : {}) });
  };
  truth.targets.forEach((t, i) => {
    const row0 = rows[i] - 1;
    if (t.planted === 'kpi-missing-baseline') wanted('kpi-missing-baseline', [rowArea(row0)]);
    if (t.planted === 'kpi-subtargets-mismatch') {
      const end = i + truth.targets.slice(i + 1).filter((x) => x.role === 'sub').length;
      const endRow0 = rows[end] - 1;
      wanted('kpi-subtargets-mismatch', [
        cell(row0, 'target'),
        `${cell(row0, 'target')}:${cell(endRow0, 'target')}`,
        `${a1(row0, left)}:${a1(endRow0, left + cols.length - 1)}`,
      ]);
    }
    if (t.result === undefined && passed(t.deadline)) {
      wanted('kpi-deadline-passed', [rowArea(row0)], true);
      wanted('missing-value', [cell(row0, 'result')], true);
    }
  });
  const kpis: ExpectedKpi[] = truth.targets.map((t, i) => ({
    sheet: 'Ark1',
    row: rows[i],
    verdict: t.orVerdict ? [t.verdict, t.orVerdict] : [t.verdict],
    note: `${t.name}: ${t.verdict}`,
  }));
  const planted = truth.targets.some((t) => t.planted || t.verdict === 'not-met' || t.verdict === 'at-risk');
  // A warning the case allows (deadline passed with no result, at risk with no baseline) may colour the table.
  const awaitedPassed = truth.targets.some(
    (t) => (t.result === undefined && passed(t.deadline)) || t.orVerdict === 'at-risk',
  );
  const verdict: TableVerdictKind[] = planted
    ? ['ok', 'warnings', 'errors', 'unsure']
    : awaitedPassed
      ? ['ok', 'warnings', 'unsure']
      : ['ok', 'unsure'];
  const c: CorpusCase = {
    id: truth.id,
    variant: 'maal-kvalifikatorer',
    kind: planted ? 'planted' : 'correct',
    title: truth.title,
    sheets: [{ name: 'Ark1', rows: grid, formats }],
    findings,
    tables: [{ sheet: 'Ark1', at: cell(rows[0] - 1, 'target'), verdict }],
    kpis,
  };
  return {
    id: `${truth.id}/${seed}/${layoutName(l)}`,
    case: c,
    kind: 'kpi',
    families: [],
    sheets: [sheetModel(c.sheets[0], false)],
    truth,
    rows,
  };
}
