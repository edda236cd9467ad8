/**
 * Reading the workbook through Office.js within every documented limit, in two syncs while the cells fit
 * one request. Sync 1: sheets, tables, the selection, the structure's protection, Fordel's settings and,
 * walking from the first sheet (Worksheet.getNextOrNullObject), each sheet's used range's address (its
 * size, before any cell is loaded) with a small sample of cells from its top-left corner for the bytes
 * per cell. Sync 2: per visible sheet the formula, error and visible cells as addresses, its AutoFilter,
 * the Excel tables' ranges, the merged areas (in slices under Excel's 512 per lookup) and the cells, in
 * row blocks filled up to the byte budget (read-blocks.ts); a big sheet's later blocks take more syncs.
 * A merged-area lookup over 512 areas and a refused cell read fail a sync alike, and office.js applies
 * no results of a failed sync: when sync 2 fails, its lookups are made again on their own and then the
 * cells, so the two are told apart. Every later requirement set is asked for before use, with its fallback.
 */
import { parseA1Range, sheetRef, type RangePos } from '../../core/grid/a1';
import type { ExcelTableInfo } from '../../core/grid/grid';
import { SETTINGS_SHEET, type FordelSettings } from '../../core/output/plan';
import { settingsFromValues } from '../../core/output/settings-sheet';
import { FirstSyncFailed, readInBlocks, type CellArrays } from './read-blocks';
import { errorCode } from './limits';
import { parseAreas, type LoadedSheet } from './read-grid';

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
  readonly protected: boolean;
}

export interface ReadOptions {
  readonly api: (version: string) => boolean;
  readonly maxBytes: number;
  readonly maxCells?: number;
  readonly sync: (ctx: Excel.RequestContext, requests: number, payload: number) => Promise<void>;
  /** Merged areas already known for a sheet (name), so they are not looked up again. */
  readonly knownMerges?: (sheet: string) => RangePos[] | undefined;
  /** Told the merged areas looked up for a sheet. */
  readonly onMerges?: (sheet: string, merges: RangePos[]) => void;
}

/** A range the user filtered, as the read saw it: a Table's or a sheet's own AutoFilter. */
export interface FilteredRange {
  readonly sheet: string;
  readonly range: RangePos;
  readonly kind: 'table' | 'filter';
}

export interface ReadResult {
  readonly infos: SheetInfo[];
  readonly sheets: LoadedSheet[];
  readonly settings: FordelSettings | null;
  readonly selection?: { sheet: string; range: RangePos };
  readonly refusedReads: number;
  /** Whether the workbook's structure was protected (Workbook.protection, ExcelApi 1.7). */
  readonly structureProtected: boolean;
  /** Filtered ranges on the visible sheets (ExcelApi 1.9; none known before it). */
  readonly filtered: readonly FilteredRange[];
}

/** Rows per merged-area lookup: each lookup must stay under Excel's 512 areas. */
const MERGE_ROWS = 500;
/** The sample (rows and columns from the used range's top-left) that sizes the first block. */
const SAMPLE = 20;
/**
 * Sheets walked in the first sync. A workbook with more takes one more sync for the rest, by name; each
 * walked sheet costs a few hundred bytes of request, a missing one (past the last) about as much.
 */
const WALK = 8;
/** Room kept in the second sync for the loads beside the cells (areas, filters, tables). */
const BESIDE_BYTES = 64_000;
/** The indent of one cell as getCellProperties answers it: the same few bytes for every cell. */
const INDENT_BYTES = JSON.stringify({ format: { indentLevel: 0 } }).length + 1;

interface Sized {
  readonly name: string;
  /** The used range (valuesOnly), or null for a blank sheet. */
  readonly used: Excel.Range;
  readonly sample: Excel.Range;
}

