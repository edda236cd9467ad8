/**
 * Splits a sheet into blocks: rectangles of cells separated by blank rows and blank columns, the
 * way a reader's eye separates two tables. A block may still hold a title line or notes.
 */
import { add, compare, ZERO } from '../decimal/decimal';
import type { RangePos } from '../grid/a1';
import { BLANK, NUMBER, TEXT, type SheetCells } from './cells';
import { isTotalLabel, kpiHeaderRole, periodLabel } from './labels';
import { isNil } from '../numbers/nil';
import { SPACED_TABLE } from './labels';

export function splitBlocks(cells: SheetCells): RangePos[] {
  if (cells.rows === 0 || cells.cols === 0) return [];
  const out: RangePos[] = [];
  split(cells, { top: cells.top, left: cells.left, bottom: cells.bottom, right: cells.right }, out, 0);
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

function split(cells: SheetCells, rect: RangePos, out: RangePos[], depth: number): void {
  const bands = rowRuns(cells, rect);
  if (bands.length === 0) return;
  for (const band of bands) {
    const pieces = colRuns(cells, band);
    for (const piece of pieces) {
      const trimmed = trimRows(cells, piece);
      if (!trimmed) continue;
      const same =
        trimmed.top === rect.top &&
        trimmed.bottom === rect.bottom &&
        trimmed.left === rect.left &&
        trimmed.right === rect.right;
      if (same || depth > 20) out.push(trimmed);
      else split(cells, trimmed, out, depth + 1);
    }
  }
}

function rowHasContent(cells: SheetCells, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (cells.kind(row, c) !== BLANK) return true;
  return false;
}

function rowRuns(cells: SheetCells, rect: RangePos): RangePos[] {
  const runs: RangePos[] = [];
  let start = -1;
  for (let r = rect.top; r <= rect.bottom + 1; r++) {
    const full = r <= rect.bottom && rowHasContent(cells, r, rect.left, rect.right);
    if (full && start < 0) start = r;
    if (!full && start >= 0) {
      runs.push({ top: start, bottom: r - 1, left: rect.left, right: rect.right });
      start = -1;
    }
  }
  // One blank row inside a list (between two groups of municipalities) does not end the table.
  const joined: RangePos[] = [];
  const spaced = spacedChains(
    runs,
    (r) => [r.top, r.bottom],
    (a, b) => ({ ...a, bottom: b.bottom }),
    goesOn(cells, rect.right - rect.left + 1, (row, i) => [row, rect.left + i]),
  );
  for (const run of spaced.flatMap((r) => atTitles(cells, r))) {
    const prev = joined[joined.length - 1];
    if (
      prev &&
      run.top - prev.bottom === 2 &&
      (continues(cells, prev, run) || headsBody(cells, prev, run) || totalsAbove(cells, prev, run))
    )
      joined[joined.length - 1] = { ...prev, bottom: run.bottom };
    else joined.push(run);
  }
  return joined;
}

/**
 * Two tables stacked with only a title line between them are two tables: a line of one text followed by a
 * line that names columns starts a new block when the run above it already holds data (two rows of numbers:
 * a table's body, not its title and header lines), ends in a total line, or had that header already. What
 * the last line above is labelled does not matter: a total may be named after a region or not at all.
 */
function atTitles(cells: SheetCells, run: RangePos): RangePos[] {
  const out: RangePos[] = [];
  let top = run.top;
  for (let r = run.top + 2; r < run.bottom; r++) {
    if (filled(cells, r, run) !== 1 || cells.kind(r, run.left) === BLANK || cells.isNumeric(r, run.left))
      continue;
    if (!namesColumns(cells, r + 1, run)) continue;
    const endsTable =
      isTotalLabel(firstText(cells, r - 1, run)) || rowsWithNumbers(cells, top, r - 1, run) >= 2;
    const repeats =
      rowKey(cells, r + 1, run) === rowKey(cells, top, run) ||
      rowKey(cells, r + 1, run) === rowKey(cells, top + 1, run);
    if (!endsTable && !repeats) continue;
    out.push({ ...run, top, bottom: r - 1 });
    top = r;
  }
  out.push({ ...run, top });
  return out;
}

/**
 * Lines typed with an empty line after each one (a table laid out double-spaced) are one table: a run (its
 * title and header over its first line), then single lines, each one blank line from the next and holding
 * figures where the line before has cells, at least SPACED_TABLE.minRuns runs in all. A table of its own
 * starts with a header line of words, and a note under the table holds no figures, so either ends the chain.
 */
function spacedChains<T>(
  runs: readonly T[],
  span: (r: T) => [number, number],
  join: (a: T, b: T) => T,
  fits: (before: number, line: number) => boolean,
): T[] {
  const out: T[] = [];
  const lines = (r: T) => span(r)[1] - span(r)[0] + 1;
  const next = (a: T, b: T) =>
    lines(b) === 1 && span(b)[0] - span(a)[1] === 2 && fits(span(a)[1], span(b)[0]);
  let i = 0;
  while (i < runs.length) {
    let j = i;
    while (j + 1 < runs.length && next(runs[j], runs[j + 1])) j++;
    if (j - i + 1 >= SPACED_TABLE.minRuns) {
      out.push(join(runs[i], runs[j]));
      i = j + 1;
    } else out.push(runs[i++]);
  }
  return out;
}

/**
 * A line that goes on with the line before it in a double-spaced table: it holds a figure, and its filled cells
 * are those of the line before but for at most one (a name under a blank corner, a total with no share).
 */
function goesOn(
  cells: SheetCells,
  count: number,
  at: (line: number, i: number) => [number, number],
): (before: number, line: number) => boolean {
  return (before, line) => {
    let figures = 0;
    let differ = 0;
    for (let i = 0; i < count; i++) {
      const [r, c] = at(line, i);
      const [pr, pc] = at(before, i);
      if ((cells.kind(r, c) === BLANK) !== (cells.kind(pr, pc) === BLANK)) differ++;
      // A dash for nil is a figure too: a source with nothing in any year is still a column of amounts.
      if ((cells.isNumeric(r, c) && periodLabel(cells.raw(r, c)) === null) || isNil(cells.raw(r, c)))
        figures++;
    }
    return figures > 0 && differ <= 1;
  };
}

function rowsWithNumbers(cells: SheetCells, top: number, bottom: number, rect: RangePos): number {
  let n = 0;
  for (let r = top; r <= bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      if (cells.isNumeric(r, c) && periodLabel(cells.raw(r, c)) === null) {
        n++;
        break;
      }
    }
  }
  return n;
}

