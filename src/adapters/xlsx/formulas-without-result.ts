/**
 * Formula cells saved with no result (`<c r="B5"><f>SUM(B3:B4)</f></c>`): what openpyxl, ExcelJS and other
 * tools that do not calculate write. The reader (SheetJS) leaves such a cell out as if it were empty, so
 * a total Fordel cannot see would pass as "no total". Found in the sheet XML, so the check can name them.
 */
import { parseA1 } from '../../core/grid/a1';

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

const FORMULA = /<(?:\w+:)?f[\s>/]/g;
const CELL_START = /<(?:\w+:)?c\s[^>]*>/g;
const CELL_END = /<\/(?:\w+:)?c>/g;
const VALUE = /<(?:\w+:)?v[\s>]/;
/** How far back from a formula its cell's start tag is looked for. */
const LOOK_BACK = 400;

export function formulasWithoutResult(xml: string): CellPos[] {
  const out: CellPos[] = [];
  for (const m of xml.matchAll(FORMULA)) {
    const at = m.index ?? 0;
    const tag = lastCellStart(xml.slice(Math.max(0, at - LOOK_BACK), at));
    if (!tag || tag.endsWith('/>')) continue;
    CELL_END.lastIndex = at;
    const end = CELL_END.exec(xml);
    const body = xml.slice(at, end ? end.index : xml.length);
    if (VALUE.test(body)) continue;
    const ref = /\sr="([^"]*)"/.exec(tag)?.[1];
    const pos = ref ? parseA1(ref) : null;
    if (pos) out.push({ row: pos.row, col: pos.col });
  }
  return out;
}

function lastCellStart(before: string): string | undefined {
  let tag: string | undefined;
  for (const c of before.matchAll(CELL_START)) tag = c[0];
  return tag;
}
