/**
 * A co-financing table: totals, own share and matching per period, plus a status column beside the
 * rows. Cross-table rules (breakdown against summary, price levels) live in cofinancing-pairs.ts.
 */
import { checkCofinancing } from '../cofinancing/check-cofinancing';
import { checkMatching } from '../cofinancing/check-matching';
import { checkTotals } from '../cofinancing/check-totals';
import type { Finding } from '../findings/finding';
import { blankPartFindings } from './blank-parts';
import type { CofinancingInput, CofinancingRules } from '../cofinancing/input';
import { text, type Text } from '../findings/finding';
import { a1, a1Range } from '../grid/a1';
import type { SheetGrid } from '../grid/grid';
import type { CofinancingLayout } from '../tables/layout';
import type { CheckParams } from './params';
import { cellReader, labelAt, readAmountAt, type CellReader } from './read-cells';
import { key, kronerNumber, type TableOutput } from '../output/table-output';
import type { Located } from '../located';

const STATUS: Record<'ok' | 'error' | 'warning', Text> = {
  ok: text('OK', 'OK'),
  error: text('Fejl', 'Error'),
  warning: text('Advarsel', 'Warning'),
};

export function cofinancingInput(r: CellReader, t: CofinancingLayout): CofinancingInput {
  const grid = r.grid;
  const amountsOf = (row: number) => t.periodCols.map((p) => readAmountAt(r, row, p.col, true));
  const totalOf = (row: number) => (t.totalCol === null ? null : readAmountAt(r, row, t.totalCol, true));
  return {
    sheet: grid.name,
    range: a1Range(t.range),
    title: t.title,
    periods: t.periodCols.map((p) => ({ label: p.label, cell: a1(t.headerRow, p.col) })),
    rows: t.sourceRows.map((s) => ({
      label: s.label,
      labelCell: a1(s.row, t.labelCol),
      type: s.type,
      amounts: amountsOf(s.row),
      total: totalOf(s.row),
    })),
    totalRow:
      t.totalRow === null
        ? null
        : {
            labelCell: a1(t.totalRow, t.labelCol),
            amounts: amountsOf(t.totalRow),
            total: totalOf(t.totalRow),
          },
  };
}

export function checkCofinancingTable(
  grid: SheetGrid,
  t: CofinancingLayout,
  params: CheckParams,
): TableOutput & { input: CofinancingInput } {
  const r = cellReader(grid);
  const input = cofinancingInput(r, t);
  // A rule the sheet states for this table comes before the user's general setting.
  const stated = t.statedRules;
  const ratio = stated?.matchingRatio ?? params.matchingRatio ?? null;
  const hasOwn = input.rows.some((row) => row.type === 'own');
  const rules: CofinancingRules = {
    minOwnShare: stated?.minOwnShare ?? params.minOwnShare,
    matchingRatio: hasOwn ? ratio : null,
  };
  const result = checkCofinancing(input, rules);
  if (ratio && !hasOwn && stated?.matchingRatio && input.rows.length >= 2) {
    // "Kommunens bidrag matches 1:1 af private fonde": the first source is matched by the others.
    const swapped: CofinancingInput = {
      ...input,
      rows: input.rows.map((row, i) => ({ ...row, type: i === 0 ? 'other' : 'own' })),
    };
    result.findings.push(...checkMatching(swapped, { matchingRatio: ratio }));
  }
  const blanks = blankPartFindings(grid, input, (i, p) => a1(t.sourceRows[i].row, t.periodCols[p].col));
  result.findings.push(...otherTotalFindings(r, t, input));

  const status = new Map<number, Text>();
  t.sourceRows.forEach((s, i) => status.set(s.row, STATUS[result.rowStatus[i] ?? 'ok']));
  if (t.totalRow !== null) {
    const bad = result.findings.some((f) => f.rule === 'total-mismatch' && rowOf(f.cell) === t.totalRow);
    status.set(t.totalRow, STATUS[bad ? 'error' : 'ok']);
  }

  return {
    layout: t,
    findings: [...r.findings, ...blanks, ...result.findings],
    columns: [{ header: text('Fordel: status', 'Fordel: status'), numberFormat: '@', cells: status }],
    validated: params.validated ? recomputedTotals(input, t) : new Map(),
    input,
    facts: { kind: 'cofinancing', input },
  };
}

/** The validated copy shows amounts as numbers, with every total recomputed from its parts. */
function recomputedTotals(input: CofinancingInput, t: CofinancingLayout): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const put = (cell: Located<bigint> | null, row: number, col: number) =>
    out.set(key(row, col), cell ? kronerNumber(cell.value) : null);
  const sumOf = (xs: readonly (Located<bigint> | null)[]) =>
    xs.every((x) => x !== null) ? xs.reduce((s, x) => s + (x as Located<bigint>).value, 0n) : null;

  const columnSums = t.periodCols.map((_, p) => sumOf(input.rows.map((row) => row.amounts[p])));
  input.rows.forEach((row, i) => {
    const sr = t.sourceRows[i].row;
    row.amounts.forEach((cell, p) => put(cell, sr, t.periodCols[p].col));
    if (t.totalCol !== null) {
      const s = sumOf(row.amounts);
      out.set(key(sr, t.totalCol), s === null ? null : kronerNumber(s));
    }
  });
  if (t.totalRow !== null) {
    columnSums.forEach((s, p) =>
      out.set(key(t.totalRow!, t.periodCols[p].col), s === null ? null : kronerNumber(s)),
    );
    if (t.totalCol !== null) {
      const grand = columnSums.every((s) => s !== null) ? columnSums.reduce((a, b) => a! + b!, 0n) : null;
      out.set(key(t.totalRow, t.totalCol), grand === null ? null : kronerNumber(grand));
    }
  }
  return out;
}

/** A second total of the same parts (a total first and a total last) must add up too: both are checked. */
function otherTotalFindings(r: CellReader, t: CofinancingLayout, input: CofinancingInput): Finding[] {
  return (t.otherTotalRows ?? []).flatMap((row) => {
    // Read on the side: the parts were read (and their bad cells reported) already.
    const side = cellReader(r.grid);
    const other = cofinancingInput(side, { ...t, sourceRows: [], totalRow: row });
    const unreadable = side.findings.filter((f) => rowOf(f.cell) === row);
    const totals = checkTotals({ ...input, totalRow: other.totalRow });
    return [...unreadable, ...totals.filter((f) => f.rule === 'total-mismatch' && rowOf(f.cell) === row)];
  });
}

function rowOf(cell: string): number {
  const m = /(\d+)/.exec(cell);
  return m ? Number(m[1]) - 1 : -1;
}

export function labelOfRow(grid: SheetGrid, t: CofinancingLayout, row: number): string {
  return labelAt(grid, row, t.labelCol);
}
