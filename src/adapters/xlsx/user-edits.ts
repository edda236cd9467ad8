/**
 * The one write into the user's own cells: the exact split they confirmed. Each edit is checked before
 * anything is written - the sheet exists and is not protected, the cell is not inside a merge and not a
 * formula, and it still holds the value the check saw - so a stale or unsafe plan changes nothing.
 * The cell keeps its number format and style; only the value changes.
 */
import type ExcelJS from 'exceljs';
import { a1 } from '../../core/grid/a1';
import { text, type Text } from '../../core/findings/finding';
import { SETTINGS_SHEET, type UserEdit } from '../../core/output/plan';
import { readCell } from './read-sheet';

function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean | string } | null }).sheetProtection;
  return Boolean(p && p.sheet !== false && p.sheet !== '0');
}

function same(now: unknown, previous: UserEdit['previous']): boolean {
  if (now !== null && typeof now === 'object' && 'error' in now)
    return (now as { error: string }).error === previous;
  return now === previous;
}

/** The first reason the edits cannot be written, or null. */
export function checkUserEdits(wb: ExcelJS.Workbook, edits: readonly UserEdit[]): Text | null {
  for (const e of edits) {
    const where = `${e.sheet}!${a1(e.row, e.col)}`;
    const ws = wb.getWorksheet(e.sheet);
    if (!ws || e.sheet === SETTINGS_SHEET)
      return text(`Arket "${e.sheet}" findes ikke.`, `Sheet "${e.sheet}" does not exist.`);
    if (isProtected(ws))
      return text(
        `Arket "${e.sheet}" er beskyttet; den præcise fordeling kan ikke indsættes.`,
        `Sheet "${e.sheet}" is protected; the exact split cannot be inserted.`,
      );
    if (!Number.isFinite(e.value) || e.row < 0 || e.col < 0)
      return text(`${where} kan ikke skrives.`, `${where} cannot be written.`);
    const cell = ws.getCell(e.row + 1, e.col + 1);
    const now = readCell(cell);
    if (cell.isMerged && cell.master !== cell)
      return text(`${where} er en del af en flettet celle.`, `${where} is part of a merged cell.`);
    if (now.formula)
      return text(
        `${where} indeholder en formel; Fordel erstatter ikke formler.`,
        `${where} holds a formula; Fordel does not replace formulas.`,
      );
    if (!same(now.value, e.previous))
      return text(
        `${where} er ændret siden kontrollen; kør kontrollen igen, før den præcise fordeling indsættes.`,
        `${where} has changed since the check; run the check again before inserting the exact split.`,
      );
  }
  return null;
}

/** Writes the values; call only after checkUserEdits returned null. Returns the number of cells. */
export function writeUserEdits(wb: ExcelJS.Workbook, edits: readonly UserEdit[]): number {
  for (const e of edits) wb.getWorksheet(e.sheet)!.getCell(e.row + 1, e.col + 1).value = e.value;
  return edits.length;
}
