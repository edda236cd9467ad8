/**
 * The sums a co-financing reading claims: in every period (and the total position) the total over its
 * sources and each subtotal over its group; on every source line the total over its periods.
 */
import {
  claimedSum,
  NO_EVIDENCE,
  plus,
  type Evidence,
  type NumberAt,
} from '../../reader/candidates/evidence';
import type { CofinancingLayout } from '../../tables/layout';

type CofinancingShape = Pick<
  CofinancingLayout,
  | 'periodCols'
  | 'totalCol'
  | 'sourceRows'
  | 'totalRow'
  | 'otherTotalRows'
  | 'subtotalRows'
  | 'orientation'
  | 'periodSubtotalCols'
>;

export function cofinancingEvidence(t: CofinancingShape, at: NumberAt): Evidence {
  const down = t.orientation === 'rows';
  const cell = (line: number, position: number) => (down ? at(position, line) : at(line, position));
  const positions = [...t.periodCols.map((p) => p.col), ...(t.totalCol !== null ? [t.totalCol] : [])];
  const sources = t.sourceRows.map((s) => s.row);
  const totals = [t.totalRow, ...(t.otherTotalRows ?? [])].filter((r): r is number => r !== null);
  let ev = NO_EVIDENCE;
  for (const p of positions) {
    const parts = sources.map((s) => cell(s, p));
    for (const total of totals) ev = plus(ev, claimedSum(cell(total, p), parts));
    for (const s of t.subtotalRows ?? []) {
      ev = plus(
        ev,
        claimedSum(
          cell(s.row, p),
          s.parts.map((r) => cell(r, p)),
        ),
      );
    }
  }
  // A year's total between the periods over its periods, on every line.
  for (const sub of t.periodSubtotalCols ?? []) {
    for (const line of [...sources, ...totals]) {
      ev = plus(
        ev,
        claimedSum(
          cell(line, sub.col),
          sub.parts.map((c) => cell(line, c)),
        ),
      );
    }
  }
  if (t.totalCol !== null && t.periodCols.length > 1) {
    const totalCol = t.totalCol;
    for (const line of [...sources, ...totals]) {
      ev = plus(
        ev,
        claimedSum(
          cell(line, totalCol),
          t.periodCols.map((p) => cell(line, p.col)),
        ),
      );
    }
  }
  return ev;
}
