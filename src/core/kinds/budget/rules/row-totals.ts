/**
 * A column that totals the years beside it ("Budget i alt", "I alt" after Budget 2025, Budget 2026) must
 * equal their sum on every line: the whole period is the sum of its years. A sheet rounded line by line
 * (two lines or more off by no more than rounding) is allowed the rounding of the figures it adds.
 */
import { add, sub, ZERO, type Decimal } from '../../../decimal/decimal';
import { text, type Finding } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { a1 } from '../../../grid/a1';
import { normalizeLabel, periodLabel } from '../../../reader/labels';
import type { BudgetColumn } from '../../../tables/layout';
import type { BudgetInput } from '../check';
import { withinRounding } from '../rounding';
import { amountText, plainAmount } from '../say';
import type { SumRelation } from './agreeing-totals';
import { TOTAL_COLUMN } from '../words';

/**
 * Each total column with the run of year columns just left of it (two at least, distinct years). Years of
 * one kind of column ("BO 2027", "BO 2028") run on; when the years before them are of another kind ("Budget
 * 2026" before the overslag years), the sums decide: `held` counts the lines where a run adds up to the total.
 */
export function rowTotalColumns(
  cols: readonly BudgetColumn[],
  held?: (total: number, years: readonly number[]) => number,
): { total: number; years: number[] }[] {
  const out: { total: number; years: number[] }[] = [];
  cols.forEach((c, j) => {
    if (!TOTAL_COLUMN.test(normalizeLabel(c.label))) return;
    const years: number[] = [];
    const seen = new Set<string>();
    for (let k = j - 1; k >= 0; k--) {
      const y = cols[k];
      const year = periodLabel(y.label);
      const adjacent = cols[k + 1].col === y.col + 1;
      if (!year || !adjacent || seen.has(year)) break;
      if (TOTAL_COLUMN.test(normalizeLabel(y.label))) break;
      seen.add(year);
      years.unshift(k);
    }
    // The years just before the total that are of the kind of the last of them.
    let from = years.length;
    while (from > 0 && cols[years[from - 1]].role === cols[j - 1].role) from--;
    const oneKind = years.slice(from);
    const runs = [oneKind, years].filter((run) => run.length >= 2);
    if (runs.length === 0) return;
    const best =
      runs.length === 2 && held && oneKind.length !== years.length && held(j, years) > held(j, oneKind)
        ? years
        : runs[0];
    out.push({ total: j, years: best });
  });
  return out;
}

export function rowTotalFindings(input: BudgetInput): {
  findings: Finding[];
  checked: number;
  relations: SumRelation[];
} {
  const { layout: t, values } = input;
  const findings: Finding[] = [];
  const relations: SumRelation[] = [];
  let checked = 0;
  const held = (total: number, years: readonly number[]) =>
    values.filter((line) => {
      const stated = line[total];
      if (stated === null || years.every((k) => line[k] === null)) return false;
      const sum = years.reduce<Decimal>((s, k) => add(s, line[k] ?? ZERO), ZERO);
      return withinRounding(sub(stated, sum), years.length, input.decimals[total]);
    }).length;
  for (const { total, years } of rowTotalColumns(t.columns, held)) {
    // A sheet rounded line by line shows it on more than one line; one line off by a rounding's size in an
    // otherwise exact column is a typo (as for the sums down the columns, subtotals.ts).
    const small = values.filter((line) => {
      const stated = line[total];
      if (stated === null) return false;
      const d = sub(
        stated,
        years.reduce<Decimal>((s, k) => add(s, line[k] ?? ZERO), ZERO),
      );
      return d.digits !== 0n && withinRounding(d, years.length, input.decimals[total]);
    }).length;
    const rounded = small >= 2;
    t.lines.forEach((line, i) => {
      if (line.statistic) return;
      const stated = values[i][total];
      const parts = years.map((k) => values[i][k]);
      if (stated === null || parts.every((v) => v === null)) return;
      checked++;
      const sum = parts.reduce<Decimal>((s, v) => (v === null ? s : add(s, v)), ZERO);
      const diff = sub(stated, sum);
      const holds = (d: Decimal) =>
        d.digits === 0n || (rounded && withinRounding(d, years.length, input.decimals[total]));
      const relationOf = (found: Finding | null): SumRelation => ({
        total: { line: i, col: total },
        parts: years.map((col) => ({ line: i, col })),
        holds,
        finding: found,
      });
      if (holds(diff)) return void relations.push(relationOf(null));
      const cell = a1(line.row, t.columns[total].col);
      const range = `${a1(line.row, t.columns[years[0]].col)}:${a1(line.row, t.columns[years[years.length - 1]].col)}`;
      const [s, x, d] = [stated, sum, diff].map((v) => amountText(v, input.scale));
      const broken = finding(
        'total-mismatch',
        input.sheet,
        cell,
        text(
          `${cell} (»${line.label}«, ${t.columns[total].label}) er ${s.da}, men årene i ${range} summerer til ${x.da} (forskel ${d.da}).`,
          `${cell} ("${line.label}", ${t.columns[total].label}) is ${s.en}, but the years in ${range} sum to ${x.en} (difference ${d.en}).`,
        ),
        {
          expected: plainAmount(sum, input.scale),
          actual: plainAmount(stated, input.scale),
          related: [range],
        },
      );
      findings.push(broken);
      relations.push(relationOf(broken));
    });
  }
  return { findings, checked, relations };
}
