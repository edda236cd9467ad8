/**
 * Breakdown tables (one per source, rows = focus areas) must agree with the summary table: each
 * breakdown's totals equal the summary row of its source, per period and overall, and the breakdowns
 * together equal the summary's total row. Periods are paired by their header text ("2021"), falling
 * back to position when the two tables label them differently but have as many.
 */
import type { Finding } from '../../../findings/finding';
import { text } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { sheetRef } from '../../../grid/a1';
import type { Located } from '../../../located';
import { formatKroner } from '../../../money/format';
import { oereToPlain } from '../../../money/oere';
import type { SourceType } from '../../../tables/layout';
import type { CofinancingInput, CofinancingRowInput } from './input';
import { cellsOf, endSentence, isOther, isOwn, overallSum, partsRange, periodSum } from './parts';

/** A table's total for one period or overall, and the cell(s) where it shows. */
interface Stated {
  value: bigint;
  cell: string;
}

const PERIOD_TOTAL = -1;

/** The table's total row cell if readable, else the sum of the given rows (null if any is missing). */
function tableTotal(t: CofinancingInput, rows: readonly CofinancingRowInput[], p: number): Stated | null {
  const stated = p === PERIOD_TOTAL ? t.totalRow?.total : t.totalRow?.amounts[p];
  if (stated) return { value: stated.value, cell: stated.cell };
  const value = p === PERIOD_TOTAL ? overallSum(rows) : periodSum(rows, p);
  if (value === null) return null;
  const cells =
    p === PERIOD_TOTAL ? cellsOf(rows.map((r) => r.total)) : cellsOf(rows.map((r) => r.amounts[p] ?? null));
  return { value, cell: partsRange(cells.length > 0 ? cells : [t.range]).join(', ') };
}

/** Index in `to` of each period of `from`, by label, else by position when the counts agree. */
function pairPeriods(from: CofinancingInput, to: CofinancingInput): (number | null)[] {
  const norm = (s: string) => s.trim().toLowerCase();
  const labels = to.periods.map((p) => norm(p.label));
  const sameCount = from.periods.length === to.periods.length;
  return from.periods.map((p, i) => {
    const j = labels.indexOf(norm(p.label));
    return j >= 0 ? j : sameCount ? i : null;
  });
}

function rowsOf(t: CofinancingInput, source: SourceType): CofinancingRowInput[] {
  return t.rows.filter((r) => r.type === source);
}

/**
 * What the summary states for a source: the cell of its single row as written (a stale row total is
 * the total rule's finding, and the message must agree with the cell it names), else the rows' sum.
 */
function sourceAmount(rows: readonly CofinancingRowInput[], p: number): Stated | null {
  const stated = p === PERIOD_TOTAL ? rows.map((r) => r.total) : rows.map((r) => r.amounts[p] ?? null);
  if (rows.length === 1 && stated[0]) return { value: stated[0].value, cell: stated[0].cell };
  const value = p === PERIOD_TOTAL ? overallSum(rows) : periodSum(rows, p);
  if (value === null) return null;
  const cells = cellsOf(stated);
  return { value, cell: cells.length > 0 ? partsRange(cells).join(', ') : rows[0].labelCell };
}

/**
 * The summary's figure for a source in one period, unless its own totals overrule it: when the row's total and
 * the period's total both put the cell at another value, that cell is the summary's own error (the totals rule
 * names it), and the breakdown is compared with what the summary's totals say.
 */
function summaryAmount(
  summary: CofinancingInput,
  rows: readonly CofinancingRowInput[],
  q: number,
): Stated | null {
  const stated = sourceAmount(rows, q);
  const row = rows.length === 1 ? rows[0] : null;
  const cell = row?.amounts[q] ?? null;
  const columnTotal = summary.totalRow?.amounts[q] ?? null;
  if (!row || !cell || !row.total || !columnTotal || stated === null) return stated;
  const others = (xs: readonly (Located<bigint> | null | undefined)[]) =>
    xs.every((x) => x) ? xs.reduce((s, x) => s + x!.value, 0n) : null;
  const rowOthers = others(row.amounts.filter((_, i) => i !== q));
  const colOthers = others(summary.rows.filter((r) => r !== row).map((r) => r.amounts[q]));
  if (rowOthers === null || colOthers === null) return stated;
  const byRow = row.total.value - rowOthers;
  const byColumn = columnTotal.value - colOthers;
  return byRow === byColumn && byRow !== cell.value ? { value: byRow, cell: stated.cell } : stated;
}

