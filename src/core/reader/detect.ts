/**
 * Finds the header row of a block and decides what kind of table it is. Kinds are tried in the
 * order that protects the clearest evidence: a split with a key column, then a target list, then a
 * split with amounts only, then a co-financing table by its period columns, or by its period rows.
 */
import type { RangePos } from '../grid/a1';
import type { TableKind } from '../tables/layout';
import { rowHasContent } from './body';
import { TEXT, type SheetCells } from './cells';
import { periodLabel } from './labels';
import { isUnitRow } from './sub-header';
import { looksLikeBody } from './body-like';
import { detectApportionment } from '../kinds/split/detect';
import { detectSplitAcross } from '../kinds/split/detect-across';
import { detectCofinancing } from '../kinds/cofinancing/detect';
import { detectKpi, statesTarget } from '../kinds/kpi/detect';
import { detectBudget } from '../kinds/budget/detect';
import { detectTransposedCofinancing } from '../kinds/cofinancing/detect-transposed';
import type { Detected, DetectOptions } from './detect-types';

/** How far below the top of a block a header may sit (title lines, a two-line header). */
const HEADER_SEARCH = 8;

export function detectAt(
  cells: SheetCells,
  rect: RangePos,
  headerRow: number,
  opts: DetectOptions = {},
): Detected | null {
  const kind: TableKind | undefined = opts.kind;
  if (kind === 'apportionment') return detectApportionment(cells, rect, headerRow, opts);
  if (kind === 'kpi') return detectKpi(cells, rect, headerRow, opts);
  if (kind === 'budget') return detectBudget(cells, rect, headerRow, opts);
  if (kind === 'cofinancing') {
    if (opts.orientation === 'rows') return detectTransposedCofinancing(cells, rect, headerRow, opts);
    if (opts.orientation === 'columns') return detectCofinancing(cells, rect, headerRow, opts);
    // Told only the kind: periods in the header first, then periods down the rows, then anything numeric.
    return (
      detectCofinancing(cells, rect, headerRow, { ...opts, kind: undefined }) ??
      detectTransposedCofinancing(cells, rect, headerRow, opts) ??
      detectCofinancing(cells, rect, headerRow, opts)
    );
  }
  return (
    detectApportionment(cells, rect, headerRow, opts, 'key') ??
    detectKpi(cells, rect, headerRow, opts) ??
    detectApportionment(cells, rect, headerRow, opts, 'amount') ??
    // Before co-financing: a budget's year columns would otherwise make it one.
    detectBudget(cells, rect, headerRow, opts) ??
    detectCofinancing(cells, rect, headerRow, opts) ??
    detectTransposedCofinancing(cells, rect, headerRow, opts) ??
    detectApportionment(cells, rect, headerRow, opts, 'content')
  );
}

/**
 * Tries each row near the top of the block as the header; the first that makes sense wins. A plan with one
 * amount column and no periods is tried only when no row gives any other reading.
 */
export function detectInBlock(cells: SheetCells, rect: RangePos, opts: DetectOptions = {}): Detected | null {
  return (
    headerRows(cells, rect, (r) => detectAt(cells, rect, r, opts)) ??
    (opts.kind === undefined
      ? headerRows(cells, rect, (r) => detectCofinancing(cells, rect, r, opts, true))
      : null) ??
    detectSplitAcross(cells, rect, opts, headerRows)
  );
}

/** A split laid out across inside a given range (an Excel Table whose header row names the parties). */
export function detectAcross(cells: SheetCells, rect: RangePos, opts: DetectOptions = {}): Detected | null {
  return detectSplitAcross(cells, rect, opts, headerRows);
}

