/**
 * Matching in a project budget ("krone-til-krone", "1:1", or --matching): in every budget column, the own
 * financing (cash and valued hours) must be at least the ratio times the other financing, as the
 * co-financing rule has it. When no financing line is the applicant's own - the vidensby budget, where the
 * municipality's contribution is matched by the other actors' - the first source is the one matched, and
 * the others together must reach the ratio times it. The shortfall is said in kroner.
 */
import { compare, decimal, mul, sub, type Decimal } from '../../../decimal/decimal';
import { text, type Finding, type Text } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { a1 } from '../../../grid/a1';
import { formatNumber } from '../../../money/format';
import type { BudgetInput } from '../check';
import { amountText, plainAmount } from '../say';
import { anyIn, financingColumns, financingPart, sumOf } from './financing';

export interface MatchingShortfall {
  /** Budget column index. */
  readonly j: number;
  readonly cell: string;
  /** What the matching side holds, what the ratio requires of it, and the difference (sheet's unit). */
  readonly has: Decimal;
  readonly required: Decimal;
  readonly short: Decimal;
  /** Own financing short of matching the others, or the others short of matching the first source. */
  readonly side: 'own' | 'others';
  /** The matched source's label when side is 'others'. */
  readonly matched?: string;
  readonly related: readonly string[];
}

export function matchingShortfalls(input: BudgetInput, ratio: Decimal): MatchingShortfall[] {
  const part = financingPart(input);
  if (!part || part.parts.length < 2 || ratio.digits <= 0n) return [];
  const t = input.layout;
  // Own financing matches the rest; without own lines, the rest matches the first source.
  const swapped = part.own.length === 0;
  if (!swapped && part.others.length === 0) return [];
  const matching = swapped ? part.parts.slice(1) : part.own;
  const matched = swapped ? part.parts.slice(0, 1) : part.others;
  const out: MatchingShortfall[] = [];
  for (const j of financingColumns(input)) {
    if (!anyIn(input, matching, j) || !anyIn(input, matched, j)) continue;
    const has = sumOf(input, matching, j);
    const required = mul(ratio, sumOf(input, matched, j));
    if (compare(has, required) >= 0) continue;
    const col = t.columns[j].col;
    out.push({
      j,
      cell: a1(t.lines[matching[0]].row, col),
      has,
      required,
      short: sub(required, has),
      side: swapped ? 'others' : 'own',
      ...(swapped ? { matched: t.lines[matched[0]].label } : {}),
      related: [...matching.slice(1), ...matched].map((i) => a1(t.lines[i].row, col)),
    });
  }
  return out;
}

/** "krone-til-krone" for 1:1, else "forholdet 2:1". */
export function ratioWords(ratio: Decimal): Text {
  if (compare(ratio, decimal(1)) === 0) return text('krone-til-krone', 'krone-for-krone matching (1:1)');
  return text(`forholdet ${formatNumber(ratio, 'da')}:1`, `the ratio ${formatNumber(ratio, 'en')}:1`);
}

export function matchingFindings(input: BudgetInput, ratio: Decimal | null | undefined): Finding[] {
  if (!ratio) return [];
  const words = ratioWords(ratio);
  return matchingShortfalls(input, ratio).map((s) => {
    const label = input.layout.columns[s.j].label;
    const where = text(label ? `i ${label}` : 'i kolonnen', label ? `in ${label}` : 'in the column');
    const [has, required, short] = [s.has, s.required, s.short].map((d) => amountText(d, input.scale));
    const message =
      s.side === 'own'
        ? text(
            `Egenfinansieringen ${where.da} er ${has.da}, men ${words.da} kræver mindst ${required.da} over for de øvrige bidrag; der mangler ${short.da} i egenfinansiering.`,
            `Own financing ${where.en} is ${has.en}, but ${words.en} requires at least ${required.en} against the other contributions; ${short.en} of own financing is missing.`,
          )
        : text(
            `De øvrige bidrag ${where.da} er ${has.da}, men ${words.da} kræver, at de matcher »${s.matched}« med mindst ${required.da}; der mangler ${short.da} fra de øvrige.`,
            `The other contributions ${where.en} are ${has.en}, but ${words.en} requires them to match "${s.matched}" with at least ${required.en}; ${short.en} from the others is missing.`,
          );
    return finding('matching-shortfall', input.sheet, s.cell, message, {
      expected: plainAmount(s.required, input.scale),
      actual: plainAmount(s.has, input.scale),
      related: s.related,
    });
  });
}
