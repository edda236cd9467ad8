/**
 * Small helpers to write cases as data: place a block of rows at a cell, put two blocks side by side,
 * state expected findings and verdicts, and compute an exact split independently of Fordel's own code.
 */
import type { RuleCode } from '../../src/core/findings/catalogue';
import { a1, columnLetters, parseA1 } from '../../src/core/grid/a1';
import type { RawValue } from '../../src/core/grid/grid';
import type {
  CorpusCase,
  CorpusSheet,
  ExpectedFinding,
  ExpectedKpi,
  ExpectedTable,
  KpiVerdictKind,
  TableVerdictKind,
} from './types';

export type Rows = RawValue[][];

/** Rows placed so that rows[0][0] lands on `at` ("D7"). */
export function place(rows: Rows, at: string): Rows {
  const p = parseA1(at)!;
  const out: Rows = Array.from({ length: p.row }, () => []);
  for (const r of rows) out.push([...Array<RawValue>(p.col).fill(null), ...r]);
  return out;
}

/** Several placed blocks merged into one sheet (later blocks win where they overlap). */
export function overlay(...blocks: Rows[]): Rows {
  const height = Math.max(...blocks.map((b) => b.length));
  const out: Rows = [];
  for (let r = 0; r < height; r++) {
    const width = Math.max(...blocks.map((b) => b[r]?.length ?? 0));
    const line: RawValue[] = Array<RawValue>(width).fill(null);
    for (const b of blocks) (b[r] ?? []).forEach((v, c) => v !== null && (line[c] = v));
    out.push(line);
  }
  return out;
}

/** `right` starts `gap` empty columns after the widest row of `left`. */
export function beside(left: Rows, right: Rows, gap = 1): Rows {
  const width = Math.max(...left.map((r) => r.length));
  const height = Math.max(left.length, right.length);
  const out: Rows = [];
  for (let r = 0; r < height; r++) {
    const l = [...(left[r] ?? [])];
    while (l.length < width + gap) l.push(null);
    out.push([...l, ...(right[r] ?? [])]);
  }
  return out;
}

export function sheet(name: string, rows: Rows, more: Omit<CorpusSheet, 'name' | 'rows'> = {}): CorpusSheet {
  return { name, rows, ...more };
}

/** The same number format on every cell of an A1 area ("C2:C30"). */
export function fmt(area: string, format: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const cell of cellsOf(area)) out[cell] = format;
  return out;
}

export function cellsOf(area: string): string[] {
  const [a, b] = area.split(':');
  const p = parseA1(a)!;
  const q = parseA1(b ?? a)!;
  const out: string[] = [];
  for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) out.push(a1(r, c));
  return out;
}

/** Shifts an A1 cell or area by whole rows and columns (for the same table placed elsewhere). */
export function shift(ref: string, rows: number, cols: number): string {
  return ref
    .split(':')
    .map((part) => {
      const p = parseA1(part)!;
      return a1(p.row + rows, p.col + cols);
    })
    .join(':');
}

export function col(letter: string, row: number): string {
  return `${letter}${row}`;
}

export { columnLetters };

interface FindingMore {
  expected?: string | number;
  actual?: string | number;
  tol?: number;
  sheet?: string;
}

/** An expected finding at one of the given cells or areas (on sheet Ark1 unless told). */
export function find(rule: RuleCode, at: string | string[], more: FindingMore = {}): ExpectedFinding {
  return {
    rule,
    sheet: more.sheet ?? 'Ark1',
    at: Array.isArray(at) ? at : [at],
    expected: more.expected === undefined ? undefined : String(more.expected),
    actual: more.actual === undefined ? undefined : String(more.actual),
    tol: more.tol,
  };
}

/** A consequence that may be reported, but only with these values. */
export function maybe(rule: RuleCode, at: string | string[], more: FindingMore = {}): ExpectedFinding {
  return { ...find(rule, at, more), optional: true };
}

