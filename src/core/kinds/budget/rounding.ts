/**
 * Published budgets are rounded line by line (one decimal in mio. kr., whole t.kr.): a parent and the sum
 * of its rounded children may differ by up to half a unit per line. Amounts typed to the øre are exact.
 */
import { compare, decimal, neg, type Decimal } from '../../decimal/decimal';

/** Whether a difference is what rounding n children and their parent to `decimals` places can give. */
export function withinRounding(diff: Decimal, children: number, decimals: number): boolean {
  if (decimals >= 2) return compare(diff, decimal(0)) === 0;
  // Half a unit for each child and for the parent: (n + 1) / 2 units of 10^-decimals.
  const slack = decimal(BigInt(children + 1) * 5n, decimals + 1);
  return compare(diff, slack) <= 0 && compare(diff, neg(slack)) >= 0;
}
