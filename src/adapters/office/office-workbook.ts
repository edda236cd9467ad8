/**
 * Fordel's workbook port on Office.js, written against what Microsoft documents for Excel:
 * - reads stay within the 5 million cells per read (every platform) and 5 MB per request (Excel on
 *   the web), sized from the used range's address before any cell is loaded (read-workbook.ts);
 * - a write is checked against the workbook as it is right then (fresh-state.ts) and refused with one
 *   message, nothing written, when the structure or a sheet is protected, a table written beside is
 *   filtered, a confirmed cell changed, or the user is editing a cell;
 * - the write is one undo step where Excel can make it one (RunOptions.mergeUndoGroup, ExcelApi 1.20)
 *   and only undoable calls go into that group: Fordel's sheets are reused instead of deleted, and the
 *   settings sheet is added and hidden once in its own step, on every platform (hiding cannot be undone
 *   on Windows and Mac; on the web undoing a group that added a very hidden sheet crashed Excel,
 *   office-js#6001); a group Excel refuses for any reason is written again plainly;
 * - before ExcelApi 1.19 Excel cannot undo add-in writes at all, and the report says so;
 * - an Excel Table that AutoCorrect let grow into Fordel's column is resized back (office-js#2093).
 */
import { a1, a1Range, columnLetters, type RangePos } from '../../core/grid/a1';
import type { SheetGrid } from '../../core/grid/grid';
import { text, type Text } from '../../core/findings/finding';
import {
  SETTINGS_SHEET,
  emptySettings,
  type CleanPlan,
  type FordelSettings,
  type SavedFill,
  type SavedWidth,
  type UserEdit,
  type WritePlan,
} from '../../core/output/plan';
import type { WorkbookPort, WorkbookSnapshot, WriteReport } from '../../workbook/port';
import { buildGrid } from './read-grid';
import { readWorkbook, type FilteredRange, type SheetInfo } from './read-workbook';
import { readFresh, type Fresh } from './fresh-state';
import {
  cellKey,
  charsOf,
  packSteps,
  planSteps,
  setupSteps,
  widthKey,
  widthPoints,
  type Step,
} from './write-steps';
import { bytesBudget, currentPlatform, errorCode, type Platform } from './limits';
import { cleanSteps, restoreSteps } from './clean-steps';
import { parseA1Range } from '../../core/grid/a1';
import { refusalFor } from './refusals';
import { mergesOutOfDate } from './stale-merges';
import { lookUpMerges } from './merged-areas';
import { insertTable, type InsertAt } from './insert-table';
import type { TablePlan } from '../../core/population/table-plan';
import { officeDocumentFile, outlineLevels, type OutlineRow } from './outline-levels';
import type { ExcelRun } from './excel-run';

export type { ExcelRun } from './excel-run';

export interface OfficeWorkbookOptions {
  /** Budget per request; by default 4 MB on the web (under its 5 MB limit) and none elsewhere. */
  readonly maxPayloadBytes?: number;
  /** Excel refuses to read more than 5 million cells at once. */
  readonly maxCellsPerRead?: number;
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /** Where the add-in runs; by default from Office.context.platform. */
  readonly platform?: Platform;
  /**
   * The open workbook as .xlsx bytes (Document.getFileAsync), or null where the host cannot give it: the
   * only source of the rows' outline levels (outline-levels.ts). By default from Office.context.document.
   */
  readonly documentFile?: () => Promise<Uint8Array | null>;
}

export interface OfficeStats {
  syncs: number;
  largestPayload: number;
  requests: number;
  /** Reads Excel refused for their size (then read again in halves). */
  refusedReads: number;
}

function defaultIsSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported(name, version) ?? true;
}

/** Every batch waits while the user edits a cell instead of failing (RunOptions.delayForCellEdit). */
const WAIT = { delayForCellEdit: true } as const;

const CELL_EDIT = text(
  'Fordel skrev intet: Excel er i gang med at redigere en celle. Tryk Enter eller Esc i cellen, og kør igen.',
  'Fordel wrote nothing: Excel is editing a cell. Press Enter or Esc in the cell and run again.',
);

