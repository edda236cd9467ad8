import type { OutValue } from './plan';

/** Characters a column needs for its widest value as Excel will show it (thousands separators, decimals). */
export function neededWidth(values: readonly (readonly OutValue[])[], col: number): number {
  let width = 8;
  for (const row of values) {
    const v = row[col];
    const chars =
      typeof v === 'number'
        ? Math.ceil((String(Math.trunc(Math.abs(v))).length * 4) / 3) + 4
        : typeof v === 'string'
          ? v.length
          : 0;
    if (chars > width) width = chars;
  }
  return Math.min(width + 2, 60);
}
