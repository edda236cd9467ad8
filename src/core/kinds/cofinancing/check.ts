/**
 * A co-financing table: totals, own share and matching per period, plus a status column beside the
 * rows. Cross-table rules (breakdown against summary, price levels) live in cofinancing-pairs.ts.
 */
import { checkCofinancing } from './rules/all-rules';
import { checkMatching } from './rules/matching';
import { checkTotals, totalMismatch } from './rules/totals';
import { cellsOf, partsRange, sumAll } from './rules/parts';
import { blankPartFindings } from './blank-parts';
import { planShareFindings } from './plan-shares';
import type { CofinancingInput, CofinancingRules } from './rules/input';
import { text, type Finding, type Text } from '../../findings/finding';
import { a1, a1Range, parseA1, type CellPos } from '../../grid/a1';
import { amountPos, periodLabelPos, periodsDownRows, sourceLabelPos } from './axes';
import { cellAt, isBlank, type SheetGrid } from '../../grid/grid';
import type { CofinancingLayout } from '../../tables/layout';
import type { CheckParams } from '../../check/params';
import { cellReader, labelAt, readAmountAt, type CellReader } from '../../check/read-cells';
import { key, sheetNumber, type TableOutput } from '../../output/table-output';
import type { Located } from '../../located';
import type { Decimal } from '../../decimal/decimal';

const STATUS: Record<'ok' | 'error' | 'warning', Text> = {
  ok: text('OK', 'OK'),
  error: text('Fejl', 'Error'),
  warning: text('Advarsel', 'Warning'),
};

/** A1 of a position on the sheet. */
const at = (p: CellPos): string => a1(p.row, p.col);

export function cofinancingInput(r: CellReader, t: CofinancingLayout): CofinancingInput {
  const grid = r.grid;
  const read = (line: number, position: number) => {
    const p = amountPos(t, line, position);
    return readAmountAt(r, p.row, p.col, true);
  };
  const amountsOf = (line: number) => t.periodCols.map((p) => read(line, p.col));
  const blanksOf = (line: number) =>
    t.periodCols.map((p) => {
      const q = amountPos(t, line, p.col);
      return isBlank(cellAt(grid, q.row, q.col));
    });
  const totalOf = (line: number) => (t.totalCol === null ? null : read(line, t.totalCol));
  return {
    sheet: grid.name,
    range: a1Range(t.range),
    title: t.title,
    periods: t.periodCols.map((p) => ({ label: p.label, cell: at(periodLabelPos(t, p.col)) })),
    rows: t.sourceRows.map((s) => ({
      label: s.label,
      labelCell: at(sourceLabelPos(t, s.row)),
      type: s.type,
      amounts: amountsOf(s.row),
      blank: blanksOf(s.row),
      total: totalOf(s.row),
    })),
    totalRow:
      t.totalRow === null
        ? null
        : {
            labelCell: at(sourceLabelPos(t, t.totalRow)),
            amounts: amountsOf(t.totalRow),
            total: totalOf(t.totalRow),
          },
    ...(periodsDownRows(t) ? { periodsDownRows: true } : {}),
  };
}

/**
 * The rules a table is held to: a minimum its sheet states comes before the user's general setting, and that
 * before the minimum of a scheme the sheet only names (the culture pool's 50 %). With none of them there is
 * no minimum own share: schemes differ, and holding every table to the culture pool's 50 % would flag
 * correct tables of other schemes.
 */
export function tableRules(t: CofinancingLayout, params: CheckParams): CofinancingRules {
  const min = minOwnShareOf(t, params)?.min;
  return {
    ...(min ? { minOwnShare: min } : {}),
    matchingRatio: t.statedRules?.matchingRatio ?? params.matchingRatio ?? null,
  };
}

/** The minimum own share a table is held to, and where it comes from. */
export function minOwnShareOf(
  t: CofinancingLayout,
  params: CheckParams,
): { min: Decimal; from: 'sheet' | 'setting' | 'scheme' } | null {
  const stated = t.statedRules;
  if (stated?.minOwnShare && !stated.scheme) return { min: stated.minOwnShare, from: 'sheet' };
  if (params.minOwnShare) return { min: params.minOwnShare, from: 'setting' };
  if (stated?.minOwnShare) return { min: stated.minOwnShare, from: 'scheme' };
  return null;
}

