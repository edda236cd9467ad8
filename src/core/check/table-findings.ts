/**
 * Which findings belong to which table. Apart from readings.ts (which asks each kind to explain its
 * reading), so the task pane can merge a live re-check without loading every kind's rules.
 */
import type { Finding } from '../findings/finding';
import { parseA1Range } from '../grid/a1';
import type { TableLayout } from '../tables/layout';

/**
 * The findings whose cell lies in the table, or in the title lines just above it. A cell inside another
 * table (the total row of a table stacked just above) belongs to that table, not to this one's title.
 */
export function findingsOfTable(
  t: TableLayout,
  findings: readonly Finding[],
  tables: readonly TableLayout[] = [],
): Finding[] {
  const others = tables.filter((o) => o !== t && o.sheet === t.sheet);
  return findings.filter((f) => {
    if (f.sheet !== t.sheet) return false;
    const at = parseA1Range(f.cell);
    if (!at) return false;
    const r = t.range;
    if (at.top < r.top) {
      const inOther = others.some(
        (o) =>
          at.top >= o.range.top &&
          at.top <= o.range.bottom &&
          at.left >= o.range.left &&
          at.left <= o.range.right,
      );
      if (inOther) return false;
    }
    return at.top >= r.top - 2 && at.top <= r.bottom && at.left >= r.left && at.left <= r.right;
  });
}
