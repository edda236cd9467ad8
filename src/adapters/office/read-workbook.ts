/**
 * Reading the workbook through Office.js within every documented limit. Sync 1: sheets, tables, the
 * selection. Sync 2: per visible sheet the used range's address (its size, before any cell is
 * loaded), formula, error and visible cells as addresses, Excel tables and Fordel's settings. Sync 3:
 * the merged areas, in slices under Excel's 512 per lookup, and a small sample of cells inside the used
 * range (with their indent from ExcelApi 1.9) for the bytes per cell - on its own, so that a failed merged-area lookup is told apart from a
 * refused cell read, and so that no later failure can take its results with it (office.js applies no
 * results of a failed sync). Then the cells in row blocks (read-blocks.ts). Every later requirement set
 * is asked for before use, with its fallback.
 */
import { parseA1Range, type RangePos } from '../../core/grid/a1';
import type { ExcelTableInfo } from '../../core/grid/grid';
import { SETTINGS_SHEET, type FordelSettings } from '../../core/output/plan';
import { settingsFromValues } from '../../core/output/settings-sheet';
import { INDENT_PROPERTIES, readInBlocks, type CellArrays } from './read-blocks';
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

export interface ReadResult {
  readonly infos: SheetInfo[];
  readonly sheets: LoadedSheet[];
  readonly settings: FordelSettings | null;
  readonly selection?: { sheet: string; range: RangePos };
  readonly refusedReads: number;
}

/** Rows per merged-area lookup: each lookup must stay under Excel's 512 areas. */
const MERGE_ROWS = 500;
/** The sample (rows and columns from the used range's top-left) that sizes the first block. */
const SAMPLE = 20;