export function checkCofinancingTable(
  grid: SheetGrid,
  t: CofinancingLayout,
  params: CheckParams,
): TableOutput & { input: CofinancingInput } {
  const r = cellReader(grid, t.amountScale);
  const input = cofinancingInput(r, t);
  const stated = t.statedRules;
  const ratio = stated?.matchingRatio ?? params.matchingRatio ?? null;
  const hasOwn = input.rows.some((row) => row.type === 'own');
  const rules: CofinancingRules = { ...tableRules(t, params), matchingRatio: hasOwn ? ratio : null };
  const result = checkCofinancing(input, rules);
  let matchingInput: CofinancingInput | undefined;
  if (ratio && !hasOwn && stated?.matchingRatio && input.rows.length >= 2) {
    // "Kommunens bidrag matches 1:1 af private fonde": the first source is matched by the others.
    matchingInput = {
      ...input,
      matched: input.rows[0].label,
      rows: input.rows.map((row, i) => ({ ...row, type: i === 0 ? 'other' : 'own' })),
    };
    result.findings.push(...checkMatching(matchingInput, { matchingRatio: ratio }));
  }
  const blanks = blankPartFindings(grid, input, (i, p) =>
    at(amountPos(t, t.sourceRows[i].row, t.periodCols[p].col)),
  );
  result.findings.push(...otherTotalFindings(r, t, input));
  result.findings.push(...planShareFindings(r, t, input));
  result.findings.push(...periodSubtotalFindings(r, t));

  const status = periodsDownRows(t) ? statusByPeriodRow(t, result.findings) : new Map<number, Text>();
  if (!periodsDownRows(t)) {
    t.sourceRows.forEach((s, i) => status.set(s.row, STATUS[result.rowStatus[i] ?? 'ok']));
    // A plan's share that does not match its amount marks its line too.
    for (const f of result.findings) {
      if (f.rule === 'plan-share-mismatch' && status.get(rowOf(f.cell)) === STATUS.ok)
        status.set(rowOf(f.cell), STATUS.warning);
    }
    if (t.totalRow !== null) {
      const bad = result.findings.some((f) => f.rule === 'total-mismatch' && rowOf(f.cell) === t.totalRow);
      status.set(t.totalRow, STATUS[bad ? 'error' : 'ok']);
    }
  }

  return {
    layout: t,
    findings: [...r.findings, ...blanks, ...result.findings],
    columns: [{ header: text('Fordel: status', 'Fordel: status'), numberFormat: '@', cells: status }],
    validated: params.validated ? recomputedTotals(input, t) : new Map(),
    input,
    facts: { kind: 'cofinancing', input, ...(matchingInput ? { matchingInput } : {}) },
  };
}

/**
 * Periods down the rows: the status beside each period row (and the total row) is the worst finding on
 * that sheet row, since the sources run across.
 */
function statusByPeriodRow(t: CofinancingLayout, findings: readonly Finding[]): Map<number, Text> {
  const rows = [...t.periodCols.map((p) => p.col), ...(t.totalCol === null ? [] : [t.totalCol])];
  const out = new Map<number, Text>();
  for (const row of rows) {
    const here = findings.filter((f) => f.severity !== 'info' && rowOf(f.cell) === row);
    const worst = here.some((f) => f.severity === 'error') ? 'error' : here.length ? 'warning' : 'ok';
    out.set(row, STATUS[worst]);
  }
  return out;
}

