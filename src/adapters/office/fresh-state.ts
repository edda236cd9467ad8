/**
 * A look right before a write or a clean: the workbook as it is now, never as an earlier read saw it -
 * sheets and their protection, the workbook's structure protection, the filter state of the tables and
 * plain AutoFilters written beside, the Excel Tables' ranges, Fordel's settings, the widths of the
 * columns Fordel may widen, the fills of the cells it is about to highlight, and the user's cells a
 * confirmed edit writes to (with any dynamic array spilling into them). Usually one round trip; the
 * per-cell fill loads go in as many more as Excel on the web's request limit needs (a highlight's
 * fill load alone is about 750 bytes as office.js sends it).
 */
import { a1Range, parseA1Range, type RangePos } from '../../core/grid/a1';
import { SETTINGS_SHEET, type FordelSettings, type SavedFill, type WritePlan } from '../../core/output/plan';
import { settingsFromValues } from '../../core/output/settings-sheet';
import type { SheetInfo } from './read-workbook';
import { cellKey, widthKey } from './write-steps';
import { HIGHLIGHT_FILL } from './highlight-colours';
import { rangeLoad } from './request-cost';

export interface Fresh {
  /** Lower-case name -> sheet. */
  readonly sheets: ReadonlyMap<string, SheetInfo>;
  readonly structureProtected: boolean;
  readonly settings: FordelSettings | null;
  /** Filtered Excel Tables ('table') and plain AutoFilters ('filter') on the sheets written to. */
  readonly filtered: readonly { sheet: string; range: RangePos; kind: 'table' | 'filter' }[];
  /** Every Excel Table's range now, when asked for (ExcelApi 1.9 or later; empty before). */
  readonly tables: readonly { name: string; sheet: string; range: RangePos }[];
  /** The names of the Excel Tables now (ExcelApi 1.9 or later; empty before). */
  readonly tableNames: ReadonlySet<string>;
  /** cellKey of a confirmed edit's cell -> the anchor of the dynamic array spilling into it (ExcelApi 1.12). */
  readonly spills: ReadonlyMap<string, string>;
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

/**
 * The cells whose fill is already remembered, each range parsed once: a write with thousands of
 * highlights asks for every one of its cells, and a scan of every saved fill per cell made that quadratic.
 */
class SavedFillIndex {
  /** Lower-case sheet -> "row,col" of single-cell fills. */
  private readonly cells = new Map<string, Set<string>>();
  /** Lower-case sheet -> the larger ranges. */
  private readonly ranges = new Map<string, RangePos[]>();

  constructor(fills: readonly SavedFill[]) {
    for (const f of fills) this.add(f);
  }

  add(fill: SavedFill): void {
    const p = parseA1Range(fill.range);
    if (!p) return;
    const sheet = fill.sheet.toLowerCase();
    if (p.top === p.bottom && p.left === p.right) {
      const set = this.cells.get(sheet) ?? this.cells.set(sheet, new Set()).get(sheet)!;
      set.add(`${p.top},${p.left}`);
    } else {
      const list = this.ranges.get(sheet) ?? this.ranges.set(sheet, []).get(sheet)!;
      list.push(p);
    }
  }

  covers(sheet: string, row: number, col: number): boolean {
    const key = sheet.toLowerCase();
    if (this.cells.get(key)?.has(`${row},${col}`)) return true;
    return (this.ranges.get(key) ?? []).some(
      (p) => row >= p.top && row <= p.bottom && col >= p.left && col <= p.right,
    );
  }
}

type Plan = Pick<WritePlan, 'blocks' | 'highlights' | 'userEdits' | 'restoreFills' | 'settings'>;

/** Loads queued in as few syncs as the byte budget allows. */
async function loadInBatches(
  loads: readonly { bytes: number; queue: () => void }[],
  maxBytes: number,
  sync: (requests: number) => Promise<void>,
): Promise<void> {
  let bytes = 0;
  let queued = 0;
  for (const l of loads) {
    if (queued && bytes + l.bytes > maxBytes) {
      await sync(queued);
      bytes = 0;
      queued = 0;
    }
    l.queue();
    bytes += l.bytes;
    queued++;
  }
  if (queued) await sync(queued);
}

function addressPos(address: string): RangePos | null {
  return parseA1Range(address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, ''));
}