export async function readWorkbook(ctx: Excel.RequestContext, opts: ReadOptions): Promise<ReadResult> {
  const { infos, tables, selection } = await readStructure(ctx, opts);
  const visible = infos.filter((s) => s.visible && s.name !== SETTINGS_SHEET);
  const hasSettings = infos.some((s) => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
  let mergeRows = MERGE_ROWS;
  for (;;) {
    try {
      return await readSheets(ctx, opts, { infos, visible, tables, hasSettings, selection, mergeRows });
    } catch (e) {
      // A merged-area lookup over 512 areas fails the whole sync: the same again in smaller slices.
      if (!(e instanceof MergeLimit) || mergeRows <= 1) throw e instanceof MergeLimit ? e.cause : e;
      mergeRows = Math.max(1, Math.floor(mergeRows / 4));
    }
  }
}

class MergeLimit extends Error {
  constructor(override readonly cause: unknown) {
    super('merged areas');
  }
}

async function readStructure(ctx: Excel.RequestContext, opts: ReadOptions) {
  const load = () => ({
    worksheets: ctx.workbook.worksheets.load('items/name,items/visibility,items/protection/protected'),
    tables: ctx.workbook.tables.load('items/name,items/showTotals,items/worksheet/name'),
  });
  let { worksheets, tables } = load();
  const selected = ctx.workbook.getSelectedRange().load('address');
  let selection: { sheet: string; range: RangePos } | undefined;
  try {
    await opts.sync(ctx, 3, 0);
    const sep = selected.address.lastIndexOf('!');
    const range = parseA1Range(selected.address);
    const sheet = selected.address
      .slice(0, sep)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    if (range && sep > 0) selection = { sheet, range };
  } catch (e) {
    // A chart or shape can be selected; the selection is then unknown, the rest still wanted.
    if (errorCode(e) !== 'InvalidSelection') throw e;
    ({ worksheets, tables } = load());
    await opts.sync(ctx, 2, 0);
  }
  const infos: SheetInfo[] = worksheets.items.map((ws) => ({
    name: ws.name,
    visible: ws.visibility === 'Visible',
    protected: ws.protection.protected,
  }));
  return { infos, tables: tables.items, selection };
}

function json(v: unknown): number {
  return v === undefined || v === null ? 4 : JSON.stringify(v).length;
}

async function readSheets(
  ctx: Excel.RequestContext,
  opts: ReadOptions,
  s: {
    infos: SheetInfo[];
    visible: SheetInfo[];
    tables: readonly Excel.Table[];
    hasSettings: boolean;
    selection?: { sheet: string; range: RangePos };
    mergeRows: number;
  },
): Promise<ReadResult> {
  // ExcelApi 1.9: special cells as addresses and the table filter state; before it, the formulas and
  // value types come as arrays and the visible cells from Range.getVisibleView (ExcelApi 1.3).
  const special = opts.api('1.9');
  // ExcelApi 1.13: merged areas; before it Fordel reads no merges (the reader then works cell by cell).
  const merges = opts.api('1.13');
  const sampleProps = special ? 'values,numberFormat' : 'values,numberFormat,formulas,valueTypes';
  let requests = 0;
  const areas = (r: Excel.RangeAreas) => {
    requests++;
    return r.load('address');
  };
  const queued = s.visible.map((info) => {
    const ws = ctx.workbook.worksheets.getItem(info.name);
    const used = ws.getUsedRange(true).load('address');
    requests++;
    return {
      info,
      ws,
      used,
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
  // Sizes first: the used ranges' addresses decide the merged-area slices and the blocks.
  const tableLoads = s.tables.map((t) => {
    requests += 2;
    return {
      t,
      range: t.getRange().load('address'),
      filter: special ? t.autoFilter.load('isDataFiltered') : undefined,
    };
  });
  const settingsRange = s.hasSettings
    ? ctx.workbook.worksheets.getItem(SETTINGS_SHEET).getUsedRange(true).load('values')
    : undefined;
  await opts.sync(ctx, requests + (settingsRange ? 1 : 0), 0);

  // Merged areas: Excel returns only those whose top-left cell lies in the range asked about
  // (OfficeDev/office-js#3611), so the lookups start at A1 and cover every row down to the used
  // range's last in slices, each finding each merge exactly once.
  const usedOf = (q: (typeof queued)[number]) =>
    parseA1Range(q.used.address.slice(q.used.address.lastIndexOf('!') + 1).replace(/\$/g, '')) ?? {
      top: 0,
      left: 0,
      bottom: 0,
      right: 0,
    };
  // Fordel's own sheets hold no merged cells; looking there would only cost (and on Windows lose the
  // user's undo stack, office-js#5918).
  const settings = settingsRange ? settingsFromValues(settingsRange.values) : null;
  const owned = new Set((settings?.ownedSheets ?? []).map((n) => n.toLowerCase()));
  const known = queued.map((q) =>
    owned.has(q.info.name.toLowerCase()) ? [] : opts.knownMerges?.(q.info.name),
  );
  const mergeLoads = merges
    ? queued.map((q, i) => {
        const used = usedOf(q);
        const list: Excel.RangeAreas[] = [];
        if (known[i]) return list;
        for (let top = 0; top <= used.bottom; top += s.mergeRows) {
          const rows = Math.min(s.mergeRows, used.bottom - top + 1);
          list.push(
            q.ws
              .getRangeByIndexes(top, 0, rows, used.right + 1)
              .getMergedAreasOrNullObject()
              .load('address'),
          );
        }
        return list;
      })
    : [];
  // The sample: the used range's top-left corner, never past it (nor past the grid's edge).
  const samples = queued.map((q) => {
    const used = usedOf(q);
    return q.ws
      .getRangeByIndexes(
        used.top,
        used.left,
        Math.min(SAMPLE, used.bottom - used.top + 1),
        Math.min(SAMPLE, used.right - used.left + 1),
      )
      .load(sampleProps);
  });
  // The cells' indent comes with every block from ExcelApi 1.9, so the sample weighs it too.
  const sampleIndents = special
    ? queued.map((q) => {
        const used = usedOf(q);
        return q.ws
          .getRangeByIndexes(
            used.top,
            used.left,
            Math.min(SAMPLE, used.bottom - used.top + 1),
            Math.min(SAMPLE, used.right - used.left + 1),
          )
          .getCellProperties(INDENT_PROPERTIES);
      })
    : [];
  const lookups = mergeLoads.reduce((m, l) => m + l.length, 0);
  try {
    await opts.sync(ctx, samples.length + sampleIndents.length + lookups, 0);
  } catch (e) {
    // A merged-area lookup over 512 areas fails the whole sync: the caller tries smaller slices.
    if (lookups && errorCode(e) === 'GeneralException') throw new MergeLimit(e);
    throw e;
  }
  const addressOf = (r: Excel.RangeAreas | undefined): RangePos[] | undefined =>
    r === undefined ? undefined : r.isNullObject ? [] : parseAreas(r.address);
  const mergesOf = queued.map((q, i) => {
    if (!merges) return [];
    const found = known[i] ?? mergeLoads[i].flatMap((m) => addressOf(m) ?? []);
    if (!known[i]) opts.onMerges?.(q.info.name, found);
    return found;
  });

  // Bytes per cell from the samples: a sample of the top-left corner, with its longest labels.
  let sampleCells = 0;
  let sampleBytes = 0;
  for (const [i, sample] of samples.entries()) {
    const v = sample.values ?? [];
    const n = v.length * (v[0]?.length ?? 0);
    sampleCells += n;
    // Before ExcelApi 1.9 each cell also brings its formula, value type and visible address.
    sampleBytes +=
      json(v) +
      json(sample.numberFormat) +
      (special ? json(sampleIndents[i]?.value) : json(sample.formulas) + json(sample.valueTypes) + 16 * n);
  }
  const bytesPerCell = sampleCells ? (sampleBytes / sampleCells) * 1.2 + 1 : 40;
  const stats = { refused: 0 };
  const cells: CellArrays[] = await readInBlocks(
    ctx,
    queued.map((q) => ({ name: q.info.name, address: q.used.address })),
    { maxBytes: opts.maxBytes, maxCells: opts.maxCells, withTypes: !special, bytesPerCell, indents: special },
    (n, payload) => opts.sync(ctx, n, payload),
    stats,
  );

  const tablesBySheet = new Map<string, ExcelTableInfo[]>();
  for (const { t, range, filter } of tableLoads) {
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
  }
  const sheets = queued.map((q, i): LoadedSheet => {
    const c = cells[i];
    return {
      name: q.info.name,
      protected: q.info.protected,
      address: q.used.address,
      values: c.values,
      formats: c.formats,
      formulas: c.formulas,
      valueTypes: c.valueTypes,
      formulaAreas: addressOf(q.formulas),
      errorAreas: special ? q.errors.flatMap((e) => addressOf(e) ?? []) : undefined,
      visibleAreas: special ? addressOf(q.visibleCells) : visibleFromAddresses(c.visibleAddresses ?? []),
      merges: mergesOf[i],
      ...(c.indents?.length ? { indents: c.indents } : {}),
      tables: tablesBySheet.get(q.info.name) ?? [],
    };
  });
  return {
    infos: s.infos,
    sheets,
    settings,
    ...(s.selection ? { selection: s.selection } : {}),
    refusedReads: stats.refused,
  };
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
