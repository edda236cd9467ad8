/**
 * The corpus's cases as truths (test/corpus/cases): their expected findings, table verdicts and KPI verdicts
 * (the Erhvervshus, Vækstforum and CO2 targets among them) carried through the transformations that move or
 * rename without touching a table's structure: the whole sheet moved, notes above or beside, frozen panes,
 * municipality names in upper case or with "Kommune". Every cell reference of the case moves with it.
 */
import { CASES } from '../../corpus';
import { KNOWN_GAPS } from '../../corpus/known-gaps';
import type { CorpusCase, CorpusSheet, ExpectedFinding } from '../../corpus/types';
import type { RawValue } from '../../../src/core/grid/grid';
import { officialName } from '../logical';
import { MUNICIPALITIES } from '../municipalities';
import type { Rng } from '../rng';

/** Cases the corpus itself passes: a known gap would be broken as written. */
export const CORPUS_TRUTHS: readonly CorpusCase[] = CASES.filter((c) => !KNOWN_GAPS.includes(c.id));

export const CORPUS_FAMILIES = {
  placement: ['offset', 'notes-above', 'note-beside', 'freeze'],
  names: ['upper', 'kommune'],
  /** Target lists only: their header words replaced by synonyms, two columns swapped. */
  header: ['kpi-synonyms', 'columns-swapped'],
} as const;
export type CorpusFamily = keyof typeof CORPUS_FAMILIES;

/** Header words of target lists and words a colleague uses for the same column. */
const KPI_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  Måltal: ['Målværdi', 'Målsætning'],
  Resultat: ['Realiseret', 'Opnået'],
  Frist: ['Tidsfrist', 'Deadline', 'Senest'],
  Baseline: ['Udgangspunkt'],
  Resultatmål: ['Indikator', 'Succeskriterium'],
  Metode: ['Opgørelsesmetode', 'Datakilde'],
};

export function corpusCase(id: string): CorpusCase {
  const c = CORPUS_TRUTHS.find((x) => x.id === id);
  if (!c) throw new Error(`no corpus case named ${id}`);
  return c;
}

/** The table kind the report counts a case under. */
export function corpusKind(c: CorpusCase): string {
  if (c.kpis?.length) return 'kpi';
  if (c.kind === 'nonfinance') return 'ikke-finans';
  return 'tabeller';
}

const colNumber = (s: string): number => [...s].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
const colLetters = (n: number): string => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

/** Every A1 reference in a text moved by rows and columns ("B$7" -> "D$10"); words like SUM are left alone. */
export function shiftRefs(text: string, dr: number, dc: number): string {
  return text.replace(
    /(^|[^A-Za-z0-9_])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
    (_, pre: string, d1: string, col: string, d2: string, row: string) =>
      `${pre}${d1}${colLetters(colNumber(col) + dc)}${d2}${Number(row) + dr}`,
  );
}

function shiftAt(at: string, dr: number, dc: number): string {
  const bang = at.lastIndexOf('!');
  return bang < 0
    ? shiftRefs(at, dr, dc)
    : `${at.slice(0, bang + 1)}${shiftRefs(at.slice(bang + 1), dr, dc)}`;
}

function shiftFinding(f: ExpectedFinding, dr: number, dc: number): ExpectedFinding {
  return {
    ...f,
    at: f.at.map((a) => shiftAt(a, dr, dc)),
    ...(f.or ? { or: f.or.map((o) => shiftFinding(o, dr, dc)) } : {}),
  };
}

function shiftSheet(s: CorpusSheet, dr: number, dc: number, notes: readonly string[] = []): CorpusSheet {
  const rows: RawValue[][] = [
    ...Array.from({ length: dr }, (_, i) => (notes[i] ? [notes[i]] : [])),
    ...s.rows.map((r) => [...Array<RawValue>(dc).fill(null), ...r]),
  ];
  const moveKeys = <T>(m: Readonly<Record<string, T>> | undefined, f: (v: T) => T = (v) => v) =>
    m ? Object.fromEntries(Object.entries(m).map(([k, v]) => [shiftRefs(k, dr, dc), f(v)])) : undefined;
  return {
    ...s,
    rows,
    formats: moveKeys(s.formats),
    formulas: moveKeys(s.formulas, (f) => shiftRefs(f, dr, dc)),
    merges: s.merges?.map((m) => shiftRefs(m, dr, dc)),
    hiddenCols: s.hiddenCols?.map((c) => c + dc),
  };
}

const NAMES = new Set(MUNICIPALITIES.map((m) => m.name));

