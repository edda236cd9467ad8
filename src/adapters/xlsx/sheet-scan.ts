/**
 * One worksheet's XML, read byte by byte into flat arrays (row, column, format, flags and value per cell):
 * no regular expression, string or object per cell beyond the value itself. It gives every cell the value,
 * format and formula flag the SheetJS path gives it, including that path's rules for formulas saved without
 * a result, numbers stored as odd text and indented cells. Any form it does not know hands the workbook back
 * to SheetJS (reader-fallback.ts).
 */
import type { RawValue } from '../../core/grid/grid';
import type { CellPos } from './formulas-without-result';
import type { CellIndent } from './indents';
import { ERROR_TEXT, XLSX_ERROR_CODES } from './excel-errors';
import { decode as decodeStored, readsAsStored, type OddNumber } from './odd-numbers';
import { notUnderstood } from './reader-fallback';
import { itemText } from './shared-strings';
import { cellText, unescapeXml } from './xml-unescape';
import { sheetLayout, type SheetLayout } from './sheet-layout';

/** The cell holds a value or a formula: it counts for the used range. */
export const FILLED = 1;
/** The cell holds a formula the reader could read. */
export const FORMULA = 2;
/** The cell's stored value is missing. */
export const NO_VALUE = 4;
/** The cell's stored value is 0 or "" (a placeholder when the workbook asks for recalculation). */
export const ZERO_OR_EMPTY = 8;

export interface ScannedSheet extends SheetLayout {
  readonly count: number;
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  /** Cell format index (`s`), -1 for none. */
  readonly styles: Int32Array;
  readonly flags: Uint8Array;
  readonly values: RawValue[];
  readonly noResult: readonly CellPos[];
  readonly oddNumbers: readonly OddNumber[];
  readonly indents: readonly CellIndent[];
  readonly hiddenRows: readonly number[];
  readonly outline: readonly { readonly row: number; readonly level: number }[];
}

export interface BookContext {
  readonly strings: readonly (string | undefined)[];
  /** Indent per cell format index, for the formats that indent. */
  readonly indenting: ReadonlyMap<number, number>;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const EQUALS = 61;
const COLON = 58;
const AMP = 38;
const UNDERSCORE = 95;

// Cell types.
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/** Growable typed columns of the cells read so far. */
class CellColumns {
  count = 0;
  rows = new Int32Array(1024);
  cols = new Int32Array(1024);
  styles = new Int32Array(1024);
  flags = new Uint8Array(1024);
  values: RawValue[] = [];

  add(row: number, col: number, style: number, flags: number, value: RawValue): void {
    if (this.count === this.rows.length) this.grow();
    const k = this.count++;
    this.rows[k] = row;
    this.cols[k] = col;
    this.styles[k] = style;
    this.flags[k] = flags;
    this.values.push(value);
  }

