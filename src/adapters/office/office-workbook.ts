/**
 * Fordel's workbook port on Office.js. Reading takes two round trips whatever the size of the
 * tables: one for the list of sheets and tables, one for every visible sheet's used range at once.
 * Writing takes one round trip when the plan fits the request limit, else one per chunk.
 */
import { parseA1Range, type RangePos } from '../../core/grid/a1';
import type { ExcelTableInfo, SheetGrid } from '../../core/grid/grid';
import { text, type Text } from '../../core/findings/finding';
import { SETTINGS_SHEET, type FordelSettings, type WritePlan } from '../../core/output/plan';
import { settingsFromValues } from '../../core/output/settings-sheet';
import type { WorkbookPort, WorkbookSnapshot, WriteReport } from '../../workbook/port';
import { buildGrid, parseAreas, type LoadedSheet } from './read-grid';
import { packSteps, planSteps } from './write-steps';
import { readInBlocks } from './read-blocks';
import { isPayloadError } from './payload-error';

/** Marks a grouped write that the host could not make one undo step. */
const UNDO_NOT_SUPPORTED = Symbol('UndoNotSupported');

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Budget per request, under Excel on the web's 5 MB limit. */
  readonly maxPayloadBytes?: number;
  /** Excel refuses to read more than 5 million cells at once. */
  readonly maxCellsPerRead?: number;
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /**
   * Runs a batch as one undo step: Excel.run with mergeUndoGroup (ExcelApi 1.20). Used for writes where
   * the host supports it, so the user can take back a whole check with one Ctrl+Z.
   */
  readonly undoableRun?: ExcelRun;
}

export interface OfficeStats {
  syncs: number;
  largestPayload: number;
  requests: number;
}

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
  readonly protected: boolean;
}

/** What the last read saw, so a write can refuse without an extra round trip. */
export interface Known {
  readonly sheets: ReadonlyMap<string, SheetInfo>;
  readonly settings: FordelSettings | null;
}

function defaultIsSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported(name, version) ?? true;
}

/** Rough response size of loaded arrays, for the stats. */
function jsonSize(...parts: unknown[]): number {
  return parts.reduce<number>((n, p) => n + (p === undefined ? 0 : JSON.stringify(p).length), 0);
}

export class OfficeWorkbook implements WorkbookPort {
  readonly stats: OfficeStats = { syncs: 0, largestPayload: 0, requests: 0 };
  private readonly maxPayloadBytes: number;
  private readonly maxCellsPerRead: number;
  private readonly supports: (name: string, version: string) => boolean;
  private known: Known | null = null;
  private readonly undoableRun?: ExcelRun;

  constructor(
    private readonly run: ExcelRun,
    opts: OfficeWorkbookOptions = {},
  ) {
    this.maxPayloadBytes = opts.maxPayloadBytes ?? 4_000_000;
    this.maxCellsPerRead = opts.maxCellsPerRead ?? 5_000_000;
    this.supports = opts.isSetSupported ?? defaultIsSetSupported;
    this.undoableRun = opts.undoableRun;
  }

  private api(version: string): boolean {
    return this.supports('ExcelApi', version);
  }

  private async sync(ctx: Excel.RequestContext, requests: number, payload: number): Promise<void> {
    this.stats.syncs++;
    this.stats.requests += requests;
    await ctx.sync();
    this.stats.largestPayload = Math.max(this.stats.largestPayload, payload);
  }