function filled(cells: SheetCells, row: number, rect: RangePos): number {
  let n = 0;
  for (let c = rect.left; c <= rect.right; c++) if (cells.kind(row, c) !== BLANK) n++;
  return n;
}

/** Two or more cells and no amount (years and other period labels may stand there): a header line. */
function namesColumns(cells: SheetCells, row: number, rect: RangePos): boolean {
  if (filled(cells, row, rect) < 2) return false;
  for (let c = rect.left; c <= rect.right; c++) {
    if (cells.isNumeric(row, c) && periodLabel(cells.raw(row, c)) === null) return false;
  }
  return true;
}

function rowKey(cells: SheetCells, row: number, rect: RangePos): string {
  const parts: string[] = [];
  for (let c = rect.left; c <= rect.right; c++) parts.push(cells.text(row, c));
  return parts.join('|');
}

/**
 * The run below goes on with the rows above: at least two rows above, the last not a total, and the first
 * row below shaped like it (the same columns filled, text and numbers in the same places, a remark after the
 * figures aside) and holding a number, so it is data, not a new header or title.
 */
function continues(cells: SheetCells, above: RangePos, below: RangePos): boolean {
  // A title (or header) and the first line, cut from the other lines by a blank row, is a table's start too.
  if (above.bottom - above.top < 1) return false;
  const last = above.bottom;
  const first = below.top;
  // A total ends a table, unless it stands first, right under the header: its parts follow it.
  if (isTotalLabel(firstText(cells, last, above)) && rowsWithNumbers(cells, above.top, last - 1, above) > 0)
    return false;
  // A dash for nil stands where a figure would: "–" under 250.000 is the same column of amounts.
  const figure = (r: number, c: number) => cells.isNumeric(r, c) || isNil(cells.raw(r, c));
  // A code or running number before the names on one line only: a breakdown line ("deraf løn") has none.
  const names = Math.min(nameCol(cells, last, above), nameCol(cells, first, above));
  let numbers = 0;
  for (let c = above.left; c <= above.right; c++) {
    const a = cells.kind(last, c);
    const b = cells.kind(first, c);
    if (c < names && (a === BLANK) !== (b === BLANK) && isCode(cells, a === BLANK ? first : last, c))
      continue;
    if (figure(last, c) !== figure(first, c)) return false;
    if ((a === BLANK) !== (b === BLANK)) {
      // Words after the figures beside one line and not the other are a remark on that line ("Jf. aftalen"):
      // they say nothing of the table's shape. Anywhere else a cell filled on one side only is a new shape.
      if ((a === BLANK ? b : a) !== TEXT || numbers === 0) return false;
      continue;
    }
    if (cells.isNumeric(first, c)) numbers++;
  }
  return numbers > 0;
}