  private grow(): void {
    const size = this.rows.length * 2;
    const more = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.rows = more(this.rows, (n) => new Int32Array(n));
    this.cols = more(this.cols, (n) => new Int32Array(n));
    this.styles = more(this.styles, (n) => new Int32Array(n));
    this.flags = more(this.flags, (n) => new Uint8Array(n));
  }
}

/** Attribute positions of the last tag read: [count, selfClosing, then nameStart, nameEnd, valueStart, valueEnd ...]. */
const attrs = new Int32Array(2 + 4 * 64);

/** Reads the attributes of a tag whose name ends at `at` into `attrs`; returns the index after its ">". */
function readTag(b: Buffer, at: number): number {
  let i = at;
  let count = 0;
  const n = b.length;
  for (;;) {
    while (i < n && isSpace(b[i])) i++;
    if (i >= n) return notUnderstood('unterminated tag');
    const c = b[i];
    if (c === GT) {
      attrs[0] = count;
      attrs[1] = 0;
      return i + 1;
    }
    if (c === SLASH) {
      if (b[i + 1] !== GT) notUnderstood('tag end');
      attrs[0] = count;
      attrs[1] = 1;
      return i + 2;
    }
    const ns = i;
    while (i < n && b[i] !== EQUALS && b[i] !== GT && !isSpace(b[i])) i++;
    if (b[i] !== EQUALS || b[i + 1] !== QUOTE) notUnderstood('attribute form');
    const vs = i + 2;
    const ve = b.indexOf(QUOTE, vs);
    if (ve < 0 || count === 64) notUnderstood('attribute value');
    // The SheetJS path ends a tag at its first ">", even inside a value: such a tag is left to it.
    for (let k = vs; k < ve; k++) if (b[k] === GT) notUnderstood('">" in an attribute');
    const o = 2 + 4 * count++;
    attrs[o] = ns;
    attrs[o + 1] = i;
    attrs[o + 2] = vs;
    attrs[o + 3] = ve;
    i = ve + 1;
    if (i < n && !isSpace(b[i]) && b[i] !== GT && b[i] !== SLASH) notUnderstood('attribute spacing');
  }
}

function same(b: Buffer, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (b[s + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** Where the name's local part starts (after a prefix), so a prefixed attribute Fordel reads is noticed. */
function localStart(b: Buffer, s: number, e: number): number {
  for (let k = s; k < e; k++) if (b[k] === COLON) return k + 1;
  return s;
}

/** Plain digits without a leading zero, as a number; -1 otherwise. */
function plainInt(b: Buffer, s: number, e: number): number {
  if (e <= s || e - s > 9 || (b[s] === 48 && e - s > 1)) return -1;
  let v = 0;
  for (let k = s; k < e; k++) {
    const d = b[k] - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** True when the element at `at` (just after "<") is `name` followed by a space, "/" or ">". */
function isElement(b: Buffer, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (b[at + k] !== name.charCodeAt(k)) return false;
  const c = b[at + name.length];
  return c === GT || c === SLASH || isSpace(c);
}

function skipSpace(b: Buffer, at: number, end: number): number {
  let i = at;
  while (i < end && isSpace(b[i])) i++;
  if (i < end && b[i] !== LT) notUnderstood('text between elements');
  return i;
}

/** The stored text of a plain string cell (t="str"), unescaped as the SheetJS path does, twice. */
function strText(b: Buffer, s: number, e: number): string {
  let plain = true;
  for (let k = s; k < e; k++) {
    const c = b[k];
    if (c === AMP || c === UNDERSCORE) {
      plain = false;
      break;
    }
  }
  if (plain) {
    const t = b.toString('utf8', s, e);
    return t.includes('\r\n') ? t.replace(/\r\n/g, '\n') : t;
  }
  const once = unescapeXml(b.toString('latin1', s, e));
  return cellText(Buffer.from(once, 'latin1').toString('utf8'));
}

/** A number as the SheetJS path parses it (parseFloat); NaN for text that is none. */
function numberAt(b: Buffer, s: number, e: number): number {
  let k = s;
  const negative = b[k] === 45;
  if (negative) k++;
  // Up to 15 plain digits (most cells) are exact as they are summed up here.
  if (e - k >= 1 && e - k <= 15) {
    let v = 0;
    let j = k;
    for (; j < e; j++) {
      const d = b[j] - 48;
      if (d < 0 || d > 9) break;
      v = v * 10 + d;
    }
    if (j === e) return negative ? -v : v;
  }
  for (let j = s; j < e; j++) if (b[j] === AMP || b[j] === UNDERSCORE) notUnderstood('escaped number');
  return parseFloat(b.toString('latin1', s, e));
}

const SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

export function scanSheet(b: Buffer, book: BookContext): ScannedSheet {
  const root = b.indexOf('<worksheet');
  const rootEnd = root < 0 ? -1 : b.indexOf(GT, root);
  if (rootEnd < 0 || b.indexOf(SHEET_NS, root) < 0 || b.indexOf(SHEET_NS, root) > rootEnd)
    notUnderstood('worksheet namespace');
  const open = b.indexOf('<sheetData', rootEnd);
  if (open < 0) notUnderstood('no sheetData');
  const openEnd = b.indexOf(GT, open) + 1;
  const selfClosed = b[openEnd - 2] === SLASH;
  const close = selfClosed ? -1 : b.indexOf('</sheetData>', openEnd);
  if (!selfClosed && close < 0) notUnderstood('unterminated sheetData');
  const layout = selfClosed
    ? sheetLayout(b.toString('latin1'), b.toString('latin1'))
    : sheetLayout(b.toString('latin1', 0, open), b.toString('latin1', close + 12));
  const cells = new CellColumns();
  const noResult: CellPos[] = [];
  const odd: OddNumber[] = [];
  const indents: CellIndent[] = [];
  const hiddenRows: number[] = [];
  const outline: { row: number; level: number }[] = [];
  const sharedMasters = new Set<string>();
  const { strings, indenting } = book;
  const end = selfClosed ? openEnd : close;
  let i = openEnd;
  let lastRow = -1;
  for (;;) {
    i = skipSpace(b, i, end);
    if (i >= end) break;
    if (!isElement(b, i + 1, 'row')) notUnderstood('element in sheetData');
    i = readTag(b, i + 4);
    let row = -1;
    let hidden = false;
    let level = 0;
    for (let a = 0; a < attrs[0]; a++) {
      const o = 2 + 4 * a;
      const ls = localStart(b, attrs[o], attrs[o + 1]);
      const ne = attrs[o + 1];
      const vs = attrs[o + 2];
      const ve = attrs[o + 3];
      if (same(b, ls, ne, 'r')) {
        if (ls !== attrs[o]) notUnderstood('prefixed row number');
        row = plainInt(b, vs, ve) - 1;
      } else if (same(b, ls, ne, 'hidden')) {
        if (ls !== attrs[o]) notUnderstood('prefixed hidden');
        hidden = same(b, vs, ve, '1') || same(b, vs, ve, 'true');
      } else if (same(b, ls, ne, 'outlineLevel')) {
        if (ls !== attrs[o]) notUnderstood('prefixed outline');
        level = +b.toString('latin1', vs, ve);
      }
    }
    if (row < 0 || row <= lastRow) notUnderstood('row number');
    lastRow = row;
    if (hidden) hiddenRows.push(row);
    if (level) outline.push({ row, level });
    if (attrs[1]) continue;
    let lastCol = -1;
    for (;;) {
      i = skipSpace(b, i, end);
      if (i >= end) notUnderstood('unterminated row');
      if (b[i + 1] === SLASH) {
        if (!isElement(b, i + 2, 'row')) notUnderstood('end tag in row');
        i += 6;
        break;
      }
      if (!isElement(b, i + 1, 'c')) notUnderstood('element in row');
      i = readTag(b, i + 2);
      // The cell's own attributes: its address, format and type.
      let col = -1;
      let cellRow = -1;
      let style = -1;
      let type = T_NUMBER;
      let typed = false;
      for (let a = 0; a < attrs[0]; a++) {
        const o = 2 + 4 * a;
        const ns = attrs[o];
        const ne = attrs[o + 1];
        if (ne - ns !== 1) {
          const ls = localStart(b, ns, ne);
          if (ls !== ns && ne - ls === 1 && (b[ls] === 114 || b[ls] === 115 || b[ls] === 116))
            notUnderstood('prefixed cell attribute');
          continue;
        }
        const vs = attrs[o + 2];
        const ve = attrs[o + 3];
        const name = b[ns];
        if (name === 114) {
          // r: letters, then the row number without a leading zero.
          let k = vs;
          let c = 0;
          while (k < ve && b[k] >= 65 && b[k] <= 90 && k - vs < 3) c = c * 26 + b[k++] - 64;
          const r = plainInt(b, k, ve);
          if (k === vs || r < 1) notUnderstood('cell address');
          col = c - 1;
          cellRow = r - 1;
        } else if (name === 115) {
          style = plainInt(b, vs, ve);
          if (style < 0) notUnderstood('cell format index');
        } else if (name === 116) {
          typed = true;
          if (same(b, vs, ve, 'n')) type = T_NUMBER;
          else if (same(b, vs, ve, 's')) type = T_SHARED;
          else if (same(b, vs, ve, 'str')) type = T_STR;
          else if (same(b, vs, ve, 'inlineStr')) type = T_INLINE;
          else if (same(b, vs, ve, 'b')) type = T_BOOL;
          else if (same(b, vs, ve, 'e')) type = T_ERROR;
          else notUnderstood('cell type');
        }
      }
      if (cellRow !== row || col <= lastCol) notUnderstood('cell order');
      lastCol = col;
      if (style >= 0 && indenting.size) {
        const indent = indenting.get(style);
        if (indent !== undefined) indents.push({ row, col, indent });
      }
      // What the cell holds: a formula, a stored value, an inline string.
      let hasF = false;
      let formula = false;
      let vStart = -1;
      let vEnd = -1;
      let vExact = false;
      let isStart = -1;
      let isEnd = -1;
      if (!attrs[1]) {
        for (;;) {
          i = skipSpace(b, i, end);
          if (i >= end) notUnderstood('unterminated cell');
          const c = b[i + 1];
          if (c === SLASH) {
            if (b[i + 2] !== 99 || b[i + 3] !== GT) notUnderstood('end tag in cell');
            i += 4;
            break;
          }
          if (c === 102 && isElement(b, i + 1, 'f')) {
            if (hasF || vStart >= 0 || isStart >= 0) notUnderstood('formula order');
            hasF = true;
            i = readTag(b, i + 2);
            let shared = false;
            let array = false;
            let hasRef = false;
            let si = '';
            for (let a = 0; a < attrs[0]; a++) {
              const o = 2 + 4 * a;
              const ns = attrs[o];
              const ne = attrs[o + 1];
              if (localStart(b, ns, ne) !== ns) notUnderstood('prefixed formula attribute');
              if (same(b, ns, ne, 't')) {
                shared = same(b, attrs[o + 2], attrs[o + 3], 'shared');
                array = same(b, attrs[o + 2], attrs[o + 3], 'array');
              } else if (same(b, ns, ne, 'si')) si = b.toString('latin1', attrs[o + 2], attrs[o + 3]);
              else if (same(b, ns, ne, 'ref')) hasRef = true;
            }
            let empty = true;
            if (!attrs[1]) {
              const fEnd = b.indexOf(LT, i);
              if (fEnd < 0 || b[fEnd + 1] !== SLASH || b[fEnd + 2] !== 102 || b[fEnd + 3] !== GT)
                notUnderstood('formula text');
              empty = fEnd === i;
              i = fEnd + 4;
            }
            if (!empty) {
              formula = true;
              if (array && !hasRef) notUnderstood('array formula without range');
              if (shared) sharedMasters.add(String(parseInt(si, 10)));
            } else if (shared) formula = sharedMasters.has(si);
            continue;
          }
          if (c === 118 && isElement(b, i + 1, 'v')) {
            if (vStart >= 0) notUnderstood('second value');
            vExact = b[i + 2] === GT;
            i = readTag(b, i + 2);
            if (attrs[1]) continue;
            const vClose = b.indexOf(LT, i);
            if (vClose < 0 || b[vClose + 1] !== SLASH || b[vClose + 2] !== 118 || b[vClose + 3] !== GT)
              notUnderstood('value text');
            vStart = i;
            vEnd = vClose;
            i = vClose + 4;
            continue;
          }
          if (c === 105 && isElement(b, i + 1, 'is')) {
            if (isStart >= 0) notUnderstood('second inline string');
            i = readTag(b, i + 3);
            if (attrs[1]) notUnderstood('empty inline string');
            const isClose = b.indexOf('</is>', i);
            if (isClose < 0 || isClose > end) notUnderstood('inline string end');
            isStart = i;
            isEnd = isClose;
            i = isClose + 5;
            continue;
          }
          notUnderstood('element in cell');
        }
      }
      // A formula with no stored value after it: the file does not hold its result.
      if (hasF && vStart < 0) noResult.push({ row, col });
      const hasValue = vStart >= 0 && vEnd > vStart;
      switch (type) {
        case T_NUMBER: {
          if (vExact && vStart >= 0) oddNumber(b, vStart, vEnd, row, col, odd);
          if (!hasValue) {
            // An empty cell with a format (SheetJS reads stubs as it reads styles): a formula in it holds 0.
            const zero = !typed && formula;
            cells.add(row, col, style, stubFlags(!zero, zero, formula), null);
            break;
          }
          const value = numberAt(b, vStart, vEnd);
          cells.add(row, col, style, flagsOf(false, value === 0, formula), value);
          break;
        }
        case T_SHARED: {
          if (!hasValue) {
            cells.add(row, col, style, stubFlags(true, false, formula), null);
            break;
          }
          const index = plainInt(b, vStart, vEnd);
          if (index < 0 || index >= strings.length) notUnderstood('shared string index');
          const s = strings[index];
          cells.add(row, col, style, flagsOf(s === undefined, s === '', formula), s ?? null);
          break;
        }
        case T_STR: {
          const s = hasValue ? strText(b, vStart, vEnd) : '';
          cells.add(row, col, style, flagsOf(false, s === '', formula), s);
          break;
        }
        case T_INLINE: {
          const s = isStart >= 0 ? itemText(b.toString('utf8', isStart, isEnd)) : '';
          cells.add(row, col, style, flagsOf(s === undefined, s === '', formula), s ?? null);
          break;
        }
        case T_BOOL: {
          const value = hasValue && (same(b, vStart, vEnd, '1') || same(b, vStart, vEnd, 'true'));
          cells.add(row, col, style, flagsOf(false, false, formula), value);
          break;
        }
        case T_ERROR: {
          const code = hasValue ? XLSX_ERROR_CODES[unescapeXml(b.toString('utf8', vStart, vEnd))] : undefined;
          const error = (code !== undefined && ERROR_TEXT[code]) || '#?';
          cells.add(row, col, style, flagsOf(code === undefined, code === 0, formula), { error });
          break;
        }
      }
    }
  }
  return {
    ...layout,
    count: cells.count,
    rows: cells.rows,
    cols: cells.cols,
    styles: cells.styles,
    flags: cells.flags,
    values: cells.values,
    noResult,
    oddNumbers: odd,
    indents,
    hiddenRows,
    outline,
  };
}

/** A cell counts for the used range when it holds a value or a formula. */
function flagsOf(noValue: boolean, zeroOrEmpty: boolean, formula: boolean): number {
  const filled = !noValue || formula ? FILLED : 0;
  return filled | (formula ? FORMULA : 0) | (noValue ? NO_VALUE : 0) | (zeroOrEmpty ? ZERO_OR_EMPTY : 0);
}

/** A cell without a value (a stub): it never counts for the used range, but keeps its format and formula. */
function stubFlags(noValue: boolean, zero: boolean, formula: boolean): number {
  return (formula ? FORMULA : 0) | (noValue ? NO_VALUE : 0) | (zero ? ZERO_OR_EMPTY : 0);
}

/** A number stored as text no spreadsheet program writes ("0x10", "1e-400"): its text is passed on instead. */
function oddNumber(b: Buffer, s: number, e: number, row: number, col: number, out: OddNumber[]): void {
  if (e - s >= 1 && e - s <= 15) {
    let k = s;
    while (k < e && b[k] >= 48 && b[k] <= 57) k++;
    if (k === e) return;
  }
  const stored = b.toString('utf8', s, e);
  if (!readsAsStored(stored)) out.push({ row, col, text: decodeStored(stored.trim()) });
}
