/**
 * Which line is a part of which, decided by the sheet's own arithmetic: account codes, or else the rows'
 * outline levels or the labels' indentation, propose a tree and the sums confirm it (a parent equals the
 * sum of its children), "i alt" lines take the lines above them that they sum, and "heraf" lines belong to
 * the line above without being counted again.
 */
import { add, sub, ZERO, type Decimal } from '../../decimal/decimal';
import { parentsByCode } from './codes';
import { withinRounding } from './rounding';
import { BUDGET_LIMITS } from './words';

export interface LineFacts {
  readonly digits: string | null;
  readonly total: boolean;
  readonly breakdown: boolean;
  /** A key figure (an average, a rate, an index): never an item of a sum nor a sum itself. */
  readonly statistic?: boolean;
  /** Labelled as a total with no other word ("I alt", "Total"): at the foot, the sum of everything above. */
  readonly grand?: boolean;
  /** Excel's outline level of the row (0 when not grouped). */
  readonly outline?: number;
  /** How far the label is indented (format indent or leading spaces; only the order matters). */
  readonly indent?: number;
}

export interface Hierarchy {
  /** Index of each line's parent line, or null. */
  readonly parents: readonly (number | null)[];
  readonly kind: 'codes' | 'outline' | 'indent' | 'sums' | 'flat';
}

/** values[line][col]: null for an empty cell or one that could not be read. */
export type Grid = readonly (readonly (Decimal | null)[])[];