function coversAll(pairs: readonly (number | null)[], summary: CofinancingInput): boolean {
  const hit = new Set(pairs.filter((q): q is number => q !== null));
  return summary.periods.every((_, q) => hit.has(q));
}

export function checkBreakdown(
  summary: CofinancingInput,
  breakdown: CofinancingInput,
  source: SourceType,
): Finding[] {
  const srcRows = rowsOf(summary, source);
  if (srcRows.length === 0) return [];
  const out: Finding[] = [];
  const compare = (b: Stated | null, s: Stated | null, when: Phrase) => {
    if (b === null || s === null || b.value === s.value) return;
    out.push(mismatch(breakdown.sheet, b, s.value, [sheetRef(summary.sheet, s.cell)], when));
  };

  const pairs = pairPeriods(breakdown, summary);
  pairs.forEach((q, p) => {
    if (q === null) return;
    const label = breakdown.periods[p].label;
    compare(tableTotal(breakdown, breakdown.rows, p), summaryAmount(summary, srcRows, q), {
      da: `i ${label}`,
      en: `in ${label}`,
    });
  });
  // The whole period only when the breakdown covers every period of the summary.
  if (coversAll(pairs, summary)) {
    compare(
      tableTotal(breakdown, breakdown.rows, PERIOD_TOTAL),
      sourceAmount(srcRows, PERIOD_TOTAL),
      OVERALL,
    );
  }
  return out;
}

export function checkBreakdownsAddUp(
  summary: CofinancingInput,
  breakdowns: readonly CofinancingInput[],
): Finding[] {
  if (breakdowns.length === 0) return [];
  const paying = summary.rows.filter((r) => isOwn(r) || isOther(r));
  const out: Finding[] = [];
  const compare = (s: Stated | null, parts: (Stated | null)[], when: Phrase) => {
    if (s === null || parts.some((b) => b === null)) return;
    const stated = parts as Stated[];
    const sum = stated.reduce((a, b) => a + b.value, 0n);
    if (sum === s.value) return;
    const related = stated.map((b, i) => sheetRef(breakdowns[i].sheet, b.cell));
    out.push(mismatch(summary.sheet, s, sum, related, when, true));
  };

  const pairs = breakdowns.map((b) => pairPeriods(summary, b));
  const complete = breakdowns.every(
    (b, i) => coversAll(pairs[i], summary) && b.periods.length === summary.periods.length,
  );
  summary.periods.forEach((period, q) => {
    const parts = breakdowns.map((b, i) => {
      const p = pairs[i][q];
      return p === null ? null : tableTotal(b, b.rows, p);
    });
    compare(tableTotal(summary, paying, q), parts, { da: `i ${period.label}`, en: `in ${period.label}` });
  });
  if (complete) {
    compare(
      tableTotal(summary, paying, PERIOD_TOTAL),
      breakdowns.map((b) => tableTotal(b, b.rows, PERIOD_TOTAL)),
      OVERALL,
    );
  }
  return out;
}

interface Phrase {
  da: string;
  en: string;
}

const OVERALL: Phrase = { da: 'for hele perioden', en: 'for the whole period' };

function mismatch(
  sheet: string,
  at: Located<bigint>,
  other: bigint,
  related: string[],
  when: Phrase,
  summaryAgainstBreakdowns = false,
): Finding {
  const where = related.join(', ');
  const [da, en] = summaryAgainstBreakdowns
    ? [
        `Summen af opdelingerne (${where}) er ${formatKroner(other, 'da')} ${when.da}, men ${at.cell} siger ${formatKroner(at.value, 'da')}`,
        `The breakdowns (${where}) add up to ${formatKroner(other, 'en')} ${when.en}, but ${at.cell} says ${formatKroner(at.value, 'en')}`,
      ]
    : [
        `Opdelingen giver ${formatKroner(at.value, 'da')} ${when.da}, men den sammenfattende tabel (${where}) siger ${formatKroner(other, 'da')}`,
        `The breakdown gives ${formatKroner(at.value, 'en')} ${when.en}, but the summary table (${where}) says ${formatKroner(other, 'en')}`,
      ];
  return finding('breakdown-mismatch', sheet, at.cell, text(endSentence(da), endSentence(en)), {
    expected: oereToPlain(other),
    actual: oereToPlain(at.value),
    related,
  });
}
