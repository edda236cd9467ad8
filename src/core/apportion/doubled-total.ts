/**
 * A split whose key sums to about twice the whole because one row is itself the total (a region's row
 * among its municipalities, counted as a party). Checked against that, every exact amount is half what it
 * should be, or a doubled "I alt" makes a wrong split look right. Fordel then does not judge the split:
 * it names the row and the correction that would let it.
 */
import { sum, toNumber, type Decimal } from '../decimal/decimal';
import { formatPercent } from '../money/format';
import { text, type Text } from '../findings/finding';

export interface KeyRow {
  readonly party: string;
  readonly partyCell: string;
  readonly weight: Decimal | null;
}

/** Whether a name says total: a region (the sum of its municipalities) or "I alt", "Total" ... */
export type IsTotalName = (name: string) => boolean;

export interface DoubledTotal {
  readonly row: number;
  readonly message: Text;
}

/**
 * The one row whose key equals the sum of all the others (within 1 %). Shares say it by themselves (about
 * 100 of about 200: no party can hold 100 % beside others); a head count only with a name that says total,
 * since one municipality may well have as many inhabitants as the rest together.
 */
export function doubledTotal(
  rows: readonly KeyRow[],
  keyKind: 'population' | 'percent',
  isTotalName: IsTotalName,
): DoubledTotal | null {
  if (rows.length < 3 || rows.some((r) => r.weight === null)) return null;
  const weights = rows.map((r) => toNumber(r.weight as Decimal));
  if (weights.some((w) => w < 0)) return null;
  const total = sum(rows.map((r) => r.weight as Decimal));
  const whole = toNumber(total);
  if (whole <= 0) return null;
  const near = (a: number, b: number) => Math.abs(a - b) <= b * 0.01;
  const halves = weights.flatMap((w, i) => (near(2 * w, whole) ? [i] : []));
  if (halves.length !== 1) return null;
  // Percent shares must say so in numbers: about 200 in all, about 100 in the row.
  const k = halves[0];
  const r = rows[k];
  if (keyKind === 'percent' ? !near(whole, 200) : !isTotalName(r.party)) return null;
  const name = r.party.trim() || r.partyCell;
  const percent = keyKind === 'percent';
  const da = percent ? formatPercent(total, 'da') : 'det dobbelte af de andre rækker';
  const en = percent ? formatPercent(total, 'en') : 'twice the other rows';
  return {
    row: k,
    message: text(
      `Nøglen summerer til ${da}, fordi »${name}« i ${r.partyCell} er summen af de andre rækker og tælles med som part. Fordel vurderer ikke fordelingen, før det er rettet: markér rækken som totalrække under Tabeller, eller flyt den ud af tabellen.`,
      `The key sums to ${en} because "${name}" in ${r.partyCell} is the sum of the other rows and is counted as a party. Fordel does not judge the split until that is corrected: mark the row as the total row under Tables, or move it out of the table.`,
    ),
  };
}
