/**
 * Which line is a part of which, decided by the sheet's own arithmetic: account codes propose a tree and
 * the sums confirm it (a parent equals the sum of its children), "i alt" lines take the lines above them
 * that they sum, and "heraf" lines belong to the line above without being counted again.
 */
import { add, sub, ZERO, type Decimal } from '../../decimal/decimal';
import { parentsByCode } from './codes';
import { withinRounding } from './rounding';
import { BUDGET_LIMITS } from './words';

export interface LineFacts {
  readonly digits: string | null;
  readonly total: boolean;
  readonly breakdown: boolean;
}

export interface Hierarchy {
  /** Index of each line's parent line, or null. */
  readonly parents: readonly (number | null)[];
  readonly kind: 'codes' | 'sums' | 'flat';
}

/** values[line][col]: null for an empty cell or one that could not be read. */
export type Grid = readonly (readonly (Decimal | null)[])[];

export function findHierarchy(
  lines: readonly LineFacts[],
  all: Grid,
  decimals: readonly number[],
  additive: readonly boolean[],
): Hierarchy {
  // Only columns that add up take part (a percent deviation does not sum over lines).
  const values = all.map((line) => line.map((v, j) => (additive[j] ? v : null)));
  const parents: (number | null)[] = lines.map(() => null);
  let kind: Hierarchy['kind'] = 'flat';
  const coded = lines.filter((l) => l.digits !== null).length;
  if (coded >= BUDGET_LIMITS.minCodedLines && coded / lines.length >= BUDGET_LIMITS.codedShare) {
    const byCode = parentsByCode(lines.map((l) => (l.breakdown ? null : l.digits)));
    const { held, tried } = confirm(byCode, values, decimals);
    if (tried > 0 && held / tried >= BUDGET_LIMITS.confirmedParents) {
      byCode.forEach((p, i) => (parents[i] = p));
      kind = 'codes';
    }
  }
  if (byTotals(lines, values, decimals, parents)) kind = kind === 'flat' ? 'sums' : kind;
  // "heraf" lines hang under the nearest line above that is not itself a breakdown.
  lines.forEach((l, i) => {
    if (!l.breakdown) return;
    for (let j = i - 1; j >= 0; j--) {
      if (!lines[j].breakdown) {
        parents[i] = j;
        break;
      }
    }
  });
  return { parents, kind };
}

/**
 * How many parent cells equal the sum of their children's cells, column by column: one wrong cell breaks
 * one or two relations, not the whole tree.
 */
function confirm(parents: readonly (number | null)[], values: Grid, decimals: readonly number[]) {
  let held = 0;
  let tried = 0;
  for (const [p, children] of childrenOf(parents)) {
    for (let c = 0; c < values[p].length; c++) {
      const verdict = sumHolds(p, children, values, decimals, c);
      if (verdict === null) continue;
      tried++;
      if (verdict) held++;
    }
  }
  return { held, tried };
}

export function childrenOf(parents: readonly (number | null)[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  parents.forEach((p, i) => {
    if (p === null) return;
    const list = out.get(p) ?? [];
    list.push(i);
    out.set(p, list);
  });
  return out;
}

function sumHolds(
  p: number,
  children: readonly number[],
  values: Grid,
  decimals: readonly number[],
  c: number,
): boolean | null {
  const stated = values[p][c];
  if (stated === null) return null;
  const parts = children.map((i) => values[i][c]);
  if (parts.every((v) => v === null)) return null;
  const s = parts.reduce<Decimal>((acc, v) => (v === null ? acc : add(acc, v)), ZERO);
  return withinRounding(sub(stated, s), children.length, decimals[c]);
}

/** Whether a total is the sum of a run of lines, its column sums kept as the run grows: every filled column agrees, one at least. */
function runHolds(
  stated: readonly (Decimal | null)[],
  sums: readonly Decimal[],
  filled: readonly boolean[],
  children: number,
  decimals: readonly number[],
): boolean {
  let compared = false;
  for (let c = 0; c < stated.length; c++) {
    const total = stated[c];
    if (total === null || !filled[c]) continue;
    if (!withinRounding(sub(total, sums[c]), children, decimals[c])) return false;
    compared = true;
  }
  return compared;
}

/**
 * Each "i alt" line takes the nearest run of top-level lines just above it whose sum it equals; when no run
 * sums to it, the lines since the previous "i alt" line (the check then names the difference).
 */
function byTotals(
  lines: readonly LineFacts[],
  values: Grid,
  decimals: readonly number[],
  parents: (number | null)[],
): boolean {
  let found = false;
  let since = 0;
  lines.forEach((line, r) => {
    if (!line.total || parents[r] !== null) return;
    const run: number[] = [];
    let match: number[] | null = null;
    // The run's sums grow one line at a time, so a total far below its lines costs one pass, not one per line.
    const width = values[r].length;
    const sums: Decimal[] = new Array<Decimal>(width).fill(ZERO);
    const filled: boolean[] = new Array<boolean>(width).fill(false);
    // Upwards over the lines no total has taken yet, so a grand total finds the subtotals before it.
    for (let i = r - 1; i >= 0; i--) {
      if (parents[i] !== null || lines[i].breakdown) continue;
      run.push(i);
      for (let c = 0; c < width; c++) {
        const v = values[i][c];
        if (v === null || v === undefined) continue;
        sums[c] = add(sums[c], v);
        filled[c] = true;
      }
      if (runHolds(values[r], sums, filled, run.length, decimals)) {
        match = [...run];
        break;
      }
    }
    const taken = match ?? run.filter((i) => i >= since);
    if (taken.length === 0) return;
    for (const i of taken) parents[i] = r;
    found = true;
    since = r + 1;
  });
  return found;
}
