/**
 * A sheet seen cell by cell the way the reader needs it: what kind of value each cell holds, its
 * text, and a quick numeric reading. Computed once per sheet so no rule rescans rows per column.
 */
import { mul, parsePlainDecimal, type Decimal } from '../decimal/decimal';
import { excelDecimal } from '../numbers/read-number';
import { signInFront } from '../numbers/parse-number-text';
import type { RangePos } from '../grid/a1';
import { formatAt, isCellError, type RawValue, type SheetGrid } from '../grid/grid';

export const BLANK = 0;
export const NUMBER = 1;
/** Text that reads as a number ("1.500.000", "34,6 %", "ca. 6000"). */
export const NUMTEXT = 2;
export const TEXT = 3;
export const ERROR = 4;
export const BOOL = 5;

const QUALIFIERS = /^(?:ca\.?|cirka|mindst|min\.|op mod|knap|godt|højst|max\.?|maks\.?|kr\.?|dkk)\s*/;
const UNITS = /\s*(?:kr\.?|dkk|,-|%|pct\.?|procent|mio\.?|millioner|mia\.?|milliarder|t\.?\s?kr\.?)$/;

function stripDecor(text: string): string {
  let t = signInFront(text.replace(/[\u00a0\u202f]/g, ' ').toLowerCase());
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t.replace(QUALIFIERS, '').replace(UNITS, '').trim();
    if (t === before) break;
  }
  return t;
}

/** Does this text look like a number a person typed (possibly with a unit or qualifier)? */
export function looksNumeric(text: string): boolean {
  // Without a digit or a ½ no tidying makes a number of it: most labels are told without it.
  if (!/[0-9½]/.test(text)) return false;
  const t = stripDecor(text);
  if (t === '' || t.length > 40) return false;
  if (t === '½') return true;
  return /^[-−+(]?\s*\d[\d .,]*\)?$/.test(t) || /^\d[\d.,]*\s*[-–]\s*\d[\d.,]*$/.test(t);
}

/**
 * A plain reading used only to recognise total rows ("100,0", "750.000", 1): Danish thousands
 * dots and decimal comma. Ambiguous or decorated text gives null; the rules read numbers properly.
 */
export function quickNumber(raw: RawValue, format: string | null): Decimal | null {
  if (typeof raw === 'number') {
    const d = excelDecimal(raw);
    return d && format && format.includes('%') ? mul(d, { digits: 100n, scale: 0 }) : d;
  }
  if (typeof raw !== 'string') return null;
  let t = signInFront(raw.replace(/[\u00a0\u202f ]/g, '')).replace(/−/g, '-');
  // "250.000 kr." and "kr. 250.000" alike: the currency on either side.
  t = t.replace(/(?:kr\.?|%|pct\.?)$/i, '').replace(/^(?:kr\.?|dkk)(?=-?\d)/i, '');
  // Accounting style typed as text: "(300.000)" is minus 300.000, as the rules read it.
  const paren = /^\((\d[\d.,]*)\)$/.exec(t);
  if (paren) t = `-${paren[1]}`;
  if (/^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t) || /^-?\d+(?:,\d+)?$/.test(t)) {
    return parsePlainDecimal(t.replace(/\./g, '').replace(',', '.'));
  }
  return null;
}

/** Characters one step of Excel's Increase Indent is worth, next to spaces typed before a text. */
const INDENT_STEP = 3;

export class SheetCells {
  readonly grid: SheetGrid;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
  private readonly kinds: Uint8Array;
  private readonly tidied = new Map<number, string>();
  /** Each numeric cell's quick reading, by row then column, made when first asked: every detector asks. */
  private numbers: ((Decimal | null | undefined)[] | undefined)[] | null = null;
  private levels: Map<number, number> | null = null;
  private indents: Map<string, number> | null = null;

