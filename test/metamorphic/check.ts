/**
 * Checks a written workbook in-process the way `fordel check --json` does (SheetJS read, the one check over
 * the workbook, the JSON report), without spawning a process per variant. Only the entry points the command
 * line uses; nothing of the reader.
 */
import { readBook } from '../../src/adapters/xlsx/read-book';
import { jsonReport, type JsonReport } from '../../src/cli/report';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import { SETTINGS_SHEET } from '../../src/core/output/plan';

/** The date the corpus judges at; the generator's tables have no deadlines of their own. */
export const AS_OF = '2026-11-24';

export function checkBytes(bytes: Buffer): JsonReport {
  const book = readBook(bytes, 'xlsx');
  const snapshot = {
    sheets: book.grids.filter((g) => g.name !== SETTINGS_SHEET && !g.hidden),
    sheetNames: book.sheetNames,
    settings: book.settings,
  };
  const result = checkWorkbook(snapshot, { lang: 'da', asOf: AS_OF });
  return jsonReport(result, 'da');
}
