/**
 * What Fordel wrote into its columns beside the user's tables, cell by cell, so that removing its output
 * takes only what it can prove it wrote. A "Fordel:" header above a number says nothing about who typed
 * the number: a user who corrects a figure in Fordel's column keeps it. For each range it writes, Fordel
 * records a short checksum of every cell as written (in the settings sheet, beside the range); a cell is
 * Fordel's while it still holds a value with that checksum, or nothing.
 */
import { a1, a1Range, sheetRef, type RangePos } from '../grid/a1';
import { cellAt, isFormulaAt, type RawValue, type SheetGrid } from '../grid/grid';
import { isFordelHeader, looksLikeOutput } from './ownership';
import { parseOwnedRange, type OwnedRange } from './owned-range';
import type { OutValue, UserCell, WrittenMark } from './plan';
import { canonical } from './sheet-marks';

/** A cell Fordel left empty; any value found there later is the user's. */
const EMPTY = '.';
/** Characters per written value: 24 bits, so a changed value passes as Fordel's once in 16 million. */
const WIDTH = 4;
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_CODES = Uint8Array.from(DIGITS, (ch) => ch.charCodeAt(0));
const EMPTY_CODE = EMPTY.charCodeAt(0);

/** The record of one range as written: ref is the range as kept in settings.owned. */
export function markWritten(ref: string, values: readonly (readonly OutValue[])[]): WrittenMark {
  // Character codes first, text once: a string per cell and per row costs more than the checksums on a
  // block of a million rows.
  let cells = 0;
  for (const row of values) cells += row.length;
  const codes = new Uint8Array(cells * WIDTH);
  let n = 0;
  for (const row of values) {
    for (const v of row) {
      const x = cellHash(v);
      if (x < 0) codes[n++] = EMPTY_CODE;
      else for (let i = WIDTH - 1; i >= 0; i--) codes[n++] = DIGIT_CODES[(x >>> (6 * i)) & 63];
    }
  }
  return { ref, cells: textOf(codes.subarray(0, n)) };
}

/** Character codes as text, a slice at a time (an argument list has a limit). */
function textOf(codes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192)
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]));
  return parts.join('');
}

/** The record of a range Fordel emptied. */
export function markEmptied(ref: string, rows: number, cols: number): WrittenMark {
  return { ref, cells: EMPTY.repeat(rows * cols) };
}

/** A record is usable only when it has one entry per cell of its range. */
export function isWrittenMark(m: unknown): m is WrittenMark {
  const x = m as Partial<WrittenMark> | null;
  if (typeof x !== 'object' || x === null || typeof x.ref !== 'string' || typeof x.cells !== 'string')
    return false;
  const owned = parseOwnedRange(x.ref);
  return owned !== null && entries(x.cells)?.length === cellCount(owned);
}

/**
 * The cells in Fordel's ranges that are not provably Fordel's: a value whose checksum differs from what
 * Fordel recorded there, a formula, or (for ranges written before records existed) any number. A range on
 * a sheet that was not read (hidden since) is kept whole; its top-left cell stands for it.
 */
