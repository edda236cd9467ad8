/**
 * Carries out a WritePlan on an ExcelJS workbook in memory. Everything is checked first and only
 * then applied, so a plan that cannot be written in full leaves the workbook untouched.
 */
import type ExcelJS from 'exceljs';
import { parseA1Range, type RangePos } from '../../core/grid/a1';
import type { Text } from '../../core/findings/finding';
import {
  SETTINGS_SHEET,
  type FordelSettings,
  type OutValue,
  type OwnedSheet,
  type WritePlan,
} from '../../core/output/plan';
import { settingsToValues } from '../../core/output/settings-sheet';
import { checkPlan, type WriteTarget } from './plan-checks';
import { checkUserEdits, writeUserEdits } from './user-edits';
import {
  HIGHLIGHT_ARGB,
  paintHighlight,
  recordFills,
  restoreFills,
  stillShowing,
  WidthRecorder,
} from './fills';

export { HIGHLIGHT_ARGB };

export interface PlanOutcome {
  readonly cells: number;
  readonly refused?: Text;
  /** The settings written: the plan's, with the fills recorded before highlighting. */
  readonly settings?: FordelSettings;
}

/**
 * Applies the plan, or refuses with a reason and changes nothing.
 * `previous` is the settings found in the workbook when it was opened: sheets Fordel made then may be replaced.
 */
export function applyPlan(
  wb: ExcelJS.Workbook,
  plan: WritePlan,
  previous: FordelSettings | null,
): PlanOutcome {
  const refused = checkPlan(target(wb), plan, previous) ?? checkUserEdits(wb, plan.userEdits ?? []);
  if (refused) return { cells: 0, refused };
  // Read before anything is painted: the fill a cell had before Fordel's first highlight there.
  const saved = stillShowing(wb, plan.settings.fills ?? []);
  const fills = [...saved, ...recordFills(wb, plan.highlights, saved)];
  const widths = new WidthRecorder(plan.settings.widths ?? []);
  // The confirmed exact split goes in first, into the user's own cells (user-edits.ts).
  let cells = writeUserEdits(wb, plan.userEdits ?? []);
  for (const owned of plan.sheets) cells += writeOwnedSheet(wb, owned);
  for (const block of plan.blocks) {
    const ws = wb.getWorksheet(block.sheet);
    if (!ws) continue; // checked above
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = ws.getCell(block.top + r + 1, block.left + c + 1);
        setValue(cell, value);
        const fmt = typeof block.numberFormat === 'string' ? block.numberFormat : block.numberFormat?.[c];
        if (fmt) setStyle(cell, { numFmt: fmt });
        if (block.bold) setStyle(cell, { font: { ...cell.font, bold: true } });
        cells++;
      }),
    );
    // Widen only: the column may also hold the user's data further down.
    block.columnWidths?.forEach((w, c) => {
      const column = ws.getColumn(block.left + c + 1);
      if ((column.width ?? 0) >= w) return;
      widths.record(block.sheet, column.letter, column.width ?? null);
      column.width = w;
    });
  }
  restoreFills(wb, plan.restoreFills ?? []);
  for (const h of plan.highlights) {
    const ws = wb.getWorksheet(h.sheet);
    if (ws) paintHighlight(ws, h);
  }
  const settings = {
    ...plan.settings,
    ...(fills.length || plan.settings.fills ? { fills } : {}),
    ...(widths.added.length ? { widths: [...(plan.settings.widths ?? []), ...widths.added] } : {}),
  };
  writeSettingsSheet(wb, settings);
  return { cells, settings };
}

/** The workbook as the shared plan checks see it (sheet names without regard to case, as in Excel). */
function target(wb: ExcelJS.Workbook): WriteTarget {
  return {
    hasSheet: (name) => findSheet(wb, name) !== undefined,
    isProtected: (name) => isProtected(findSheet(wb, name)!),
    merges: (name) =>
      ((findSheet(wb, name)!.model as { merges?: string[] }).merges ?? [])
        .map((m) => parseA1Range(m))
        .filter((m): m is RangePos => m !== null),
  };
}

/** Excel sheet names are unique without regard to case. */
export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}

export function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean | string } | null }).sheetProtection;
  return Boolean(p && p.sheet !== false && p.sheet !== '0');
}

/**
 * A string always lands as literal text: ExcelJS stores strings as (shared) strings and only an
 * object with a `formula` key becomes a formula, so "=SUM(A1)" typed by a user stays what it says.
 */
function setValue(cell: ExcelJS.Cell, value: OutValue): void {
  if (value !== null && typeof value === 'object') {
    cell.value = { text: value.text, hyperlink: `#${value.link}` };
    setStyle(cell, { font: { ...cell.font, color: { argb: 'FF0563C1' }, underline: true } });
    return;
  }
  cell.value = value;
}

/**
 * ExcelJS shares one style object between all cells loaded with the same style, so a style is
 * always replaced by a copy, never changed in place (or one fill would colour every such cell).
 */
function setStyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

function writeOwnedSheet(wb: ExcelJS.Workbook, owned: OwnedSheet): number {
  const old = findSheet(wb, owned.name);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(owned.name, { state: owned.hidden ? 'hidden' : 'visible' });
  let cells = 0;
  const bold = new Set(owned.boldRows ?? []);
  owned.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      setValue(cell, value);
      const fmt = owned.numberFormats?.[c];
      if (fmt && typeof value === 'number') setStyle(cell, { numFmt: fmt });
      if (bold.has(r)) setStyle(cell, { font: { ...cell.font, bold: true } });
      cells++;
    }),
  );
  owned.columnWidths?.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  return cells;
}

/** Fordel's settings live on a very hidden sheet, rewritten whole on every write. */
export function writeSettingsSheet(wb: ExcelJS.Workbook, settings: FordelSettings): void {
  const old = findSheet(wb, SETTINGS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  settingsToValues(settings).forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
}
