/**
 * Which lines of a block of numbers are sums of which, decided the way a finance colleague decides it: by
 * the arithmetic. A subtotal sums the group above it, a grand total sums the parts (or the subtotals, never
 * both), and breakdown lines ("heraf kontant", an indented line) are part of the line above and are not
 * counted again. Words and indents only say where to look for a breakdown and settle what the numbers leave
 * open; a reading the numbers contradict is not taken because of a word.
 *
 * Lines are given in sheet order, one value per column (null for a blank). Every index below is an index
 * into that list.
 */
import { add, compare, neg, pow10, ZERO, type Decimal } from '../decimal/decimal';
import { SUM_RELATION } from './labels';

export interface SumLine {
  readonly values: readonly (Decimal | null)[];
  /** Its label starts "heraf", "deraf", "herunder" ...: part of the line above. */
  readonly breakdownWords?: boolean;
  /** Leading spaces (or the cell's indent): deeper than the line above says "part of it". */
  readonly indent?: number;
  /** Labelled as a total ("I alt", "Kommuner i alt"). */
  readonly totalWords?: boolean;
  /** Named as who pays (own financing, a grant): never a total by arithmetic alone. */
  readonly namedPart?: boolean;
}

export interface Breakdown {
  readonly row: number;
  readonly parent: number;
  /** 'words' when its label or indent says so, 'sum' when the lines below a parent sum to it. */
  readonly why: 'words' | 'sum';
}

export interface Subtotal {
  readonly row: number;
  readonly parts: readonly number[];
  /** 'words' when its label says total, 'sum' when only its figures do. */
  readonly why: 'words' | 'sum';
}

export interface SumStructure {
  /** The grand total, as given or as found by its figures (last line, or the first). */
  readonly total: number | null;
  readonly subtotals: readonly Subtotal[];
  readonly breakdowns: readonly Breakdown[];
  /** The lines the grand total sums: neither total, subtotal nor breakdown. */
  readonly parts: readonly number[];
  /** How many columns of the grand total equal the sum of the parts, and how many do not. */
  readonly totalHolds: Agreement | null;
  /** The same, added up over every subtotal against its own group. */
  readonly subtotalsHold: Agreement;
}

export interface Agreement {
  readonly matched: number;
  readonly differ: number;
}

/** Sum of the given lines in each column; a column with no figure at all stays null. */
export function columnSums(
  lines: readonly SumLine[],
  pick: readonly number[],
  width: number,
): (Decimal | null)[] {
  const out: (Decimal | null)[] = new Array(width).fill(null);
  for (let k = 0; k < pick.length; k++) {
    const vs = lines[pick[k]].values;
    for (let c = 0; c < width; c++) {
      const v = vs[c];
      if (v) out[c] = out[c] ? add(out[c]!, v) : v;
    }
  }
  return out;
}

/** Column by column: the line's figure against the sum (a blank counts as nothing; 0 against 0 says nothing). */
export function agreement(line: SumLine, sums: readonly (Decimal | null)[]): Agreement {
  let matched = 0;
  let differ = 0;
  for (let c = 0; c < sums.length; c++) {
    const v = line.values[c] ?? null;
    const s = sums[c];
    if (v === null && s === null) continue;
    const a = v ?? ZERO;
    const b = s ?? ZERO;
    if (a.digits === 0n && b.digits === 0n) continue;
    if (compare(a, b) === 0) matched++;
    else differ++;
  }
  return { matched, differ };
}

/**
 * A relation holds with a wrong cell or two among many: more columns agree than differ, and at least the
 * minimum; 'strict' wants every column. 'group' is for a group's sum that the grand total must confirm as
 * well: there the two relations together carry the evidence, so as many columns may differ as agree (a
 * wrong amount beside a key that adds up).
 */
export function holds(a: Agreement, mode: 'strict' | 'normal' | 'group' = 'normal'): boolean {
  if (a.matched === 0) return false;
  if (a.differ === 0) return true;
  if (mode === 'strict' || a.differ > SUM_RELATION.maxWrongCells) return false;
  if (mode === 'group') return a.matched >= a.differ;
  return a.matched >= SUM_RELATION.minMatchedWithError && a.matched > a.differ;
}

function better(a: Agreement | null, b: Agreement | null): boolean {
  if (!a) return false;
  if (!b) return true;
  return a.matched - a.differ > b.matched - b.differ;
}

