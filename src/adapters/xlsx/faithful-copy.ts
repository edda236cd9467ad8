/**
 * The checked copy is the user's own .xlsx loaded by ExcelJS, with Fordel's output added. That copy is
 * only made when it will be faithful: an .xlsx (not .xls, .xlsm, .xlsb or .ods), nothing in it that
 * ExcelJS drops (charts, pivot tables ...), not so many merged ranges or validated cells that ExcelJS
 * would take minutes, and ExcelJS reads every cell as SheetJS did. Otherwise the findings are
 * written as a workbook of their own and the reason is given in one line.
 */
import type ExcelJS from 'exceljs';
import { text, type Text } from '../../core/findings/finding';
import { cellAt, gridBounds, isCellError, type RawValue, type SheetGrid } from '../../core/grid/grid';
import { SETTINGS_SHEET, emptySettings, type OutValue, type WritePlan } from '../../core/output/plan';
import type { BookKind, BookReading } from './read-book';
import { readSheet } from './read-sheet';
import { applyPlan } from './write-plan';

/** ExcelJS checks each new merge against all earlier ones, and expands validations cell by cell. */
export const COPY_LIMITS = { merges: 5_000, validatedCells: 250_000 };

const FORMAT_NAME: Record<BookKind, string> = {
  xlsx: '.xlsx',
  xlsm: '.xlsm',
  xlsb: '.xlsb',
  xls: '.xls',
  ods: '.ods',
};

export async function loadFaithfulCopy(
  bytes: Buffer,
  kind: BookKind,
  book: BookReading,
): Promise<{ wb: ExcelJS.Workbook } | { because: Text }> {
  if (kind === 'xlsm') {
    return {
      because: text(
        'en kopi af en .xlsm-fil ville miste makroerne',
        'a copy of an .xlsm file would lose its macros',
      ),
    };
  }
  if (kind !== 'xlsx') {
    const f = FORMAT_NAME[kind];
    return {
      because: text(
        `Fordel skriver kun kontrollerede kopier af .xlsx-filer, og denne er ${f}`,
        `Fordel only writes checked copies of .xlsx files, and this one is ${f}`,
      ),
    };
  }
  if (book.dropped.length) {
    const da = listDa(book.dropped.map((d) => d.da));
    const en = listEn(book.dropped.map((d) => d.en));
    return {
      because: text(`en kopi ville miste projektmappens ${da}`, `a copy would lose the workbook's ${en}`),
    };
  }
  if (book.merges > COPY_LIMITS.merges || book.validatedCells > COPY_LIMITS.validatedCells) {
    return {
      because: text(
        'projektmappen har for mange flettede celler eller datavalideringer til at blive kopieret sikkert',
        'the workbook has too many merged cells or data validations to be copied safely',
      ),
    };
  }
  // Loaded only when a copy is written: a check alone never needs the writer.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return notFaithful();
  }
  return sameCells(wb, book.grids) ? { wb } : notFaithful();
}

const notFaithful = (): { because: Text } => ({
  because: text(
    'filens opbygning kan ikke skrives tilbage uden at ændre den',
    "the file's structure cannot be written back without changing it",
  ),
});

function listDa(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

function listEn(items: string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** ExcelJS sees the same sheets and the same value in every cell as the reader did. */
function sameCells(wb: ExcelJS.Workbook, grids: readonly SheetGrid[]): boolean {
  const sheets = wb.worksheets;
  if (sheets.length !== grids.length) return false;
  for (const grid of grids) {
    const ws = sheets.find((s) => s.name === grid.name);
    if (!ws) return false;
    const other = readSheet(ws);
    if (!sameValues(grid, other) || !sameValues(other, grid)) return false;
  }
  return true;
}

function sameValues(a: SheetGrid, b: SheetGrid): boolean {
  const bounds = gridBounds(a);
  if (!bounds) return true;
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    for (let c = bounds.left; c <= bounds.right; c++) {
      if (!sameValue(cellAt(a, r, c), cellAt(b, r, c))) return false;
    }
  }
  return true;
}

function sameValue(x: RawValue, y: RawValue): boolean {
  const blank = (v: RawValue): boolean => v === null || v === '';
  if (blank(x) || blank(y)) return blank(x) && blank(y);
  if (typeof x === 'number' && typeof y === 'number') {
    // Dates come through a JS Date in ExcelJS: equal to the millisecond is equal.
    return Math.abs(x - y) <= Math.max(1e-8, Math.abs(x) * 1e-12);
  }
  if (isCellError(x) || isCellError(y)) return isCellError(x) && isCellError(y);
  return x === y;
}

/** The findings sheets (and validated copies) on their own, links turned into the text they show. */
export function writeFindingsBook(wb: ExcelJS.Workbook, plan: WritePlan): number {
  const plain = (v: OutValue): OutValue => (v !== null && typeof v === 'object' ? v.text : v);
  const sheets = plan.sheets
    .filter((s) => !s.hidden)
    .map((s) => ({ ...s, values: s.values.map((row) => row.map(plain)) }));
  const outcome = applyPlan(wb, { blocks: [], highlights: [], sheets, settings: emptySettings() }, null);
  const settings = wb.getWorksheet(SETTINGS_SHEET);
  if (settings) wb.removeWorksheet(settings.id);
  return outcome.cells;
}
