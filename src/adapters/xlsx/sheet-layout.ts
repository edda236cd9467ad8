/**
 * What a worksheet's XML says around its cells: hidden columns (in <cols>, before the cells) and merged
 * ranges (after them), read the way the SheetJS path reads them. These stretches are short, so a regular
 * expression per element is fine here.
 */
import type { RangePos } from '../../core/grid/a1';
import { notUnderstood } from './reader-fallback';

export interface SheetLayout {
  readonly hiddenCols: readonly number[];
  readonly merges: readonly RangePos[];
}

const COL = /<(?:\w+:)?col\b[^<>]*[/]?>/g;
const MERGE = /<(?:\w+:)?mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;
/** Excel has 16.384 columns; a <col> reaching much further is no workbook Fordel reads itself. */
const MAX_COL = 20_000;

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export function sheetLayout(before: string, after: string): SheetLayout {
  if (/<\w+:(?:col|mergeCell)\b/.test(before) || /<\w+:mergeCell\b/.test(after))
    notUnderstood('prefixed layout');
  const hidden: boolean[] = [];
  for (const m of before.matchAll(COL)) {
    if (m[0].includes("='")) notUnderstood('col quoting');
    const flag = attr(m[0], 'hidden');
    const from = parseInt(attr(m[0], 'min') ?? '', 10) - 1;
    const to = parseInt(attr(m[0], 'max') ?? '', 10) - 1;
    if (to > MAX_COL) notUnderstood('column range');
    for (let c = from; c <= to; c++) hidden[c] = flag === '1' || flag === 'true';
  }
  const hiddenCols: number[] = [];
  hidden.forEach((h, c) => void (h && hiddenCols.push(c)));
  const merges: RangePos[] = [];
  for (const m of after.matchAll(MERGE)) merges.push(rangeOf(m[0].slice(m[0].indexOf('=') + 2)));
  return { hiddenCols, merges };
}

/** "A1:B2" (followed by anything) as 0-based bounds; a single cell is a range of one. */
function rangeOf(ref: string): RangePos {
  let i = 0;
  const letters = (): number => {
    let v = 0;
    for (; i < ref.length; i++) {
      const c = ref.charCodeAt(i) - 64;
      if (c < 1 || c > 26) break;
      v = 26 * v + c;
    }
    return v - 1;
  };
  let stop = 0;
  const digits = (): number => {
    let v = 0;
    for (; i < ref.length; i++) {
      stop = ref.charCodeAt(i) - 48;
      if (stop < 0 || stop > 9) break;
      v = 10 * v + stop;
    }
    return v - 1;
  };
  const left = letters();
  const top = digits();
  // Only a ":" right after the first cell (58 - 48 = 10) starts a second one.
  if (i === ref.length || stop !== 10) return { top, left, bottom: top, right: left };
  i++;
  const right = letters();
  const bottom = digits();
  return { top, left, bottom, right };
}
