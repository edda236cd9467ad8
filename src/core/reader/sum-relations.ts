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
import { add, compare, neg, ZERO, type Decimal } from '../decimal/decimal';
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
  for (const i of pick) {
    const vs = lines[i].values;
    for (let c = 0; c < width; c++) {
      const v = vs[c];
      if (v) out[c] = out[c] ? add(out[c]!, v) : v;
    }
  }
  return out;
}

/** Adds a line's figures to running column sums, as columnSums would sum them. */
function addLine(sums: (Decimal | null)[], line: SumLine): void {
  for (let c = 0; c < sums.length; c++) {
    const v = line.values[c];
    if (v) sums[c] = sums[c] ? add(sums[c]!, v) : v;
  }
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
 * minimum. One column must agree exactly.
 */
export function holds(a: Agreement, strict = false): boolean {
  if (a.matched === 0) return false;
  if (a.differ === 0) return true;
  if (strict) return false;
  return (
    a.matched >= SUM_RELATION.minMatchedWithError &&
    a.differ <= SUM_RELATION.maxWrongCells &&
    a.matched > a.differ
  );
}

function better(a: Agreement | null, b: Agreement | null): boolean {
  if (!a) return false;
  if (!b) return true;
  return a.matched - a.differ > b.matched - b.differ;
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
  let best: SumStructure | null = null;
  for (const r of readings) {
    const s = structureFor(lines, width, worded, labelledSubs, given, r);
    if (!s) continue;
    // A reading with more arithmetic wins only when the grand total agrees with it better.
    if (best === null || better(s.totalHolds, best.totalHolds)) best = s;
  }
  return best!;
}

/** Lines that say they are part of the line above: "heraf ..." words, or deeper indent with the sum to back it. */
function wordedBreakdowns(lines: readonly SumLine[]): Breakdown[] {
  const out: Breakdown[] = [];
  let parent = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const deeper = parent >= 0 && (l.indent ?? 0) > (lines[parent].indent ?? 0);
    if (parent >= 0 && !l.totalWords && (l.breakdownWords || deeper)) out.push({ row: i, parent });
    else parent = l.totalWords ? -1 : i;
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
    for (let k = 0; k < candidates.length; k++) {
      const p = candidates[k];
      if (inBreakdown.has(p) || lines[p].totalWords) continue;
      const group: number[] = [];
      // The group's sums grow with it, one line at a time (summing the whole group afresh each time was cubic).
      const sums: (Decimal | null)[] = new Array(width).fill(null);
      for (let j = k + 1; j < candidates.length; j++) {
        const r = candidates[j];
        if (inBreakdown.has(r) || lines[r].totalWords) break;
        group.push(r);
        addLine(sums, lines[r]);
        if (holds(agreement(lines[p], sums), true)) {
          group.forEach((row) => {
            breakdowns.push({ row, parent: p });
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
  let sinceSums: (Decimal | null)[] = new Array(width).fill(null);
  for (const i of candidates) {
    if (inBreakdown.has(i)) continue;
    if (labelledSubs.has(i)) {
      subtotals.push({ row: i, parts: since, why: 'words' });
      isSub.add(i);
      since = [];
      sinceSums = new Array(width).fill(null);
      continue;
    }
    if (
      reading.subs &&
      since.length >= SUM_RELATION.minGroup &&
      !lines[i].namedPart &&
      holds(agreement(lines[i], sinceSums))
    ) {
      subtotals.push({ row: i, parts: since, why: 'sum' });
      isSub.add(i);
      since = [];
      sinceSums = new Array(width).fill(null);
      continue;
    }
    since.push(i);
    addLine(sinceSums, lines[i]);
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
  if ((reading.subs || reading.parents) && (totalHolds === null || !holds(totalHolds))) return null;
  return { total: totalRow, subtotals, breakdowns, parts: finalParts, totalHolds };
}