/** The first cell of the row holding words (a name), or past the right edge when there is none. */
function nameCol(cells: SheetCells, row: number, rect: RangePos): number {
  for (let c = rect.left; c <= rect.right; c++) {
    if (cells.kind(row, c) === TEXT && !isNil(cells.raw(row, c)) && !isCode(cells, row, c)) return c;
  }
  return rect.right + 1;
}

/** A code before a name: a whole number (a running number, a CVR number) or digits in dotted groups ("6.24.66"). */
function isCode(cells: SheetCells, row: number, col: number): boolean {
  return wholeNumber(cells, row, col) || /^\d{1,8}(?:\.\d{1,3}){0,5}$/.test(cells.text(row, col));
}

/**
 * A line after a spacer row that sums the figures above it, column by column, is their total, labelled or not:
 * the arithmetic says so. Nothing after it may hold figures (it would be a table of its own).
 */
function totalsAbove(cells: SheetCells, above: RangePos, below: RangePos): boolean {
  const line = below.top;
  if (rowsWithNumbers(cells, line + 1, below.bottom, below) > 0) return false;
  if (rowsWithNumbers(cells, above.top, above.bottom, above) < 2) return false;
  return sumsTheLinesBefore(
    cells,
    { from: above.left, to: above.right },
    { from: above.top, to: above.bottom },
    (c, r) => [r, c],
    (c) => [line, c],
  );
}

/**
 * A column after a spacer column that sums the figures left of it, row by row, is their total, headed or not
 * (totalsAbove turned on its side). No column after it may hold figures.
 */
function totalsLeft(
  cells: SheetCells,
  band: RangePos,
  left: { left: number; right: number },
  right: { left: number; right: number },
): boolean {
  const col = right.left;
  for (let c = col + 1; c <= right.right; c++) {
    for (let r = band.top; r <= band.bottom; r++) if (cells.isNumeric(r, c)) return false;
  }
  return sumsTheLinesBefore(
    cells,
    { from: band.top, to: band.bottom },
    { from: left.left, to: left.right },
    (r, c) => [r, c],
    (r) => [r, col],
  );
}

type Span = { readonly from: number; readonly to: number };

/**
 * Whether a line of figures is the sum of the lines before it, place by place along it (a row under rows,
 * column by column; or a column beside columns, row by row). All places but one must agree (one may be the
 * typo the check is there to find), at least one must, of two or more compared (a key that sums exactly beside
 * amounts with a typo in them), and every place needs two parts. A dash for nil is a
 * part worth nothing; a year is a heading, never a figure. `cell(place, part)` and `total(place)` give the
 * sheet's row and column.
 */