  constructor(grid: SheetGrid) {
    this.grid = grid;
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    this.rows = grid.values.length;
    let width = 0;
    for (let r = 0; r < grid.values.length; r++) {
      const line = grid.values[r];
      if (Array.isArray(line) && line.length > width) width = line.length;
    }
    this.cols = width;
    this.kinds = new Uint8Array(this.rows * this.cols);
    for (let r = 0; r < this.rows; r++) {
      const line = Array.isArray(grid.values[r]) ? grid.values[r] : [];
      for (let c = 0; c < this.cols && c < line.length; c++) this.kinds[r * this.cols + c] = kindOf(line[c]);
    }
    // Excel repeats nothing in merged cells, but some readers copy the value across the merge:
    // only the top-left cell of a merge counts.
    for (const m of grid.merges ?? []) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if ((r !== m.top || c !== m.left) && this.inside(r, c)) {
            this.kinds[(r - this.top) * this.cols + (c - this.left)] = BLANK;
          }
        }
      }
    }
  }

  get bottom(): number {
    return this.top + this.rows - 1;
  }

  get right(): number {
    return this.left + this.cols - 1;
  }

  inside(row: number, col: number): boolean {
    return row >= this.top && col >= this.left && row < this.top + this.rows && col < this.left + this.cols;
  }

  kind(row: number, col: number): number {
    return this.inside(row, col) ? this.kinds[(row - this.top) * this.cols + (col - this.left)] : BLANK;
  }

  /** Marks a range as empty (cells already claimed by an Excel Table). */
  clear(range: RangePos): void {
    for (let r = Math.max(range.top, this.top); r <= Math.min(range.bottom, this.bottom); r++) {
      for (let c = Math.max(range.left, this.left); c <= Math.min(range.right, this.right); c++) {
        this.kinds[(r - this.top) * this.cols + (c - this.left)] = BLANK;
      }
    }
  }

  raw(row: number, col: number): RawValue {
    if (!this.inside(row, col)) return null;
    return this.grid.values[row - this.top]?.[col - this.left] ?? null;
  }

  /** The cell as text ('' for blanks and errors); numbers as Excel shows them in General format. */
  text(row: number, col: number): string {
    const k = this.kind(row, col);
    if (k === BLANK || k === ERROR) return '';
    const v = this.raw(row, col);
    if (typeof v !== 'string') return String(v);
    if (!/\s\s|[\t\r\n]|^\s|\s$/.test(v)) return v;
    // Tidied once per cell: every detector asks again, and the same string keeps later lookups cheap.
    const at = (row - this.top) * this.cols + (col - this.left);
    let tidy = this.tidied.get(at);
    if (tidy === undefined) this.tidied.set(at, (tidy = v.trim().replace(/\s+/g, ' ')));
    return tidy;
  }

  /** The row's outline level (Excel's grouping): 0 when the row is not grouped. */
  outlineLevel(row: number): number {
    this.levels ??= new Map((this.grid.outline ?? []).map((o) => [o.row, o.level]));
    return this.levels.get(row) ?? 0;
  }

  /**
   * How far a text cell is indented, in characters: its format's indent (Increase Indent, about three
   * characters a step) plus the spaces typed before its text. Only the order matters: deeper is larger.
   */
  indent(row: number, col: number): number {
    this.indents ??= new Map((this.grid.indents ?? []).map((i) => [`${i.row},${i.col}`, i.indent]));
    const byFormat = (this.indents.get(`${row},${col}`) ?? 0) * INDENT_STEP;
    const v = this.raw(row, col);
    return byFormat + (typeof v === 'string' ? /^[ \u00a0\t]*/.exec(v)![0].length : 0);
  }

  isNumeric(row: number, col: number): boolean {
    const k = this.kind(row, col);
    return k === NUMBER || k === NUMTEXT;
  }

  number(row: number, col: number): Decimal | null {
    if (!this.isNumeric(row, col)) return null;
    const r = row - this.top;
    const c = col - this.left;
    // Sized up front: rows are not asked in order, and an array written far past its end turns slow.
    this.numbers ??= new Array<(Decimal | null | undefined)[] | undefined>(this.rows);
    const line = (this.numbers[r] ??= new Array<Decimal | null | undefined>(Math.min(this.cols, 16)));
    let n = line[c];
    if (n === undefined) line[c] = n = quickNumber(this.raw(row, col), formatAt(this.grid, row, col));
    return n;
  }
}

function kindOf(v: RawValue): number {
  if (v === null || v === undefined) return BLANK;
  if (typeof v === 'number') return Number.isFinite(v) ? NUMBER : ERROR;
  if (typeof v === 'boolean') return BOOL;
  if (isCellError(v)) return ERROR;
  if (typeof v !== 'string') return BLANK;
  if (v.trim() === '') return BLANK;
  return looksNumeric(v) ? NUMTEXT : TEXT;
}
