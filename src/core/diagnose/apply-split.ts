/**
 * Writing the exact split into the user's own amount column, for the tables the user confirmed
 * ("Indsæt den præcise fordeling", `--apply-split`). Only a certain fix is applied. The check then runs
 * again on the workbook as it will be, so the findings, Fordel's columns and the highlights describe the
 * result; the plan carries the edits with the values they replace, and the findings sheet lists those.
 */
import type { CheckParams } from '../check/params';
import type { CheckResult } from '../check/result';
import { text } from '../findings/finding';
import type { RawValue, SheetGrid } from '../grid/grid';
import type { UserEdit } from '../output/plan';
import type { FordelSettings } from '../output/plan';

interface SnapshotLike {
  readonly sheets: readonly SheetGrid[];
  readonly sheetNames: readonly string[];
  readonly settings: FordelSettings | null;
}

type Run = (snapshot: SnapshotLike, params: CheckParams, applied?: readonly UserEdit[]) => CheckResult;

export function checkWithAppliedSplit(snapshot: SnapshotLike, params: CheckParams, run: Run): CheckResult {
  const plain: CheckParams = { ...params, applySplit: undefined };
  const first = run(snapshot, plain);
  const wanted = params.applySplit ?? [];
  const edits = wanted.flatMap((id) => [...(first.fixes?.get(id) ?? [])]);
  const without = wanted.filter((id) => !first.fixes?.has(id));
  const notes = without.map((id) =>
    text(
      `${id}: der er ingen sikker præcis fordeling at indsætte, så tabellen er ikke ændret.`,
      `${id}: there is no certain exact split to insert, so the table was not changed.`,
    ),
  );
  if (edits.length === 0) return { ...first, notes: [...first.notes, ...notes] };

  const second = run(withEdits(snapshot, edits), plain, edits);
  const written = second.refusals.length === 0;
  return {
    ...second,
    plan: written ? { ...second.plan, userEdits: edits } : second.plan,
    notes: [...second.notes, ...notes],
    applied: written ? edits : [],
  };
}

/** The snapshot as it will be once the edits are written; the grids it is given stay untouched. */
export function withEdits(snapshot: SnapshotLike, edits: readonly UserEdit[]): SnapshotLike {
  const bySheet = new Map<string, UserEdit[]>();
  for (const e of edits) {
    const list = bySheet.get(e.sheet);
    if (list) list.push(e);
    else bySheet.set(e.sheet, [e]);
  }
  const sheets = snapshot.sheets.map((g) => {
    const mine = bySheet.get(g.name);
    if (!mine) return g;
    const values: RawValue[][] = g.values.map((row) => row);
    for (const e of mine) {
      const r = e.row - g.origin.row;
      const c = e.col - g.origin.col;
      if (r < 0 || c < 0 || r >= values.length || c >= values[r].length) continue;
      if (values[r] === g.values[r]) values[r] = [...g.values[r]];
      values[r][c] = e.value;
    }
    return { ...g, values };
  });
  return { ...snapshot, sheets };
}
