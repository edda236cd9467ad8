/**
 * The total row of a co-financing table, by its words and by arithmetic together, first or last: "I alt" at
 * the bottom as in Tabel B, "I alt" typed above its parts, or a last (or first) row with no total word whose
 * figures are the sum of the other rows. A row named as a funding source is never a total by arithmetic: own
 * financing that matches the others krone for krone equals their sum and is still a source.
 */
import { compare, neg, sub, ZERO, type Decimal } from '../../decimal/decimal';
import type { SheetCells } from '../../reader/cells';
import { classifySource, isFundingSource } from './classify-source';
import { indentOf, isBreakdownLabel, isTotalLabel, normalizeLabel, SUM_RELATION } from '../../reader/labels';
import { columnValues, sumOf } from '../split/content';
import { SUBTOTAL_LINE } from './words';

export interface CofinancingTotals {
  /** The row the parts are checked against. */
  readonly totalRow: number | null;
  /** A second total of the same parts (a total first and a total last): checked against them too. */
  readonly otherTotals: readonly number[];
  /** Labelled rows between the parts ("Kommuner i alt"): subtotals of the rows above them since the last one. */
  readonly subtotals: readonly { readonly row: number; readonly parts: readonly number[] }[];
  /** 'label' (its words) or 'sum' (its figures are the sum of the other rows). */
  readonly why: 'label' | 'sum' | null;
  /** The total stands above its parts. */
  readonly first: boolean;
}

export function cofinancingTotals(
  cells: SheetCells,
  rows: readonly number[],
  labelCol: number,
  valueCols: readonly number[],
  /** The column of each row's total, when the table has one (one of valueCols). */
  totalCol: number | null = null,
): CofinancingTotals {
  const none: CofinancingTotals = { totalRow: null, otherTotals: [], subtotals: [], why: null, first: false };
  if (rows.length === 0) return none;
  const first = rows[0];
  // "Heraf i alt" closes a breakdown ("Heraf:" and its lines): it sums those lines, not the sources above.
  // So does a plain "i alt" whose figures sum the lines right above it and repeat the source above the block.
  const labelled = rows.filter((r) => {
    const name = cells.text(r, labelCol);
    return (
      isTotalRowLabel(name) &&
      !isBreakdownLabel(name) &&
      !closesBreakdown(cells, rows, r, labelCol, valueCols)
    );
  });
  const end = rows[rows.length - 1];
  if (
    labelled.length > 0 &&
    end !== labelled[labelled.length - 1] &&
    !isTotalLabel(cells.text(end, labelCol))
  ) {
    // Only group totals labelled ("Delsum B") and a last line under words Fordel does not know: that line is
    // the grand total when it sums the lines that are neither (the groups' parts).
    const parts = rows.filter((r) => r !== end && !labelled.includes(r));
    if (isSumOf(cells, end, parts, labelCol, valueCols, totalCol)) labelled.push(end);
  }
  if (labelled.length > 0) {
    const last = labelled[labelled.length - 1];
    if (last === first) return { ...none, totalRow: first, why: 'label', first: true };
    // A labelled row above every part is a total of the same parts; labelled rows between parts are subtotals.
    const top = labelled[0] === first ? [first] : [];
    const subtotals = labelled
      .filter((r) => r !== last && r !== first)
      .map((row) => {
        // Its parts: the rows since the labelled row before it (a subtotal, or the total at the top).
        const from = labelled.filter((x) => x < row).pop() ?? -1;
        return { row, parts: rows.filter((x) => x > from && x < row) };
      });
    return { totalRow: last, otherTotals: top, subtotals, why: 'label', first: false };
  }
  if (rows.length < 3) return none;
  const lastRow = rows[rows.length - 1];
  if (isSumOf(cells, lastRow, rows.slice(0, -1), labelCol, valueCols, totalCol)) {
    return { ...none, totalRow: lastRow, why: 'sum' };
  }
  if (isSumOf(cells, first, rows.slice(1), labelCol, valueCols, totalCol)) {
    return { ...none, totalRow: first, why: 'sum', first: true };
  }
  return none;
}

/**
 * Every figure of the row (at least two) is the sum of the others' in its column; with four or more figures
 * one may differ (that is the error to report, not a reason to take the total for a source). A column where it
 * is not may hold a typo: when one part's periods miss that part's total column by the same amount, that one
 * cell explains both, and the column still counts for the total. So does the row's own cell in the total column
 * when it misses the row's periods by what it misses its column by, and the row's own cell in a period when it
 * misses its column by what the row's total misses the row's periods by.
 */
