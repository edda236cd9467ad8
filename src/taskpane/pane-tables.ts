/**
 * The list of tables the pane shows: what the reader found, plus ranges the user told Fordel to
 * ignore (the reader drops those, but the user must still see them to undo the choice).
 */
import { a1Range } from '../core/grid/a1';
import { readTables } from '../core/check/read-tables';
import { emptySettings } from '../core/output/plan';
import { layoutToOverride } from '../core/reader/overrides';
import type { LayoutOverride, TableKind, TableLayout } from '../core/tables/layout';
import { cellAt, type SheetGrid } from '../core/grid/grid';
import type { WorkbookSnapshot } from '../workbook/port';
import { mergeOverrides, overrideKey, rangeKey } from './overrides';

export interface PaneTable {
  /** "<sheet>!<A1 range>", unique in the list. */
  readonly key: string;
  readonly sheet: string;
  readonly range: string;
  readonly kind: TableKind | 'ignore';
  /** The table's title, or its first header when it has none; the range when it has neither. */
  readonly title: string;
  /** The check's table id, for tables the reader found (not for ignored ranges). */
  readonly id?: string;
  /** The user (now or in an earlier run) corrected how Fordel reads it. */
  readonly corrected: boolean;
  /** Starting point for the editor. */
  readonly override: LayoutOverride;
  /** A split the reader found laid out across (parties as columns). */
  readonly across?: boolean;
}

/** The first header cell with text: what the user would call a table that has no title. */
function firstHeader(grid: SheetGrid | undefined, layout: TableLayout): string | null {
  if (!grid) return null;
  for (let col = layout.range.left; col <= layout.range.right; col++) {
    const v = cellAt(grid, layout.headerRow, col);
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}

export function paneTablesFrom(
  layouts: readonly TableLayout[],
  overrides: readonly LayoutOverride[],
  grids: readonly SheetGrid[] = [],
  /** Titles of tables the user chose to ignore, as they read before, by key. */
  ignoredTitles: ReadonlyMap<string, string> = new Map(),
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
      id: layout.id,
      title: layoutTitle(layout, grids) ?? range,
      corrected: layout.source === 'override' || byKey.has(key),
      override: startingPoint(byKey.get(key), layout),
      ...(layout.kind === 'apportionment' && layout.orientation === 'across' ? { across: true } : {}),
    };
  });
  const listed = new Set(out.map((t) => t.key));
  for (const o of overrides) {
    const key = overrideKey(o);
    if (listed.has(key)) continue;
    listed.add(key);
    // Ignored ranges, and corrections the reader could not turn into a table, still get a row.
    const title = ignoredTitles.get(key) ?? o.range;
    out.push({ key, sheet: o.sheet, range: o.range, kind: o.kind, title, corrected: true, override: o });
  }
  return out;
}

/**
 * What the editor starts from: the saved correction, with what the reading found where the correction says
 * nothing (the sum lines a budget's words marked, the rows the reader took for subtotals), so the editor
 * shows the table as it was read. A correction the reader could not apply gives way to the reading.
 */
function startingPoint(saved: LayoutOverride | undefined, layout: TableLayout): LayoutOverride {
  const read = layoutToOverride(layout);
  if (!saved) return read;
  if (layout.source !== 'override' || saved.kind !== layout.kind) return saved;
  return { ...read, ...saved, columns: { ...read.columns, ...saved.columns } };
}

function layoutTitle(layout: TableLayout, grids: readonly SheetGrid[]): string | null {
  return (
    layout.title?.trim() ||
    firstHeader(
      grids.find((g) => g.name === layout.sheet),
      layout,
    )
  );
}

/**
 * Reads the tables as the next check will (see checkWorkbook): Fordel's own sheets and the columns it
 * wrote last time left out, saved overrides merged with the user's new ones.
 */
export function listTables(
  snapshot: WorkbookSnapshot,
  mine: readonly LayoutOverride[],
  removed: readonly string[] = [],
): PaneTable[] {
  const settings = snapshot.settings ?? emptySettings();
  const overrides = mergeOverrides(settings.overrides, mine, removed);
  const read = readTables({ ...snapshot, settings: { ...settings, overrides } });
  // An ignored table keeps the title it had, so the user still knows it by name.
  const ignoredTitles = new Map<string, string>();
  if (overrides.some((o) => o.kind === 'ignore')) {
    const kept = overrides.filter((o) => o.kind !== 'ignore');
    const before = readTables({ ...snapshot, settings: { ...settings, overrides: kept } });
    for (const layout of before.tables) {
      const title = layoutTitle(layout, before.grids);
      if (title) ignoredTitles.set(rangeKey(layout.sheet, a1Range(layout.range)), title);
    }
  }
  return paneTablesFrom(read.tables, overrides, read.grids, ignoredTitles);
}