const NO_UNDO = text(
  'Fordels skrivning kan ikke fortrydes i denne Excel-version, og Excel har nulstillet fortryd-historikken. »Fjern Fordels output« fjerner Fordels kolonner og ark igen.',
  "Fordel's write cannot be undone in this version of Excel, which also cleared the undo history. »Remove Fordel's output« takes Fordel's columns and sheets away again.",
);

const NO_UNDO_CLEAN = text(
  'Fjernelsen kan ikke fortrydes i denne Excel-version, og Excel har nulstillet fortryd-historikken.',
  'Removing cannot be undone in this version of Excel, which also cleared the undo history.',
);

/** Where Excel cannot undo: the user's own cells Fordel changed, with what they held, to put back by hand. */
function editsNotUndoable(edits: readonly UserEdit[]): Text {
  const was = (v: UserEdit['previous'], empty: string) =>
    v === null || v === '' ? empty : typeof v === 'object' ? v.text : String(v);
  const list = (word: string, empty: string) =>
    edits.map((e) => `»${e.sheet}« ${a1(e.row, e.col)} (${word} ${was(e.previous, empty)})`).join(', ');
  return text(
    `Værdierne, Fordel skrev i dine egne celler, kan heller ikke fortrydes: ${list('var', 'tom')}.`,
    `The values Fordel wrote into your own cells cannot be undone either: ${list('was', 'empty')}.`,
  );
}

const NOT_ONE_STEP_OLD = text(
  'Denne Excel-version kan ikke samle Fordels skrivning i ét fortryd-trin; fortryd den med Ctrl+Z flere gange.',
  "This version of Excel cannot make Fordel's write one undo step; undo it with Ctrl+Z several times.",
);

const NOT_ONE_STEP = text(
  'Excel kunne ikke samle Fordels skrivning i ét fortryd-trin, så den er skrevet som almindelige trin.',
  "Excel could not make Fordel's write one undo step, so it was written as ordinary steps.",
);

const SETUP_CLEARED_UNDO = text(
  'Fordel oprettede sit skjulte indstillingsark. Excel kan ikke fortryde det, så handlinger fra før kontrollen kan ikke længere fortrydes.',
  'Fordel created its hidden settings sheet. Excel cannot undo that, so actions from before the check can no longer be undone.',
);

/**
 * Excel for Windows before ExcelApi 1.19: the merged areas were looked up only now that the user chose to
 * write, and some sheets have them, so the tables may read differently: nothing is written, the user checks
 * again (now without any lookup) and then writes.
 */
function mergesReadNow(merged: readonly string[], grouped: readonly string[]): Text {
  const sheets = [...new Set([...merged, ...grouped])];
  const names = sheets.map((n) => `»${n}«`).join(', ');
  const one = sheets.length === 1;
  const da = [merged.length && 'flettede celler', grouped.length && 'grupperede rækker'].filter(Boolean);
  const en = [merged.length && 'merged cells', grouped.length && 'grouped rows'].filter(Boolean);
  return text(
    `Fordel skrev intet: ${one ? 'arket' : 'arkene'} ${names} har ${da.join(' og ')}, som Fordel først har læst nu. ` +
      'I denne Excel-version nulstiller Excel fortryd-historikken, når et tilføjelsesprogram slår flettede celler op ' +
      'eller henter projektmappen for at læse rækkernes gruppering, ' +
      'så Fordel gør det først, når du vil skrive (skrivningen nulstiller den alligevel). ' +
      `Kør kontrollen igen, så læses tabellerne med ${da.join(' og ')}, og skriv derefter.`,
    `Fordel wrote nothing: the ${one ? 'sheet' : 'sheets'} ${names} ${one ? 'has' : 'have'} ${en.join(' and ')}, which Fordel has read only now. ` +
      'In this version of Excel looking up merged cells or fetching the workbook to read its row grouping from an ' +
      'add-in clears the undo history, so Fordel does it only when you choose to write (the write clears it anyway). ' +
      `Run the check again to read the tables with their ${en.join(' and ')}, then write.`,
  );
}