/** The grand total decides first; where it cannot (it sums the same parts either way), the subtotals do. */
function betterStructure(a: SumStructure, b: SumStructure): boolean {
  if (better(a.totalHolds, b.totalHolds)) return true;
  if (better(b.totalHolds, a.totalHolds)) return false;
  const score = (x: Agreement) => x.matched - x.differ;
  return score(a.subtotalsHold) > score(b.subtotalsHold);
}

export function findStructure(
  lines: readonly SumLine[],
  given: { readonly total?: number | null; readonly totalFirst?: boolean } = {},
): SumStructure {
  const width = lines.reduce((w, l) => Math.max(w, l.values.length), 0);
  const worded = wordedBreakdowns(lines);
  const labelledSubs = new Set(
    lines.map((l, i) => (l.totalWords ? i : -1)).filter((i) => i >= 0 && i !== given.total),
  );

  // The readings the numbers could mean; the grand total decides between them.
  const readings: { subs: boolean; parents: boolean }[] = [
    { subs: false, parents: false },
    { subs: true, parents: false },
    { subs: false, parents: true },
  ];
  const long = lines.length > SUM_RELATION.maxLines;
  let best: SumStructure | null = null;
  for (const r of long ? readings.slice(0, 1) : readings) {
    const s = structureFor(lines, width, worded, labelledSubs, given, r);
    if (!s) continue;
    // A reading with more arithmetic wins only when the grand total agrees with it better.
    if (best === null || betterStructure(s, best)) best = s;
  }
  // Subtotals may stand over their group as well as under it: read bottom-up, a subtotal over its group is
  // one under it, and the sums say which way the sheet is laid out.
  if (!long && labelledSubs.size) {
    for (const subs of [false, true]) {
      const s = upsideDown(lines, width, worded, labelledSubs, given, subs);
      if (s && (best === null || betterStructure(s, best))) best = s;
    }
  }
  return best!;
}

function upsideDown(
  lines: readonly SumLine[],
  width: number,
  worded: readonly Breakdown[],
  labelledSubs: ReadonlySet<number>,
  given: { readonly total?: number | null },
  subs: boolean,
): SumStructure | null {
  const n = lines.length;
  const flip = (i: number) => n - 1 - i;
  const s = structureFor(
    [...lines].reverse(),
    width,
    worded.map((b) => ({ ...b, row: flip(b.row), parent: flip(b.parent) })),
    new Set([...labelledSubs].map(flip)),
    { total: given.total == null ? given.total : flip(given.total) },
    { subs, parents: false },
  );
  if (!s) return null;
  const back = (rows: readonly number[]) => rows.map(flip).sort((a, b) => a - b);
  return {
    total: s.total === null ? null : flip(s.total),
    subtotals: s.subtotals
      .map((x) => ({ ...x, row: flip(x.row), parts: back(x.parts) }))
      .sort((a, b) => a.row - b.row),
    breakdowns: worded,
    parts: back(s.parts),
    totalHolds: s.totalHolds,
    subtotalsHold: s.subtotalsHold,
  };
}

/** Lines that say they are part of the line above: "heraf ..." words, or deeper indent with the sum to back it. */
function wordedBreakdowns(lines: readonly SumLine[]): Breakdown[] {
  const out: Breakdown[] = [];
  let parent = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // A line labelled as a total ("Statslige midler i alt") may have "heraf" lines of its own, but lines
    // indented under it belong to the next group, not to it.
    const underTotal = parent >= 0 && !!lines[parent].totalWords;
    const deeper = parent >= 0 && !underTotal && (l.indent ?? 0) > (lines[parent].indent ?? 0);
    if (parent >= 0 && !l.totalWords && (l.breakdownWords || deeper))
      out.push({ row: i, parent, why: 'words' });
    else if (parent >= 0 && l.totalWords && closesBreakdown(lines, parent, out, i)) {
      // "Heraf i alt" closes the breakdown: it sums the lines of the block, a part of the same line again.
      out.push({ row: i, parent, why: 'words' });
      parent = -1;
    } else parent = l.breakdownWords ? -1 : i;
  }
  // Indent alone is a layout habit (every line indented under a heading line): it counts only when the
  // indented lines do not exceed the line above in any column.
  const byParent = new Map<number, number[]>();
  for (const b of out) byParent.set(b.parent, [...(byParent.get(b.parent) ?? []), b.row]);
  const keep = new Set<number>();
  for (const [p, rows] of byParent) {
    const wordy = rows.some((r) => lines[r].breakdownWords);
    if (wordy || withinParent(lines, p, rows)) rows.forEach((r) => keep.add(r));
  }
  return out.filter((b) => keep.has(b.row));
}