export async function readFresh(
  ctx: Excel.RequestContext,
  plan: Plan | null,
  knownTables: readonly { name: string; sheet: string; range: RangePos }[],
  api: (version: string) => boolean,
  sync: (requests: number) => Promise<void>,
  opts: {
    maxBytes?: number;
    tableRanges?: boolean;
    /**
     * Actions queued after this look's loads, into its first sync, which therefore still see the
     * workbook as it was before them; returns how many it queued.
     */
    alongFirst?: () => number;
  } = {},
): Promise<Fresh> {
  const maxBytes = opts.maxBytes ?? Number.POSITIVE_INFINITY;
  const worksheets = ctx.workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
  const structure = ctx.workbook.protection.load('protected');
  const settingsSheet = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const settingsRange = settingsSheet.getUsedRangeOrNullObject(true).load('values');
  let requests = 4;
  // Tables: filter state (AutoFilter) and ranges now, ExcelApi 1.9; before it not known.
  const withTables = api('1.9');
  const tables = withTables
    ? ctx.workbook.tables.load('items/name,items/worksheet/name,items/autoFilter/isDataFiltered')
    : undefined;
  const tableLoads: { t: Excel.Table; range: Excel.Range }[] = [];
  if (tables) requests++;
  const widthLoads = (plan?.blocks ?? []).flatMap((b) =>
    (b.columnWidths ?? []).map((_, c) => {
      requests++;
      const f = ctx.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(0, b.left + c, 1, 1).format;
      return { key: widthKey(b.sheet, b.left + c), format: f.load('columnWidth') };
    }),
  );
  // The sheets written to, for their own AutoFilter (Data > Filter, ExcelApi 1.9).
  const targets = new Set(
    [
      ...(plan?.blocks ?? []).map((b) => b.sheet),
      ...(plan?.highlights ?? []).map((h) => h.sheet),
      ...(plan?.userEdits ?? []).map((e) => e.sheet),
    ].map((n) => n.toLowerCase()),
  );
  const named = new Map(
    [
      ...(plan?.blocks ?? []).map((b) => b.sheet),
      ...(plan?.highlights ?? []).map((h) => h.sheet),
      ...(plan?.userEdits ?? []).map((e) => e.sheet),
    ].map((n) => [n.toLowerCase(), n]),
  );
  const editLoads = (plan?.userEdits ?? []).map((e) => {
    requests++;
    const cell = ctx.workbook.worksheets.getItem(e.sheet).getRangeByIndexes(e.row, e.col, 1, 1);
    return {
      e,
      range: cell.load('values,numberFormat'),
      spill: api('1.12') ? cell.getSpillParentOrNullObject().load('address') : undefined,
    };
  });
  // Filters, fills and saved fills go with the first round as far as the byte budget allows.
  const filterLoads: { sheet: string; filter: Excel.AutoFilter; range: Excel.Range }[] = [];
  const loads: { bytes: number; queue: () => void }[] = [];
  if (withTables)
    for (const name of targets) {
      const sheet = named.get(name) ?? name;
      loads.push({
        bytes: 2 * rangeLoad(sheet, 1),
        queue: () => {
          const filter = ctx.workbook.worksheets.getItem(sheet).autoFilter.load('isDataFiltered');
          filterLoads.push({ sheet, filter, range: filter.getRangeOrNullObject().load('address') });
        },
      });
    }
  // Highlights: the whole range's fill first; cell by cell only where its cells differ (below).
  const fillLoads = (plan?.highlights ?? []).map((h) => ({
    h,
    fill: undefined as Excel.RangeFill | undefined,
    cells: [] as Cell[],
  }));
  for (const x of fillLoads) {
    const { top, left, bottom, right } = x.h.range;
    loads.push({
      bytes: rangeLoad(x.h.sheet, 2),
      queue: () => {
        x.fill = ctx.workbook.worksheets
          .getItem(x.h.sheet)
          .getRangeByIndexes(top, left, bottom - top + 1, right - left + 1)
          .format.fill.load('color');
      },
    });
  }
  const restoreLoads: { f: SavedFill; fill?: Excel.RangeFill }[] = (plan?.restoreFills ?? [])
    .filter((f) => parseA1Range(f.range))
    .map((f) => ({ f }));
  for (const x of restoreLoads)
    loads.push({
      bytes: rangeLoad(x.f.sheet, 2),
      queue: () => {
        x.fill = ctx.workbook.worksheets.getItem(x.f.sheet).getRange(x.f.range).format.fill.load('color');
      },
    });
  let room = maxBytes - requests * 300;
  let first = 0;
  while (first < loads.length && (first === 0 || loads[first].bytes <= room)) {
    room -= loads[first].bytes;
    loads[first++].queue();
  }
  const along = opts.alongFirst?.() ?? 0;
  await sync(requests + first + along);
  // The tables' ranges now, for removing Fordel's columns from a Table that took them in.
  if (opts.tableRanges)
    for (const t of tables?.items ?? [])
      loads.push({
        bytes: rangeLoad(t.worksheet.name),
        queue: () => tableLoads.push({ t, range: t.getRange().load('address') }),
      });
  await loadInBatches(loads.slice(first), maxBytes, sync);

  // Cell by cell where a small highlight's cells have different fills (the whole range read null).
  const perCell: { bytes: number; queue: () => void }[] = [];
  for (const x of fillLoads) {
    const { top, left, bottom, right } = x.h.range;
    if (x.fill?.color !== null || (bottom - top + 1) * (right - left + 1) > FILL_CELLS) continue;
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++)
        perCell.push({
          bytes: rangeLoad(x.h.sheet, 2),
          queue: () => {
            const fill = ctx.workbook.worksheets
              .getItem(x.h.sheet)
              .getRangeByIndexes(r, c, 1, 1)
              .format.fill.load('color');
            x.cells.push({ row: r, col: c, fill });
          },
        });
  }
  await loadInBatches(perCell, maxBytes, sync);

  const settings = settingsRange.isNullObject ? null : settingsFromValues(settingsRange.values);
  // The core keeps an entry exactly as long as its highlight (saved-fills.ts): those are the known ones.
  const known = plan?.settings?.fills ?? settings?.fills ?? [];
  const newFills: SavedFill[] = [];
  const saved = new SavedFillIndex(known);
  const remember = (fill: SavedFill) => {
    newFills.push(fill);
    saved.add(fill);
  };
  // "#FFFFFF" is how Excel reports no fill; Fordel's own colours are never the user's.
  const colour = (c: string | null) => (c === null ? undefined : c.toUpperCase() === '#FFFFFF' ? null : c);
  const isFordels = (c: string | null) => FORDEL_FILLS.has((c ?? '').toUpperCase());
  for (const { h, fill, cells } of fillLoads) {
    const { top, left, bottom, right } = h.range;
    const seen = (row: number, col: number) => saved.covers(h.sheet, row, col);
    const whole = fill?.color ?? null;
    if (whole !== null) {
      // One colour over the range: the user's, unless it is Fordel's own highlight from before.
      if (isFordels(whole)) continue;
      if ((bottom - top + 1) * (right - left + 1) > FILL_CELLS) {
        if (!seen(top, left))
          remember({ sheet: h.sheet, range: a1Range(h.range), color: colour(whole) ?? null });
        continue;
      }
      const all: Cell[] = [];
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) all.push({ row: r, col: c });
      const fresh = all.filter((x) => !seen(x.row, x.col));
      if (fresh.length === all.length)
        remember({ sheet: h.sheet, range: a1Range(h.range), color: colour(whole) ?? null });
      else
        for (const x of fresh)
          remember({
            sheet: h.sheet,
            range: a1Range({ top: x.row, left: x.col, bottom: x.row, right: x.col }),
            color: colour(whole) ?? null,
          });
      continue;
    }
    // Mixed fills over a large range are not saved (as before); a small one cell by cell.
    const mine = cells.filter((x) => !seen(x.row, x.col) && !isFordels(x.fill?.color ?? null));
    const colours = new Set(mine.map((x) => colour(x.fill?.color ?? null)));
    if (mine.length && mine.length === cells.length && colours.size === 1)
      remember({
        sheet: h.sheet,
        range: a1Range(h.range),
        color: colour(cells[0].fill?.color ?? null) ?? null,
      });
    else
      for (const x of mine)
        remember({
          sheet: h.sheet,
          range: a1Range({ top: x.row, left: x.col, bottom: x.row, right: x.col }),
          color: colour(x.fill?.color ?? null) ?? null,
        });
  }
  const nowTables = tableLoads.flatMap(({ t, range }) => {
    const pos = addressPos(range.address);
    return pos ? [{ name: t.name, sheet: t.worksheet.name, range: pos }] : [];
  });
  const filteredTables = (tables?.items ?? [])
    .filter((t) => t.autoFilter.isDataFiltered)
    .flatMap((t) => {
      const now = nowTables.find((x) => x.name === t.name);
      const known = knownTables.filter((k) => k.name === t.name);
      return (now ? [now] : known).map((x) => ({ sheet: x.sheet, range: x.range, kind: 'table' as const }));
    });
  const filteredRanges = filterLoads.flatMap(({ sheet, filter, range }) => {
    if (!filter.isDataFiltered || range.isNullObject) return [];
    const pos = addressPos(range.address);
    return pos ? [{ sheet, range: pos, kind: 'filter' as const }] : [];
  });
  return {
    sheets: new Map(
      worksheets.items.map((ws) => [
        ws.name.toLowerCase(),
        { name: ws.name, visible: ws.visibility === 'Visible', protected: ws.protection.protected },
      ]),
    ),
    structureProtected: structure.protected,
    settings,
    filtered: [...filteredTables, ...filteredRanges],
    tables: nowTables,
    tableNames: new Set((tables?.items ?? []).map((t) => t.name)),
    spills: new Map(
      editLoads
        .filter((x) => x.spill && !x.spill.isNullObject)
        .map((x) => [cellKey(x.e.sheet, x.e.row, x.e.col), x.spill!.address]),
    ),
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
    restore: restoreLoads.filter((x) => isFordels(x.fill?.color ?? null)).map((x) => x.f),
  };
}

interface Cell {
  readonly row: number;
  readonly col: number;
  readonly fill?: Excel.RangeFill;
}