export async function readWorkbook(ctx: Excel.RequestContext, opts: ReadOptions): Promise<ReadResult> {
  const start = await readStructure(ctx, opts);
  const { infos } = start;
  const visible = infos.filter((s) => s.visible && s.name !== SETTINGS_SHEET);
  const sized = new Map(start.sized.map((x) => [x.name.toLowerCase(), x]));
  // Sheets past the walk (or all, where walking failed): their sizes and samples by name, in one sync.
  const rest = visible.filter((s) => !sized.has(s.name.toLowerCase()));
  if (rest.length && start.walked) {
    const more = rest.map((info) => sizeLoads(ctx, ctx.workbook.worksheets.getItem(info.name), opts));
    await opts.sync(ctx, more.length * 2, 0);
    rest.forEach((info, i) => sized.set(info.name.toLowerCase(), { ...more[i], name: info.name }));
  } else if (rest.length) {
    // The walk failed: maybe a used range ends so near the grid's edge that its sample went past it.
    // The sizes first, then samples cut to the used ranges (two syncs).
    const used = rest.map((info) =>
      ctx.workbook.worksheets.getItem(info.name).getUsedRangeOrNullObject(true).load('address'),
    );
    await opts.sync(ctx, used.length, 0);
    const samples = used.map((u, i) => {
      if (u.isNullObject) return u;
      const p = positionOf(u.address);
      return ctx.workbook.worksheets
        .getItem(rest[i].name)
        .getRangeByIndexes(
          p.top,
          p.left,
          Math.min(SAMPLE, p.bottom - p.top + 1),
          Math.min(SAMPLE, p.right - p.left + 1),
        )
        .load(sampleProps(opts));
    });
    await opts.sync(ctx, samples.length, 0);
    rest.forEach((info, i) =>
      sized.set(info.name.toLowerCase(), { name: info.name, used: used[i], sample: samples[i] }),
    );
  }
  const settings =
    start.settingsRange && !start.settingsRange.isNullObject
      ? settingsFromValues(start.settingsRange.values)
      : null;
  const sheets = visible.map((info) => {
    const x = sized.get(info.name.toLowerCase())!;
    const address = x.used.isNullObject ? sheetRef(info.name, 'A1') : x.used.address;
    return { info, address, pos: positionOf(address), sample: x.used.isNullObject ? null : x.sample };
  });
  return readSheets(ctx, opts, {
    infos,
    sheets,
    tables: start.tables,
    settings,
    structureProtected: start.structureProtected,
    ...(start.selection ? { selection: start.selection } : {}),
  });
}

function positionOf(address: string): RangePos {
  return (
    parseA1Range(address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '')) ?? {
      top: 0,
      left: 0,
      bottom: 0,
      right: 0,
    }
  );
}

/** A sheet's used range's address and the sample at its top-left corner (an empty sheet's is a null object). */
function sizeLoads(ctx: Excel.RequestContext, ws: Excel.Worksheet, opts: ReadOptions) {
  const used = ws.getUsedRangeOrNullObject(true).load('address');
  // Past the used range the sample holds blank cells; they are cut off once its address is known.
  const sample = used
    .getCell(0, 0)
    .getResizedRange(SAMPLE - 1, SAMPLE - 1)
    .load(sampleProps(opts));
  return { used, sample };
}

function sampleProps(opts: ReadOptions): string {
  return opts.api('1.9') ? 'values,numberFormat' : 'values,numberFormat,formulas,valueTypes';
}

