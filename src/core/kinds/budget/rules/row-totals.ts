/**
 * A column that totals the years beside it ("Budget i alt", "I alt" after Budget 2025, Budget 2026) must
 * equal their sum on every line: the whole period is the sum of its years. A sheet rounded line by line
 * is allowed the rounding of the figures it adds.
 */
import { add, sub, ZERO, type Decimal } from '../../../decimal/decimal';
import { text, type Finding } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { a1 } from '../../../grid/a1';
import { normalizeLabel, periodLabel } from '../../../reader/labels';
import type { BudgetInput } from '../check';
import { withinRounding } from '../rounding';
import { amountText, plainAmount } from '../say';
import { TOTAL_COLUMN } from '../words';

/** Each total column with the run of year columns just left of it (two at least, distinct years). */
export function rowTotalColumns(input: BudgetInput): { total: number; years: number[] }[] {
  const cols = input.layout.columns;
  const out: { total: number; years: number[] }[] = [];
  cols.forEach((c, j) => {
    if (!TOTAL_COLUMN.test(normalizeLabel(c.label))) return;
    const years: number[] = [];
    const seen = new Set<string>();
    for (let k = j - 1; k >= 0; k--) {
      const y = cols[k];
      const year = periodLabel(y.label);
      const adjacent = cols[k + 1].col === y.col + 1;
      if (!year || !adjacent || seen.has(year) || y.role !== cols[j - 1].role) break;
      if (TOTAL_COLUMN.test(normalizeLabel(y.label))) break;
      seen.add(year);
      years.unshift(k);
    }
    if (years.length >= 2) out.push({ total: j, years });
  });
  return out;
}

export function rowTotalFindings(input: BudgetInput): { findings: Finding[]; checked: number } {
  const { layout: t, values } = input;
  const findings: Finding[] = [];
  let checked = 0;
  for (const { total, years } of rowTotalColumns(input)) {
    t.lines.forEach((line, i) => {
      if (line.statistic) return;
      const stated = values[i][total];
      const parts = years.map((k) => values[i][k]);
      if (stated === null || parts.every((v) => v === null)) return;
      checked++;
      const sum = parts.reduce<Decimal>((s, v) => (v === null ? s : add(s, v)), ZERO);
      const diff = sub(stated, sum);
      if (diff.digits === 0n || withinRounding(diff, years.length, input.decimals[total])) return;
      const cell = a1(line.row, t.columns[total].col);
      const range = `${a1(line.row, t.columns[years[0]].col)}:${a1(line.row, t.columns[years[years.length - 1]].col)}`;
      const [s, x, d] = [stated, sum, diff].map((v) => amountText(v, input.scale));
      findings.push(
        finding(
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
        ),
      );
    });
  }
  return { findings, checked };
}