const hasAmounts = (line: readonly (Decimal | null)[]) => line.some((v) => v !== null);

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
    const byCode = parentsByCode(lines.map((l) => (l.breakdown || l.statistic ? null : l.digits)));
    const { held, tried } = confirm(byCode, values, decimals);
    if (tried > 0 && held / tried >= BUDGET_LIMITS.confirmedParents) {
      byCode.forEach((p, i) => (parents[i] = p));
      kind = 'codes';
    }
  }
  if (kind === 'flat') {
    for (const source of ['outline', 'indent'] as const) {
      const depth = lines.map((l) => (l.breakdown || l.statistic ? null : (l[source] ?? 0)));
      const byDepth = parentsByDepth(depth, values, decimals);
      if (byDepth === null) continue;
      const { held, tried } = confirm(byDepth, values, decimals);
      if (tried > 0 && held / tried >= BUDGET_LIMITS.confirmedParents) {
        byDepth.forEach((p, i) => (parents[i] = p));
        kind = source;
        break;
      }
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
 * The tree that depths propose, or null when every line is as deep as the others. A line's parent is the
 * nearest shallower line with amounts, above it (a heading line over its items) or below it (Excel's outline
 * puts the summary row under its detail); of the two, the one the sums confirm more often. A heading with
 * no amounts is no parent: an "i alt" line below takes its items.
 */
function parentsByDepth(
  depth: readonly (number | null)[],
  values: Grid,
  decimals: readonly number[],
): (number | null)[] | null {
  const known = depth.filter((d): d is number => d !== null);
  if (known.length === 0 || Math.min(...known) === Math.max(...known)) return null;
  const nearestShallower = (step: 1 | -1): (number | null)[] =>
    depth.map((d, i) => {
      if (d === null) return null;
      for (let j = i + step; j >= 0 && j < depth.length; j += step) {
        const dj = depth[j];
        if (dj === null || dj >= d) continue;
        return hasAmounts(values[j]) ? j : null;
      }
      return null;
    });
  const above = nearestShallower(-1);
  const below = nearestShallower(1);
  const held = (ps: readonly (number | null)[]) =>
    [...childrenOf(ps)].filter(([p, kids]) => sumsHold(p, kids, values, decimals) === true).length;
  return held(below) > held(above) ? below : above;
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

/** True when the parent is the sum of the children in every filled column; null when nothing to compare. */
function sumsHold(
  p: number,
  children: readonly number[],
  values: Grid,
  decimals: readonly number[],
): boolean | null {
  let compared = false;
  for (let c = 0; c < values[p].length; c++) {
    const verdict = sumHolds(p, children, values, decimals, c);
    if (verdict === false) return false;
    if (verdict) compared = true;
  }
  return compared ? true : null;
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

/**
 * Whether a total is the sum of a run of lines (sumsHold), with the run's column sums kept as it grows:
 * every filled column agrees, and one at least.
 */
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
 * Each "i alt" line takes the nearest run of top-level lines just above it whose sum it equals, and any
 * line with amounts between that run and the previous "i alt" line; when no run sums to it, the lines since
 * the previous "i alt" line (the check then names the difference).
 */
function byTotals(
  lines: readonly LineFacts[],
  values: Grid,
  decimals: readonly number[],
  parents: (number | null)[],
): boolean {
  let found = false;
  let since = 0;
  const free = (i: number) => parents[i] === null && !lines[i].breakdown && !lines[i].statistic;
  const lastTotal = lines.map((l) => l.total).lastIndexOf(true);
  lines.forEach((line, r) => {
    if (!line.total || line.statistic || parents[r] !== null) return;
    // Bottom up; the run's column sums grow one line at a time, so a total far below its lines costs one
    // pass over them, not one per line (20.000 lines took half a minute). Nearest line first.
    const search = (stop: number) => {
      const run: number[] = [];
      const width = values[r].length;
      const sums: Decimal[] = new Array<Decimal>(width).fill(ZERO);
      const filled: boolean[] = new Array<boolean>(width).fill(false);
      // Upwards over the lines no total has taken yet, so a grand total finds the subtotals before it.
      for (let i = r - 1; i > stop; i--) {
        if (!free(i)) continue;
        run.push(i);
        for (let c = 0; c < width; c++) {
          const v = values[i][c];
          if (v === null || v === undefined) continue;
          sums[c] = add(sums[c], v);
          filled[c] = true;
        }
        if (runHolds(values[r], sums, filled, run.length, decimals))
          return { run, match: [...run].reverse() };
      }
      return { run, match: null as number[] | null };
    };
    // A heading with no amounts since the previous total ("Finansiering" above its lines) opens a section:
    // a bare "I alt" that sums the section's lines is the section's total, not the sum of everything above.
    const heading = sectionHeading(lines, values, since, r);
    const inSection = heading === null ? null : search(heading);
    const afterTotal = heading !== null && lines.slice(0, heading).some((l) => l.total);
    const sectioned = !!inSection?.match || (afterTotal && !search(-1).match);
    const { run, match } = sectioned ? inSection! : search(-1);
    // Lines with amounts that the matching run leaves above it, since the previous total (or, for a bare
    // "I alt" at the foot, since the top, subtotals included), stand in no sum: the total takes them too,
    // so that its check names what it leaves out.
    const grand = !sectioned && !!line.grand && r === lastTotal;
    const from = sectioned ? heading! + 1 : grand ? 0 : since;
    const taken = match
      ? [
          ...lines
            .map((_, i) => i)
            .filter(
              (i) =>
                i >= from && i < match[0] && free(i) && (grand || !lines[i].total) && hasAmounts(values[i]),
            ),
          ...match,
        ]
      : fallback([...run].reverse(), from, lines);
    if (taken.length === 0) return;
    for (const i of taken) parents[i] = r;
    found = true;
    since = r + 1;
  });
  return found;
}

/** The last heading line (no amounts, no total, nothing above it) from `since` up to the total at `r`. */
function sectionHeading(lines: readonly LineFacts[], values: Grid, since: number, r: number): number | null {
  for (let i = r - 1; i >= since; i--) {
    const l = lines[i];
    if (!l.total && !l.breakdown && !l.statistic && !hasAmounts(values[i])) return i;
  }
  return null;
}

/**
 * When no run of lines sums to a total (a figure typed wrong), the lines it stands for: those since the
 * previous total (since the top, for a bare "I alt" at the foot), or else the totals just above it that
 * nothing has taken (a total of subtotals). `run` is in sheet order.
 */
function fallback(run: readonly number[], from: number, lines: readonly LineFacts[]): number[] {
  const since = run.filter((i) => i >= from);
  if (since.length) return since;
  const totals: number[] = [];
  for (let k = run.length - 1; k >= 0 && lines[run[k]].total; k--) totals.unshift(run[k]);
  return totals;
}
