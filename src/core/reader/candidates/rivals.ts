/**
 * The other readings a block allows: each other kind, found by that kind's own evidence at the first header
 * row near the top that gives it, and a split laid out across. The reader's first choice is weighed against
 * them (weigh.ts).
 */
import type { RangePos } from '../../grid/a1';
import type { TableKind } from '../../tables/layout';
import { rowHasContent } from '../body';
import type { SheetCells } from '../cells';
import type { Detected } from '../detect-types';
import { detectKindStrict } from '../detect';
import { detectSplitAcross } from '../../kinds/split/detect-across';
import { CANDIDATES } from '../labels';

/** Kinds whose readings claim sums, and so can be weighed by the sheet's arithmetic. */
const WEIGHED_KINDS: readonly TableKind[] = ['apportionment', 'cofinancing', 'budget'];

export function rivalReadings(cells: SheetCells, block: RangePos, chosen: Detected): Detected[] {
  const out: Detected[] = [];
  for (const kind of WEIGHED_KINDS) {
    if (kind === chosen.part.kind) continue;
    const found = firstHeader(cells, block, (row) => detectKindStrict(cells, block, row, kind));
    if (found) out.push(found);
  }
  const across = chosen.part.kind === 'apportionment' && chosen.part.orientation === 'across';
  if (!across) {
    const found = detectSplitAcross(cells, block, {}, firstHeader);
    if (found) out.push(found);
  }
  return out;
}

function firstHeader(
  cells: SheetCells,
  rect: RangePos,
  detect: (row: number) => Detected | null,
): Detected | null {
  const last = Math.min(rect.bottom - 1, rect.top + CANDIDATES.headerSearch);
  for (let r = rect.top; r <= last; r++) {
    if (!rowHasContent(cells, r, rect.left, rect.right)) continue;
    const found = detect(r);
    if (found) return found;
  }
  return null;
}
