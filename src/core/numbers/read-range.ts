/**
 * A range written where one figure could stand: "4,0-4,5", "90-95 %", "90 % - 95 %", "3-5 mio.",
 * "mellem 90 og 95 %". The unit written on one side holds for both, as a reader takes it. "9 % til 6 %" is
 * no range: without "fra" it may be a baseline and a target, so it is left to the reader that asks.
 * "5-10.000" is 5.000-10.000: the thousands written once for both ends (domain.md section 4), when the
 * lower end written alone is smaller than the upper end's leading group ("5" before "10.000").
 * Two years ("2024-2027") are a period, not a range of figures; a range whose ends are equal or reversed
 * is no range a reader would write. Null for anything that is not one range.
 */
import { compare, mul, pow10, type Decimal } from '../decimal/decimal';
import { cleanText, parseNumberText, type NumberUnit } from './parse-number-text';

export interface NumberRange {
  readonly low: Decimal;
  readonly high: Decimal;
  readonly unit: NumberUnit;
  /** The lower end took the upper end's thousands ("5-10.000" is 5.000-10.000). */
  readonly elided: boolean;
}

const DASHED = /^(\d[\d.,]*(?:\s*[^\d\s\-−–—][^\d\-−–—]*?)?)\s*[-−–—]\s*(\d.*)$/u;
const BETWEEN = /^mellem\s+(\d.*?)\s+og\s+(\d.*)$/u;
/** The figure at the start of a side, and what is written after it. */
const HEAD = /^(\d[\d.,]*)(.*)$/u;
const GROUPED = /^(\d{1,3})((?:\.\d{3})+)$/;
const YEAR = /^(?:19|20)\d{2}$/;

export function readRange(raw: string): NumberRange | null {
  const s = cleanText(raw).toLowerCase();
  const m = BETWEEN.exec(s) ?? DASHED.exec(s);
  if (!m) return null;
  const left = HEAD.exec(m[1].trim());
  const right = HEAD.exec(m[2].trim());
  if (!left || !right) return null;
  const [lowDigits, lowRest] = [left[1], left[2].trim()];
  const [highDigits, highRest] = [right[1], right[2].trim()];
  if (!highRest && !lowRest && YEAR.test(lowDigits) && YEAR.test(highDigits)) return null;
  const high = parseNumberText(`${highDigits} ${highRest}`.trim());
  // The lower end without a unit of its own takes the upper end's ("90-95 %", "3-5 mio.").
  const low = parseNumberText(`${lowDigits} ${lowRest || highRest}`.trim());
  if (high.kind !== 'ok' || low.kind !== 'ok' || high.bound || low.bound) return null;
  if (low.unit !== high.unit) return null;
  let lowValue = low.value;
  let elided = false;
  const grouped = GROUPED.exec(highDigits);
  if (grouped && /^\d{1,3}$/.test(lowDigits) && Number(lowDigits) < Number(grouped[1])) {
    const groups = grouped[2].length / 4;
    lowValue = mul(low.value, { digits: pow10(3 * groups), scale: 0 });
    elided = true;
  }
  if (compare(lowValue, high.value) >= 0) return null;
  return { low: lowValue, high: high.value, unit: high.unit, elided };
}
