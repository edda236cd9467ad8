/**
 * Formulas saved without their result that no table's check has named (a table Fordel could not read,
 * a note beside it): Fordel still says it cannot see them, one finding per run of cells next to each other,
 * so a file from a tool that does not calculate never passes as checked.
 */
import { text, type Finding } from '../findings/finding';
import { finding } from '../findings/make';
import { a1, a1Range, parseA1Range, type RangePos } from '../grid/a1';
import { isNoResult, type SheetGrid } from '../grid/grid';

export function unseenFormulaFindings(
  grids: ReadonlyMap<string, SheetGrid>,
  named: readonly Finding[],
): Finding[] {
  const out: Finding[] = [];
  for (const grid of grids.values()) {
    const covered = named
      .filter((f) => f.sheet === grid.name && f.rule === 'formula-no-result')
      .map((f) => parseA1Range(f.cell))
      .filter((r): r is RangePos => r !== null);
    const cells: Cell[] = [];
    grid.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const row = grid.origin.row + r;
        const col = grid.origin.col + c;
        if (isNoResult(v) && !covered.some((x) => inside(x, row, col))) cells.push({ row, col });
      }),
    );
    // Runs down the columns or along the rows, whichever names the cells in fewer findings.
    const down = runs(
      cells,
      (p) => p.col,
      (p) => p.row,
    );
    const along = runs(
      cells,
      (p) => p.row,
      (p) => p.col,
    );
    for (const run of along.length < down.length ? along : down) out.push(unseenRun(grid.name, run));
  }
  return out;
}

interface Cell {
  readonly row: number;
  readonly col: number;
}

function inside(r: RangePos, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Cells next to each other on one line (same `line`, consecutive `step`) as ranges. */
function runs(cells: readonly Cell[], line: (p: Cell) => number, step: (p: Cell) => number): RangePos[] {
  const sorted = [...cells].sort((a, b) => line(a) - line(b) || step(a) - step(b));
  const out: RangePos[] = [];
  sorted.forEach((p, i) => {
    const last = out[out.length - 1];
    const prev = sorted[i - 1];

    if (last && prev && line(prev) === line(p) && step(prev) + 1 === step(p)) {
      out[out.length - 1] = {
        top: Math.min(last.top, p.row),
        left: Math.min(last.left, p.col),
        bottom: Math.max(last.bottom, p.row),
        right: Math.max(last.right, p.col),
      };
    } else out.push({ top: p.row, left: p.col, bottom: p.row, right: p.col });
  });
  return out;
}

function unseenRun(sheet: string, run: RangePos): Finding {
  const n = (run.bottom - run.top + 1) * (run.right - run.left + 1);
  const cells = n === 1 ? a1(run.top, run.left) : a1Range(run);
  return finding(
    'formula-no-result',
    sheet,
    cells,
    n === 1
      ? text(
          `${cells} har en formel, men filen er gemt uden formlens resultat, så Fordel kan ikke se tallet. ` +
            'Åbn filen i Excel eller LibreOffice, gem den, og tjek igen.',
          `${cells} holds a formula, but the file was saved without its result, so Fordel cannot see the ` +
            'number. Open the file in Excel or LibreOffice, save it and check again.',
        )
      : text(
          `${cells}: ${n} formler er gemt uden resultat, så Fordel kan ikke se tallene. ` +
            'Åbn filen i Excel eller LibreOffice, gem den, og tjek igen.',
          `${cells}: ${n} formulas were saved without their results, so Fordel cannot see the numbers. ` +
            'Open the file in Excel or LibreOffice, save it and check again.',
        ),
  );
}
