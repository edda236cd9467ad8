/**
 * All single-table co-financing rules in one call, plus what the output needs: a status per row and
 * the own share per period. Cross-table rules (breakdowns) are separate, in check-breakdown.ts.
 */
import type { Decimal } from '../../../decimal/decimal';
import type { Finding } from '../../../findings/finding';
import { checkMatching } from './matching';
import { checkNegative } from './negative';
import { checkOwnShare, ownShares } from './own-share';
import { checkTotals } from './totals';
import type { CofinancingInput, CofinancingRules } from './input';

export type RowStatus = 'ok' | 'error' | 'warning';

export interface CofinancingResult {
  findings: Finding[];
  /** One per input row (not the total row): the worst finding on any of the row's cells. */
  rowStatus: RowStatus[];
  /** Own share in percent, 2 decimals; null where not computable or not applicable. */
  ownShare: { perPeriod: (Decimal | null)[]; overall: Decimal | null };
}

export function checkCofinancing(input: CofinancingInput, rules: CofinancingRules = {}): CofinancingResult {
  const findings = [
    ...checkTotals(input),
    ...checkOwnShare(input, rules),
    ...checkMatching(input, rules),
    ...checkNegative(input),
  ];

  // Only the cells a warning or error names are looked up, so a clean table builds no map of its cells.
  const named = new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.cell));
  const rowOfCell = new Map<string, number>();
  const note = (cell: string, i: number): void => {
    if (named.has(cell)) rowOfCell.set(cell, i);
  };
  if (named.size) {
    input.rows.forEach((r, i) => {
      note(r.labelCell, i);
      for (const a of r.amounts) if (a) note(a.cell, i);
      if (r.total) note(r.total.cell, i);
    });
  }
  const rowStatus: RowStatus[] = input.rows.map(() => 'ok');
  for (const f of findings) {
    const i = rowOfCell.get(f.cell);
    if (i === undefined || f.severity === 'info') continue;
    if (f.severity === 'error') rowStatus[i] = 'error';
    else if (rowStatus[i] === 'ok') rowStatus[i] = 'warning';
  }

  return { findings, rowStatus, ownShare: ownShares(input) };
}