/** With a check on Windows before ExcelApi 1.19: the sheets were read without their merged cells. */
const MERGES_NOT_READ = text(
  'Fordel har ikke læst flettede celler og rækkernes gruppering: i denne Excel-version nulstiller Excel fortryd-historikken, når et tilføjelsesprogram slår dem op. Fordel gør det først, når du vil skrive, og beder dig da kontrollere igen, hvis et ark har flettede celler eller grupperede rækker.',
  'Fordel has not read merged cells and row grouping: in this version of Excel looking them up from an add-in clears the undo history. Fordel does it only when you choose to write, and then asks you to check again if a sheet has merged cells or grouped rows.',
);

/** With a check on Windows before ExcelApi 1.19 where merged areas are not looked up at all (before 1.13). */
const OUTLINE_LATER = text(
  'Fordel har ikke læst rækkernes gruppering: i denne Excel-version nulstiller Excel fortryd-historikken, når et tilføjelsesprogram henter projektmappen for at læse den. Fordel gør det først, når du vil skrive, og beder dig da kontrollere igen, hvis et ark har grupperede rækker.',
  "Fordel has not read the rows' grouping: in this version of Excel fetching the workbook to read it from an add-in clears the undo history. Fordel does it only when you choose to write, and then asks you to check again if a sheet has grouped rows.",
);

/** Where fetching the workbook for its row grouping failed: the check went on without it. */
function outlineNotRead(e: unknown): Text {
  const why = e instanceof Error ? e.message : String(e);
  return text(
    `Fordel kunne ikke læse rækkernes gruppering (Data > Gruppér) fra projektmappen (${why}); et budget, hvis niveauer kun vises ved grupperingen, læses uden den.`,
    `Fordel could not read the rows' grouping (Data > Group) from the workbook (${why}); a budget whose levels are shown only by grouping is read without it.`,
  );
}

/** A grouped run Excel refused (UndoNotSupported, or any other error of a group: office-js#6255, #6711). */
class GroupRefused extends Error {
  constructor(readonly code: string | undefined) {
    super(`Excel refused the undo group (${code ?? 'no code'}).`);
  }
}

const TABLE_GREW_OLD = (names: string[]) =>
  text(
    `Excel-tabellen ${names.map((n) => `»${n}«`).join(', ')} har taget Fordels kolonne med; denne Excel-version kan ikke gøre den mindre igen. Vælg Tabeldesign > Tilpas tabelstørrelse.`,
    `The Excel Table ${names.map((n) => `»${n}«`).join(', ')} took in Fordel's column; this version of Excel cannot make it smaller again. Choose Table Design > Resize Table.`,
  );

export class OfficeWorkbook implements WorkbookPort {
  readonly stats: OfficeStats = { syncs: 0, largestPayload: 0, requests: 0, refusedReads: 0 };
  private readonly supports: (name: string, version: string) => boolean;
  private readonly platform: Platform;
  private readonly maxBytes: number;
  private readonly maxCells?: number;
  /** Tables as the last read saw them, for the filter check before a write. */
  private tables: { name: string; sheet: string; range: RangePos }[] = [];
  /**
   * Merged areas per sheet, read once per pane on Windows: there the sync of a merged-area lookup loses
   * the user's undo stack (office-js#5918). From ExcelApi 1.19 the first read looks them up (whether the
   * defect is still there is not known), before it the first write (mergesBeforeWrite); a check or a
   * reread does not, unless the sheet shows the kept areas are out of date (stale-merges.ts: a wrong merge
   * misreads).
   */
  private readonly mergeCache = new Map<string, RangePos[]>();
  /**
   * Sheets the last read took without looking up their merged areas: on Windows before ExcelApi 1.19 a
   * check never looks them up (office-js#5918 would clear the undo stack at every pane opening); they are
   * looked up once the user confirms a write, which clears the stack there anyway (office-js#3788).
   */
  private readonly mergesUnread = new Set<string>();
  /**
   * The rows' outline levels per sheet from the workbook file, kept on Windows before ExcelApi 1.19 only,
   * where fetching the file waits for a write like the merged areas (null: not fetched yet).
   */
  private outlineCache: Map<string, OutlineRow[]> | null = null;
  /**
   * What the last read saw that a write is refused for (sheets and their protection, the structure's,
   * filters, Fordel's settings): until the next write, the grounds for adding Fordel's sheets in the
   * same sync as the look before writing (setupAhead).
   */
  private lastRead: {
    sheets: ReadonlyMap<string, SheetInfo>;
    structureProtected: boolean;
    settings: FordelSettings | null;
    filtered: readonly FilteredRange[];
  } | null = null;
  private outlineUnread = false;
  private readonly documentFile: () => Promise<Uint8Array | null>;

