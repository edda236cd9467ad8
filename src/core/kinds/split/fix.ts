/**
 * The one fix Fordel can offer with certainty: the exact split written into the user's own amount
 * column. Offered only when the split itself can be trusted - a usable key, no party twice, no total
 * counted as a party, a total that is stated (or proven by the rounded shares) - and never over a
 * formula. The edits carry the values they replace, so the findings sheet can list them.
 */
import { isCellError, cellAt, isFormulaAt, type SheetGrid } from '../../grid/grid';
import type { Finding } from '../../findings/finding';
import type { OutValue, UserEdit } from '../../output/plan';
import { sheetNumber } from '../../output/table-output';
import type { ApportionmentLayout } from '../../tables/layout';
import type { Diagnosis } from '../../diagnose/diagnosis';
import type { SplitFacts } from '../../diagnose/facts';
import { splitPos } from './axes';

const BLOCKING_RULES = new Set(['duplicate-party', 'invalid-key', 'formula-error', 'formula-no-result']);
// Two keys in one table (shares-off-key): only the user knows which was agreed, so no amount is rewritten.
const BLOCKING_DIAGNOSES = new Set([
  'party-counted-twice',
  'total-as-party',
  'row-outside-total',
  'shares-off-key',
]);

export function splitFix(
  facts: SplitFacts,
  layout: ApportionmentLayout,
  grid: SheetGrid,
  findings: readonly Finding[],
  diagnoses: readonly Diagnosis[],
): UserEdit[] | null {
  const { result } = facts;
  if (layout.amountCol === null || result.total === null) return null;
  if (findings.some((f) => BLOCKING_RULES.has(f.rule))) return null;
  // A digit typo in an amount leaves the split trustworthy; one in the key or the total does not.
  // The set of amount cells is only made when there is a digit typo to place.
  let amountCells: Set<string> | undefined;
  const keyTypo = (d: Diagnosis) =>
    d.rule === 'digit-typo' &&
    !(amountCells ??= new Set(facts.input.rows.map((r) => r.amountCell))).has(d.cell);
  if (diagnoses.some((d) => BLOCKING_DIAGNOSES.has(d.rule) || keyTypo(d))) return null;
  const provenTotal = diagnoses.some((d) => d.rule === 'rounded-shares');
  if (result.totalSource !== 'stated' && !provenTotal) return null;
  if (result.expected.some((e) => e === null)) return null;

  const edits: UserEdit[] = [];
  for (let i = 0; i < layout.dataRows.length; i++) {
    const row = layout.dataRows[i];
    const expected = result.expected[i] as bigint;
    if (facts.input.rows[i].amount === expected) continue;
    const at = splitPos(layout, row, layout.amountCol);
    if (isFormulaAt(grid, at.row, at.col)) return null;
    edits.push({
      sheet: grid.name,
      row: at.row,
      col: at.col,
      // In the cell's own unit: 6,825 in a table in mio. kr., not 6825000.
      value: sheetNumber(expected, layout.amountScale),
      previous: previousValue(grid, at.row, at.col),
      ...(layout.amountScale ? { amountScale: layout.amountScale } : {}),
    });
  }
  return edits.length ? edits : null;
}

function previousValue(grid: SheetGrid, row: number, col: number): OutValue {
  const v = cellAt(grid, row, col);
  return isCellError(v) ? v.error : v;
}