/** Column `a` and column `b` (1-based letters' numbers) exchanged in every reference of a text. */
export function swapRefs(text: string, a: number, b: number): string {
  const swap = (n: number): number => (n === a ? b : n === b ? a : n);
  const ranges = text.replace(
    /(^|[^A-Za-z0-9_])(\$?)([A-Z]{1,3})(\$?)(\d+):(\$?)([A-Z]{1,3})(\$?)(\d+)/g,
    (
      _,
      pre: string,
      d1: string,
      c1: string,
      d2: string,
      r1: string,
      d3: string,
      c2: string,
      d4: string,
      r2: string,
    ) => {
      // A range keeps covering the columns it covered: its bounds after the swap.
      const cols = [];
      for (let n = colNumber(c1); n <= colNumber(c2); n++) cols.push(swap(n));
      const [lo, hi] = [Math.min(...cols), Math.max(...cols)];
      return `${pre}${d1}${colLetters(lo)}${d2}${r1}:${d3}${colLetters(hi)}${d4}${r2}`;
    },
  );
  return ranges.replace(
    /(^|[^A-Za-z0-9_:])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(:])/g,
    (_, pre: string, d1: string, col: string, d2: string, row: string) =>
      `${pre}${d1}${colLetters(swap(colNumber(col)))}${d2}${row}`,
  );
}

function swapColumns(c: CorpusCase, a: number, b: number): CorpusCase {
  const at = (x: string): string => {
    const bang = x.lastIndexOf('!');
    return bang < 0 ? swapRefs(x, a, b) : `${x.slice(0, bang + 1)}${swapRefs(x.slice(bang + 1), a, b)}`;
  };
  const finding = (f: ExpectedFinding): ExpectedFinding => ({
    ...f,
    at: f.at.map(at),
    ...(f.or ? { or: f.or.map(finding) } : {}),
  });
  const keys = <T>(m: Readonly<Record<string, T>> | undefined, f: (v: T) => T = (v) => v) =>
    m ? Object.fromEntries(Object.entries(m).map(([k, v]) => [swapRefs(k, a, b), f(v)])) : undefined;
  return {
    ...c,
    sheets: c.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((r) => {
        const out = [...r];
        while (out.length < Math.max(a, b)) out.push(null);
        [out[a - 1], out[b - 1]] = [out[b - 1], out[a - 1]];
        return out;
      }),
      formats: keys(s.formats),
      formulas: keys(s.formulas, (f) => swapRefs(f, a, b)),
      merges: s.merges?.map((m) => swapRefs(m, a, b)),
      hiddenCols: s.hiddenCols?.map((h) => (h === a - 1 ? b - 1 : h === b - 1 ? a - 1 : h)),
    })),
    findings: c.findings.map(finding),
    tables: c.tables.map((t) => ({ ...t, at: swapRefs(t.at, a, b) })),
  };
}

/** The case under one transform; `freeze` is returned for the writer (it changes no cell). */
export function transformCase(
  c: CorpusCase,
  family: CorpusFamily,
  variant: string,
  rng: Rng,
): { case: CorpusCase; freeze: boolean } {
  if (family === 'header' && variant === 'kpi-synonyms') {
    const rename = (v: RawValue): RawValue =>
      typeof v === 'string' && KPI_SYNONYMS[v] ? rng.pick(KPI_SYNONYMS[v]) : v;
    return {
      case: { ...c, sheets: c.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map(rename)) })) },
      freeze: false,
    };
  }
  if (family === 'header') {
    // Two columns after the first (the target's name stays first) swapped on every sheet.
    const width = Math.max(...c.sheets.flatMap((s) => s.rows.map((r) => r.length)));
    if (width < 3) return { case: c, freeze: false };
    const [a, b] = rng.sample(
      Array.from({ length: width - 1 }, (_, i) => i + 2),
      2,
    );
    return { case: swapColumns(c, a, b), freeze: false };
  }
  if (family === 'names') {
    const rename = (v: RawValue): RawValue =>
      typeof v === 'string' && NAMES.has(v) ? (variant === 'upper' ? v.toUpperCase() : officialName(v)) : v;
    return {
      case: { ...c, sheets: c.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map(rename)) })) },
      freeze: false,
    };
  }
  if (variant === 'freeze') return { case: c, freeze: true };
  if (variant === 'note-beside') {
    const sheets = c.sheets.map((s) => {
      const width = Math.max(0, ...s.rows.map((r) => r.length));
      const rows = s.rows.map((r) => [...r]);
      rows[0] = [
        ...rows[0],
        ...Array<RawValue>(width + 1 - rows[0].length).fill(null),
        'Bemærk: foreløbige tal',
      ];
      return { ...s, rows };
    });
    return { case: { ...c, sheets }, freeze: false };
  }
  const [dr, dc, notes] =
    variant === 'notes-above'
      ? [2, 0, ['Udarbejdet af økonomiafdelingen', 'Opdateret 3. marts 2026']]
      : [rng.int(1, 8), rng.int(1, 4), []];
  return {
    case: {
      ...c,
      sheets: c.sheets.map((s) => shiftSheet(s, dr, dc, notes)),
      findings: c.findings.map((f) => shiftFinding(f, dr, dc)),
      tables: c.tables.map((t) => ({ ...t, at: shiftRefs(t.at, dr, dc) })),
      kpis: c.kpis?.map((k) => ({ ...k, row: k.row + dr })),
    },
    freeze: false,
  };
}
