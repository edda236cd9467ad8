/**
 * The list of tables the pane shows: what the reader found, plus ranges the user told Fordel to
 * ignore (the reader drops those, but the user must still see them to undo the choice).
 */
import { a1Range } from '../core/grid/a1';
import { readTables } from '../core/check/check-workbook';
import { emptySettings } from '../core/output/plan';
import { layoutToOverride } from '../core/reader/overrides';
import type { LayoutOverride, TableKind, TableLayout } from '../core/tables/layout';
import type { WorkbookSnapshot } from '../workbook/port';
import { mergeOverrides, overrideKey, rangeKey } from './overrides';

export interface PaneTable {
  /** "<sheet>!<A1 range>", unique in the list. */
  readonly key: string;
  readonly sheet: string;
  readonly range: string;
  readonly kind: TableKind | 'ignore';
  readonly title?: string;
  /** The user (now or in an earlier run) corrected how Fordel reads it. */
  readonly corrected: boolean;
  /** Starting point for the editor. */
  readonly override: LayoutOverride;
}

export function paneTablesFrom(
  layouts: readonly TableLayout[],
  overrides: readonly LayoutOverride[],
): PaneTable[] {
  const byKey = new Map(overrides.map((o) => [overrideKey(o), o]));
  const out: PaneTable[] = layouts.map((layout) => {
    const range = a1Range(layout.range);
    const key = rangeKey(layout.sheet, range);
    return {
      key,
      sheet: layout.sheet,
      range,
      kind: layout.kind,
      title: layout.title,
      corrected: layout.source === 'override' || byKey.has(key),
      override: byKey.get(key) ?? layoutToOverride(layout),
    };
  });
  const listed = new Set(out.map((t) => t.key));
  for (const o of overrides) {
    const key = overrideKey(o);
    if (listed.has(key)) continue;
    listed.add(key);
    // Ignored ranges, and corrections the reader could not turn into a table, still get a row.
    out.push({ key, sheet: o.sheet, range: o.range, kind: o.kind, corrected: true, override: o });
  }
  return out;
}

/**
 * Reads the tables as the next check will (see checkWorkbook): Fordel's own sheets and the columns it
 * wrote last time left out, saved overrides merged with the user's new ones.
 */
export function listTables(snapshot: WorkbookSnapshot, mine: readonly LayoutOverride[]): PaneTable[] {
  const settings = snapshot.settings ?? emptySettings();
  const overrides = mergeOverrides(settings.overrides, mine);
  return paneTablesFrom(readTables({ ...snapshot, settings: { ...settings, overrides } }).tables, overrides);
}