function sumsTheLinesBefore(
  cells: SheetCells,
  places: Span,
  parts: Span,
  cell: (place: number, part: number) => readonly [number, number],
  total: (place: number) => readonly [number, number],
): boolean {
  const figure = (r: number, c: number) =>
    periodLabel(cells.raw(r, c)) === null ? cells.number(r, c) : null;
  let compared = 0;
  let agree = 0;
  for (let p = places.from; p <= places.to; p++) {
    const stated = figure(...total(p));
    if (stated === null) continue;
    let sum = ZERO;
    let counted = 0;
    for (let k = parts.from; k <= parts.to; k++) {
      const [r, c] = cell(p, k);
      if (isNil(cells.raw(r, c))) counted++;
      const v = figure(r, c);
      if (v === null) continue;
      sum = add(sum, v);
      counted++;
    }
    if (counted < 2) return false;
    compared++;
    if (compare(sum, stated) === 0) agree++;
  }
  return compared >= 2 && agree >= 1 && agree >= compared - 1;
}

/**
 * A spacer row between the column names and the figures: the run above is title and header lines only, its
 * last line names columns, and the first row below holds figures under those names. A header with no body is
 * no table of its own, and a body with no header would be read without its names.
 */
function headsBody(cells: SheetCells, above: RangePos, below: RangePos): boolean {
  const header = above.bottom;
  const first = below.top;
  if (!namesColumns(cells, header, above) || rowsWithNumbers(cells, above.top, header, above) > 0)
    return false;
  let figures = 0;
  for (let c = above.left; c <= above.right; c++) {
    if (!cells.isNumeric(first, c) || periodLabel(cells.raw(first, c)) !== null) continue;
    if (cells.kind(header, c) === BLANK) return false;
    figures++;
  }
  return figures >= 2 || headsTargetList(cells, header, first, above);
}

/** A target list's header names this many columns by their roles ("Resultatmål | Mål | Resultat | Frist"). */
const TARGET_LIST_ROLES = 3;

/**
 * A target list's header over lines of words ("10 procentpoint", "ultimo 2027", "15 % stigning"): the header
 * says what each column holds, and every cell of the first line stands under one of its words.
 */
function headsTargetList(cells: SheetCells, header: number, first: number, rect: RangePos): boolean {
  let roles = 0;
  for (let c = rect.left; c <= rect.right; c++) {
    if (cells.kind(first, c) !== BLANK && cells.kind(header, c) === BLANK) return false;
    if (kpiHeaderRole(cells.text(header, c)) !== null) roles++;
  }
  return roles >= TARGET_LIST_ROLES;
}

function firstText(cells: SheetCells, row: number, rect: RangePos): string {
  for (let c = rect.left; c <= rect.right; c++) if (cells.kind(row, c) !== BLANK) return cells.text(row, c);
  return '';
}