async function readStructure(ctx: Excel.RequestContext, opts: ReadOptions) {
  let withSelection = true;
  let walk = true;
  for (;;) {
    const worksheets = ctx.workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
    const tables = ctx.workbook.tables.load('items/name,items/showTotals,items/worksheet/name');
    const structure = ctx.workbook.protection.load('protected');
    const settingsRange = ctx.workbook.worksheets
      .getItemOrNullObject(SETTINGS_SHEET)
      .getUsedRangeOrNullObject(true)
      .load('values');
    // From the first sheet on: the next after the last is a null object, and so is all that hangs
    // from it (the used range of a missing sheet, like that of a missing settings sheet above).
    const walked: (Omit<Sized, 'name'> & { ws: Excel.Worksheet })[] = [];
    if (walk) {
      let ws = ctx.workbook.worksheets.getFirst();
      for (let i = 0; i < WALK; i++) {
        if (i) ws = ws.getNextOrNullObject();
        ws.load('name');
        walked.push({ ws, ...sizeLoads(ctx, ws, opts) });
      }
    }
    const selected = withSelection ? ctx.workbook.getSelectedRange().load('address') : undefined;
    try {
      await opts.sync(ctx, 5 + (withSelection ? 1 : 0) + walked.length * 4, 0);
    } catch (e) {
      // A chart or shape can be selected; the selection is then unknown, the rest still wanted.
      if (withSelection && errorCode(e) === 'InvalidSelection') {
        withSelection = false;
        continue;
      }
      // A host that will not walk the sheets this way: their sizes come by name (one sync more).
      if (walk) {
        walk = false;
        continue;
      }
      throw e;
    }
    let selection: { sheet: string; range: RangePos } | undefined;
    if (selected) {
      const sep = selected.address.lastIndexOf('!');
      const range = parseA1Range(selected.address);
      const sheet = selected.address
        .slice(0, sep)
        .replace(/^'(.*)'$/, '$1')
        .replace(/''/g, "'");
      if (range && sep > 0) selection = { sheet, range };
    }
    const infos: SheetInfo[] = worksheets.items.map((ws) => ({
      name: ws.name,
      visible: ws.visibility === 'Visible',
      protected: ws.protection.protected,
    }));
    const sized: Sized[] = walked
      .filter((w) => !w.ws.isNullObject)
      .map(({ ws, used, sample }) => ({ name: ws.name, used, sample }));
    return {
      infos,
      walked: walk,
      tables: tables.items,
      selection,
      structureProtected: structure.protected,
      settingsRange,
      sized,
    };
  }
}

function json(v: unknown): number {
  return v === undefined || v === null ? 4 : JSON.stringify(v).length;
}

/** The sample's part inside the used range: rows and columns past it are cut off. */
function crop<T>(grid: readonly (readonly T[])[] | undefined, pos: RangePos): T[][] {
  const rows = Math.min(SAMPLE, pos.bottom - pos.top + 1);
  const cols = Math.min(SAMPLE, pos.right - pos.left + 1);
  return (grid ?? []).slice(0, rows).map((line) => line.slice(0, cols));
}

interface ToRead {
  readonly info: SheetInfo;
  readonly address: string;
  readonly pos: RangePos;
  readonly sample: Excel.Range | null;
}

/** Bytes per cell from the samples: the used ranges' top-left corners, with their longest labels. */
function bytesPerCell(sheets: readonly ToRead[], special: boolean): number {
  let cells = 0;
  let bytes = 0;
  for (const { sample, pos } of sheets) {
    if (!sample) continue;
    const v = crop(sample.values, pos);
    const n = v.length * (v[0]?.length ?? 0);
    cells += n;
    // Before ExcelApi 1.9 each cell also brings its formula, value type and visible address; from it
    // its indent (getCellProperties), the same few bytes for every cell.
    bytes +=
      json(v) +
      json(crop(sample.numberFormat, pos)) +
      (special
        ? INDENT_BYTES * n
        : json(crop(sample.formulas, pos)) + json(crop(sample.valueTypes, pos)) + 16 * n);
  }
  // A tenth more: the corner holds the header, but rows further down may carry longer text.
  return cells ? (bytes / cells) * 1.1 + 1 : 40;
}