function isSumOf(
  cells: SheetCells,
  row: number,
  others: readonly number[],
  labelCol: number,
  valueCols: readonly number[],
  totalCol: number | null,
): boolean {
  if (others.length < 2 || isFundingSource(classifySource(cells.text(row, labelCol)))) return false;
  const periods = valueCols.filter((c) => c !== totalCol);
  // How far each part's periods miss its own total: a typed-wrong cell shows here and in its column.
  const rowMiss =
    totalCol === null || periods.length === 0
      ? []
      : others.map((r) =>
          missOf(
            cells.number(r, totalCol),
            periods.map((c) => columnValues(cells, c, [r])[0]),
          ),
        );
  // The row's own total cell typed wrong misses the row's periods by what it misses its column by.
  const ownMiss =
    totalCol === null || periods.length === 0
      ? null
      : missOf(
          cells.number(row, totalCol),
          periods.map((c) => columnValues(cells, c, [row])[0]),
        );
  let matched = 0;
  let differ = 0;
  let explained = 0;
  for (const col of valueCols) {
    const v = cells.number(row, col);
    if (!v || v.digits === 0n) continue;
    const m = missOf(v, columnValues(cells, col, others));
    if (m !== null && compare(m, ZERO) === 0) matched++;
    else if (m !== null && col !== totalCol && rowMiss.some((x) => x !== null && compare(x, m) === 0))
      explained++;
    else if (m !== null && col === totalCol && ownMiss !== null && compare(ownMiss, m) === 0) explained++;
    // The row's own period cell typed wrong misses its column by what the row's total cell misses it by,
    // the other way: the one cell breaks both, and the row is still the total.
    else if (m !== null && col !== totalCol && ownMiss !== null && compare(ownMiss, neg(m)) === 0)
      explained++;
    else differ++;
  }
  if (matched >= 1 && matched + explained >= 2 && differ === 0) return true;
  // A line with no name at the end of the sources is a total more likely than a source nobody named: there
  // two agreeing figures outweigh one that differs (the typo to report).
  const unnamed = cells.text(row, labelCol) === '';
  return matched >= 2 && (differ === 0 || (differ === 1 && (matched >= 3 || unnamed)));
}

/**
 * The row repeats a source and sums the lines between that source and it (a "Heraf:" heading with no figures
 * skipped), those lines marked as its breakdown by words or indent: it closes that breakdown.
 */
function closesBreakdown(
  cells: SheetCells,
  rows: readonly number[],
  row: number,
  labelCol: number,
  valueCols: readonly number[],
): boolean {
  const at = rows.indexOf(row);
  const hasFigures = (r: number) => valueCols.some((c) => cells.number(r, c) !== null);
  const above = rows.slice(0, at).filter(hasFigures);
  const indent = (r: number) => indentOf(cells.raw(r, labelCol));
  for (let k = 2; k <= Math.min(SUM_RELATION.maxGroup, above.length - 1); k++) {
    const parts = above.slice(-k);
    const source = above[above.length - k - 1];
    const between = rows.slice(rows.indexOf(source) + 1, at);
    const marked =
      between.some((r) => !hasFigures(r) && isBreakdownLabel(cells.text(r, labelCol))) ||
      parts.every((r) => isBreakdownLabel(cells.text(r, labelCol)) || indent(r) > indent(source));
    if (!marked) continue;
    let matched = 0;
    const ok = valueCols.every((c) => {
      const v = cells.number(row, c);
      const s = sumOf(columnValues(cells, c, parts));
      const src = cells.number(source, c) ?? ZERO;
      if (v === null) return s.digits === 0n;
      if (v.digits !== 0n) matched++;
      return compare(v, s) === 0 && compare(v, src) === 0;
    });
    if (ok && matched > 0) return true;
  }
  return false;
}

/** How much the parts exceed the total (0 when it is their sum); null when the total is not a number. */
function missOf(total: Decimal | null, parts: readonly (Decimal | null)[]): Decimal | null {
  if (total === null) return null;
  return sub(sumOf(parts), total);
}

/** "I alt", "Total" ..., or a label ending in one: "Kommuner i alt", "Finansiering i alt", "Udgifter total". */
export function isTotalRowLabel(text: string): boolean {
  if (isTotalLabel(text)) return true;
  const label = normalizeLabel(text);
  return /\S\s+(?:i alt|ialt|total)$/.test(label) || SUBTOTAL_LINE.test(label);
}