  async read(): Promise<WorkbookSnapshot> {
    Object.assign(this.stats, { syncs: 0, largestPayload: 0, requests: 0 });
    return this.run(async (ctx) => {
      const { infos, tables, selection } = await this.readStructure(ctx);
      const visible = infos.filter((s) => s.visible && s.name !== SETTINGS_SHEET);
      const hasSettings = infos.some((s) => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
      let loaded: { sheets: LoadedSheet[]; settings: FordelSettings | null };
      try {
        loaded = await this.readSheets(ctx, visible, tables, hasSettings, true);
      } catch (e) {
        if (!isPayloadError(e)) throw e;
        // Too big for one round trip: addresses first, then the cells in row blocks.
        loaded = await this.readSheets(ctx, visible, tables, hasSettings, false);
      }
      const sheets: SheetGrid[] = loaded.sheets.map(buildGrid);
      this.known = {
        sheets: new Map(infos.map((s) => [s.name.toLowerCase(), s])),
        settings: loaded.settings,
      };
      return {
        sheets,
        sheetNames: infos.map((s) => s.name),
        settings: loaded.settings,
        ...(selection ? { selection } : {}),
      };
    });
  }

  /** Sync 1: sheets with visibility and protection, Excel tables, the selection. */
  private async readStructure(ctx: Excel.RequestContext) {
    const worksheets = ctx.workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
    const tables = ctx.workbook.tables.load('items/name,items/showTotals,items/worksheet/name');
    const selected = ctx.workbook.getSelectedRange().load('address');
    let selection: { sheet: string; range: RangePos } | undefined;
    try {
      await this.sync(ctx, 3, 0);
      const sep = selected.address.lastIndexOf('!');
      const range = parseA1Range(selected.address);
      const sheet = selected.address
        .slice(0, sep)
        .replace(/^'(.*)'$/, '$1')
        .replace(/''/g, "'");
      if (range && sep > 0) selection = { sheet, range };
    } catch (e) {
      // A chart or shape can be selected; the selection is then unknown, the rest still wanted.
      if ((e as { code?: string }).code !== 'InvalidSelection') throw e;
      worksheets.load('items/name,items/visibility,items/protection/protected');
      tables.load('items/name,items/showTotals,items/worksheet/name');
      await this.sync(ctx, 2, 0);
    }
    const infos: SheetInfo[] = worksheets.items.map((ws) => ({
      name: ws.name,
      visible: ws.visibility === 'Visible',
      protected: ws.protection.protected,
    }));
    return { infos, tables: tables.items, selection };
  }

  /**
   * Sync 2: for every visible sheet at once, the used range with values and formats, and as
   * addresses the formula, error, visible and merged cells (addresses cost far less than arrays).
   * With withCells false only the addresses come, and the cells follow in row blocks.
   */
  private async readSheets(
    ctx: Excel.RequestContext,
    visible: readonly SheetInfo[],
    tables: readonly Excel.Table[],
    hasSettings: boolean,
    withCells: boolean,
  ): Promise<{ sheets: LoadedSheet[]; settings: FordelSettings | null }> {
    const special = this.api('1.9');
    const merges = this.api('1.13');
    const cellProps = special ? 'values,numberFormat' : 'values,numberFormat,formulas,valueTypes';
    let requests = 0;
    const queued = visible.map((info) => {
      const used = ctx.workbook.worksheets.getItem(info.name).getUsedRange(true);
      used.load(withCells ? `address,${cellProps}` : 'address');
      requests += 2;
      const areas = (r: Excel.RangeAreas) => {
        requests++;
        return r.load('address');
      };
      return {
        info,
        used,
        formulas: special ? areas(used.getSpecialCellsOrNullObject('Formulas')) : undefined,
        errors: special
          ? [
              areas(used.getSpecialCellsOrNullObject('Formulas', 'Errors')),
              areas(used.getSpecialCellsOrNullObject('Constants', 'Errors')),
            ]
          : [],
        visibleCells: special ? areas(used.getSpecialCellsOrNullObject('Visible')) : undefined,
        merged: merges ? areas(used.getMergedAreasOrNullObject()) : undefined,
      };
    });
    const tableLoads = tables.map((t) => {
      requests += 2;
      return {
        t,
        range: t.getRange().load('address'),
        filter: special ? t.autoFilter.load('isDataFiltered') : undefined,
      };
    });
    const settingsRange = hasSettings
      ? ctx.workbook.worksheets.getItem(SETTINGS_SHEET).getUsedRange(true).load('values')
      : undefined;
    await this.sync(ctx, requests + (settingsRange ? 1 : 0), 0);

    const cells = withCells
      ? queued.map((q) => ({
          values: q.used.values,
          formats: q.used.numberFormat,
          formulas: special ? undefined : q.used.formulas,
          valueTypes: special ? undefined : q.used.valueTypes,
        }))
      : await readInBlocks(
          ctx,
          queued.map((q) => ({ name: q.info.name, address: q.used.address })),
          { maxBytes: this.maxPayloadBytes, maxCells: this.maxCellsPerRead, withTypes: !special },
          (requestCount, payload) => this.sync(ctx, requestCount, payload),
        );
    if (withCells)
      this.stats.largestPayload = Math.max(
        this.stats.largestPayload,
        cells.reduce((n, c) => n + jsonSize(c.values, c.formats, c.formulas, c.valueTypes), 0),
      );

    const addressOf = (r: Excel.RangeAreas | undefined): RangePos[] | undefined =>
      r === undefined ? undefined : r.isNullObject ? [] : parseAreas(r.address);
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
    const sheets = queued.map((q, i): LoadedSheet => ({
      name: q.info.name,
      protected: q.info.protected,
      address: q.used.address,
      values: cells[i].values,
      formats: cells[i].formats,
      formulas: cells[i].formulas,
      valueTypes: cells[i].valueTypes,
      formulaAreas: addressOf(q.formulas),
      errorAreas: special ? q.errors.flatMap((e) => addressOf(e) ?? []) : undefined,
      visibleAreas: addressOf(q.visibleCells),
      merges: addressOf(q.merged) ?? [],
      tables: tablesBySheet.get(q.info.name) ?? [],
    }));
    return { sheets, settings: settingsRange ? settingsFromValues(settingsRange.values) : null };
  }

  async write(plan: WritePlan): Promise<WriteReport> {
    if (this.undoableRun && this.api('1.20')) {
      const grouped = await this.writeWith(this.undoableRun, plan, true);
      // A host that cannot group one of the calls says so; the same plan is then written plainly
      // (every write sets fixed values, so writing twice is harmless).
      if (grouped !== UNDO_NOT_SUPPORTED) return grouped;
    }
    return this.writeWith(this.run, plan, false) as Promise<WriteReport>;
  }

  private async writeWith(
    run: ExcelRun,
    plan: WritePlan,
    grouped: boolean,
  ): Promise<WriteReport | typeof UNDO_NOT_SUPPORTED> {
    return run(async (ctx): Promise<WriteReport | typeof UNDO_NOT_SUPPORTED> => {
      const known = this.known ?? (await this.readKnown(ctx));
      const refused = refusal(plan, known);
      if (refused) return { written: false, cells: 0, syncs: 0, refused };
      const steps = planSteps(plan, {
        maxBytes: this.maxPayloadBytes,
        hyperlinks: this.api('1.7'),
        existing: new Set(known.sheets.keys()),
      });
      const batches = packSteps(steps, this.maxPayloadBytes);
      const suspend = this.api('1.6');
      let syncs = 0;
      let cells = 0;
      try {
        for (const batch of batches) {
          // Formulas in the user's sheets recalculate once after the sync, not after every range.
          if (suspend) ctx.workbook.application.suspendApiCalculationUntilNextSync();
          const requests = batch.reduce((n, s) => n + s.queue(ctx), suspend ? 1 : 0);
          syncs++;
          await this.sync(
            ctx,
            requests,
            batch.reduce((n, s) => n + s.bytes, 0),
          );
          cells += batch.reduce((n, s) => n + s.cells, 0);
        }
      } catch (e) {
        if (grouped && (e as { code?: string }).code === 'UndoNotSupported') return UNDO_NOT_SUPPORTED;
        this.known = null; // the workbook is no longer what the last read saw
        const reason = e instanceof Error ? e.message : String(e);
        return {
          written: false,
          cells,
          syncs,
          // Office.js carries out a batch up to the action that fails, so part of it may be in place.
          refused: text(
            `Excel afviste skrivningen (${reason}). En del kan være skrevet; kør kontrollen igen.`,
            `Excel refused the write (${reason}). Part of it may be written; run the check again.`,
          ),
        };
      }
      this.known = null;
      return { written: true, cells, syncs };
    });
  }

  /** Without an earlier read: one round trip for the sheets and their protection. */
  private async readKnown(ctx: Excel.RequestContext): Promise<Known> {
    const worksheets = ctx.workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
    await this.sync(ctx, 1, 0);
    return {
      sheets: new Map(
        worksheets.items.map((ws) => [
          ws.name.toLowerCase(),
          { name: ws.name, visible: ws.visibility === 'Visible', protected: ws.protection.protected },
        ]),
      ),
      settings: null,
    };
  }

  async select(sheet: string, range: string): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(range).select();
      await this.sync(ctx, 3, 0);
    });
  }
}

