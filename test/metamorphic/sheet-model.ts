/**
 * A worksheet as the generator lays it out (values, number formats, formulas with their cached results,
 * merges, hidden rows and columns, frozen panes), and where each table's logical cells landed.
 */
import type { TableTruth } from './truth';

export interface OutCell {
  /** The value Excel shows (a formula's cached result). */
  readonly v: string | number | boolean;
  /** An error value ("#REF!") instead of v. */
  readonly err?: string;
  /** Number format code. */
  readonly z?: string;
  /** Formula without "=". */
  readonly f?: string;
  /**
   * A formula saved by a tool that does not calculate: with no cached result ('empty', as openpyxl and ExcelJS
   * write it) or with 0 in its place and a recalculation asked for on opening ('zero', as XlsxWriter does).
   * v is the value Excel would show once it calculates.
   */
  readonly uncached?: 'empty' | 'zero';
}

export interface Pos {
  readonly r: number;
  readonly c: number;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetModel {
  readonly name: string;
  readonly cells: Map<string, OutCell>;
  readonly merges: Rect[];
  readonly hiddenRows: Set<number>;
  readonly hiddenCols: Set<number>;
  /** First unfrozen row and column (frozen panes above and left of it). */
  freeze?: Pos;
  /** Excel Tables (ListObjects) over ranges of the sheet. */
  readonly tables: ExcelTable[];
}

export interface ExcelTable {
  readonly name: string;
  /** Header row to totals row. */
  readonly ref: Rect;
  readonly totalsRow: boolean;
  /** Column names, as the header cells hold them. */
  readonly columns: readonly string[];
}

export const key = (p: Pos): string => `${p.r},${p.c}`;

export function newSheet(name: string): SheetModel {
  return { name, cells: new Map(), merges: [], hiddenRows: new Set(), hiddenCols: new Set(), tables: [] };
}

export function put(s: SheetModel, p: Pos, cell: OutCell | null | undefined): void {
  if (cell === null || cell === undefined || cell.v === '') return;
  s.cells.set(key(p), cell);
}

/** A table as placed: its truth, where every logical cell landed, and the cells that belong to it. */
export interface PlacedTable {
  readonly truth: TableTruth;
  readonly sheet: string;
  /** `${rowId}|${colId}` -> sheet position; colId 'label' for the row's label cell. */
  readonly cellOf: ReadonlyMap<string, Pos>;
  /** Header, body, title and any stated total: findings inside may concern this table. */
  readonly area: Rect;
  /** Rules a careful colleague expects here although the table is correct (hidden rows are reported). */
  readonly allowedRules: readonly string[];
  /** Rules a careful colleague expects at one cell only (a "#REF!" beside the table is named as it is). */
  readonly allowedAt?: readonly { readonly rule: string; readonly at: Pos }[];
  /** The cell holding a total stated outside the table (title, note, cell above), if any. */
  readonly statedAt?: Pos;
}

export const cellKey = (row: string, col: string): string => `${row}|${col}`;

export function a1(p: Pos): string {
  let c = p.c + 1;
  let s = '';
  while (c > 0) {
    const m = (c - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    c = Math.floor((c - 1) / 26);
  }
  return `${s}${p.r + 1}`;
}