export function userCellsIn(
  ranges: readonly string[],
  written: readonly WrittenMark[],
  grids: readonly SheetGrid[],
): UserCell[] {
  const gridOf = new Map(grids.map((g) => [g.name.toLowerCase(), g]));
  const records = written.map((m) => ({ at: parseOwnedRange(m.ref), sums: entries(m.cells) }));
  const out: UserCell[] = [];
  const seen = new Set<string>();
  for (const ref of ranges) {
    const owned = parseOwnedRange(ref);
    if (!owned) continue;
    const grid = gridOf.get(owned.sheet.toLowerCase());
    const { top, left, bottom, right } = owned.range;
    if (!grid) {
      out.push({ sheet: owned.sheet, row: top, col: left });
      continue;
    }
    const covering = records.filter(
      (r): r is { at: OwnedRange; sums: string[] } =>
        r.at !== null && r.sums !== null && r.at.sheet.toLowerCase() === owned.sheet.toLowerCase(),
    );
    for (let col = left; col <= right; col++) {
      const header = legacyHeaderAbove(grid, top, col);
      const column = isFordelColumn(grid, covering, owned.range, col);
      for (let row = top; row <= bottom; row++) {
        const key = `${grid.name}\n${row}\n${col}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const v = cellAt(grid, row, col);
        if (isNothing(v)) continue;
        const ours =
          column && !isFormulaAt(grid, row, col)
            ? (provenByRecord(covering, row, col, v) ?? (header && isFordelText(v)))
            : false;
        if (!ours) out.push({ sheet: grid.name, row, col });
      }
    }
  }
  return out;
}

/**
 * The parts of an owned range that clean may touch at all: its columns that are Fordel's
 * (isFordelColumn), as ranges. A range on a sheet that was not read gives none.
 */
export function fordelParts(
  ref: string,
  written: readonly WrittenMark[],
  grids: readonly SheetGrid[],
): string[] {
  const owned = parseOwnedRange(ref);
  const grid = owned && grids.find((g) => g.name.toLowerCase() === owned.sheet.toLowerCase());
  if (!owned || !grid) return [];
  const covering = recordsOn(written, grid.name);
  const { top, left, bottom, right } = owned.range;
  const parts: string[] = [];
  let start: number | null = null;
  for (let col = left; col <= right + 1; col++) {
    const ours = col <= right && isFordelColumn(grid, covering, owned.range, col);
    if (ours && start === null) start = col;
    if (!ours && start !== null) {
      // The whole range when every column is Fordel's, so the reference stays as it was kept.
      parts.push(
        start === left && col === right + 1
          ? ref
          : sheetRef(owned.sheet, a1Range({ top, left: start, bottom, right: col - 1 })),
      );
      start = null;
    }
  }
  return parts;
}

/**
 * A recorded column is Fordel's only while its top cell is still the "Fordel:" header Fordel recorded
 * writing there, or the record says Fordel emptied the whole column. A record alone proves nothing: a
 * settings sheet can be inherited or crafted to list the user's own figures with their checksums, and
 * clean must not take them. Columns with no record (written before records existed) are judged cell by
 * cell under their header, as before.
 */
function isFordelColumn(
  grid: SheetGrid,
  covering: readonly { at: OwnedRange; sums: string[] }[],
  range: RangePos,
  col: number,
): boolean {
  const head = cellAt(grid, range.top, col);
  const proven = provenByRecord(covering, range.top, col, head);
  if (proven === undefined) return true;
  if (proven && isFordelHeader(head)) return true;
  for (let row = range.top; row <= range.bottom; row++) {
    const entry = recordedEntry(covering, row, col);
    if (entry !== undefined && entry !== EMPTY) return false;
  }
  return true;
}

/** The usable records of one sheet. */
function recordsOn(written: readonly WrittenMark[], sheet: string): { at: OwnedRange; sums: string[] }[] {
  return written
    .map((m) => ({ at: parseOwnedRange(m.ref), sums: entries(m.cells) }))
    .filter(
      (r): r is { at: OwnedRange; sums: string[] } =>
        r.at !== null && r.sums !== null && r.at.sheet.toLowerCase() === sheet.toLowerCase(),
    );
}

/** What the first record covering a cell says Fordel wrote there, undefined when none covers it. */
function recordedEntry(
  records: readonly { at: OwnedRange; sums: string[] }[],
  row: number,
  col: number,
): string | undefined {
  for (const { at, sums } of records) {
    const { top, left, bottom, right } = at.range;
    if (row >= top && row <= bottom && col >= left && col <= right)
      return sums[(row - top) * (right - left + 1) + (col - left)];
  }
  return undefined;
}

/**
 * The first cell of a range Fordel is about to write over that no longer holds what Fordel recorded
 * there: a number or word the user typed over Fordel's, one typed into a cell Fordel left empty, or a
 * formula. Where the range is exactly one Fordel wrote before, each cell is held to its own checksum.
 * Where the table has grown, shrunk or moved since (rows inserted), Fordel's cells have shifted, so a
 * value counts as Fordel's when it is any value recorded in the ranges it overlaps. Cells no record
 * covers (a first run, or ranges written before records existed) are left to firstForeignCell.
 * byPosition false takes any recorded value everywhere: for clearing a range a rerun no longer covers,
 * which is stale mostly because rows were inserted, and so shifted.
 */
export function firstOverwrittenCell(
  grid: SheetGrid,
  written: readonly WrittenMark[],
  target: RangePos,
  byPosition = true,
): string | null {
  const sheet = grid.name.toLowerCase();
  const records = written
    .map((m) => ({ at: parseOwnedRange(m.ref), sums: entries(m.cells) }))
    .filter(
      (r): r is { at: OwnedRange; sums: string[] } =>
        r.at !== null &&
        r.sums !== null &&
        r.at.sheet.toLowerCase() === sheet &&
        overlaps(r.at.range, target),
    );
  const same = byPosition && records.find((r) => sameRange(r.at.range, target));
  const anyOf = new Set(records.flatMap((r) => r.sums));
  const bottom = Math.min(target.bottom, grid.origin.row + grid.values.length - 1);
  const right = Math.min(target.right, grid.origin.col + (grid.values[0]?.length ?? 0) - 1);
  for (let col = Math.max(target.left, grid.origin.col); col <= right; col++) {
    for (let row = Math.max(target.top, grid.origin.row); row <= bottom; row++) {
      const v = cellAt(grid, row, col);
      if (isNothing(v)) continue;
      if (isFormulaAt(grid, row, col)) return a1(row, col);
      if (same) {
        if (provenByRecord([same], row, col, v) === false) return a1(row, col);
      } else if (records.some((r) => inside(r.at.range, row, col)) && !anyOf.has(cellSum(v))) {
        return a1(row, col);
      }
    }
  }
  return null;
}

/** "Ark1!G7" for each cell, in the order found. */
export function cellRefs(cells: readonly UserCell[]): string[] {
  return cells.map((c) => `${c.sheet}!${a1(c.row, c.col)}`);
}

/** True or false from a record covering the cell, undefined when none does. */
function provenByRecord(
  records: readonly { at: OwnedRange; sums: string[] }[],
  row: number,
  col: number,
  v: RawValue,
): boolean | undefined {
  let covered = false;
  const sum = cellSum(v);
  for (const { at, sums } of records) {
    const { top, left, bottom, right } = at.range;
    if (row < top || row > bottom || col < left || col > right) continue;
    covered = true;
    if (sums[(row - top) * (right - left + 1) + (col - left)] === sum) return true;
  }
  return covered ? false : undefined;
}

/**
 * Ranges written before records existed: Fordel's own words (its headers and status words) under a
 * "Fordel:" header are still recognised, but a number there could be anyone's, so it stays.
 */
function legacyHeaderAbove(grid: SheetGrid, top: number, col: number): boolean {
  for (let row = Math.max(grid.origin.row, top - 1); row <= top; row++)
    if (isFordelHeader(cellAt(grid, row, col))) return true;
  return false;
}

function isFordelText(v: RawValue): boolean {
  return typeof v === 'string' && looksLikeOutput(v);
}

function isNothing(v: RawValue): boolean {
  return v === null || v === '';
}

function cellSum(v: OutValue | RawValue): string {
  const x = cellHash(v);
  if (x < 0) return EMPTY;
  let s = '';
  for (let i = WIDTH - 1; i >= 0; i--) s += DIGITS[(x >>> (6 * i)) & 63];
  return s;
}

/** The cell's checksum folded to 24 bits (written as four digits of six bits each), or -1 for an empty cell. */
function cellHash(v: OutValue | RawValue): number {
  // A number counts by the 15 digits Excel keeps, so a host that stores it so still matches.
  const shown = canonical(typeof v === 'number' ? excelDigits(v) : v);
  if (shown === null) return -1;
  let h = 0x811c9dc5;
  for (let i = 0; i < shown.length; i++) {
    h ^= shown.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 24) ^ (h & 0xffffff);
}

/** The number as Excel keeps it (15 digits); a whole number that short is already so (most cells). */
function excelDigits(v: number): number {
  if (!Number.isFinite(v) || (Number.isInteger(v) && Math.abs(v) < 1e15)) return v;
  return Number(v.toPrecision(15));
}

/** The per-cell entries of a record, or null when it is not one. */
function entries(cells: string): string[] | null {
  const out: string[] = [];
  for (let i = 0; i < cells.length;) {
    if (cells[i] === EMPTY) {
      out.push(EMPTY);
      i++;
      continue;
    }
    const sum = cells.slice(i, i + WIDTH);
    if (sum.length !== WIDTH || [...sum].some((ch) => !DIGITS.includes(ch))) return null;
    out.push(sum);
    i += WIDTH;
  }
  return out;
}

function inside(r: RangePos, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function overlaps(a: RangePos, b: RangePos): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function sameRange(a: RangePos, b: RangePos): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function cellCount({ range }: OwnedRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}
