/**
 * "fra 1,7 % til 2,5 %" in one cell: a baseline and a target. The unit written on one side holds for both
 * ("fra 1,7 til 2,5 %"), as a reader takes it.
 */
import type { RawValue } from '../../../grid/grid';

const FROM_TO = /^\s*(?:fra|from)\s+(.+?)\s+(?:til|to|→|->)\s+(.+?)\s*$/iu;
/** A percent anywhere on a side: "2,5 % i 2027" has its unit, followed by the year it is due. */
const HAS_PERCENT = /\d\s*(?:%|pct\.?|procent)(?!\p{L})/iu;

export interface FromTo {
  /** The baseline as written, with the unit of the target when it had none. */
  readonly from: string;
  readonly to: string;
}

export function splitFromTo(raw: RawValue): FromTo | null {
  if (typeof raw !== 'string') return null;
  const m = FROM_TO.exec(raw);
  if (!m || !/\d/.test(m[1]) || !/\d/.test(m[2])) return null;
  const [from, to] = [m[1].trim(), m[2].trim()];
  if (HAS_PERCENT.test(to) && !HAS_PERCENT.test(from)) return { from: `${from} %`, to };
  if (HAS_PERCENT.test(from) && !HAS_PERCENT.test(to)) return { from, to: `${to} %` };
  return { from, to };
}
