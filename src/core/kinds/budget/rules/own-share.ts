/**
 * A project budget's own share: the lines under "Finansiering i alt" that are the applicant's own money -
 * cash and valued hours alike - must make up at least the minimum the sheet states ("egenfinansiering på
 * minimum 25 pct."), in every budget column. Without a stated minimum there is no rule to apply (the issue
 * asks for the minimum the sheet states; the pane's general 50 % is for co-financing tables), and a budget
 * without a financing part is never checked for it. Equity ("egenkapital") is a balance-sheet line, not
 * own financing.
 */
import { pow10, sub, type Decimal } from '../../../decimal/decimal';
import { divDecimal } from '../../../decimal/ratio';
import { text, type Finding } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { a1 } from '../../../grid/a1';
import { formatPercent } from '../../../money/format';
import { toPlainString } from '../../../decimal/decimal';
import type { BudgetInput } from '../check';
import { amountText } from '../say';
import { financingColumns, financingPart, sumOf } from './financing';

export interface OwnShareShortfall {
  readonly j: number;
  readonly cell: string;
  /** The own share in percent, one decimal, rounded down. */
  readonly shown: Decimal;
  /** The own money missing to reach the minimum, in the sheet's unit. */
  readonly short: Decimal;
  readonly related: readonly string[];
}

export function ownShareShortfalls(input: BudgetInput, min: Decimal): OwnShareShortfall[] {
  const part = financingPart(input);
  if (!part || part.own.length === 0 || part.others.length === 0) return [];
  const t = input.layout;
  const out: OwnShareShortfall[] = [];
  for (const j of financingColumns(input)) {
    const c = t.columns[j];
    const whole = input.values[part.total][j];
    if (whole === null || whole.digits <= 0n) continue;
    const mine = sumOf(input, part.own, j);
    // own / whole < min / 100, decided in integers at one scale.
    const scale = Math.max(whole.scale, mine.scale);
    const [o, w] = [at(mine, scale), at(whole, scale)];
    if (o * 100n * pow10(min.scale) >= min.digits * w) continue;
    // The own money it takes: min % of the financing, rounded up to the sheet's last place.
    const needed = { digits: divUp(min.digits * w, 100n * pow10(min.scale)), scale };
    out.push({
      j,
      cell: a1(t.lines[part.own[0]].row, c.col),
      shown: divDecimal(o * 100n, w, 1, 'floor'),
      short: sub(needed, mine),
      related: [
        a1(t.lines[part.total].row, c.col),
        ...part.own.slice(1).map((i) => a1(t.lines[i].row, c.col)),
      ],
    });
  }
  return out;
}

export function ownShareFindings(input: BudgetInput): Finding[] {
  const min = input.layout.statedRules?.minOwnShare;
  if (!min) return [];
  return ownShareShortfalls(input, min).map((s) => {
    const label = input.layout.columns[s.j].label;
    const short = amountText(s.short, input.scale);
    return finding(
      'cofinancing-below-minimum',
      input.sheet,
      s.cell,
      text(
        `Egenfinansieringen (kontant og timer) er ${formatPercent(s.shown, 'da')} af finansieringen i ${label || 'kolonnen'}; arket kræver mindst ${formatPercent(min, 'da')}, så der mangler ${short.da} i egenfinansiering.`,
        `Own financing (cash and hours) is ${formatPercent(s.shown, 'en')} of the financing in ${label || 'the column'}; the sheet requires at least ${formatPercent(min, 'en')}, so ${short.en} of own financing is missing.`,
      ),
      { expected: toPlainString(min), actual: toPlainString(s.shown), related: s.related },
    );
  });
}

const at = (d: Decimal, scale: number) => d.digits * pow10(scale - d.scale);
const divUp = (n: bigint, d: bigint) => (n % d === 0n ? n / d : n / d + 1n);
