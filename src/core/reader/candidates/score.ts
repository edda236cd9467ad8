/** The arithmetic evidence of a reading, whichever kind it is: each kind counts the sums it claims. */
import { budgetEvidence } from '../../kinds/budget/evidence';
import { cofinancingEvidence } from '../../kinds/cofinancing/evidence';
import { splitEvidence } from '../../kinds/split/evidence';
import { shareNumber } from '../../kinds/split/content';
import type { ApportionmentLayout } from '../../tables/layout';
import type { SheetCells } from '../cells';
import type { KindPart } from '../detect-types';
import { NO_EVIDENCE, type Evidence, type NumberAt } from './evidence';

export function evidenceOf(cells: SheetCells, part: KindPart): Evidence {
  const at: NumberAt = (row, col) => cells.number(row, col);
  switch (part.kind) {
    case 'apportionment':
      return splitEvidence(part, part.sharesAsFractions ? sharesInPercent(cells, part, at) : at);
    case 'cofinancing':
      return cofinancingEvidence(part, at);
    case 'budget':
      return budgetEvidence(part, at);
    case 'kpi':
      // A target list claims no sums: its evidence is its content, which its own detector weighed.
      return NO_EVIDENCE;
  }
}

/**
 * Shares kept as fractions of one, some cells shown as percent (2,3 %) and some not (0,347): read as the
 * check reads them, all in percent, or half the parties' shares would be a hundred times off and every sum
 * they make would count against the split.
 */
function sharesInPercent(
  cells: SheetCells,
  part: Pick<ApportionmentLayout, 'keyKind' | 'keyCol' | 'shareCol' | 'orientation'>,
  at: NumberAt,
): NumberAt {
  const field = part.keyKind === 'percent' ? part.keyCol : (part.shareCol ?? null);
  const across = part.orientation === 'across';
  return (row, col) => ((across ? row : col) === field ? shareNumber(cells, row, col, true) : at(row, col));
}
