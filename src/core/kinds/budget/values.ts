/** The amounts of a budget as exact decimals, and how many decimals each column shows. */
import { normalize, type Decimal } from '../../decimal/decimal';

/** The most decimals any value in a column has (0 for whole numbers, 1 for 77,7). */
export function decimalsOf(values: readonly (Decimal | null)[]): number {
  let most = 0;
  for (const v of values) if (v !== null) most = Math.max(most, normalize(v).scale);
  return most;
}
