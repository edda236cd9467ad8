/**
 * Carries out a WritePlan on an ExcelJS workbook in memory. Everything is checked first and only
 * then applied, so a plan that cannot be written in full leaves the workbook untouched.
 */
import type ExcelJS from 'exceljs';
import { a1, parseA1Range, type RangePos } from '../../core/grid/a1';
import { text, type Text } from '../../core/findings/finding';
import {
  SETTINGS_SHEET,
  type FordelSettings,
  type OutValue,
  type OwnedSheet,
  type WritePlan,
} from '../../core/output/plan';
import { settingsToValues } from '../../core/output/settings-sheet';
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

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_TEXT = 32_767;
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

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
  const refused = checkPlan(wb, plan, previous) ?? checkUserEdits(wb, plan.userEdits ?? []);
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

/** The first reason the plan cannot be written in full, or null. */
function checkPlan(wb: ExcelJS.Workbook, plan: WritePlan, previous: FordelSettings | null): Text | null {
  const ownedBefore = new Set([...(previous?.ownedSheets ?? []), ...plan.settings.ownedSheets]);
  const planned = new Set<string>();
  for (const owned of plan.sheets) {
    const bad = badSheetName(owned.name);
    if (bad) return bad;
    if (planned.has(owned.name))
      return text(`Arket "${owned.name}" er planlagt to gange.`, `Sheet "${owned.name}" is planned twice.`);
    planned.add(owned.name);
    if (findSheet(wb, owned.name) && !ownedBefore.has(owned.name)) {
      return text(
        `Arket "${owned.name}" findes allerede og er ikke Fordels; det bliver ikke erstattet.`,
        `Sheet "${owned.name}" already exists and is not Fordel's; it will not be replaced.`,
      );
    }
    const tooLong = firstTooLong(owned.values);
    if (tooLong !== null) return tooLongText(owned.name, tooLong);
  }
  const targets = [
    ...plan.blocks.map((b) => ({
      sheet: b.sheet,
      range: {
        top: b.top,
        left: b.left,
        bottom: b.top + b.values.length - 1,
        right: b.left + widest(b.values) - 1,
      },
    })),
    ...plan.highlights.map((h) => ({ sheet: h.sheet, range: h.range })),
  ];
  for (const { sheet, range } of targets) {
    if (sheet === SETTINGS_SHEET)
      return text(
        'Fordels indstillingsark kan ikke skrives i.',
        "Fordel's settings sheet cannot be written to.",
      );
    if (planned.has(sheet)) continue;
    const ws = wb.getWorksheet(sheet);
    if (!ws) return text(`Arket "${sheet}" findes ikke.`, `Sheet "${sheet}" does not exist.`);
    if (isProtected(ws)) {
      return text(
        `Arket "${sheet}" er beskyttet; Fordel skriver ikke i det.`,
        `Sheet "${sheet}" is protected; Fordel does not write into it.`,
      );
    }
    if (range.top < 0 || range.left < 0 || range.bottom >= MAX_ROWS || range.right >= MAX_COLS) {
      return text(
        `Et område på arket "${sheet}" ligger uden for Excels grænser.`,
        `A range on sheet "${sheet}" lies outside Excel's limits.`,
      );
    }
    const merged = mergedInside(ws, range);
    if (merged) {
      return text(
        `Cellen ${merged} på arket "${sheet}" er en del af en flettet celle; Fordel skriver ikke i den.`,
        `Cell ${merged} on sheet "${sheet}" is part of a merged cell; Fordel does not write into it.`,
      );
    }
  }
  for (const b of plan.blocks) {
    const tooLong = firstTooLong(b.values);
    if (tooLong !== null) return tooLongText(b.sheet, tooLong);
  }
  return null;
}

function tooLongText(sheet: string, index: number): Text {
  return text(
    `En tekst til arket "${sheet}" (række ${index + 1}) er længere end de 32.767 tegn, en celle kan rumme.`,
    `A text for sheet "${sheet}" (row ${index + 1}) is longer than the 32,767 characters a cell can hold.`,
  );
}

function badSheetName(name: string): Text | null {
  if (
    !name.trim() ||
    name.length > 31 ||
    FORBIDDEN_IN_SHEET_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    return text(
      `"${name}" kan ikke bruges som arknavn i Excel.`,
      `"${name}" cannot be used as a sheet name in Excel.`,
    );
  }
  if (name.toLowerCase() === SETTINGS_SHEET.toLowerCase()) {
    return text(
      `Arknavnet "${name}" er forbeholdt Fordels indstillinger.`,
      `The sheet name "${name}" is reserved for Fordel's settings.`,
    );
  }
  return null;
}

function widest(values: readonly (readonly OutValue[])[]): number {
  return values.reduce((w, r) => Math.max(w, r.length), 0);
}

/** Row index of the first text too long for a cell, or null. */
function firstTooLong(values: readonly (readonly OutValue[])[]): number | null {
  const i = values.findIndex((row) =>
    row.some(
      (v) => (typeof v === 'string' ? v.length : v && typeof v === 'object' ? v.text.length : 0) > MAX_TEXT,
    ),
  );
  return i < 0 ? null : i;
}

/** Excel sheet names are unique without regard to case. */
export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}

export function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean | string } | null }).sheetProtection;
  return Boolean(p && p.sheet !== false && p.sheet !== '0');
}

/** A1 of the first cell in range that sits inside a merge without being its top-left cell. */
function mergedInside(ws: ExcelJS.Worksheet, range: RangePos): string | null {
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map((m) => parseA1Range(m))
    .filter((m): m is RangePos => m !== null);
  for (const m of merges) {
    const top = Math.max(m.top, range.top);
    const left = Math.max(m.left, range.left);
    const bottom = Math.min(m.bottom, range.bottom);
    const right = Math.min(m.right, range.right);
    if (top > bottom || left > right) continue;
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) if (r !== m.top || c !== m.left) return a1(r, c);
  }
  return null;
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
