/**
 * Which table a finding belongs to, for checks that do not say it themselves: the table whose range
 * (widened to the right by Fordel's own columns) holds the finding's cell on the same sheet.
 */
import { parseA1Range, type RangePos } from '../../core/grid/a1';
import type { Finding } from '../../core/findings/finding';
import type { TableLayout } from '../../core/tables/layout';

/** Fordel writes up to this many columns beside a table; findings there belong to the table. */
const OUTPUT_COLUMNS = 6;

function overlaps(a: RangePos, b: RangePos): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function tableOfFinding(finding: Finding, tables: readonly TableLayout[]): string | null {
  const pos = parseA1Range(finding.cell);
  if (!pos) return null;
  const onSheet = tables.filter((t) => t.sheet === finding.sheet);
  const inside = onSheet.find((t) => overlaps(t.range, pos));
  if (inside) return inside.id;
  const beside = onSheet.find((t) => overlaps({ ...t.range, right: t.range.right + OUTPUT_COLUMNS }, pos));
  return beside?.id ?? null;
}
