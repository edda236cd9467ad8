/**
 * Fordel's marks on the grid of the browser page: each cell a finding names gets the worst severity of the
 * findings on it, as the add-in's highlights do in Excel.
 */
import type { CheckResult } from '../core/check/result';
import type { Severity } from '../core/findings/finding';
import { parseA1Range } from '../core/grid/a1';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Cells marked per sheet: "row,col" -> severity. Ranges over this many cells mark only their first cell. */
const MAX_RANGE = 400;

export type Marks = ReadonlyMap<string, ReadonlyMap<string, Severity>>;

export function marksOf(result: CheckResult | null): Marks {
  const out = new Map<string, Map<string, Severity>>();
  for (const f of result?.findings ?? []) {
    const pos = parseA1Range(f.cell);
    if (!pos) continue;
    const sheet = out.get(f.sheet) ?? new Map<string, Severity>();
    out.set(f.sheet, sheet);
    const size = (pos.bottom - pos.top + 1) * (pos.right - pos.left + 1);
    const bottom = size > MAX_RANGE ? pos.top : pos.bottom;
    const right = size > MAX_RANGE ? pos.left : pos.right;
    for (let r = pos.top; r <= bottom; r++) {
      for (let c = pos.left; c <= right; c++) {
        const key = `${r},${c}`;
        const was = sheet.get(key);
        if (!was || RANK[f.severity] < RANK[was]) sheet.set(key, f.severity);
      }
    }
  }
  return out;
}
