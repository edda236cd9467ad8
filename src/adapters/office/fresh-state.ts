/**
 * One round trip right before a write or a clean: the workbook as it is now, never as an earlier read
 * saw it - sheets and their protection, the workbook's structure protection, the filter state of the
 * tables written beside, Fordel's settings, the widths of the columns Fordel may widen, the fills of
 * the cells it is about to highlight and the user's cells a confirmed edit writes to.
 */
import { a1Range, parseA1Range, type RangePos } from '../../core/grid/a1';
import { SETTINGS_SHEET, type FordelSettings, type SavedFill, type WritePlan } from '../../core/output/plan';
import { settingsFromValues } from '../../core/output/settings-sheet';
import type { SheetInfo } from './read-workbook';
import { cellKey, widthKey } from './write-steps';
import { HIGHLIGHT_FILL } from './highlight-colours';

export interface Fresh {
  /** Lower-case name -> sheet. */
  readonly sheets: ReadonlyMap<string, SheetInfo>;
  readonly structureProtected: boolean;
  readonly settings: FordelSettings | null;
  readonly filtered: readonly { sheet: string; range: RangePos }[];
  readonly widths: ReadonlyMap<string, number>;
  /** cellKey -> value and number format of a cell a confirmed edit writes to. */
  readonly editCells: ReadonlyMap<string, { value: unknown; format: string }>;
  /** Fills to remember before this write's highlights: the user's own, not seen before. */
  readonly newFills: readonly SavedFill[];
  /** Of the plan's restoreFills, those whose cells still show Fordel's highlight (only those go back). */
  readonly restore: readonly SavedFill[];
}

/** Above this many cells a highlight's fill is read for the whole range at once. */
const FILL_CELLS = 64;
const FORDEL_FILLS = new Set(Object.values(HIGHLIGHT_FILL).map((c) => c.toUpperCase()));

function covered(fills: readonly SavedFill[], sheet: string, row: number, col: number): boolean {
  return fills.some((f) => {
    if (f.sheet.toLowerCase() !== sheet.toLowerCase()) return false;
    const p = parseA1Range(f.range);
    return !!p && row >= p.top && row <= p.bottom && col >= p.left && col <= p.right;
  });
}

export async function readFresh(
  ctx: Excel.RequestContext,
  plan: Pick<WritePlan, 'blocks' | 'highlights' | 'userEdits' | 'restoreFills' | 'settings'> | null,
  knownTables: readonly { name: string; sheet: string; range: RangePos }[],
  api: (version: string) => boolean,
  sync: (requests: number) => Promise<void>,
): Promise<Fresh> {
  const worksheets = ctx.workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
  const structure = ctx.workbook.protection.load('protected');
  const settingsSheet = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const settingsRange = settingsSheet.getUsedRangeOrNullObject(true).load('values');
  let requests = 4;
  // The tables' filter state now (AutoFilter, ExcelApi 1.9; before it not known); their ranges as read.
  const tables =
    api('1.9') && knownTables.length
      ? ctx.workbook.tables.load('items/name,items/autoFilter/isDataFiltered')
      : undefined;
  const widthLoads = (plan?.blocks ?? []).flatMap((b) =>
    (b.columnWidths ?? []).map((_, c) => {
      requests++;
      const f = ctx.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(0, b.left + c, 1, 1).format;
      return { key: widthKey(b.sheet, b.left + c), format: f.load('columnWidth') };
    }),
  );
  const fillLoads = (plan?.highlights ?? []).map((h) => {
    const { top, left, bottom, right } = h.range;
    const ws = ctx.workbook.worksheets.getItem(h.sheet);
    const cells = (bottom - top + 1) * (right - left + 1);
    const list: { row: number; col: number; fill: Excel.RangeFill }[] = [];
    if (cells <= FILL_CELLS)
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++)
          list.push({ row: r, col: c, fill: ws.getRangeByIndexes(r, c, 1, 1).format.fill.load('color') });
    else
      list.push({
        row: top,
        col: left,
        fill: ws.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1).format.fill.load('color'),
      });
    requests += list.length;
    return { h, list, whole: cells > FILL_CELLS };
  });
  const restoreLoads = (plan?.restoreFills ?? []).flatMap((f) => {
    if (!parseA1Range(f.range)) return [];
    requests++;
    return [
      { f, fill: ctx.workbook.worksheets.getItem(f.sheet).getRange(f.range).format.fill.load('color') },
    ];
  });
  const editLoads = (plan?.userEdits ?? []).map((e) => {
    requests++;
    return {
      e,
      range: ctx.workbook.worksheets
        .getItem(e.sheet)
        .getRangeByIndexes(e.row, e.col, 1, 1)
        .load('values,numberFormat'),
    };
  });
  await sync(requests);

  const settings = settingsRange.isNullObject ? null : settingsFromValues(settingsRange.values);
  // The core keeps an entry exactly as long as its highlight (saved-fills.ts): those are the known ones.
  const known = plan?.settings?.fills ?? settings?.fills ?? [];
  const newFills: SavedFill[] = [];
  for (const { h, list, whole } of fillLoads) {
    // "#FFFFFF" is how Excel reports no fill; Fordel's own colours are never the user's.
    const colour = (c: string | null) => (c === null ? undefined : c.toUpperCase() === '#FFFFFF' ? null : c);
    if (whole) {
      const c = colour(list[0].fill.color);
      if (
        c !== undefined &&
        !FORDEL_FILLS.has((c ?? '').toUpperCase()) &&
        !covered([...known, ...newFills], h.sheet, list[0].row, list[0].col)
      )
        newFills.push({ sheet: h.sheet, range: a1Range(h.range), color: c });
      continue;
    }
    const cells = list.filter(
      (x) =>
        !covered([...known, ...newFills], h.sheet, x.row, x.col) &&
        !FORDEL_FILLS.has((x.fill.color ?? '').toUpperCase()),
    );
    const colours = new Set(cells.map((x) => colour(x.fill.color)));
    if (cells.length === list.length && colours.size === 1)
      newFills.push({ sheet: h.sheet, range: a1Range(h.range), color: colour(list[0].fill.color) ?? null });
    else
      for (const x of cells)
        newFills.push({
          sheet: h.sheet,
          range: a1Range({ top: x.row, left: x.col, bottom: x.row, right: x.col }),
          color: colour(x.fill.color) ?? null,
        });
  }
  return {
    sheets: new Map(
      worksheets.items.map((ws) => [
        ws.name.toLowerCase(),
        { name: ws.name, visible: ws.visibility === 'Visible', protected: ws.protection.protected },
      ]),
    ),
    structureProtected: structure.protected,
    settings,
    filtered: (tables?.items ?? [])
      .filter((t) => t.autoFilter.isDataFiltered)
      .flatMap((t) => knownTables.filter((k) => k.name === t.name)),
    widths: new Map(
      widthLoads
        .filter((w) => typeof w.format.columnWidth === 'number')
        .map((w) => [w.key, w.format.columnWidth]),
    ),
    editCells: new Map(
      editLoads.map(({ e, range }) => [
        cellKey(e.sheet, e.row, e.col),
        { value: range.values[0][0], format: String(range.numberFormat[0][0]) },
      ]),
    ),
    newFills,
    restore: restoreLoads.filter((x) => FORDEL_FILLS.has((x.fill.color ?? '').toUpperCase())).map((x) => x.f),
  };
}