/**
 * A total line under a breakdown closes it when its words say so ("Heraf i alt") or its figures do: a plain
 * "i alt" that sums the block's lines and repeats the line above the block is that line again, not the grand
 * total (which sums the sources, not one source's breakdown).
 */
function closesBreakdown(
  lines: readonly SumLine[],
  parent: number,
  found: readonly Breakdown[],
  at: number,
): boolean {
  const block = found.filter((b) => b.parent === parent).map((b) => b.row);
  if (block.length === 0) return false;
  if (lines[at].breakdownWords) return true;
  const line = lines[at];
  const width = Math.max(line.values.length, lines[parent].values.length);
  return (
    holds(agreement(line, columnSums(lines, block, width)), 'strict') &&
    holds(agreement(line, lines[parent].values), 'strict')
  );
}

function withinParent(lines: readonly SumLine[], parent: number, rows: readonly number[]): boolean {
  const width = lines[parent].values.length;
  const sums = columnSums(lines, rows, width);
  let any = false;
  for (let c = 0; c < width; c++) {
    const p = lines[parent].values[c];
    const s = sums[c];
    if (s === null) continue;
    if (p === null) return false;
    const abs = (d: Decimal) => (d.digits < 0n ? neg(d) : d);
    if (compare(abs(s), abs(p)) > 0) return false;
    any = true;
  }
  return any;
}

function structureFor(
  lines: readonly SumLine[],
  width: number,
  worded: readonly Breakdown[],
  labelledSubs: ReadonlySet<number>,
  given: { readonly total?: number | null; readonly totalFirst?: boolean },
  reading: { subs: boolean; parents: boolean },
): SumStructure | null {
  const breakdowns: Breakdown[] = [...worded];
  const inBreakdown = new Set(breakdowns.map((b) => b.row));
  const total = given.total ?? null;
  const candidates = lines.map((_, i) => i).filter((i) => i !== total);

  if (reading.parents) {
    // A line followed by lines that sum to it (the finance bill's account above its sub-accounts).
    let found = false;
    const sums = new PrefixSums(lines, candidates, width);
    // A group ends before the first line that is a breakdown by its words or a total (groups found on the way
    // lie behind the line tried next, so the lines that stop a group are known before the search).
    const stops: number[] = new Array<number>(candidates.length + 1);
    stops[candidates.length] = candidates.length;
    for (let j = candidates.length - 1; j >= 0; j--) {
      const r = candidates[j];
      stops[j] = inBreakdown.has(r) || lines[r].totalWords ? j : stops[j + 1];
    }
    for (let k = 0; k < candidates.length; k++) {
      const p = candidates[k];
      if (inBreakdown.has(p) || lines[p].totalWords) continue;
      const last = Math.min(stops[k + 1] - 1, k + SUM_RELATION.maxGroup);
      // One line equal to the line above is a line typed twice, not a breakdown: groups of minGroup or more.
      for (const j of sums.ends(k, lines[p], k + SUM_RELATION.minGroup, last)) {
        const group = candidates.slice(k + 1, j + 1);
        if (holds(agreement(lines[p], columnSums(lines, group, width)), 'group')) {
          group.forEach((row) => {
            breakdowns.push({ row, parent: p, why: 'sum' });
            inBreakdown.add(row);
          });
          found = true;
          k = j;
          break;
        }
      }
    }
    if (!found) return null;
  }

  const subtotals: Subtotal[] = [];
  const isSub = new Set<number>();
  let since: number[] = [];
  let running = new Running(width);
  for (const i of candidates) {
    if (inBreakdown.has(i)) continue;
    const sumHere =
      reading.subs &&
      since.length >= SUM_RELATION.minGroup &&
      !lines[i].namedPart &&
      holds(agreement(lines[i], running.sums), 'group');
    if (labelledSubs.has(i) || sumHere) {
      subtotals.push({ row: i, parts: since, why: labelledSubs.has(i) ? 'words' : 'sum' });
      isSub.add(i);
      since = [];
      running = new Running(width);
      continue;
    }
    since.push(i);
    // The running sums only find subtotals by their figures: the plain reading needs none.
    if (reading.subs) running.add(lines[i]);
  }
  if (reading.subs && !subtotals.some((s) => s.why === 'sum')) return null;

  const parts = candidates.filter((i) => !inBreakdown.has(i) && !isSub.has(i));
  let totalRow = total;
  if (totalRow === null && parts.length >= 3) {
    // No total given: the last (or first) line is one when the others sum to it.
    for (const t of [parts[parts.length - 1], parts[0]]) {
      if (lines[t].namedPart) continue;
      const others = parts.filter((p) => p !== t);
      if (holds(agreement(lines[t], columnSums(lines, others, width)))) {
        totalRow = t;
        break;
      }
    }
  }
  const finalParts = parts.filter((p) => p !== totalRow);
  const totalHolds =
    totalRow === null ? null : agreement(lines[totalRow], columnSums(lines, finalParts, width));
  // Readings beyond the plain one need the grand total to confirm them.
  if ((reading.subs || reading.parents) && (totalHolds === null || !holds(totalHolds, 'group'))) return null;
  // A line with no total word that sums every part is a second total or a row pasted in twice; the
  // numbers cannot tell which, so it is not read away as a subtotal (the check and diagnosis say which).
  const everything = (rows: readonly number[]) => {
    const set = new Set(rows);
    return finalParts.every((p) => set.has(p));
  };
  if (reading.subs && subtotals.some((x) => x.why === 'sum' && everything(x.parts))) return null;
  if (reading.parents && finalParts.length === 1) return null;
  const subtotalsHold = subtotals.reduce(
    (acc, x) => {
      const a = agreement(lines[x.row], columnSums(lines, x.parts, width));
      return { matched: acc.matched + a.matched, differ: acc.differ + a.differ };
    },
    { matched: 0, differ: 0 },
  );
  return { total: totalRow, subtotals, breakdowns, parts: finalParts, totalHolds, subtotalsHold };
}