async function readSheets(
  ctx: Excel.RequestContext,
  opts: ReadOptions,
  s: {
    infos: SheetInfo[];
    sheets: ToRead[];
    tables: readonly Excel.Table[];
    settings: FordelSettings | null;
    structureProtected: boolean;
    selection?: { sheet: string; range: RangePos };
  },
): Promise<ReadResult> {
  // ExcelApi 1.9: special cells as addresses and the filter state; before it, the formulas and value
  // types come as arrays and the visible cells from Range.getVisibleView (ExcelApi 1.3).
  const special = opts.api('1.9');
  // ExcelApi 1.13: merged areas; before it Fordel reads no merges (the reader then works cell by cell).
  const merges = opts.api('1.13');
  // Fordel's own sheets hold no merged cells; looking there would only cost (and on Windows lose the
  // user's undo stack, office-js#5918).
  const owned = new Set((s.settings?.ownedSheets ?? []).map((n) => n.toLowerCase()));
  const known = s.sheets.map((q) =>
    owned.has(q.info.name.toLowerCase()) ? [] : opts.knownMerges?.(q.info.name),
  );
  const perCell = bytesPerCell(s.sheets, special);
  const blocks = {
    maxBytes: opts.maxBytes,
    maxCells: opts.maxCells,
    withTypes: !special,
    bytesPerCell: perCell,
    indents: special,
  };
  const stats = { refused: 0 };
  const sheetRanges = s.sheets.map((q) => ({ name: q.info.name, address: q.address }));
  let beside: Beside | undefined;
  let cells: CellArrays[] | undefined;
  // The loads beside the cells go with the first block; should that sync fail, they are made on their
  // own (smaller merged-area slices while a slice holds over 512) and then the cells.
  try {
    cells = await readInBlocks(
      ctx,
      sheetRanges,
      blocks,
      (n, payload) => opts.sync(ctx, n, payload),
      stats,
      () => {
        beside = queueBeside(ctx, s, special, merges, known, MERGE_ROWS);
        return { requests: beside.requests, bytes: Math.min(BESIDE_BYTES, opts.maxBytes / 4) };
      },
    );
  } catch (e) {
    if (!(e instanceof FirstSyncFailed)) throw e;
    stats.refused = 0;
    for (let rows = MERGE_ROWS; ; rows = Math.max(1, Math.floor(rows / 4))) {
      beside = queueBeside(ctx, s, special, merges, known, rows);
      try {
        await opts.sync(ctx, beside.requests, 0);
        break;
      } catch (err) {
        // A merged-area lookup over 512 areas fails the whole sync (with Excel's general error code).
        if (beside.lookups && errorCode(err) === 'GeneralException' && rows > 1) continue;
        throw err;
      }
    }
    cells = await readInBlocks(ctx, sheetRanges, blocks, (n, payload) => opts.sync(ctx, n, payload), stats);
  }
  const got = beside!;
  const addressOf = (r: Excel.RangeAreas | undefined): RangePos[] | undefined =>
    r === undefined ? undefined : r.isNullObject ? [] : parseAreas(r.address);
  const mergesOf = s.sheets.map((q, i) => {
    if (!merges) return [];
    const found = known[i] ?? got.mergeLoads[i].flatMap((m) => addressOf(m) ?? []);
    if (!known[i]) opts.onMerges?.(q.info.name, found);
    return found;
  });

  const tablesBySheet = new Map<string, ExcelTableInfo[]>();
  const filtered: FilteredRange[] = [];
  for (const { t, range, filter } of got.tableLoads) {
    const pos = parseA1Range(range.address);
    if (!pos) continue;
    const list = tablesBySheet.get(t.worksheet.name) ?? [];
    list.push({
      name: t.name,
      range: pos,
      showTotals: t.showTotals,
      filtered: filter?.isDataFiltered ?? false,
    });
    tablesBySheet.set(t.worksheet.name, list);
    if (filter?.isDataFiltered) filtered.push({ sheet: t.worksheet.name, range: pos, kind: 'table' });
  }
  got.queued.forEach((q, i) => {
    const f = q.sheetFilter;
    if (!f?.filter.isDataFiltered || f.range.isNullObject) return;
    const pos = parseA1Range(f.range.address.slice(f.range.address.lastIndexOf('!') + 1).replace(/\$/g, ''));
    if (pos) filtered.push({ sheet: s.sheets[i].info.name, range: pos, kind: 'filter' });
  });
  const sheets = s.sheets.map((q, i): LoadedSheet => {
    const c = cells![i];
    const b = got.queued[i];
    return {
      name: q.info.name,
      protected: q.info.protected,
      address: q.address,
      values: c.values,
      formats: c.formats,
      formulas: c.formulas,
      valueTypes: c.valueTypes,
      formulaAreas: addressOf(b.formulas),
      errorAreas: special ? b.errors.flatMap((e) => addressOf(e) ?? []) : undefined,
      visibleAreas: special ? addressOf(b.visibleCells) : visibleFromAddresses(c.visibleAddresses ?? []),
      merges: mergesOf[i],
      ...(c.indents?.length ? { indents: c.indents } : {}),
      tables: tablesBySheet.get(q.info.name) ?? [],
    };
  });
  return {
    infos: s.infos,
    sheets,
    settings: s.settings,
    ...(s.selection ? { selection: s.selection } : {}),
    refusedReads: stats.refused,
    structureProtected: s.structureProtected,
    filtered,
  };
}