/** The first way of reporting a problem, or any of the others. */
export function either(first: ExpectedFinding, ...others: ExpectedFinding[]): ExpectedFinding {
  return { ...first, or: others };
}

export function table(
  at: string,
  verdict: TableVerdictKind | TableVerdictKind[],
  sheetName = 'Ark1',
): ExpectedTable {
  return { sheet: sheetName, at, verdict: Array.isArray(verdict) ? verdict : [verdict] };
}

export function kpi(
  row: number,
  verdict: KpiVerdictKind | KpiVerdictKind[],
  note?: string,
  sheetName = 'Ark1',
): ExpectedKpi {
  return { sheet: sheetName, row, verdict: Array.isArray(verdict) ? verdict : [verdict], note };
}

/**
 * The exact split of `total` whole kroner by `keys` (numbers with up to 4 decimals): each part gets the floor of
 * its quota, the leftover kroner go to the largest remainders, ties to the larger key, then the row higher up.
 * Written here from the domain brief, not taken from Fordel, so the corpus checks Fordel against it.
 */
export function exactSplit(total: number, keys: readonly number[]): number[] {
  const scaled = keys.map((k) => BigInt(Math.round(k * 10_000)));
  const sum = scaled.reduce((a, b) => a + b, 0n);
  const t = BigInt(total);
  const parts = scaled.map((k) => ({ k, floor: (t * k) / sum, rem: (t * k) % sum }));
  let left = t - parts.reduce((a, p) => a + p.floor, 0n);
  const order = parts
    .map((p, i) => ({ ...p, i }))
    .sort((x, y) => (y.rem > x.rem ? 1 : y.rem < x.rem ? -1 : y.k > x.k ? 1 : y.k < x.k ? -1 : x.i - y.i));
  const extra = new Set<number>();
  for (const o of order) {
    if (left <= 0n) break;
    extra.add(o.i);
    left -= 1n;
  }
  return parts.map((p, i) => Number(p.floor + (extra.has(i) ? 1n : 0n)));
}

/** One target row of a target list and what it must get. */
export interface TargetRow {
  readonly cells: RawValue[];
  readonly verdict: KpiVerdictKind | KpiVerdictKind[];
  readonly note?: string;
}

const ANY_TABLE_VERDICT: TableVerdictKind[] = ['ok', 'warnings', 'errors', 'unsure'];

/**
 * A target list from A1: an optional title, the header, then one row per target. The case is 'correct' when
 * every target is met or not yet judged, 'planted' when some must be reported not met or at risk.
 */
export function targetCase(
  base: {
    id: string;
    variant: CorpusCase['variant'];
    title: string;
    sheetTitle?: string;
    head: RawValue[];
    formats?: Record<string, string>;
    xlsx?: boolean;
  },
  rows: readonly TargetRow[],
  findings: ExpectedFinding[] = [],
): CorpusCase {
  const top = base.sheetTitle ? 2 : 1; // 1-based header row
  const list = (v: TargetRow['verdict']): KpiVerdictKind[] => (Array.isArray(v) ? v : [v]);
  const judged = rows.some((r) => list(r.verdict).every((v) => v === 'not-met' || v === 'at-risk'));
  const clean = rows.every((r) => list(r.verdict).every((v) => v === 'met' || v === 'none'));
  return {
    id: base.id,
    variant: base.variant,
    kind: judged || !clean ? 'planted' : 'correct',
    title: base.title,
    sheets: [
      sheet(
        'Ark1',
        [...(base.sheetTitle ? [[base.sheetTitle]] : []), base.head, ...rows.map((r) => r.cells)],
        {
          formats: base.formats,
        },
      ),
    ],
    findings,
    tables: [table(`B${top + 1}`, clean ? ['ok', 'unsure'] : ANY_TABLE_VERDICT)],
    kpis: rows.map((r, i) => kpi(top + 1 + i, r.verdict, r.note)),
    xlsx: base.xlsx,
  };
}
