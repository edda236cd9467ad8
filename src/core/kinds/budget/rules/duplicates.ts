/**
 * The same account line typed twice - same code, same text, same amounts - is counted twice by any sum
 * over it. Lines in a parent-child relation (a heading repeated as its only item) are not duplicates.
 */
import { compare } from '../../../decimal/decimal';
import { text, type Finding } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { a1 } from '../../../grid/a1';
import { normalizeLabel } from '../../../reader/labels';
import type { BudgetInput } from '../check';

export function duplicateLineFindings(input: BudgetInput): Finding[] {
  const { layout: t, values } = input;
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  const byRow = new Map(t.lines.map((l) => [l.row, l]));
  const isAncestor = (row: number, of: number): boolean => {
    for (let p = t.lines[of].parent; p !== null; p = byRow.get(p)?.parent ?? null) if (p === row) return true;
    return false;
  };
  t.lines.forEach((line, i) => {
    if (!line.label || values[i].every((v) => v === null || compare(v, { digits: 0n, scale: 0 }) === 0))
      return;
    const key = [
      line.code ?? '',
      normalizeLabel(line.label),
      ...values[i].map((v) => (v === null ? '' : `${v.digits}e-${v.scale}`)),
    ].join('|');
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    const [a, b] = [t.lines[first], line];
    if (isAncestor(a.row, i)) return;
    const here = a1(b.row, t.labelCol);
    const there = a1(a.row, t.labelCol);
    out.push(
      finding(
        'budget-duplicate-line',
        input.sheet,
        here,
        text(
          `Linjen »${b.label}« i række ${b.row + 1} står også i række ${a.row + 1} med samme beløb; en sum over begge tæller den to gange.`,
          `The line "${b.label}" in row ${b.row + 1} also appears in row ${a.row + 1} with the same amounts; a sum over both counts it twice.`,
        ),
        { related: [there] },
      ),
    );
  });
  return out;
}