/** The validated copy shows amounts as numbers in the table's own unit, with every total recomputed from its parts. */
function recomputedTotals(input: CofinancingInput, t: CofinancingLayout): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const set = (line: number, position: number, v: bigint | null) => {
    const p = amountPos(t, line, position);
    out.set(key(p.row, p.col), v === null ? null : sheetNumber(v, t.amountScale));
  };
  const sumOf = (xs: readonly (Located<bigint> | null)[]) =>
    xs.every((x) => x !== null) ? xs.reduce((s, x) => s + (x as Located<bigint>).value, 0n) : null;

  const columnSums = t.periodCols.map((_, p) => sumOf(input.rows.map((row) => row.amounts[p])));
  input.rows.forEach((row, i) => {
    const sr = t.sourceRows[i].row;
    row.amounts.forEach((cell, p) => set(sr, t.periodCols[p].col, cell ? cell.value : null));
    if (t.totalCol !== null) set(sr, t.totalCol, sumOf(row.amounts));
  });
  if (t.totalRow !== null) {
    columnSums.forEach((s, p) => set(t.totalRow!, t.periodCols[p].col, s));
    if (t.totalCol !== null) {
      const grand = columnSums.every((s) => s !== null) ? columnSums.reduce((a, b) => a! + b!, 0n) : null;
      set(t.totalRow, t.totalCol, grand);
    }
  }
  return out;
}

/**
 * A second total of the same parts (a total first and a total last) must add up too, and so must each subtotal
 * of the rows it sums.
 */
function otherTotalFindings(r: CellReader, t: CofinancingLayout, input: CofinancingInput): Finding[] {
  const all = input.rows.map((_, i) => i);
  const checks = [
    ...(t.otherTotalRows ?? []).map((row) => ({ row, parts: all })),
    // A subtotal ("Kommuner i alt") sums the source rows above it since the last one.
    ...(t.subtotalRows ?? []).map((s) => ({
      row: s.row,
      parts: all.filter((i) => s.parts.includes(t.sourceRows[i].row)),
    })),
  ];
  return checks.flatMap(({ row, parts }) => {
    if (parts.length === 0) return [];
    // Read on the side: the parts were read (and their bad cells reported) already.
    const side = cellReader(r.grid, r.amountScale);
    const other = cofinancingInput(side, { ...t, sourceRows: [], totalRow: row });
    const unreadable = side.findings.filter((f) => lineOf(t, f.cell) === row);
    const rows = parts.map((i) => input.rows[i]);
    const totals = checkTotals({ ...input, rows, totalRow: other.totalRow });
    return [...unreadable, ...totals.filter((f) => f.rule === 'total-mismatch' && lineOf(t, f.cell) === row)];
  });
}

/**
 * A year's total between the periods ("I alt 2026") must be the sum of its periods on every line: each
 * source, each subtotal and the total row.
 */
function periodSubtotalFindings(r: CellReader, t: CofinancingLayout): Finding[] {
  const subs = t.periodSubtotalCols ?? [];
  if (subs.length === 0) return [];
  // The periods were read (and their bad cells reported) already.
  const side = cellReader(r.grid, r.amountScale);
  const lines = [
    ...t.sourceRows.map((s) => s.row),
    ...(t.subtotalRows ?? []).map((s) => s.row),
    ...(t.totalRow === null ? [] : [t.totalRow]),
    ...(t.otherTotalRows ?? []),
  ];
  const out: Finding[] = [];
  for (const line of lines) {
    for (const sub of subs) {
      const p = amountPos(t, line, sub.col);
      const total = readAmountAt(r, p.row, p.col, true);
      const parts = sub.parts.map((col) => {
        const q = amountPos(t, line, col);
        return readAmountAt(side, q.row, q.col, true);
      });
      if (total === null || parts.every((x) => x === null)) continue;
      const sum = sumAll(parts);
      if (sum === null || sum === total.value) continue;
      out.push(totalMismatch(r.grid.name, total, sum, partsRange(cellsOf(parts))));
    }
  }
  return out;
}

/** The source line a cell lies on: its sheet row, or its sheet column when the sources run across. */
function lineOf(t: CofinancingLayout, cell: string): number {
  const p = parseA1(cell);
  if (p === null) return -1;
  return periodsDownRows(t) ? p.col : p.row;
}

function rowOf(cell: string): number {
  const m = /(\d+)/.exec(cell);
  return m ? Number(m[1]) - 1 : -1;
}

export function labelOfRow(grid: SheetGrid, t: CofinancingLayout, row: number): string {
  const p = sourceLabelPos(t, row);
  return labelAt(grid, p.row, p.col);
}
