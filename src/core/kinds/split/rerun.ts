/** Runs a split's rules again with one thing changed, to see which findings a fix would clear. */
import { recheckSplit, type RecheckRow } from '../../apportion/recheck';
import type { Decimal } from '../../decimal/decimal';
import type { Finding } from '../../findings/finding';
import type { SplitFacts } from '../../diagnose/facts';

/**
 * Each re-run costs a pass over the table (and a message per row). A table gets at most this many rows'
 * worth of re-runs, and never more than 25: a sheet with thousands of rows stays as fast as the check
 * itself, and beyond 20.000 rows the diagnoses that need a re-run are not tried.
 */
const RERUN_ROWS = 20_000;

export function rerunBudget(facts: SplitFacts): number {
  return Math.max(0, Math.min(25, Math.floor(RERUN_ROWS / Math.max(1, facts.input.rows.length))));
}

/** The rules a change to a split's rows, key or total can clear. */
export const SPLIT_RULES = new Set(['split-mismatch', 'split-unallocated', 'shares-not-100']);

export interface SplitChange {
  /** Row index to leave out. */
  readonly without?: number;
  /** Row index -> new amount (øre). */
  readonly amount?: { readonly index: number; readonly oere: bigint };
  /** Row index -> new key. */
  readonly weight?: { readonly index: number; readonly value: Decimal };
  /** A different total (øre). */
  readonly total?: bigint;
}

export function rerunSplit(facts: SplitFacts, change: SplitChange): Finding[] {
  // The original index of every row kept, so the share column lines up without searching for each row.
  const kept = facts.input.rows.flatMap((_, i) => (i === change.without ? [] : [i]));
  const rows: RecheckRow[] = kept.map((i) => {
    const r = facts.input.rows[i];
    if (change.amount?.index === i) return { ...r, amount: change.amount.oere };
    if (change.weight?.index === i) return { ...r, weight: change.weight.value };
    return r;
  });
  const total =
    change.total !== undefined ? { oere: change.total, cell: facts.input.total?.cell } : facts.input.total;
  const main = recheckSplit({ ...facts.input, rows, total }).findings.filter((f) => SPLIT_RULES.has(f.rule));
  const sc = facts.shareColumn;
  if (!sc) return main;
  const shareRows = rows.map((r, k) => {
    const at = kept[k];
    return { ...r, weight: sc.shares[at] ?? null, weightCell: sc.cells[at], amount: null };
  });
  const shares = recheckSplit({
    ...facts.input,
    rows: shareRows,
    keyKind: 'percent',
    total: { oere: 0n },
    statedShareTotal: sc.stated,
  }).findings.filter((f) => f.rule === 'shares-not-100');
  return [...main, ...shares];
}
