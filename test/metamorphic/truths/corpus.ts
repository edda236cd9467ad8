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
} as const;

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

/** The case under one transform; `freeze` is returned for the writer (it changes no cell). */
export function transformCase(
  c: CorpusCase,
  family: 'placement' | 'names',
  variant: string,
  rng: Rng,
): { case: CorpusCase; freeze: boolean } {
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
