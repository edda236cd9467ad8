/**
 * A text like "3,645" is 3,645 in Danish and 3.645 in English: alone, Fordel cannot tell (ambiguous-number).
 * Its column often can, the way a colleague reads it. The comma is the decimal mark where the other texts in
 * the column write it so ("0,875", "12,5", "1.250,5") and none is written the English way ("3.5",
 * "1,500,000"), or, for amounts in mio. kr., where the English reading would be a hundred times the largest
 * amount beside it (3.645 mio. kr. among 3,5 and 17,5), or nothing beside it is read without doubt ("mio." is
 * Danish-only, as beside a number). Where the column does not decide, the warning stays.
 *
 * The column is the run of cells above and below, ended by two blank cells, so a table under another is
 * not read by its neighbour's habits. In a split laid out across, a field's figures run along the sheet's row
 * (the amounts of every party side by side), so the run is the row's. A run is looked at once per sheet and
 * column (or row).
 */
import { compare, fromNumber, mul, decimal, type Decimal } from '../decimal/decimal';
import { cellAt, gridBounds, isBlank, type RawValue, type SheetGrid } from '../grid/grid';
import { parseNumberText } from '../numbers/parse-number-text';

export const COMMA_BY_COLUMN = {
  /** Cells looked at above and below the cell, at most. */
  scan: 1000,
  /** Blank cells in a row that end the column's run (one empty line inside a table does not). */
  gap: 2,
  /** The English reading of an amount in mio. kr. at this many times the largest amount beside it is none. */
  tooBig: 100,
  /** ... while the Danish reading stays within this many times it. */
  fits: 10,
} as const;

/** Whole numbers read as years, not amounts, when they head a column. */
const YEARS = { from: 1900, to: 2100 } as const;

interface Run {
  readonly top: number;
  readonly bottom: number;
  /** Some other text writes the comma as decimal mark and none writes a number the English way. */
  readonly commaTexts: boolean;
  /** The largest amount read without doubt, in the column's unit; null when there is none. */
  readonly largest: Decimal | null;
  /** Some text in the column is written the English way ("3.5", "1,500,000"). */
  readonly english: boolean;
}

const runs = new WeakMap<SheetGrid, Map<number, Run[]>>();
const runsAcross = new WeakMap<SheetGrid, Map<number, Run[]>>();

/** True when the text reads two ways only over its comma: "1,250", "-3,645", "2,500 kr.". */
export function commaInDoubt(raw: string): boolean {
  const p = parseNumberText(raw);
  return p.kind === 'ambiguous' && p.reason === 'english-thousands';
}

/**
 * Whether the cell's column settles its comma as the decimal mark. `inMillions`: the cell is an amount in a
 * table in mio. kr., where the size of its neighbours decides too. `across`: the table's fields are rows.
 */
export function commaSettledByColumn(
  grid: SheetGrid,
  row: number,
  col: number,
  raw: string,
  inMillions: boolean,
  across = false,
): boolean {
  const run = runAt(grid, row, col, across);
  if (run.commaTexts) return true;
  if (!inMillions || run.english) return false;
  // "mio. kr." is Danish-only, as it is beside a number ("7,175 mio. kr."): with nothing beside the cell to
  // weigh it against ("3,500", "7,175", "17,500" all alike), the unit settles the comma.
  if (run.largest === null) return true;
  const danish = parseNumberText(raw, { decimalComma: true });
  if (danish.kind !== 'ok' || danish.unit !== 'none') return false;
  const value = abs(danish.value);
  const english = mul(value, decimal(1000));
  return (
    compare(english, mul(run.largest, decimal(COMMA_BY_COLUMN.tooBig))) >= 0 &&
    compare(value, mul(run.largest, decimal(COMMA_BY_COLUMN.fits))) <= 0
  );
}

function runAt(grid: SheetGrid, row: number, col: number, across: boolean): Run {
  const cache = across ? runsAcross : runs;
  let byLine = cache.get(grid);
  if (!byLine) cache.set(grid, (byLine = new Map()));
  // Along a column the run is found by its rows; along a row (across) by its columns.
  const [line, at] = across ? [row, col] : [col, row];
  const known = byLine.get(line) ?? [];
  const hit = known.find((r) => r.top <= at && at <= r.bottom);
  if (hit) return hit;
  const cell = (i: number) => (across ? cellAt(grid, row, i) : cellAt(grid, i, col));
  const bounds = gridBounds(grid);
  const first = (across ? bounds?.left : bounds?.top) ?? at;
  const last = (across ? bounds?.right : bounds?.bottom) ?? at;
  const run = readRun(cell, at, first, last);
  byLine.set(line, [...known, run]);
  return run;
}

/** The run through `at` of the cells `cell(i)` for i in first..last; top and bottom are such indexes. */
function readRun(cell: (i: number) => RawValue, at: number, first: number, last: number): Run {
  const edge = (step: 1 | -1): number => {
    let r = at;
    let blanks = 0;
    for (let n = 0; n < COMMA_BY_COLUMN.scan; n++) {
      const next = r + step;
      if (next < first || next > last) break;
      blanks = isBlank(cell(next)) ? blanks + 1 : 0;
      if (blanks >= COMMA_BY_COLUMN.gap) break;
      r = next;
    }
    return r;
  };
  const top = edge(-1);
  const bottom = edge(1);
  let comma = 0;
  let english = 0;
  let largest: Decimal | null = null;
  const seen = (d: Decimal) => {
    const a = abs(d);
    if (largest === null || compare(a, largest) > 0) largest = a;
  };
  for (let r = top; r <= bottom; r++) {
    const v = cell(r);
    if (typeof v === 'number') {
      // A year over the column (2025) is its header, not an amount beside the cell.
      const d = Number.isInteger(v) && v >= YEARS.from && v <= YEARS.to ? null : fromNumber(v);
      if (d) seen(d);
      continue;
    }
    if (typeof v !== 'string') continue;
    const p = parseNumberText(v);
    if (p.kind === 'ok') {
      if (v.includes(',')) comma++;
      if (p.unit === 'none') seen(p.value);
    } else if (p.kind === 'ambiguous' && (p.reason === 'decimal-point' || p.reason === 'english-format')) {
      english++;
    }
  }
  return { top, bottom, commaTexts: comma > 0 && english === 0, largest, english: english > 0 };
}

function abs(d: Decimal): Decimal {
  return d.digits < 0n ? { digits: -d.digits, scale: d.scale } : d;
}
