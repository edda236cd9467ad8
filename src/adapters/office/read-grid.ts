/**
 * Turns what Office.js hands back for one sheet (arrays for the used range, addresses for formula,
 * error, visible and merged cells) into Fordel's SheetGrid. Pure, so it is tested without a host.
 */
import { parseA1Range, type RangePos } from '../../core/grid/a1';
import type { ExcelTableInfo, RawValue, SheetGrid } from '../../core/grid/grid';

export interface LoadedSheet {
  readonly name: string;
  readonly protected: boolean;
  /** The used range's address ("'Ark 1'!B2:F40"). */
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  readonly formats: readonly (readonly unknown[])[];
  /** Formula cells as areas (ExcelApi 1.9), or the formulas array where that is not available. */
  readonly formulaAreas?: readonly RangePos[];
  readonly formulas?: readonly (readonly unknown[])[];
  /** Error cells as areas (ExcelApi 1.9), or valueTypes where that is not available. */
  readonly errorAreas?: readonly RangePos[];
  readonly valueTypes?: readonly (readonly unknown[])[];
  /** Visible cells; undefined when the host could not tell. */
  readonly visibleAreas?: readonly RangePos[];
  readonly merges: readonly RangePos[];
  /** Cells indented by their format (ExcelApi 1.9), absolute 0-based; none before it. */
  readonly indents?: readonly { readonly row: number; readonly col: number; readonly indent: number }[];
  readonly tables: readonly ExcelTableInfo[];
}

/** "Ark1!A1:B2, 'Ark, 2'!C3" -> ranges; commas inside a quoted sheet name do not split. */
export function parseAreas(address: string): RangePos[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => parseA1Range(p.replace(/\$/g, '')))
    .filter((p): p is RangePos => p !== null);
}

/** Rows and columns of the used range that no visible area touches. */
export function hiddenFromVisible(
  used: RangePos,
  visible: readonly RangePos[],
): { rows: number[]; cols: number[] } {
  const rowSeen = new Uint8Array(used.bottom - used.top + 1);
  const colSeen = new Uint8Array(used.right - used.left + 1);
  for (const a of visible) {
    for (let r = Math.max(a.top, used.top); r <= Math.min(a.bottom, used.bottom); r++)
      rowSeen[r - used.top] = 1;
    for (let c = Math.max(a.left, used.left); c <= Math.min(a.right, used.right); c++)
      colSeen[c - used.left] = 1;
  }
  const rows: number[] = [];
  const cols: number[] = [];
  rowSeen.forEach((seen, i) => seen || rows.push(used.top + i));
  // With every row hidden no column is seen either; call the rows hidden and leave the columns be.
  if (rows.length < rowSeen.length) colSeen.forEach((seen, i) => seen || cols.push(used.left + i));
  return { rows, cols };
}

/** Marks the cells of the areas in a grid of the used range's shape. */
function mask(used: RangePos, areas: readonly RangePos[]): boolean[][] {
  const rows = used.bottom - used.top + 1;
  const cols = used.right - used.left + 1;
  const out = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  for (const a of areas)
    for (let r = Math.max(a.top, used.top); r <= Math.min(a.bottom, used.bottom); r++)
      for (let c = Math.max(a.left, used.left); c <= Math.min(a.right, used.right); c++)
        out[r - used.top][c - used.left] = true;
  return out;
}

function rawValue(v: unknown, isError: boolean): RawValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string') return isError ? { error: v } : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

export function buildGrid(s: LoadedSheet): SheetGrid {
  const used = parseA1Range(s.address) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const origin = { row: used.top, col: used.left };
  // An empty sheet reports A1 as its used range.
  const empty = s.values.length === 1 && s.values[0].length === 1 && rawValue(s.values[0][0], false) === null;
  if (empty) return { name: s.name, origin, values: [], protected: s.protected, tables: s.tables };

  const errorMask = s.errorAreas ? mask(used, s.errorAreas) : null;
  const formulaMask = s.formulaAreas ? mask(used, s.formulaAreas) : null;
  const values = s.values.map((line, r) =>
    line.map((v, c) => rawValue(v, errorMask ? errorMask[r][c] : s.valueTypes?.[r]?.[c] === 'Error')),
  );
  const formats = s.formats.map((line) => line.map((f) => (typeof f === 'string' ? f : null)));
  const formulas =
    formulaMask ??
    s.values.map((line, r) =>
      line.map((_, c) => {
        const f = s.formulas?.[r]?.[c];
        return typeof f === 'string' && f.startsWith('=');
      }),
    );
  const hidden = s.visibleAreas ? hiddenFromVisible(used, s.visibleAreas) : { rows: [], cols: [] };
  return {
    name: s.name,
    origin,
    values,
    formats,
    formulas,
    hiddenRows: hidden.rows,
    hiddenCols: hidden.cols,
    merges: s.merges,
    ...(s.indents?.length ? { indents: s.indents } : {}),
    tables: s.tables,
    protected: s.protected,
  };
}
