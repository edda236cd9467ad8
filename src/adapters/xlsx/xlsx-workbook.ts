/**
 * A .xlsx file as a WorkbookPort, for the command line: open (with the file checked before ExcelJS
 * parses it), read, apply a plan in memory, save to a new file. The input file is only ever read.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { text } from '../../core/findings/finding';
import type { SheetGrid } from '../../core/grid/grid';
import { SETTINGS_SHEET, type CleanPlan, type FordelSettings, type WritePlan } from '../../core/output/plan';
import { settingsFromValues } from '../../core/output/settings-sheet';
import type { WorkbookPort, WorkbookSnapshot, WriteReport } from '../../workbook/port';
import { InputError } from './input-error';
import { readSheet } from './read-sheet';
import { applyPlan } from './write-plan';
import { applyClean } from './clean';
import { guardXlsxBytes } from './zip-guard';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface OpenOptions {
  /** Largest file accepted, in bytes (default 50 MB). */
  readonly maxBytes?: number;
}

export class XlsxWorkbook implements WorkbookPort {
  private settingsOnOpen: FordelSettings | null;

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    /** Absolute path of the file read, never written. */
    readonly inputPath: string,
  ) {
    this.settingsOnOpen = readSettings(wb);
  }

  static async open(file: string, opts: OpenOptions = {}): Promise<XlsxWorkbook> {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const full = path.resolve(file);
    const stat = await fs.stat(full).catch(() => null);
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
    const bytes = await fs.readFile(full).catch(() => {
      throw new InputError(text(`Filen kan ikke læses: ${file}`, `The file cannot be read: ${file}`));
    });
    guardXlsxBytes(bytes);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch (e) {
      const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
      throw new InputError(
        text(`Projektmappen kan ikke læses (${why}).`, `The workbook cannot be read (${why}).`),
      );
    }
    if (!wb.worksheets.length) {
      throw new InputError(
        text(
          'Projektmappen kan ikke læses (ingen ark fundet).',
          'The workbook cannot be read (no sheets found).',
        ),
      );
    }
    return new XlsxWorkbook(wb, full);
  }

  async read(): Promise<WorkbookSnapshot> {
    const sheets: SheetGrid[] = [];
    for (const ws of this.wb.worksheets) {
      if (ws.name === SETTINGS_SHEET || ws.state !== 'visible') continue;
      sheets.push(readSheet(ws));
    }
    return {
      sheets,
      sheetNames: this.wb.worksheets.map((ws) => ws.name),
      settings: readSettings(this.wb),
    };
  }

  async write(plan: WritePlan): Promise<WriteReport> {
    const outcome = applyPlan(this.wb, plan, this.settingsOnOpen);
    if (outcome.refused) return { written: false, cells: 0, syncs: 0, refused: outcome.refused };
    this.settingsOnOpen = outcome.settings ?? plan.settings;
    return { written: true, cells: outcome.cells, syncs: 0 };
  }

  /** Removes Fordel's output in memory, all or nothing; saveAs then writes the cleaned copy. */
  async clean(plan: CleanPlan): Promise<WriteReport> {
    const outcome = applyClean(this.wb, plan);
    if (outcome.refused) return { written: false, cells: 0, syncs: 0, refused: outcome.refused };
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
    if (await samePath(target, this.inputPath)) {
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
    const dir = path.dirname(target);
    const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const buffer = await this.wb.xlsx.writeBuffer();
      await fs.writeFile(temp, Buffer.from(buffer as ArrayBuffer), { flag: 'wx' });
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

function readSettings(wb: ExcelJS.Workbook): FordelSettings | null {
  const ws = wb.getWorksheet(SETTINGS_SHEET);
  if (!ws) return null;
  const grid = readSheet(ws);
  // settingsFromValues expects column A from row 1; the used range may start lower on a damaged sheet.
  if (grid.origin.row !== 0 || grid.origin.col !== 0) return null;
  return settingsFromValues(grid.values);
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

async function samePath(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  const [ra, rb] = await Promise.all([fs.realpath(a).catch(() => null), fs.realpath(b).catch(() => null)]);
  if (ra !== null && ra === rb) return true;
  // Case-insensitive file systems: compare the files themselves.
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.ino === sb.ino && sa.dev === sb.dev;
}

/** "50 MB", "1,5 MB" (da) / "1.5 MB" (en), or KB below one MB. */
function formatSize(bytes: number): { da: string; en: string } {
  const mb = bytes / (1024 * 1024);
  const [value, unit] = mb >= 1 ? [mb, 'MB'] : [bytes / 1024, 'KB'];
  const shown = value >= 10 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(1);
  return { da: `${shown.replace('.', ',')} ${unit}`, en: `${shown} ${unit}` };
}
