/**
 * The same account line typed twice - same code (or, without codes, the same parent), same text, same
 * amounts - is counted twice by any sum over it. Lines in a parent-child relation (a heading repeated as
 * its only item) are not duplicates, nor are two sums whose items are different lines.
 */
import { compare } from '../../../decimal/decimal';
import { text, type Finding } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { a1 } from '../../../grid/a1';
import { normalizeLabel } from '../../../reader/labels';
import type { BudgetInput } from '../check';

/** Each line that repeats an earlier one (not its own ancestor), with the index of the earlier one. */
export function duplicateLines(input: BudgetInput): Map<number, number> {
  const { layout: t, values } = input;
  const seen = new Map<string, number>();
  const out = new Map<number, number>();
  const byRow = new Map(t.lines.map((l) => [l.row, l]));
  const isAncestor = (row: number, of: number): boolean => {
    for (let p = t.lines[of].parent; p !== null; p = byRow.get(p)?.parent ?? null) if (p === row) return true;
    return false;
  };
  // A sum over its own items is no account line typed twice: a balanced project budget has two equal "I alt".
  const sums = new Set(t.lines.flatMap((l) => (l.parent === null ? [] : [l.parent])));
  t.lines.forEach((line, i) => {
    if (sums.has(line.row)) return;
    if (!line.label || values[i].every((v) => v === null || compare(v, { digits: 0n, scale: 0 }) === 0))
      return;
    // Without a code, the same text under two parents is two lines ("Forældrebetaling" in two areas).
    const key = [
      line.code ?? `parent ${line.parent ?? ''}`,
      normalizeLabel(line.label),
      ...values[i].map((v) => (v === null ? '' : `${v.digits}e-${v.scale}`)),
    ].join('|');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else if (!isAncestor(t.lines[first].row, i)) out.set(i, first);
  });
  return out;
}

export function duplicateLineFindings(input: BudgetInput): Finding[] {
  const t = input.layout;
  return [...duplicateLines(input)].map(([i, first]) => {
    const [a, b] = [t.lines[first], t.lines[i]];
    const here = a1(b.row, t.labelCol);
    const there = a1(a.row, t.labelCol);
    return finding(
      'budget-duplicate-line',
      input.sheet,
      here,
      text(
        `Linjen »${b.label}« i række ${b.row + 1} står også i række ${a.row + 1} med samme beløb; en sum over begge tæller den to gange.`,
        `The line "${b.label}" in row ${b.row + 1} also appears in row ${a.row + 1} with the same amounts; a sum over both counts it twice.`,
      ),
      { related: [there] },
    );
  });
}
