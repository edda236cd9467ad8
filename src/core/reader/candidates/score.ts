/** The arithmetic evidence of a reading, whichever kind it is: each kind counts the sums it claims. */
import { budgetEvidence } from '../../kinds/budget/evidence';
import { cofinancingEvidence } from '../../kinds/cofinancing/evidence';
import { splitEvidence } from '../../kinds/split/evidence';
import type { SheetCells } from '../cells';
import type { KindPart } from '../detect-types';
import { NO_EVIDENCE, type Evidence, type NumberAt } from './evidence';

export function evidenceOf(cells: SheetCells, part: KindPart): Evidence {
  const at: NumberAt = (row, col) => cells.number(row, col);
  switch (part.kind) {
    case 'apportionment':
      return splitEvidence(part, at);
    case 'cofinancing':
      return cofinancingEvidence(part, at);
    case 'budget':
      return budgetEvidence(part, at);
    case 'kpi':
      // A target list claims no sums: its evidence is its content, which its own detector weighed.
      return NO_EVIDENCE;
  }
}