/**
 * Each column's running sum over the candidate lines as whole numbers at the column's finest scale, so whether
 * the lines after a line sum to its figure is one comparison of two sums, not decimals added line by line:
 * the parents reading tries every line of a block against up to maxGroup lines below it.
 */
class PrefixSums {
  /** Per column: at[i] is the sum of the first i candidates' figures, in units of 10^-scale. */
  private readonly at: bigint[][] = [];
  private readonly scales: number[] = [];

  constructor(lines: readonly SumLine[], candidates: readonly number[], width: number) {
    for (let c = 0; c < width; c++) {
      let scale = 0;
      for (let i = 0; i < lines.length; i++) scale = Math.max(scale, lines[i].values[c]?.scale ?? 0);
      const at: bigint[] = [0n];
      let total = 0n;
      for (let k = 0; k < candidates.length; k++) {
        const v = lines[candidates[k]].values[c];
        if (v) total += scaled(v, scale);
        at.push(total);
      }
      this.at.push(at);
      this.scales.push(scale);
    }
  }

  /**
   * The candidates j, from `from` to `to` in rising order, for which candidates k+1..j sum to the line's figure
   * in at least one column. A blank or zero figure is matched by no sum (0 against 0 says nothing), and a line
   * no column of the group matches cannot be their sum.
   */
  ends(k: number, line: SumLine, from: number, to: number): number[] {
    const out: number[] = [];
    if (from > to) return out;
    const targets: bigint[] = [];
    const columns: bigint[][] = [];
    for (let c = 0; c < this.at.length; c++) {
      const v = line.values[c];
      if (!v || v.digits === 0n) continue;
      targets.push(this.at[c][k + 1] + scaled(v, this.scales[c]));
      columns.push(this.at[c]);
    }
    // at[j + 1] holds the sum through candidate j.
    for (let j = from; j <= to && targets.length; j++) {
      for (let t = 0; t < targets.length; t++) {
        if (columns[t][j + 1] === targets[t]) {
          out.push(j);
          break;
        }
      }
    }
    return out;
  }
}

function scaled(d: Decimal, scale: number): bigint {
  return scale === d.scale ? d.digits : d.digits * pow10(scale - d.scale);
}

/** Column sums kept up to date line by line, so a long block is read in one pass. */
class Running {
  readonly sums: (Decimal | null)[];
  constructor(width: number) {
    this.sums = new Array<Decimal | null>(width).fill(null);
  }
  add(line: SumLine): void {
    for (let c = 0; c < this.sums.length; c++) {
      const v = line.values[c];
      if (v) this.sums[c] = this.sums[c] ? add(this.sums[c]!, v) : v;
    }
  }
}