  constructor(
    private readonly run: ExcelRun,
    opts: OfficeWorkbookOptions = {},
  ) {
    this.supports = opts.isSetSupported ?? defaultIsSetSupported;
    this.platform = opts.platform ?? currentPlatform();
    this.maxBytes = bytesBudget(this.platform, opts.maxPayloadBytes);
    this.maxCells = opts.maxCellsPerRead;
    this.documentFile = opts.documentFile ?? officeDocumentFile;
  }

  /** Office.context.requirements.isSetSupported before every feature past the manifest's ExcelApi 1.7. */
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
    Object.assign(this.stats, { syncs: 0, largestPayload: 0, requests: 0, refusedReads: 0 });
    this.mergesUnread.clear();
    this.outlineUnread = false;
    const snap = await this.run(WAIT, async (ctx) => {
      const cache = this.platform === 'windows' ? this.mergeCache : undefined;
      const later = this.mergesLater();
      const kept = new Set<string>();
      const readAll = () =>
        readWorkbook(ctx, {
          api: (v) => this.api(v),
          maxBytes: this.maxBytes,
          maxCells: this.maxCells,
          sync: (c, n, p) => this.sync(c, n, p),
          knownMerges:
            cache &&
            ((sheet) => {
              const merges = cache.get(sheet.toLowerCase());
              if (merges) kept.add(sheet.toLowerCase());
              else if (later) {
                this.mergesUnread.add(sheet);
                return [];
              }
              return merges;
            }),
          onMerges: cache && ((sheet, merges) => cache.set(sheet.toLowerCase(), merges)),
        });
      let r = await readAll();
      // Merged areas kept from an earlier read that the sheet no longer fits are looked up again.
      const stale = r.sheets.filter((s) => kept.has(s.name.toLowerCase()) && mergesOutOfDate(s));
      if (cache && stale.length) {
        for (const s of stale) cache.delete(s.name.toLowerCase());
        r = await readAll();
      }
      this.stats.refusedReads = r.refusedReads;
      this.lastRead = {
        sheets: new Map(r.infos.map((i) => [i.name.toLowerCase(), i])),
        structureProtected: r.structureProtected,
        settings: r.settings,
        filtered: r.filtered,
      };
      const sheets: SheetGrid[] = r.sheets.map(buildGrid);
      this.tables = sheets.flatMap((s) =>
        (s.tables ?? []).map((t) => ({ name: t.name, sheet: s.name, range: t.range })),
      );
      return {
        sheets,
        sheetNames: r.infos.map((s) => s.name),
        settings: r.settings,
        ...(r.selection ? { selection: r.selection } : {}),
      };
    });
    const outline = await this.outline();
    const notes = [
      ...(this.mergesUnread.size ? [MERGES_NOT_READ] : this.outlineUnread ? [OUTLINE_LATER] : []),
      ...(outline instanceof Map ? [] : [outline.failed]),
    ];
    return {
      ...snap,
      sheets: outline instanceof Map ? withOutline(snap.sheets, outline) : snap.sheets,
      ...(notes.length ? { notes } : {}),
    };
  }

  /**
   * The rows' outline levels, which only the workbook file holds (outline-levels.ts): none on the web,
   * which cannot give the file; on Windows before ExcelApi 1.19 those kept from before a write, else none
   * yet (fetching may clear the undo stack there, office-js#3778); elsewhere fetched with every check.
   */
  private async outline(): Promise<Map<string, OutlineRow[]> | { failed: Text }> {
    if (this.platform === 'web') return new Map();
    if (this.fileLater()) {
      if (this.outlineCache) return this.outlineCache;
      this.outlineUnread = true;
      return new Map();
    }
    try {
      const bytes = await this.documentFile();
      return bytes ? await outlineLevels(bytes) : new Map();
    } catch (e) {
      return { failed: outlineNotRead(e) };
    }
  }

  /** Windows before ExcelApi 1.19 (with merged areas at all, ExcelApi 1.13): merges wait for a write. */
  private mergesLater(): boolean {
    return this.platform === 'windows' && this.api('1.13') && !this.api('1.19');
  }

  /** Windows before ExcelApi 1.19: fetching the workbook file waits for a write (office-js#3778). */
  private fileLater(): boolean {
    return this.platform === 'windows' && !this.api('1.19');
  }

  /**
   * Before the first write from a check that read sheets without their merged areas: looks them up (the
   * write clears the undo stack there anyway) and keeps them; a sheet that has some stops the write, since
   * its tables may read differently with them.
   */
  private async mergesBeforeWrite(): Promise<WriteReport | null> {
    if (!this.mergesUnread.size && !this.outlineUnread) return null;
    const names = [...this.mergesUnread];
    let syncs = 0;
    let found = new Map<string, RangePos[]>();
    let grouped: string[] = [];
    try {
      if (names.length)
        found = await this.run(WAIT, (ctx) =>
          lookUpMerges(ctx, names, (n) => {
            syncs++;
            return this.sync(ctx, n, 0);
          }),
        );
      if (this.outlineUnread) {
        const bytes = await this.documentFile();
        this.outlineCache = bytes ? await outlineLevels(bytes) : new Map();
        this.outlineUnread = false;
        grouped = [...this.outlineCache.keys()];
      }
    } catch (e) {
      return this.failure(e, 0, syncs);
    }
    this.mergesUnread.clear();
    for (const [name, merges] of found) this.mergeCache.set(name.toLowerCase(), merges);
    const merged = names.filter((n) => found.get(n)?.length);
    if (!merged.length && !grouped.length) return null;
    return { written: false, cells: 0, syncs, refused: mergesReadNow(merged, grouped) };
  }

  insertTable(at: InsertAt, plan: TablePlan): Promise<WriteReport> {
    this.lastRead = null;
    return insertTable(this.run, at, plan, this.maxBytes);
  }

  async write(plan: WritePlan): Promise<WriteReport> {
    // Only what comes from reading the tables needs their merged cells; Fordel's settings alone do not.
    const fromReading =
      plan.blocks.length + plan.highlights.length + plan.sheets.length + (plan.userEdits?.length ?? 0) > 0;
    const unread = fromReading ? await this.mergesBeforeWrite() : null;
    if (unread) return unread;
    const grouped = this.api('1.20');
    const ahead = this.setupAhead(plan);
    // The read's view is for the write right after it; a later write looks before adding anything.
    this.lastRead = null;
    try {
      return await this.writeOnce(plan, grouped, ahead);
    } catch (e) {
      if (e instanceof GroupRefused) {
        // Part of the group may be in place: the plain retry starts from a fresh look at the workbook
        // (every write sets fixed values, so writing the rest again is harmless).
        const again = await this.writeOnce(plan, false, null);
        return {
          ...again,
          undoGroup: false,
          notes: [...(again.notes ?? []).filter((n) => n !== NOT_ONE_STEP_OLD), NOT_ONE_STEP],
        };
      }
      throw e;
    }
  }

  private failure(e: unknown, cells: number, syncs: number): WriteReport {
    if (errorCode(e) === 'InvalidOperationInCellEditMode')
      return { written: false, cells: 0, syncs, refused: CELL_EDIT };
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

  /**
   * Adding Fordel's sheets (the settings sheet on the first write) in the same sync as the look before
   * writing, where the read just before saw nothing the write would be refused for: the look's loads go
   * first, so it still sees the workbook as the user left it, and the write itself stays one undo group
   * of its own. A write with confirmed edits of the user's cells looks first and adds after, as does any
   * write not right after a read.
   */
  private setupAhead(plan: WritePlan): ReadonlySet<string> | null {
    const seen = this.lastRead;
    if (!seen || plan.userEdits?.length) return null;
    const existing = new Set(seen.sheets.keys());
    if (!setupSteps(plan, existing).length) return null;
    const asRead: Fresh = {
      sheets: seen.sheets,
      structureProtected: seen.structureProtected,
      settings: seen.settings,
      filtered: seen.filtered,
      tables: [],
      tableNames: new Set(),
      spills: new Map(),
      widths: new Map(),
      editCells: new Map(),
      newFills: [],
      restore: [],
    };
    return refusalFor(plan, asRead) === null ? existing : null;
  }

  /** The fresh look, the setup step where needed (in the look's sync when `ahead`), then the write. */
  private async writeOnce(
    plan: WritePlan,
    grouped: boolean,
    ahead: ReadonlySet<string> | null,
  ): Promise<WriteReport> {
    let syncs = 0;
    const notes: Text[] = [];
    // Sheets the setup added (lower case): they exist for the write, though the look came before them.
    const added = new Set<string>();
    let fresh: Fresh;
    try {
      fresh = await this.run(WAIT, async (ctx) => {
        // Hiding a sheet has no undo support on Windows and Mac, and on the web undoing a group that
        // added a very hidden sheet crashed Excel (office-js#6001): add and hide once, outside the group.
        const queueSetup = (existing: ReadonlySet<string>) => {
          const setup = setupSteps(plan, existing);
          // The same sheets setupSteps adds: the settings sheet and Fordel's hidden ones, where missing.
          for (const name of [SETTINGS_SHEET, ...plan.sheets.filter((s) => s.hidden).map((s) => s.name)])
            if (!existing.has(name.toLowerCase())) added.add(name.toLowerCase());
          return setup.reduce((k, s) => k + s.queue(ctx), 0);
        };
        const look = (p: WritePlan | null, along?: () => number) =>
          readFresh(
            ctx,
            p,
            this.tables,
            (v) => this.api(v),
            (n) => {
              syncs++;
              return this.sync(ctx, n, 0);
            },
            { maxBytes: this.maxBytes, ...(along ? { alongFirst: along } : {}) },
          );
        let f: Fresh | null = null;
        if (ahead) {
          try {
            f = await look(plan, () => queueSetup(ahead));
          } catch {
            // Whatever failed (a sheet gone, the structure protected since), no setup is in place: the
            // look comes again on its own, as without the read's view.
            added.clear();
          }
        }
        if (!f) {
          try {
            f = await look(plan);
          } catch (e) {
            // A sheet the plan names is gone: look again without its cells, and refuse below.
            if (errorCode(e) !== 'ItemNotFound') throw e;
            f = await look(null);
          }
          if (refusalFor(plan, f)) return f;
          const n = queueSetup(new Set(f.sheets.keys()));
          if (n) {
            syncs++;
            await this.sync(ctx, n, 0);
          }
        }
        if (added.size && this.platform !== 'web') notes.push(SETUP_CLEARED_UNDO);
        return f;
      });
    } catch (e) {
      return this.failure(e, 0, syncs);
    }
    const refused = refusalFor(plan, fresh);
    // Fordel's hidden sheets may have been added with the look (see setupAhead): said with the refusal.
    if (refused) return { written: false, cells: 0, syncs, refused, ...(notes.length ? { notes } : {}) };

    const existing = new Set([...fresh.sheets.keys(), ...added]);
    const settings = withWidths(withFills(plan.settings, fresh), plan, fresh);
    const opts = {
      maxBytes: this.maxBytes,
      hyperlinks: true,
      existing,
      widths: fresh.widths,
      editFormats: new Map([...fresh.editCells].map(([k, v]) => [k, v.format])),
    };
    const steps: Step[] = [...restoreSteps(fresh.restore), ...planSteps(plan, settings, opts)];
    if (!this.api('1.19')) {
      notes.push(NO_UNDO);
      if (plan.userEdits?.length) notes.push(editsNotUndoable(plan.userEdits));
    } else if (!grouped) notes.push(NOT_ONE_STEP_OLD);
    const result = await this.runSteps(steps, grouped, (ctx) =>
      this.keepTablesOut(ctx, plan, fresh.tableNames, notes),
    );
    syncs += result.syncs;
    if (result.error) return this.failure(result.error, result.cells, syncs);
    return {
      written: true,
      cells: result.cells,
      syncs,
      undoGroup: grouped,
      ...(notes.length ? { notes } : {}),
    };
  }

  /**
   * After the write, in the same run (and undo group): an Excel Table that grew into the columns Fordel
   * wrote beside it (AutoCorrect's "include new columns in table" applies to add-in writes,
   * office-js#2093 and #6745) is resized back to end before them (Table.resize, ExcelApi 1.13).
   */
  private async keepTablesOut(
    ctx: Excel.RequestContext,
    plan: WritePlan,
    now: ReadonlySet<string>,
    notes: Text[],
  ): Promise<number> {
    // Only a Table that ends right before (or already over) a column Fordel wrote can have taken it in.
    const beside = this.tables.filter(
      (t) =>
        now.has(t.name) &&
        plan.blocks.some(
          (b) =>
            b.sheet.toLowerCase() === t.sheet.toLowerCase() &&
            b.left > t.range.left &&
            b.left <= t.range.right + 1 &&
            b.top <= t.range.bottom &&
            t.range.top <= b.top + b.values.length - 1,
        ),
    );
    if (!beside.length) return 0;
    const ranges = beside.map((t) => {
      const table = ctx.workbook.tables.getItem(t.name);
      return { t, table, range: table.getRange().load('address') };
    });
    await this.sync(ctx, ranges.length, 0);
    const shrink = ranges.flatMap(({ t, table, range }) => {
      const now = parseA1Range(range.address.slice(range.address.lastIndexOf('!') + 1).replace(/\$/g, ''));
      if (!now) return [];
      const into = plan.blocks.filter(
        (b) =>
          b.sheet.toLowerCase() === t.sheet.toLowerCase() &&
          b.left > now.left &&
          b.left <= now.right &&
          b.top <= now.bottom &&
          now.top <= b.top + b.values.length - 1,
      );
      if (!into.length) return [];
      const right = Math.min(...into.map((b) => b.left)) - 1;
      return [{ table, name: t.name, range: { ...now, right } }];
    });
    if (!shrink.length) return 1;
    if (!this.api('1.13')) {
      notes.push(TABLE_GREW_OLD(shrink.map((s) => s.name)));
      return 1;
    }
    for (const s of shrink) s.table.resize(a1Range(s.range));
    await this.sync(ctx, shrink.length, 0);
    return 2;
  }

  /** Runs steps in as few syncs as the budget allows, in one undo group when asked. */
  private async runSteps(
    steps: readonly Step[],
    grouped: boolean,
    after?: (ctx: Excel.RequestContext) => Promise<number>,
  ) {
    const batches = packSteps(steps, this.maxBytes);
    const suspend = this.api('1.6');
    let syncs = 0;
    let cells = 0;
    try {
      await this.run(grouped ? { ...WAIT, mergeUndoGroup: true } : WAIT, async (ctx) => {
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
        if (after) syncs += await after(ctx);
      });
    } catch (e) {
      // Any refused group is written again plainly (from a fresh look): UndoNotSupported as documented,
      // and the internal errors a group alone has met (office-js#6255, #6711).
      if (grouped && errorCode(e) !== 'InvalidOperationInCellEditMode') throw new GroupRefused(errorCode(e));
      return { syncs, cells, error: e };
    }
    return { syncs, cells, error: undefined };
  }

  /**
   * Removes Fordel's output: clears its ranges (values and formats), puts back the fills it saved and
   * rewrites the settings as one undo step where Excel allows; deleting sheets has no undo support on
   * any platform, so Fordel's sheets (and the settings sheet, when asked) go in a plain step after it.
   */
  async clean(plan: CleanPlan): Promise<WriteReport> {
    this.lastRead = null;
    const grouped = this.api('1.20');
    let syncs = 0;
    let fresh: Fresh;
    try {
      fresh = await this.run(WAIT, (ctx) =>
        readFresh(
          ctx,
          null,
          [],
          (v) => this.api(v),
          (n) => {
            syncs++;
            return this.sync(ctx, n, 0);
          },
          { maxBytes: this.maxBytes, tableRanges: this.api('1.13') },
        ),
      );
    } catch (e) {
      return this.failure(e, 0, syncs);
    }
    const { steps, deletions, refused } = cleanSteps(plan, fresh, this.api('1.13'));
    if (refused) return { written: false, cells: 0, syncs, refused };
    let cells = 0;
    let first: Awaited<ReturnType<OfficeWorkbook['runSteps']>>;
    let refusedGroup = false;
    try {
      first = await this.runSteps(steps, grouped);
    } catch (e) {
      if (!(e instanceof GroupRefused)) throw e;
      refusedGroup = true;
      first = await this.runSteps(steps, false);
    }
    syncs += first.syncs;
    cells += first.cells;
    if (first.error) return this.failure(first.error, cells, syncs);
    const notes: Text[] = !this.api('1.19')
      ? [NO_UNDO_CLEAN]
      : grouped && !refusedGroup
        ? []
        : [NOT_ONE_STEP_OLD];
    if (deletions.length) {
      const second = await this.runSteps(deletions, false);
      syncs += second.syncs;
      if (second.error) return this.failure(second.error, cells, syncs);
      notes.push(
        text(
          'Fordels ark er slettet. Excel kan ikke fortryde sletning af ark, så fortryd-historikken er nulstillet.',
          "Fordel's sheets are deleted. Excel cannot undo deleting sheets, so the undo history was reset.",
        ),
      );
    }
    return {
      written: true,
      cells,
      syncs,
      undoGroup: grouped && !refusedGroup && !deletions.length,
      ...(notes.length ? { notes } : {}),
    };
  }

  async select(sheet: string, range: string): Promise<void> {
    await this.run(WAIT, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(range).select();
      await this.sync(ctx, 3, 0);
    });
  }
}