function headerRows(
  cells: SheetCells,
  rect: RangePos,
  detect: (row: number) => Detected | null,
): Detected | null {
  const last = Math.min(rect.bottom - 1, rect.top + HEADER_SEARCH);
  let headerSeen = false;
  for (let r = rect.top; r <= last; r++) {
    if (!rowHasContent(cells, r, rect.left, rect.right)) continue;
    // Below a row of column names, a row of names and amounts is data: taking it for the header of a
    // table the real header did not make would read the rest as something it is not.
    if (headerSeen && holdsAmounts(cells, r, rect)) return null;
    // A line like the lines under it is the first of them: taken for the header, it would be left out.
    if (looksLikeBody(cells, rect, r)) continue;
    const found = detect(r);
    if (found) return lowestHeader(cells, rect, r, found, detect);
    if (namesColumns(cells, r, rect)) headerSeen = true;
  }
  return null;
}

/**
 * A group title over the column names ("Budget" over "Indbyggere | Beløb") can itself pass for a header,
 * and would make the column names data. Of a stack of header lines, the lowest that still gives a reading
 * is the header; the lines above it are its header area.
 */
function lowestHeader(
  cells: SheetCells,
  rect: RangePos,
  row: number,
  found: Detected,
  detect: (row: number) => Detected | null,
): Detected {
  let best = found;
  for (let r = row + 1; r <= Math.min(rect.bottom - 1, row + 2); r++) {
    if (!rowHasContent(cells, r, rect.left, rect.right)) continue;
    // Only a line the reading took for data: one it read as part of its header is already where it belongs.
    // A group title over some columns ("Budget" over the years) is passed over to the line under it.
    if (!dataRowsOf(best).includes(r)) {
      if (!holdsAmounts(cells, r, rect) && !namesColumns(cells, r, rect)) continue;
      break;
    }
    if (!namesColumns(cells, r, rect) || isUnitRow(cells, r, rect.left, rect.right)) break;
    // A target written in words ("5 pp", "20 % stigning") makes its line a target, however few numbers it has.
    if (best.part.kind === 'kpi' && statesTarget(cells, r, best.part.columns.targetValue)) break;
    const lower = detect(r);
    if (lower) best = lower;
  }
  return best;
}

/** The sheet rows a reading counts as its data: parties, sources, targets or budget lines. */
function dataRowsOf(found: Detected): readonly number[] {
  const part = found.part;
  switch (part.kind) {
    case 'apportionment':
    case 'kpi':
      return part.dataRows;
    case 'budget':
      return part.lines.map((l) => l.row);
    case 'cofinancing':
      return part.orientation === 'rows'
        ? part.periodCols.map((p) => p.col)
        : part.sourceRows.map((s) => s.row);
  }
}

/** Detection of one kind by its own evidence only (used to place the header of a forced kind). */
export function detectKindStrict(
  cells: SheetCells,
  rect: RangePos,
  headerRow: number,
  kind: TableKind,
): Detected | null {
  if (kind === 'apportionment') return detectApportionment(cells, rect, headerRow, {}, 'amount');
  if (kind === 'kpi') return detectKpi(cells, rect, headerRow, {});
  if (kind === 'budget') return detectBudget(cells, rect, headerRow, {});
  return (
    detectCofinancing(cells, rect, headerRow, {}) ?? detectTransposedCofinancing(cells, rect, headerRow, {})
  );
}

/**
 * Two or more text cells and no amount: a row that names columns. Years and other period labels are names
 * here ("Indsatsområde | 2021 | 2022 | I alt" under a group title "Budget").
 */
function namesColumns(cells: SheetCells, row: number, rect: RangePos): boolean {
  let text = 0;
  for (let c = rect.left; c <= rect.right; c++) {
    if (cells.isNumeric(row, c) && periodLabel(cells.raw(row, c)) === null) return false;
    if (cells.kind(row, c) === TEXT) text++;
  }
  return text >= 2;
}

/** A number that is not a period label (a year, "2025/26", "1. kvt."): an amount, share or count. */
function holdsAmounts(cells: SheetCells, row: number, rect: RangePos): boolean {
  for (let c = rect.left; c <= rect.right; c++) {
    if (cells.isNumeric(row, c) && periodLabel(cells.raw(row, c)) === null) return true;
  }
  return false;
}
