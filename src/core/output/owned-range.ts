/** The "Ark1!F3:H40" references Fordel keeps of what it wrote, read back into a sheet and a range. */
import { parseA1Range, type RangePos } from '../grid/a1';

export interface OwnedRange {
  readonly sheet: string;
  readonly range: RangePos;
}

/** Null for a reference that is not "Sheet!A1" or "'Sheet name'!A1:B2". */
export function parseOwnedRange(ref: string): OwnedRange | null {
  const bang = ref.lastIndexOf('!');
  if (bang <= 0) return null;
  const sheet = ref
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  const range = parseA1Range(ref.slice(bang + 1));
  return range && sheet ? { sheet, range } : null;
}

export function contains(outer: RangePos, inner: RangePos): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}
