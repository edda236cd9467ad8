/**
 * Hooks the FOLK1A key check (key-check.ts) into the split check: reads the key column's heading and
 * the words around the table from the grid, and turns the result into a reading line, findings and,
 * when newer figures exist, a column with the exact split by them.
 */
import type { Decimal } from '../decimal/decimal';
import type { Finding, Text } from '../findings/finding';
import { a1 } from '../grid/a1';
import { cellAt, type SheetGrid } from '../grid/grid';
import { kronerNumber, type OutputColumn } from '../output/table-output';
import type { ApportionmentLayout } from '../tables/layout';
import { checkPopulationKey, newerColumnHeader } from './key-check';
import { fieldHeadPos, splitA1, splitPos } from '../kinds/split/axes';

export interface SplitKeyRow {
  readonly party: string;
  readonly weight: Decimal | null;
}

export interface SplitKeyOutcome {
  readonly findings: readonly Finding[];
  readonly decisions: readonly { role: string; cells: string; because: Text }[];
  readonly columns: readonly OutputColumn[];
}

const NOTHING: SplitKeyOutcome = { findings: [], decisions: [], columns: [] };

function textAt(grid: SheetGrid, row: number, col: number): string {
  const v = cellAt(grid, row, col);
  return v === null || typeof v === 'object' ? '' : String(v).trim();
}

export function populationKeyOfSplit(
  grid: SheetGrid,
  t: ApportionmentLayout,
  rows: readonly SplitKeyRow[],
  total: bigint | null,
  unit: bigint,
): SplitKeyOutcome {
  const col = t.keyCol ?? t.shareCol ?? null;
  if (col === null) return NOTHING;
  const kind = t.keyCol !== null && t.keyKind === 'population' ? 'counts' : 'shares';
  const words: string[] = [t.title ?? ''];
  for (let row = Math.max(0, t.range.top - 3); row <= t.headerRow; row++) {
    for (let c = t.range.left; c <= t.range.right; c++) words.push(textAt(grid, row, c));
  }
  // A key with no heading (a split across with no column of line names) is named by its first cell.
  const head = fieldHeadPos(t, col) ?? splitPos(t, t.dataRows[0] ?? t.range.left, col);
  const keyCell = a1(head.row, head.col);
  const result = checkPopulationKey({
    sheet: grid.name,
    keyCell,
    kind,
    rows: rows.map((r, i) => ({ party: r.party, cell: splitA1(t, t.dataRows[i], col), value: r.weight })),
    words: words.filter(Boolean).join(' \n '),
    keyHeader: textAt(grid, head.row, head.col),
    total: total ?? undefined,
    unit,
  });
  if (!result.reading && !result.findings.length) return NOTHING;
  const columns: OutputColumn[] = [];
  if (result.newer && result.newer.amounts.length === t.dataRows.length) {
    const cells = new Map<number, number>();
    t.dataRows.forEach((row, i) => cells.set(row, kronerNumber(result.newer!.amounts[i])));
    if (t.totalRow !== null && total !== null) cells.set(t.totalRow, kronerNumber(total));
    columns.push({
      header: newerColumnHeader(result.newer.date),
      numberFormat: '#,##0.00',
      cells,
    });
  }
  return {
    findings: result.findings,
    decisions: result.reading ? [{ role: 'population-date', cells: keyCell, because: result.reading }] : [],
    columns,
  };
}
