/**
 * The tenth round of layouts: heads in English ("Municipality", "Amount", "Total"), a column of remarks that hold
 * numbers of their own ("jf. bilag 3, 2.500 kr. pr. deltager"), a blank row right below the header, a "Heraf:"
 * block of indented lines closed by its own "i alt" line, and a sheet with another table beside and a third
 * below. None changes a value of the truth: the remarks' numbers are no amounts of the table, the heraf block
 * sums to the line above it and is not counted again.
 */
import type { ExtraCol } from './everyday';
import type { Rng } from './rng';
import type { LCol, LRow } from './truth';

/** English heads by column role, as a table made for an international partner or an EU programme has them. */
const ENGLISH: Readonly<Record<string, readonly string[]>> = {
  key: ['Population', 'Inhabitants'],
  share: ['Share (%)', 'Share', 'Percentage'],
  amount: ['Amount', 'Amount (DKK)', 'Contribution'],
  total: ['Total'],
};
const ENGLISH_CORNER = {
  split: ['Municipality', 'Member'],
  cofinancing: ['Source of funding', 'Funding', 'Source'],
};
export const ENGLISH_TOTAL = 'Total';

/** The heads in English; a period keeps its year. The corner word fits what the rows are. */
export function englishHeads(
  cols: readonly LCol[],
  kind: 'split' | 'cofinancing',
  municipalities: boolean,
  rng: Rng,
): { cols: LCol[]; corner: string } {
  return {
    cols: cols.map((c) => (c.role === 'period' ? c : { ...c, head: rng.pick(ENGLISH[c.role] ?? ['Value']) })),
    corner:
      kind === 'split' && municipalities
        ? rng.pick(['Municipality', 'Municipalities'])
        : rng.pick(ENGLISH_CORNER[kind]),
  };
}

/** A total row labelled in Danish ("I alt", "i alt:") is "Total"; a total with no label or a region's name keeps it. */
export const englishTotal = (label: string): string => (/i alt/i.test(label) ? ENGLISH_TOTAL : label);

const REMARK_HEADS = ['Bemærkning', 'Kommentar', 'Note'];
/** Remarks a colleague types with numbers in them; none is an amount of the table, none says "i alt". */
export const NUMBER_REMARKS = [
  'jf. bilag 3, 2.500 kr. pr. deltager',
  'Tilsagn af 12.3.2026',
  'Inkl. 2 stillinger',
  'Pulje 2026-2027',
  'Se note 4',
  'Budget 2025: 1.200.000 kr.',
  '3 af 4 rater udbetalt',
  'Sag 24/01234',
];

/** Remarks with numbers on about a third of the parts, at least one. */
export function numberRemarks(rows: readonly LRow[], rng: Rng): ExtraCol {
  const parts = rows.filter((r) => r.role === 'part');
  const chosen = rng.sample(parts, Math.max(1, Math.round(parts.length / 3)));
  const cells: Record<string, { v: string }> = {};
  for (const r of chosen) cells[r.id] = { v: rng.pick(NUMBER_REMARKS) };
  return { id: 'extra:remark', head: rng.pick(REMARK_HEADS), unit: null, cells };
}

/** The line closing a "Heraf:" block, indented as its lines are. */
export const HERAF_TOTAL = ['i alt', 'Heraf i alt', 'I alt heraf'];
