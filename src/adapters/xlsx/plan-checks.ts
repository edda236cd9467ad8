/**
 * What a plan must pass before any cell is written into a checked copy (the package copy, for the command
 * line and the browser page): sheet names Excel accepts, no sheet of the user's replaced, nothing in
 * Fordel's settings sheet, a protected sheet or a merged cell, inside Excel's limits, no text too long.
 * Each writer says what its workbook holds through a WriteTarget.
 */
import { a1, type RangePos } from '../../core/grid/a1';
import { text, type Text } from '../../core/findings/finding';
import { SETTINGS_SHEET, type FordelSettings, type OutValue, type WritePlan } from '../../core/output/plan';

/** Excel's limits: rows and columns of a sheet, characters in a cell. */
export const EXCEL_LIMITS = { rows: 1_048_576, cols: 16_384, text: 32_767 };
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

/** The workbook a plan is checked against. */
export interface WriteTarget {
  hasSheet(name: string): boolean;
  isProtected(name: string): boolean;
  merges(name: string): readonly RangePos[];
}

/** The first reason the plan cannot be written in full, or null. */
export function checkPlan(
  target: WriteTarget,
  plan: WritePlan,
  previous: FordelSettings | null,
): Text | null {
  const ownedBefore = new Set([...(previous?.ownedSheets ?? []), ...plan.settings.ownedSheets]);
  const planned = new Set<string>();
  for (const owned of plan.sheets) {
    const bad = badSheetName(owned.name);
    if (bad) return bad;
    if (planned.has(owned.name))
      return text(`Arket "${owned.name}" er planlagt to gange.`, `Sheet "${owned.name}" is planned twice.`);
    planned.add(owned.name);
    if (target.hasSheet(owned.name) && !ownedBefore.has(owned.name)) {
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
        right: b.left + b.values.reduce((w, r) => Math.max(w, r.length), 0) - 1,
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
    if (!target.hasSheet(sheet))
      return text(`Arket "${sheet}" findes ikke.`, `Sheet "${sheet}" does not exist.`);
    if (target.isProtected(sheet)) {
      return text(
        `Arket "${sheet}" er beskyttet; Fordel skriver ikke i det.`,
        `Sheet "${sheet}" is protected; Fordel does not write into it.`,
      );
    }
    if (
      range.top < 0 ||
      range.left < 0 ||
      range.bottom >= EXCEL_LIMITS.rows ||
      range.right >= EXCEL_LIMITS.cols
    ) {
      return text(
        `Et område på arket "${sheet}" ligger uden for Excels grænser.`,
        `A range on sheet "${sheet}" lies outside Excel's limits.`,
      );
    }
    const merged = mergedInside(target.merges(sheet), range);
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

function tooLongText(sheet: string, index: number): Text {
  return text(
    `En tekst til arket "${sheet}" (række ${index + 1}) er længere end de 32.767 tegn, en celle kan rumme.`,
    `A text for sheet "${sheet}" (row ${index + 1}) is longer than the 32,767 characters a cell can hold.`,
  );
}

/** Row index of the first text too long for a cell, or null. */
function firstTooLong(values: readonly (readonly OutValue[])[]): number | null {
  const i = values.findIndex((row) =>
    row.some(
      (v) =>
        (typeof v === 'string' ? v.length : v && typeof v === 'object' ? v.text.length : 0) >
        EXCEL_LIMITS.text,
    ),
  );
  return i < 0 ? null : i;
}

/** A1 of the first cell in range that sits inside a merge without being its top-left cell. */
export function mergedInside(merges: readonly RangePos[], range: RangePos): string | null {
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
