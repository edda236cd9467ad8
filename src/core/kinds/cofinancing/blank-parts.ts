/**
 * Empty amount cells in a co-financing table. An empty cell counts for nothing, and often that is
 * what the user means (a source that pays only some years). But when a stated total does not add up
 * with the empty cell taken as 0, the empty cell is where the missing amount belongs: it gets a
 * missing-value finding instead of the total check quietly skipping the line. When no empty cell can
 * explain the gap (they are unused template lines, or the filled parts already exceed the total), the total
 * itself is reported, with the empty cells counted as 0.
 */
import { totalMismatch } from './rules/totals';
import type { CofinancingInput } from './rules/input';
import { cellsOf, partsRange } from './rules/parts';
import type { Finding } from '../../findings/finding';
import { text } from '../../findings/finding';
import { finding } from '../../findings/make';
import { parseA1 } from '../../grid/a1';
import { cellAt, isBlank, type SheetGrid } from '../../grid/grid';
import type { Located } from '../../located';
import { formatKroner } from '../../money/format';
import { oereToPlain } from '../../money/oere';

type Part = Located<bigint> | null;

export function blankPartFindings(
  grid: SheetGrid,
  input: CofinancingInput,
  cellOf: (rowIndex: number, period: number) => string,
): Finding[] {
  const out = new Map<string, Finding>();
  const blank = (cell: string): boolean => {
    const p = parseA1(cell);
    return p !== null && isBlank(cellAt(grid, p.row, p.col));
  };
  const line = (
    total: Part,
    parts: readonly Part[],
    cells: readonly string[],
    unused: readonly boolean[] = [],
  ): void => {
    if (total === null) return;
    // An unreadable part has its own finding already; a line with one proves nothing about blanks.
    const unreadable = parts.some((p, i) => p === null && !blank(cells[i]));
    if (unreadable || !parts.some((p, i) => p === null && blank(cells[i]))) return;
    const others = parts.reduce((s, p) => s + (p?.value ?? 0n), 0n);
    const missing = total.value - others;
    if (missing === 0n) return;
    // Blank template lines (no name, no amount) count as 0; so do blanks when the filled parts already exceed
    // the total: no empty cell explains that, the total itself is off.
    const empty = cells.filter((c, i) => parts[i] === null && blank(c) && !unused[i]);
    const exceeded = missing < 0n && parts.every((p) => p === null || p.value >= 0n);
    if (!empty.length || exceeded) {
      const filled = parts.filter((p): p is Located<bigint> => p !== null);
      if (!out.has(total.cell)) {
        out.set(total.cell, totalMismatch(grid.name, total, others, partsRange(cellsOf(filled))));
      }
      return;
    }
    for (const cell of empty) {
      if (out.has(cell)) continue;
      out.set(cell, missingPart(grid.name, cell, total, missing, empty.length === 1));
    }
  };

  input.rows.forEach((row, i) =>
    line(
      row.total,
      row.amounts,
      row.amounts.map((_, p) => cellOf(i, p)),
    ),
  );
  const tr = input.totalRow;
  if (tr) {
    // A line with no name and no amount in any period is an unused template row, not a missing amount.
    const unused = input.rows.map(
      (r, i) => r.label.trim() === '' && r.amounts.every((a, p) => a === null && blank(cellOf(i, p))),
    );
    input.periods.forEach((_, p) =>
      line(
        tr.amounts[p] ?? null,
        input.rows.map((r) => r.amounts[p] ?? null),
        input.rows.map((_, i) => cellOf(i, p)),
        unused,
      ),
    );
  }
  return [...out.values()];
}

function missingPart(
  sheet: string,
  cell: string,
  total: Located<bigint>,
  missing: bigint,
  alone: boolean,
): Finding {
  const [da, en] = [formatKroner(missing, 'da'), formatKroner(missing, 'en')];
  return finding(
    'missing-value',
    sheet,
    cell,
    text(
      `${cell} er tom, men totalen i ${total.cell} passer kun, hvis der står ${da} ${alone ? 'her' : 'i de tomme celler tilsammen'}.`,
      `${cell} is empty, but the total in ${total.cell} only adds up with ${en} ${alone ? 'here' : 'in the empty cells together'}.`,
    ),
    alone ? { expected: oereToPlain(missing), related: [total.cell] } : { related: [total.cell] },
  );
}