function colRuns(cells: SheetCells, band: RangePos): RangePos[] {
  const width = band.right - band.left + 1;
  const used = new Uint8Array(width);
  for (let r = band.top; r <= band.bottom; r++) {
    for (let c = 0; c < width; c++) if (!used[c] && cells.kind(r, band.left + c) !== BLANK) used[c] = 1;
  }
  // A name merged over two columns fills both: the second is no spacer between the names and the figures.
  for (const m of cells.grid.merges ?? []) {
    if (m.bottom < band.top || m.top > band.bottom || cells.kind(m.top, m.left) === BLANK) continue;
    for (let c = Math.max(m.left, band.left); c <= Math.min(m.right, band.right); c++)
      used[c - band.left] = 1;
  }
  const runs: { left: number; right: number }[] = [];
  let start = -1;
  for (let c = 0; c <= width; c++) {
    const full = c < width && used[c] === 1;
    if (full && start < 0) start = c;
    if (!full && start >= 0) {
      runs.push({ left: band.left + start, right: band.left + c - 1 });
      start = -1;
    }
  }
  // A single column on its own beside a table is usually that table's labels with a spacer
  // column between: keep it with its right-hand neighbour. One blank column inside a table laid out across
  // (a party per column) does not end it either, as one blank row inside a list does not.
  const merged: { left: number; right: number }[] = [];
  const spaced = spacedChains(
    runs,
    (r) => [r.left, r.right],
    (a, b) => ({ left: a.left, right: b.right }),
    goesOn(cells, band.bottom - band.top + 1, (col, i) => [band.top + i, col]),
  );
  for (let i = 0; i < spaced.length; i++) {
    const run = spaced[i];
    const prev = merged[merged.length - 1];
    // A column that goes on with the table left of it joins that table first: in a table laid across with a
    // blank column after every column, "Regioner" after "Erhvervsorganisationer" is one more party, not the
    // labels of the columns right of it.
    if (
      prev &&
      run.left - prev.right === 2 &&
      (continuesAcross(cells, band, prev, run) ||
        lastColumnOf(cells, band, prev, run) ||
        figuresOf(cells, band, prev, run) ||
        totalsLeft(cells, band, prev, run))
    ) {
      merged[merged.length - 1] = { left: prev.left, right: run.right };
    } else if (run.left === run.right && i + 1 < spaced.length && spaced[i + 1].left - run.right === 2) {
      merged.push({ left: run.left, right: spaced[i + 1].right });
      i++;
    } else merged.push(run);
  }
  return merged.map((r) => ({ top: band.top, bottom: band.bottom, left: r.left, right: r.right }));
}

function trimRows(cells: SheetCells, rect: RangePos): RangePos | null {
  let top = rect.top;
  let bottom = rect.bottom;
  while (top <= bottom && !rowHasContent(cells, top, rect.left, rect.right)) top++;
  while (bottom >= top && !rowHasContent(cells, bottom, rect.left, rect.right)) bottom--;
  return top <= bottom ? { ...rect, top, bottom } : null;
}

/**
 * The columns right of a blank column go on with those left of it: at least two columns left, the last not
 * headed as a total, and the first column right shaped like it (the same rows filled, text and numbers in the
 * same places) and holding a number, and no column right of it that holds only words: one more party of the
 * same lines, not a new table with labels of its own.
 */
function continuesAcross(
  cells: SheetCells,
  band: RangePos,
  left: { left: number; right: number },
  right: { left: number; right: number },
): boolean {
  if (left.right - left.left < 1) return false;
  const a = left.right;
  // A word alone over the columns after it ("Heraf:" heading a breakdown, nothing under it) is no column of
  // its own: the column that goes on is the first one with figures.
  let b = right.left;
  while (b < right.right && !columnHasNumber(cells, band, b) && filledRows(cells, band, b) <= 1) b++;
  let numbers = 0;
  let head = '';
  // A dash for nil stands where a figure would, as in the rows (continues).
  const figure = (r: number, c: number) => cells.isNumeric(r, c) || isNil(cells.raw(r, c));
  for (let r = band.top; r <= band.bottom; r++) {
    if ((cells.kind(r, a) === BLANK) !== (cells.kind(r, b) === BLANK)) return false;
    if (figure(r, a) !== figure(r, b)) return false;
    if (cells.isNumeric(r, b)) numbers++;
    else if (head === '' && cells.kind(r, a) !== BLANK) head = cells.text(r, a);
  }
  // A total column ends a table, unless it is all there is left of the gap beside the names (a total first).
  if (numbers === 0 || (isTotalLabel(head) && left.right - left.left >= 2)) return false;
  // A table of its own beside this one has its own labels: a column with no number at all.
  for (let c = right.left; c <= right.right; c++) {
    if (!columnHasNumber(cells, band, c) && filledRows(cells, band, c) > (c < b ? 1 : 0)) return false;
  }
  return true;
}

function columnHasNumber(cells: SheetCells, band: RangePos, col: number): boolean {
  for (let r = band.top; r <= band.bottom; r++) if (cells.isNumeric(r, col)) return true;
  return false;
}

function filledRows(cells: SheetCells, band: RangePos, col: number): number {
  let n = 0;
  for (let r = band.top; r <= band.bottom; r++) if (cells.kind(r, col) !== BLANK) n++;
  return n;
}