type Beside = ReturnType<typeof queueBeside>;

/**
 * What the second sync reads beside the cells: per visible sheet its formula, error and visible cells
 * and its own AutoFilter (ExcelApi 1.9), the Excel tables' ranges and filter state, and the merged
 * areas. Excel returns only the merged areas whose top-left cell lies in the range asked about
 * (OfficeDev/office-js#3611), so the lookups start at A1 and cover every row down to the used range's
 * last in slices, each finding each merge exactly once.
 */
function queueBeside(
  ctx: Excel.RequestContext,
  s: { sheets: ToRead[]; tables: readonly Excel.Table[] },
  special: boolean,
  merges: boolean,
  known: readonly (RangePos[] | undefined)[],
  mergeRows: number,
) {
  let requests = 0;
  const areas = (r: Excel.RangeAreas) => {
    requests++;
    return r.load('address');
  };
  const queued = s.sheets.map(({ info, pos }) => {
    const ws = ctx.workbook.worksheets.getItem(info.name);
    const used = ws.getRangeByIndexes(pos.top, pos.left, pos.bottom - pos.top + 1, pos.right - pos.left + 1);
    let sheetFilter: { filter: Excel.AutoFilter; range: Excel.Range } | undefined;
    if (special) {
      requests += 2;
      const filter = ws.autoFilter.load('isDataFiltered');
      sheetFilter = { filter, range: filter.getRangeOrNullObject().load('address') };
    }
    return {
      ws,
      sheetFilter,
      formulas: special ? areas(used.getSpecialCellsOrNullObject('Formulas')) : undefined,
      errors: special
        ? [
            areas(used.getSpecialCellsOrNullObject('Formulas', 'Errors')),
            areas(used.getSpecialCellsOrNullObject('Constants', 'Errors')),
          ]
        : [],
      visibleCells: special ? areas(used.getSpecialCellsOrNullObject('Visible')) : undefined,
    };
  });
  const tableLoads = s.tables.map((t) => {
    requests += 2;
    return {
      t,
      range: t.getRange().load('address'),
      filter: special ? t.autoFilter.load('isDataFiltered') : undefined,
    };
  });
  let lookups = 0;
  const mergeLoads = queued.map((q, i) => {
    const list: Excel.RangeAreas[] = [];
    if (!merges || known[i]) return list;
    const used = s.sheets[i].pos;
    for (let top = 0; top <= used.bottom; top += mergeRows) {
      const rows = Math.min(mergeRows, used.bottom - top + 1);
      list.push(
        q.ws
          .getRangeByIndexes(top, 0, rows, used.right + 1)
          .getMergedAreasOrNullObject()
          .load('address'),
      );
    }
    lookups += list.length;
    return list;
  });
  return { queued, tableLoads, mergeLoads, lookups, requests: requests + lookups };
}

/**
 * The visible view's cell addresses as areas that mark each visible row and column once: enough for
 * telling hidden rows and columns apart (read-grid's hiddenFromVisible).
 */
export function visibleFromAddresses(addresses: readonly (readonly string[])[]): RangePos[] {
  const out: RangePos[] = [];
  const at = (a: string) => parseA1Range(a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, ''));
  for (const row of addresses) {
    const first = row.length ? at(row[0]) : null;
    if (first) out.push(first);
  }
  for (const a of addresses[0] ?? []) {
    const p = at(a);
    if (p) out.push(p);
  }
  return out;
}
