/**
 * A user's correction of a split laid out across (parties as columns, the key and the amounts as rows). The
 * correction names the lines of the table the way the user sees them: the rows that hold the party names, the
 * key, the printed shares and the amounts ("3", or the row's name in the column of line names: "Indbyggere"),
 * and the "I alt" column. The split reader then runs on the transposed view of the range, as it does for a
 * split across it found itself (kinds/split/detect-across.ts), told those roles.
 */
import { columnIndex, type RangePos } from '../grid/a1';
import type { LayoutOverride } from '../tables/layout';
import { BLANK, type SheetCells } from './cells';
import type { Detected } from './detect-types';
import { normalizeLabel } from './labels';
import { detectApportionment } from '../kinds/split/detect';
import { backOnSheet } from '../kinds/split/detect-across';
import { swapRange, transposedCells } from './transposed';
import { tableAmountScale } from './table-unit';

/** The roles a correction of a split across may name: each is a row of the sheet. */
export const ACROSS_ROW_ROLES = ['party', 'key', 'share', 'amount'] as const;

export type AcrossRead = { readonly found: Detected } | { readonly missing: readonly string[] };

/** `columns.names` for a split across with no column naming its lines: its first column is a party. */
export const NO_NAMES_COLUMN = '-';

export function readAcrossOverride(cells: SheetCells, rect: RangePos, o: LayoutOverride): AcrossRead {
  const unnamed = o.columns?.names?.trim() === NO_NAMES_COLUMN;
  // With no column of names, the view is read under an empty line just before the first party.
  const names = unnamed ? rect.left - 1 : namesColumn(cells, rect, o.columns?.names);
  if (names === null) return { missing: [`names: ${o.columns?.names ?? ''}`] };
  const roles: Record<string, number[]> = {};
  const missing: string[] = [];
  for (const role of ACROSS_ROW_ROLES) {
    const spec = o.columns?.[role];
    if (typeof spec !== 'string' || spec.trim() === '') continue;
    const row = lineRow(cells, rect, unnamed ? null : names, spec);
    if (row === null) missing.push(`${role}: ${spec}`);
    else roles[role] = [row];
  }
  // The header row says where the party names are when the correction names no party row.
  if (!roles.party && o.headerRow !== undefined && o.headerRow >= rect.top && o.headerRow <= rect.bottom)
    roles.party = [o.headerRow];
  if (missing.length) return { missing };
  // In the transposed view a sheet row is a column and a sheet column a row: the numbers carry over as they are.
  const view = transposedCells(cells, rect);
  const area = swapRange(rect);
  const totalLine = o.totalRow === undefined ? undefined : o.totalRow;
  const total =
    totalLine === null || totalLine === undefined || (totalLine >= rect.left && totalLine <= rect.right)
      ? totalLine
      : undefined;
  if (totalLine !== total) return { missing: [`total: ${String(totalLine)}`] };
  const found = detectApportionment(
    view,
    unnamed ? { ...area, top: names } : area,
    names,
    { kind: 'apportionment', roles, across: true, ...(total !== undefined ? { totalRow: total } : {}) },
    'amount',
  );
  if (!found) return { missing: [] };
  const scale = tableAmountScale(view, found, []);
  const withScale =
    scale !== undefined && scale !== 1 ? { ...found, part: { ...found.part, amountScale: scale } } : found;
  const back = backOnSheet(withScale, unnamed ? rect.left : null);
  return back ? { found: back } : { missing: [] };
}

/** The column of line names: the one the correction names, else the first column of the range with text. */
function namesColumn(cells: SheetCells, rect: RangePos, given: string | undefined): number | null {
  if (typeof given === 'string' && given.trim() !== '') {
    const col = /^\s*[A-Za-z]{1,3}\s*$/.test(given) ? columnIndex(given.trim()) : -1;
    return col >= rect.left && col <= rect.right ? col : null;
  }
  for (let c = rect.left; c <= rect.right; c++)
    for (let r = rect.top; r <= rect.bottom; r++) if (cells.kind(r, c) !== BLANK) return c;
  return rect.left;
}

/** A row by its number as the user sees it ("3"), or by its name in the column of line names. */
function lineRow(cells: SheetCells, rect: RangePos, names: number | null, spec: string): number | null {
  const wanted = normalizeLabel(spec);
  for (let r = rect.top; r <= rect.bottom && names !== null; r++)
    if (normalizeLabel(cells.text(r, names)) === wanted) return r;
  if (!/^\s*\d{1,7}\s*$/.test(spec)) return null;
  const row = Number(spec) - 1;
  return row >= rect.top && row <= rect.bottom ? row : null;
}
