/**
 * A project budget's own share: the lines under "Finansiering i alt" that are the applicant's own money -
 * cash and valued hours alike - must make up at least the minimum the sheet states ("egenfinansiering på
 * minimum 25 pct."), in every budget column. Without a stated minimum there is no rule to apply, and a
 * budget without a financing part is never checked for it. Equity ("egenkapital") is a balance-sheet
 * line, not own financing.
 */
import { add, pow10, sub, ZERO, type Decimal } from '../../../decimal/decimal';
import { divDecimal } from '../../../decimal/ratio';
import { text, type Finding } from '../../../findings/finding';
import { finding } from '../../../findings/make';
import { a1 } from '../../../grid/a1';
import { formatPercent } from '../../../money/format';
import { normalizeLabel } from '../../../reader/labels';
import { toPlainString } from '../../../decimal/decimal';
import type { BudgetInput } from '../check';
import { itemsOf } from '../relations';
import { amountText } from '../say';
import { FINANCING_TOTAL, NOT_OWN_FINANCING, OWN_FINANCING_LINE } from '../words';

export function ownShareFindings(input: BudgetInput): Finding[] {
  const min = input.layout.statedRules?.minOwnShare;
  const t = input.layout;
  const financing = t.lines.findIndex((l) => FINANCING_TOTAL.test(normalizeLabel(l.label)));
  if (!min || financing < 0) return [];
  const parts = itemsOf(input).get(financing) ?? [];
  const own = parts.filter((i) => {
    const label = normalizeLabel(t.lines[i].label);
    return OWN_FINANCING_LINE.test(label) && !NOT_OWN_FINANCING.test(label);
  });
  if (own.length === 0 || own.length === parts.length) return [];
  const out: Finding[] = [];
  t.columns.forEach((c, j) => {
    if (c.role === 'deviation-pct') return;
    const whole = input.values[financing][j];
    if (whole === null || whole.digits <= 0n) return;
    const mine = own.reduce<Decimal>((s, i) => add(s, input.values[i][j] ?? ZERO), ZERO);
    // own / whole < min / 100, decided in integers at one scale.
    const scale = Math.max(whole.scale, mine.scale);
    const [o, w] = [at(mine, scale), at(whole, scale)];
    if (o * 100n * pow10(min.scale) >= min.digits * w) return;
    const shown = divDecimal(o * 100n, w, 1, 'floor');
    // The own money it takes: min % of the financing, rounded up to the sheet's last place.
    const needed = { digits: divUp(min.digits * w, 100n * pow10(min.scale)), scale };
    const short = amountText(sub(needed, mine), input.scale);
    const cell = a1(t.lines[own[0]].row, c.col);
    out.push(
      finding(
        'cofinancing-below-minimum',
        input.sheet,
        cell,
        text(
          `Egenfinansieringen (kontant og timer) er ${formatPercent(shown, 'da')} af finansieringen i ${c.label || 'kolonnen'}; arket kræver mindst ${formatPercent(min, 'da')}, så der mangler ${short.da} i egenfinansiering.`,
          `Own financing (cash and hours) is ${formatPercent(shown, 'en')} of the financing in ${c.label || 'the column'}; the sheet requires at least ${formatPercent(min, 'en')}, so ${short.en} of own financing is missing.`,
        ),
        {
          expected: toPlainString(min),
          actual: toPlainString(shown),
          related: [a1(t.lines[financing].row, c.col), ...own.slice(1).map((i) => a1(t.lines[i].row, c.col))],
        },
      ),
    );
  });
  return out;
}

const at = (d: Decimal, scale: number) => d.digits * pow10(scale - d.scale);
const divUp = (n: bigint, d: bigint) => (n % d === 0n ? n / d : n / d + 1n);