/** The sheets with their rows' outline levels from the workbook file, matched by name as Excel does. */
function withOutline(sheets: SheetGrid[], levels: ReadonlyMap<string, OutlineRow[]>): SheetGrid[] {
  if (!levels.size) return sheets;
  const byName = new Map([...levels].map(([name, rows]) => [name.toLowerCase(), rows]));
  return sheets.map((g) => {
    const outline = byName.get(g.name.toLowerCase());
    return outline ? { ...g, outline } : g;
  });
}

/**
 * The settings to write, with the fills of cells highlighted for the first time; a fill saved by an
 * earlier run is kept, since the cell may already show Fordel's colour.
 */
function withFills(settings: FordelSettings, fresh: Fresh): FordelSettings {
  const earlier: SavedFill[] = [...(settings.fills ?? [])];
  const seen = new Set<string>();
  const fills = [...earlier, ...fresh.newFills].filter((f) => {
    const k = `${f.sheet.toLowerCase()}!${f.range}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { ...emptySettings(), ...settings, ...(fills.length ? { fills } : {}) };
}

/** Excel's default column width in points (8.43 characters of Calibri 11). */
const DEFAULT_POINTS = 48;

/**
 * The widths of the columns this write widens, as they were before Fordel first widened them (kept from
 * an earlier run), so removing Fordel's output can put them back; null for Excel's default width.
 */
function withWidths(settings: FordelSettings, plan: WritePlan, fresh: Fresh): FordelSettings {
  const saved: SavedWidth[] = [...(settings.widths ?? [])];
  const seen = new Set(saved.map((w) => `${w.sheet}!${w.column}`));
  for (const b of plan.blocks)
    b.columnWidths?.forEach((chars, c) => {
      const now = fresh.widths.get(widthKey(b.sheet, b.left + c));
      if (now !== undefined && now >= widthPoints(chars)) return;
      const column = columnLetters(b.left + c);
      if (seen.has(`${b.sheet}!${column}`)) return;
      seen.add(`${b.sheet}!${column}`);
      saved.push({
        sheet: b.sheet,
        column,
        width: now === undefined || now === DEFAULT_POINTS ? null : charsOf(now),
      });
    });
  return saved.length ? { ...settings, widths: saved } : settings;
}

export { SETTINGS_SHEET, cellKey };