/** The first reason the plan cannot be written in full, judged on what the last read saw. */
export function refusal(plan: WritePlan, known: Known): Text | null {
  const owned = new Set(
    [...(known.settings?.ownedSheets ?? []), ...plan.settings.ownedSheets].map((s) => s.toLowerCase()),
  );
  const created = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const protectedSheet = (name: string) =>
    text(
      `Fordel skrev intet: arket '${name}' er beskyttet. Fjern beskyttelsen og kør igen.`,
      `Fordel wrote nothing: the sheet '${name}' is protected. Remove the protection and run again.`,
    );
  for (const s of plan.sheets) {
    const now = known.sheets.get(s.name.toLowerCase());
    if (now && !owned.has(s.name.toLowerCase()))
      return text(
        `Fordel skrev intet: arket '${s.name}' findes og er ikke Fordels eget.`,
        `Fordel wrote nothing: the sheet '${s.name}' exists and is not Fordel's own.`,
      );
    if (now?.protected) return protectedSheet(now.name);
  }
  const targets = [...plan.blocks.map((b) => b.sheet), ...plan.highlights.map((h) => h.sheet)];
  for (const name of new Set(targets)) {
    if (created.has(name.toLowerCase())) continue;
    const now = known.sheets.get(name.toLowerCase());
    if (!now)
      return text(
        `Fordel skrev intet: arket '${name}' findes ikke længere.`,
        `Fordel wrote nothing: the sheet '${name}' no longer exists.`,
      );
    if (now.protected) return protectedSheet(now.name);
  }
  const settings = known.sheets.get(SETTINGS_SHEET.toLowerCase());
  if (settings?.protected) return protectedSheet(settings.name);
  return null;
}
