/**
 * A workbook opened on the browser page, as a WorkbookPort: read with the same SheetJS reader the command
 * line uses (adapters/xlsx/read-book), kept in memory, never sent anywhere. Writing applies the user's
 * confirmed fixes to the cells in memory and keeps Fordel's settings; the checked copy (or, where no copy can
 * be made, the findings on their own) is built with the command line's writers when the user downloads it:
 * the user's package with only Fordel's parts rewritten (package-copy.ts), or a new findings workbook.
 */
import { withEdits } from '../core/diagnose/apply-split';
import { text, type Text } from '../core/findings/finding';
import { cellAt } from '../core/grid/grid';
import { SETTINGS_SHEET, type UserEdit, type WritePlan } from '../core/output/plan';
import { copyRefusal, notCopyable } from '../adapters/xlsx/copy-refusal';
import { findingsBook } from '../adapters/xlsx/findings-book';
import { PackageCopy } from '../adapters/xlsx/package-copy';
import { readBook, type BookKind, type BookReading } from '../adapters/xlsx/read-book';
import type { WorkbookPort, WorkbookSnapshot, WriteReport } from '../workbook/port';

/** Largest file the page opens: the browser holds it, its grids and a copy in memory at once. */
export const MAX_BYTES = 50 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** The kind by the file's first bytes and its name (the page cannot run the CLI's zip inspection). */
export function bookKindOf(bytes: Uint8Array, name: string): BookKind | null {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  const ext = /\.(xlsx|xlsm|xlsb|xls|ods)$/i.exec(name)?.[1]?.toLowerCase() as BookKind | undefined;
  if (starts(ZIP)) return ext && ext !== 'xls' ? ext : 'xlsx';
  if (starts(OLE)) return ext === 'xlsb' ? 'xlsb' : 'xls';
  return ext ?? null;
}

export class OpenError extends Error {
  constructor(readonly why: Text) {
    super(why.en);
  }
}

export interface Download {
  readonly blob: Blob;
  readonly fileName: string;
  /** Why the download holds the findings on their own rather than a checked copy; null for a copy. */
  readonly fundOnly: Text | null;
}

export class BrowserWorkbook implements WorkbookPort {
  private snapshot: WorkbookSnapshot;
  /** The user's cells changed by confirmed fixes, applied again to the copy on download. */
  private edits: UserEdit[] = [];
  /** Called when the pane asks to show a cell (the grid scrolls to it). */
  onSelect: ((sheet: string, range: string) => void) | null = null;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly fileName: string,
    readonly kind: BookKind,
    private readonly book: BookReading,
  ) {
    this.snapshot = {
      sheets: book.grids.filter((g) => g.name !== SETTINGS_SHEET && !g.hidden),
      sheetNames: book.sheetNames,
      settings: book.settings,
    };
  }

  static open(bytes: Uint8Array, fileName: string): BrowserWorkbook {
    if (bytes.length > MAX_BYTES) {
      throw new OpenError(
        text('Filen er for stor; grænsen er 50 MB.', 'The file is too large; the limit is 50 MB.'),
      );
    }
    const kind = bookKindOf(bytes, fileName);
    if (!kind) {
      throw new OpenError(
        text(
          'Filen er ikke en projektmappe. Åbn en .xlsx-, .xlsm-, .xls- eller .ods-fil.',
          'The file is not a workbook. Open an .xlsx, .xlsm, .xls or .ods file.',
        ),
      );
    }
    let book: BookReading;
    try {
      book = readBook(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), kind);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new OpenError(
        /password|encrypt/i.test(why)
          ? text(
              'Projektmappen er beskyttet med adgangskode. Gem den uden adgangskode, og åbn den igen.',
              'The workbook is password-protected. Save it without a password and open it again.',
            )
          : text(
              'Projektmappen kan ikke læses: filen er beskadiget eller i et format, Fordel ikke kender.',
              'The workbook cannot be read: the file is damaged or in a format Fordel does not know.',
            ),
      );
    }
    if (!book.grids.length) {
      throw new OpenError(
        text('Projektmappen har ingen regneark at kontrollere.', 'The workbook has no worksheets to check.'),
      );
    }
    return new BrowserWorkbook(bytes, fileName, kind, book);
  }

  async read(): Promise<WorkbookSnapshot> {
    return this.snapshot;
  }

  /** The sheets as they are now (with confirmed fixes), for the grid. */
  snapshotSheets(): WorkbookSnapshot['sheets'] {
    return this.snapshot.sheets;
  }

  /**
   * The page has no open workbook to write into: fixes change the cells in memory (and go into the copy),
   * Fordel's settings are kept for the copy, and its columns and sheets are written when the copy is built.
   */
  async write(plan: WritePlan): Promise<WriteReport> {
    const edits = plan.userEdits ?? [];
    const next = withEdits(this.snapshot, edits);
    this.snapshot = { ...this.snapshot, sheets: next.sheets, settings: plan.settings };
    this.edits = [...this.edits, ...edits];
    const cells =
      edits.length +
      plan.blocks.reduce((n, b) => n + b.values.reduce((m, r) => m + r.length, 0), 0) +
      plan.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
    return { written: true, cells, syncs: 0 };
  }

  async select(sheet: string, range: string): Promise<void> {
    this.onSelect?.(sheet, range);
  }

  /** The checked copy with this plan written into it, or the findings on their own when no copy can be made. */
  async download(plan: WritePlan, findingsOnly = false): Promise<Download> {
    const bytes = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const base = this.fileName.replace(/\.[^.]+$/, '');
    const full: WritePlan = { ...plan, userEdits: this.edits };
    let fundOnly: Text | null = null;
    let copy: PackageCopy | null = null;
    if (!findingsOnly) {
      fundOnly = copyRefusal(this.kind);
      if (!fundOnly) {
        const grids = new Map(this.book.grids.map((g) => [g.name, g]));
        copy = PackageCopy.open(bytes, (sheet, row, col) => {
          const grid = grids.get(sheet);
          return grid ? cellAt(grid, row, col) : undefined;
        });
        if (!copy?.canWrite(full)) {
          copy = null;
          fundOnly = notCopyable();
        }
      }
    }
    if (copy) {
      const outcome = copy.apply(full, this.book.settings);
      if (outcome.refused) throw new OpenError(outcome.refused);
      // A macro workbook stays one: Excel opens an .xlsm package only under its own extension.
      const macros = this.kind === 'xlsm';
      const type = macros
        ? 'application/vnd.ms-excel.sheet.macroEnabled.12'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const fileName = `${base}-kontrolleret.${macros ? 'xlsm' : 'xlsx'}`;
      return { blob: new Blob([new Uint8Array(copy.toBuffer())], { type }), fileName, fundOnly: null };
    }
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const blob = new Blob([new Uint8Array(findingsBook(plan).bytes)], { type });
    return { blob, fileName: `${base}-fordel-fund.xlsx`, fundOnly };
  }
}
