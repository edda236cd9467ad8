/**
 * A workbook file as a WorkbookPort, for the command line: open (the bytes checked first, then read
 * with SheetJS), read, apply a plan in memory, save to a new file. The checked copy is the user's
 * package with only Fordel's parts rewritten (package-copy.ts); for a file that copy cannot be made of, the
 * findings go in a workbook of their own (findings-book.ts) and the report says why. The input file is
 * only ever read.
 */
import { promises as fs, readFileSync, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { text, type Text } from '../../core/findings/finding';
import { SETTINGS_SHEET, type CleanPlan, type FordelSettings, type WritePlan } from '../../core/output/plan';
import type { WorkbookPort, WorkbookSnapshot, WriteReport } from '../../workbook/port';
import { identifyBook, isEncryptedOds, passwordProtected } from './file-kind';
import type { Unpacked } from './zip-guard';
import { copyRefusal, notCopyable } from './copy-refusal';
import { InputError } from './input-error';
import { readBook, type BookKind, type BookReading } from './read-book';
// The writers load when a copy or findings workbook is written: a check alone never needs them.
import type { PackageCopy } from './package-copy';
import { cellAt } from '../../core/grid/grid';
import { sameFile } from './output-path';
import { removeStaleTemps, tempPathFor } from './temp-files';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface OpenOptions {
  /** Largest file accepted, in bytes (default 50 MB). */
  readonly maxBytes?: number;
}

export class XlsxWorkbook implements WorkbookPort {
  /** The findings on their own, when the package copy cannot be written (fundOnlyBecause says why). */
  private findings: Buffer | null = null;
  private settingsOnOpen: FordelSettings | null;
  /** Why the written result is a findings workbook rather than a checked copy; null for a copy. */
  private fundOnlyBecause: Text | null = null;
  /** The copy that keeps everything (package-copy.ts): the checked copy of every .xlsx and .xlsm it can patch. */
  private copy: PackageCopy | null = null;
  private copyWritten = false;

  private constructor(
    private readonly bytes: Buffer,
    /** Absolute path of the file read, never written. */
    readonly inputPath: string,
    readonly kind: BookKind,
    private readonly book: BookReading,
  ) {
    this.settingsOnOpen = book.settings;
  }

  static async open(file: string, opts: OpenOptions = {}): Promise<XlsxWorkbook> {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const full = path.resolve(file);
    // Read at once rather than through the thread pool: a file is opened in a worker that has nothing else
    // to do meanwhile, and each hand-off costs more than reading a small workbook.
    const stat = statOrNull(full);
    if (!stat) throw new InputError(text(`Filen findes ikke: ${file}`, `The file does not exist: ${file}`));
    if (!stat.isFile())
      throw new InputError(text(`Det er ikke en fil: ${file}`, `This is not a file: ${file}`));
    if (stat.size > maxBytes) {
      const [size, limit] = [formatSize(stat.size), formatSize(maxBytes)];
      throw new InputError(
        text(
          `Filen er for stor (${size.da}); grænsen er ${limit.da}.`,
          `The file is too large (${size.en}); the limit is ${limit.en}.`,
        ),
      );
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(full);
    } catch {
      throw new InputError(text(`Filen kan ikke læses: ${file}`, `The file cannot be read: ${file}`));
    }
    // The guard unpacks every entry to check it; the reader takes those bytes rather than unpacking again.
    const unpacked: Unpacked = new Map();
    const kind = identifyBook(bytes, undefined, unpacked);
    let book: BookReading;
    try {
      book = readBook(bytes, kind, unpacked);
    } catch (e) {
      throw kind === 'ods' && isEncryptedOds(bytes) ? passwordProtected() : unreadable(e);
    }
    if (!book.grids.length && !book.unread.length) {
      throw new InputError(
        text(
          'Projektmappen har ingen regneark at kontrollere. Åbn den i Excel og gem den igen som .xlsx.',
          'The workbook has no worksheets to check. Open it in Excel and save it again as .xlsx.',
        ),
      );
    }
    return new XlsxWorkbook(bytes, full, kind, book);
  }

  async read(): Promise<WorkbookSnapshot> {
    // After a write, the copy in memory is what there is to read (a second check over Fordel's output).
    if (this.copy && this.copyWritten) {
      const book = readBook(this.copy.toBuffer(), this.kind);
      return {
        sheets: book.grids.filter((g) => g.name !== SETTINGS_SHEET && !g.hidden),
        sheetNames: book.sheetNames,
        settings: book.settings,
        unreadSheets: book.unread,
      };
    }
    return {
      sheets: this.book.grids.filter((g) => g.name !== SETTINGS_SHEET && !g.hidden),
      sheetNames: this.book.sheetNames,
      settings: this.settingsOnOpen,
      unreadSheets: this.book.unread,
    };
  }

  private async packageCopy(): Promise<PackageCopy | null> {
    const grids = new Map(this.book.grids.map((g) => [g.name, g]));
    const { PackageCopy } = await import('./package-copy');
    return PackageCopy.open(this.bytes, (sheet, row, col) => {
      const grid = grids.get(sheet);
      return grid ? cellAt(grid, row, col) : undefined;
    });
  }

  /** Set once written: why the result is the findings on their own rather than a checked copy. */
  get fundOnlyReason(): Text | null {
    return this.fundOnlyBecause;
  }

  /**
   * Decides, once, whether the result can be a checked copy; returns why not (the findings are then
   * written as a workbook of their own), or null. An .xlsx or .xlsm is copied part by part (package-copy.ts)
   * whenever its package and the sheets the plan writes into allow it.
   */
  async prepareWrite(plan?: WritePlan): Promise<Text | null> {
    if (this.copy || this.fundOnlyBecause) return this.fundOnlyBecause;
    this.fundOnlyBecause = copyRefusal(this.kind);
    if (this.fundOnlyBecause) return this.fundOnlyBecause;
    const copy = await this.packageCopy();
    if (copy && (!plan || copy.canWrite(plan))) this.copy = copy;
    else this.fundOnlyBecause = notCopyable();
    return this.fundOnlyBecause;
  }

  async write(plan: WritePlan): Promise<WriteReport> {
    await this.prepareWrite(plan);
    if (this.copy && !this.copy.canWrite(plan)) {
      // A sheet the package copy cannot patch safely: the findings on their own.
      this.copy = null;
      this.fundOnlyBecause = notCopyable();
    }
    if (this.copy) {
      const outcome = this.copy.apply(plan, this.settingsOnOpen);
      if (outcome.refused) return { written: false, cells: 0, syncs: 0, refused: outcome.refused };
      this.settingsOnOpen = outcome.settings ?? plan.settings;
      this.copyWritten = true;
      return { written: true, cells: outcome.cells, syncs: 0 };
    }
    const findings = (await import('./findings-book')).findingsBook(plan);
    this.findings = findings.bytes;
    return { written: true, cells: findings.cells, syncs: 0, notes: [this.fundOnlyBecause ?? notCopyable()] };
  }

  /**
   * Removes Fordel's output in memory, all or nothing; saveAs then writes the cleaned copy: the user's
   * package with only the sheets it empties cells in rewritten, and Fordel's own sheets left out.
   */
  async clean(plan: CleanPlan): Promise<WriteReport> {
    const refuse = (why: Text): WriteReport => ({
      written: false,
      cells: 0,
      syncs: 0,
      refused: text(
        `Fordel kan ikke skrive en renset kopi, fordi ${why.da}.`,
        `Fordel cannot write a cleaned copy, because ${why.en}.`,
      ),
    });
    const unwritable = copyRefusal(this.kind);
    if (unwritable) return refuse(unwritable);
    const copy = this.copy ?? (await this.packageCopy());
    if (!copy) return refuse(notCopyable());
    // After a write in this session the copy holds Fordel's latest output: that is what is cleaned.
    const grids = this.copyWritten ? readBook(copy.toBuffer(), this.kind).grids : this.book.grids;
    const outcome = (await import('./package-clean')).cleanPackage(copy, plan, grids);
    if (outcome.refused) return { written: false, cells: 0, syncs: 0, refused: outcome.refused };
    this.copy = copy;
    this.copyWritten = true;
    this.settingsOnOpen = plan.removeSettings ? null : (plan.settings ?? this.settingsOnOpen);
    return { written: true, cells: outcome.cells, syncs: 0, notes: outcome.notes };
  }

  /**
   * Saves to a new file: written to a temporary file in the same folder, then moved into place in
   * one step, so a crash never leaves half a workbook. Never replaces the input file, and replaces
   * another existing file only with overwrite.
   */
  async saveAs(file: string, opts: { overwrite?: boolean } = {}): Promise<void> {
    const target = path.resolve(file);
    if (await sameFile(target, this.inputPath)) {
      throw new InputError(
        text(
          'Resultatet kan ikke gemmes oven i den fil, der kontrolleres. Vælg et andet filnavn.',
          'The result cannot be saved over the file being checked. Choose another file name.',
        ),
      );
    }
    const exists = await fs.lstat(target).then(
      () => true,
      () => false,
    );
    if (exists && !opts.overwrite) {
      throw new InputError(
        text(
          `Filen findes allerede: ${file} (brug --overwrite for at erstatte den).`,
          `The file already exists: ${file} (use --overwrite to replace it).`,
        ),
      );
    }
    await removeStaleTemps(target);
    const temp = tempPathFor(target);
    try {
      let buffer: Buffer;
      // A refused plan changed nothing: the copy is then the input's package as it was.
      if (this.copy) buffer = this.copy.toBuffer();
      else if (this.findings) buffer = this.findings;
      else throw new Error('nothing written yet');
      await fs.writeFile(temp, buffer, { flag: 'wx' });
      if (opts.overwrite) await fs.rename(temp, target);
      else await linkNoClobber(temp, target, file);
    } catch (e) {
      await fs.rm(temp, { force: true });
      if (e instanceof InputError) throw e;
      const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
      throw new InputError(
        text(`Filen kan ikke gemmes: ${file} (${why})`, `The file cannot be saved: ${file} (${why})`),
      );
    }
  }
}

/** Moves temp to target unless target appeared meanwhile (a hard link fails if the name is taken). */
async function linkNoClobber(temp: string, target: string, shown: string): Promise<void> {
  try {
    await fs.link(temp, target);
    await fs.rm(temp, { force: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new InputError(
        text(
          `Filen findes allerede: ${shown} (brug --overwrite for at erstatte den).`,
          `The file already exists: ${shown} (use --overwrite to replace it).`,
        ),
      );
    }
    // File systems without hard links: the existence check above has to do.
    await fs.rename(temp, target);
  }
}

/** "50 MB", "1,5 MB" (da) / "1.5 MB" (en), or KB below one MB. */
/** The file's stat, or null for any reason it cannot be had (missing, no permission, a loop of links). */
function statOrNull(full: string): Stats | null {
  try {
    return statSync(full);
  } catch {
    return null;
  }
}

function formatSize(bytes: number): { da: string; en: string } {
  const mb = bytes / (1024 * 1024);
  const [value, unit] = mb >= 1 ? [mb, 'MB'] : [bytes / 1024, 'KB'];
  const shown = value >= 10 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(1);
  return { da: `${shown.replace('.', ',')} ${unit}`, en: `${shown} ${unit}` };
}

/** A reader's failure as a plain message: what is wrong and what the user can do, never the parser's words. */
function unreadable(e: unknown): InputError {
  if (e instanceof InputError) return e;
  const why = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(why)) return passwordProtected();
  return new InputError(
    text(
      'Projektmappen kan ikke læses: filen er beskadiget eller gemt i et format, Fordel ikke kender. Åbn den i Excel eller LibreOffice og gem den igen som .xlsx.',
      'The workbook cannot be read: the file is damaged or saved in a format Fordel does not know. Open it in Excel or LibreOffice and save it again as .xlsx.',
    ),
  );
}
