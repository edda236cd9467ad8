/**
 * Cells indented by their format (Excel's Increase Indent), which SheetJS reads but does not pass on with
 * the cell: a budget shows its hierarchy that way. The styles part says which cell formats indent; only when
 * some do is the sheet's XML scanned for cells that use them, so other workbooks pay nothing.
 */
import { parseA1 } from '../../core/grid/a1';

export interface CellIndent {
  readonly row: number;
  readonly col: number;
  readonly indent: number;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Indent per cell format index (the `s` of a cell), for the formats that indent at all. */
export function indentingFormats(stylesXml: string): Map<number, number> {
  const out = new Map<number, number>();
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1];
  if (!cellXfs) return out;
  let index = 0;
  // Each xf is either self-closing or holds its alignment inside.
  for (const m of cellXfs.matchAll(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?xf>)/g)) {
    const alignment = m[1] ? /<(?:\w+:)?alignment\b[^>]*>/.exec(m[1])?.[0] : undefined;
    const indent = alignment ? Number(attr(alignment, 'indent') ?? '0') : 0;
    if (Number.isInteger(indent) && indent > 0) out.set(index, indent);
    index++;
  }
  return out;
}

/** The indented cells of a sheet's XML, given the formats that indent. */
export function indentedCells(sheetXml: string, formats: ReadonlyMap<number, number>): CellIndent[] {
  if (formats.size === 0) return [];
  const out: CellIndent[] = [];
  for (const m of sheetXml.matchAll(/<(?:\w+:)?c\b[^>]*>/g)) {
    const s = attr(m[0], 's');
    const indent = s === undefined ? undefined : formats.get(Number(s));
    if (indent === undefined) continue;
    const pos = parseA1(attr(m[0], 'r') ?? '');
    if (pos) out.push({ row: pos.row, col: pos.col, indent });
  }
  return out;
}