/**
 * One column after a spacer column, filled in exactly the rows the table left of it fills in its last column
 * (its header line and every line below): that table's last column ("Frist" after a blank column), since one
 * column is no table of its own. A note beside a table fills one or two cells, not the table's rows.
 */
function lastColumnOf(
  cells: SheetCells,
  band: RangePos,
  left: { left: number; right: number },
  right: { left: number; right: number },
): boolean {
  if (right.left !== right.right || left.right - left.left < 1) return false;
  let rows = 0;
  for (let r = band.top; r <= band.bottom; r++) {
    const filled = cells.kind(r, right.left) !== BLANK;
    if (filled !== (cells.kind(r, left.right) !== BLANK)) return false;
    if (filled) rows++;
  }
  return rows >= 3;
}

/**
 * Figures after a spacer column, beside the labels they belong to: the columns left of the gap end in a column
 * of names (a code column may stand before them), every row with a figure right of the gap has its name left
 * of it, and no column right of the gap holds words of its own below its header. A single label column is the
 * case above; "Kom.nr. | Kommune | (blank) | Indbyggere | Beløb" is this one.
 */
function figuresOf(
  cells: SheetCells,
  band: RangePos,
  left: { left: number; right: number },
  right: { left: number; right: number },
): boolean {
  let figureRows = 0;
  let header = -1;
  let unnamed = 0;
  let unnamedAt = -1;
  let lastFigures = -1;
  for (let r = band.top; r <= band.bottom; r++) {
    let numbers = 0;
    let words = 0;
    for (let c = right.left; c <= right.right; c++) {
      // A year over the figures heads them ("2021 | 2022 | I alt"): a word of the header line, no figure.
      if (figureRows === 0 && periodLabel(cells.raw(r, c)) !== null) words++;
      else if (cells.isNumeric(r, c) || isNil(cells.raw(r, c))) numbers++;
      else if (cells.kind(r, c) !== BLANK) words++;
    }
    if (numbers === 0) {
      // The header line over the figures may name them, under a group title merged over them ("Finansiering"
      // over "Indbyggere | Beløb"); another line of words is a table of its own.
      if (words > 0 && figureRows > 0) return false;
      if (words > 0 && header >= 0 && !groupTitleOver(cells, header, right)) return false;
      if (words > 0) header = r;
      continue;
    }
    if (words > 0) return false;
    // The row's name: the last filled cell left of the gap (a name merged over two columns ends before it),
    // or before a code typed right of it ("Kommune | Kom.nr."): whole numbers between the name and the gap.
    let c = left.right;
    while (c > left.left && (cells.kind(r, c) === BLANK || wholeNumber(cells, r, c))) c--;
    if (cells.kind(r, c) === BLANK) {
      // One line of figures with no name, at the foot: the total, unlabelled.
      if (++unnamed > 1) return false;
      unnamedAt = r;
    } else if (cells.isNumeric(r, c)) return false;
    lastFigures = r;
    figureRows++;
  }
  return figureRows >= 3 && (unnamed === 0 || unnamedAt === lastFigures);
}

/** A whole number of no more than ten digits that is no period: a code, a running number or a count. */
function wholeNumber(cells: SheetCells, row: number, col: number): boolean {
  if (cells.kind(row, col) !== NUMBER || periodLabel(cells.raw(row, col)) !== null) return false;
  const v = cells.raw(row, col);
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e10;
}

/** Every filled cell of the row between the columns starts a merge across two or more of them. */
function groupTitleOver(cells: SheetCells, row: number, cols: { left: number; right: number }): boolean {
  let titles = 0;
  for (let c = cols.left; c <= cols.right; c++) {
    if (cells.kind(row, c) === BLANK) continue;
    const merged = (cells.grid.merges ?? []).some(
      (m) => m.top === row && m.left === c && m.right > m.left && m.right <= cols.right,
    );
    if (!merged) return false;
    titles++;
  }
  return titles > 0;
}
