/**
 * A table whose reading the reader could not settle (two readings the figures do not tell apart, both axes
 * holding periods ...) gets no rules run on it: one info per reason, at its top-left cell, and no verdict.
 * Every kind is treated alike, so no kind's rules ever judge a table read in doubt.
 */
import { a1 } from '../grid/a1';
import { finding } from '../findings/make';
import type { TableLayout } from '../tables/layout';
import type { TableOutput } from '../output/table-output';

export function unsureOutput(t: TableLayout): TableOutput {
  const cell = a1(t.range.top, t.range.left);
  return {
    layout: t,
    findings: (t.unsure ?? []).map((why) => finding('reading-unsure', t.sheet, cell, why)),
    columns: [],
    validated: new Map(),
  };
}
