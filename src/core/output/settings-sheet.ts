/**
 * Fordel keeps its settings (layout corrections, what it wrote last time) inside the workbook, on a
 * very hidden sheet, so the add-in and the command line read the same thing. The JSON is split over
 * cells in column A because a cell holds at most 32.767 characters.
 */
import type { RawValue } from '../grid/grid';
import { isAcceptedItem } from '../check/accepted';
import { isWrittenMark } from './written-cells';
import { SETTINGS_SHEET, type FordelSettings, type SavedFill, type SavedWidth, type SheetMark } from './plan';

/** The first cell says what the sheet is, in the users' language; the English marker of earlier versions still reads. */
const MARKER = 'Fordels indstillinger, version 1 - må ikke ændres';
const LEGACY_MARKERS = ['Fordel settings v1 - do not edit'];
const CHUNK = 30000;

export { SETTINGS_SHEET };

export function settingsToValues(settings: FordelSettings): string[][] {
  const json = JSON.stringify(settings);
  const rows: string[][] = [[MARKER]];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
  return rows;
}

/** Null when the sheet is missing, not Fordel's, or damaged (a damaged sheet is then rewritten). */
export function settingsFromValues(
  values: readonly (readonly RawValue[])[] | undefined,
): FordelSettings | null {
  const first = values?.[0]?.[0];
  if (!values?.length || (first !== MARKER && !LEGACY_MARKERS.includes(first as string))) return null;
  const json = values
    .slice(1)
    .map((r) => (typeof r[0] === 'string' ? r[0] : ''))
    .join('');
  try {
    const parsed = JSON.parse(json) as Partial<FordelSettings>;
    if (parsed.version !== 1) return null;
    return {
      version: 1,
      overrides: Array.isArray(parsed.overrides) ? parsed.overrides : [],
      owned: Array.isArray(parsed.owned) ? parsed.owned.filter((s) => typeof s === 'string') : [],
      ownedSheets: Array.isArray(parsed.ownedSheets)
        ? parsed.ownedSheets.filter((s) => typeof s === 'string')
        : [],
      lastRun: typeof parsed.lastRun === 'string' ? parsed.lastRun : undefined,
      ...(Array.isArray(parsed.sheetMarks) ? { sheetMarks: parsed.sheetMarks.filter(isSheetMark) } : {}),
      ...(Array.isArray(parsed.written) ? { written: parsed.written.filter(isWrittenMark) } : {}),
      ...(Array.isArray(parsed.fills) ? { fills: parsed.fills.filter(isSavedFill) } : {}),
      ...(Array.isArray(parsed.widths) ? { widths: parsed.widths.filter(isSavedWidth) } : {}),
      ...(Array.isArray(parsed.accepted) ? { accepted: parsed.accepted.filter(isAcceptedItem) } : {}),
    };
  } catch {
    return null;
  }
}

function isSheetMark(m: unknown): m is SheetMark {
  const x = m as Partial<SheetMark> | null;
  return typeof x === 'object' && x !== null && typeof x.name === 'string' && typeof x.sum === 'string';
}

function isSavedFill(f: unknown): f is SavedFill {
  const x = f as Partial<SavedFill> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.sheet === 'string' &&
    typeof x.range === 'string' &&
    (x.color === null || typeof x.color === 'string') &&
    (x.raw === undefined || typeof x.raw === 'string')
  );
}

function isSavedWidth(w: unknown): w is SavedWidth {
  const x = w as Partial<SavedWidth> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.sheet === 'string' &&
    typeof x.column === 'string' &&
    /^[A-Z]{1,3}$/.test(x.column) &&
    (x.width === null || (typeof x.width === 'number' && x.width > 0 && x.width < 256))
  );
}
