/**
 * A sheet is Fordel's only when it still holds what Fordel wrote into it, never by its name alone: a
 * user's own sheet that happens to be called "Fordel-fund", or one a crafted settings sheet lists, is the
 * user's, so it is checked, never replaced and never deleted. Fordel records a checksum of every sheet it
 * makes (in the settings sheet, beside the list of its sheets) and compares it with the sheet as it is.
 * A sheet the user has written in since (a note on the findings sheet) is no longer provably Fordel's
 * either: it stays, and clean names it.
 */
import type { RawValue, SheetGrid } from '../grid/grid';
import { ALL_KINDS, kindLabel } from '../kinds/kind-names';
import type { FordelSettings, OutValue, OwnedSheet, SheetMark } from './plan';

/** Settings written before marks existed: their findings sheet is recognised by its first two rows. */
const LEGACY_FINDINGS_TITLE = /^Fordel: /;
const LEGACY_FINDINGS_HEADER = new Set(['Alvor', 'Severity']);

export function markOf(sheet: OwnedSheet): SheetMark {
  return { name: sheet.name, sum: contentSum(sheet.values, 0, 0) };
}

/**
 * The names of the listed sheets that provably are Fordel's, judged from the grids as they are now: the
 * checksum recorded for the sheet matches, and the sheet has the shape of one Fordel makes. A checksum
 * alone can be copied into a crafted settings sheet for any sheet of the user's; the shape cannot be
 * given to a user's table without making it look like Fordel's output.
 */
export function provenOwnedSheets(settings: FordelSettings, grids: readonly SheetGrid[]): string[] {
  if (!settings.sheetMarks) {
    const byName = new Map(grids.map((g) => [g.name.toLowerCase(), g]));
    return settings.ownedSheets.filter((name) => {
      const grid = byName.get(name.toLowerCase());
      return grid !== undefined && findingsShape(grid);
    });
  }
  const shaped = new Set(grids.filter((g) => findingsShape(g) || validatedShape(g)).map((g) => g.name));
  return markedSheets(settings, grids).filter((name) => shaped.has(name));
}

/** The listed sheets whose content still matches the checksum Fordel recorded, whatever their shape. */
export function markedSheets(settings: FordelSettings, grids: readonly SheetGrid[]): string[] {
  const byName = new Map(grids.map((g) => [g.name.toLowerCase(), g]));
  const marks = settings.sheetMarks ?? [];
  const names: string[] = [];
  for (const listed of settings.ownedSheets) {
    const grid = byName.get(listed.toLowerCase());
    const mark = marks.find((m) => m.name.toLowerCase() === listed.toLowerCase());
    if (grid && mark && mark.sum === contentSum(grid.values, grid.origin.row, grid.origin.col)) {
      names.push(grid.name);
    }
  }
  return names;
}

/** The findings sheet: Fordel's title in A1, its column headers in row 2. */
export function findingsShape(grid: SheetGrid): boolean {
  return legacyFindingsSheet(grid);
}

/**
 * A validated copy of a table: a sheet named after the table's kind ("fordeling Ark1 A3"), from A1, with
 * Fordel's own column headers at the right end of a row near the top.
 */
function validatedShape(grid: SheetGrid): boolean {
  if (grid.origin.row !== 0 || grid.origin.col !== 0) return false;
  const name = grid.name.toLocaleLowerCase('da');
  const labels = ALL_KINDS.flatMap((k) => [kindLabel(k).da, kindLabel(k).en]);
  if (!labels.some((l) => name.startsWith(`${l.toLocaleLowerCase('da')} `))) return false;
  return grid.values.slice(0, VALIDATED_HEADER_ROWS).some((row) => {
    const last = [...row].reverse().find((v) => v !== null && v !== undefined && v !== '');
    return typeof last === 'string' && FORDEL_HEADER.test(last);
  });
}

/** Fordel's column headers ("Fordel: status"); a copied table's header row is within its first rows. */
const FORDEL_HEADER = /^Fordel: /;
const VALIDATED_HEADER_ROWS = 10;

function legacyFindingsSheet(grid: SheetGrid): boolean {
  if (grid.origin.row !== 0 || grid.origin.col !== 0) return false;
  const title = grid.values[0]?.[0];
  const header = grid.values[1]?.[0];
  return (
    typeof title === 'string' &&
    LEGACY_FINDINGS_TITLE.test(title) &&
    typeof header === 'string' &&
    LEGACY_FINDINGS_HEADER.has(header)
  );
}

/**
 * A checksum (FNV-1a, 32 bits, hex) of every non-empty cell with its position, as a reader reads it back:
 * a link as its text, line breaks as "\n". Formats and widths are left out: they do not hold data.
 */
export function contentSum(
  values: readonly (readonly (OutValue | RawValue)[])[],
  top: number,
  left: number,
): string {
  let h = 0x811c9dc5;
  const add = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const shown = canonical(v);
      if (shown !== null) add(`${top + r},${left + c}=${shown};`);
    }),
  );
  return h.toString(16).padStart(8, '0');
}

/** A cell's value as a reader reads it back, or null for an empty cell. */
export function canonical(v: OutValue | RawValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'boolean') return `b${v}`;
  if (typeof v === 'string') return v === '' ? null : `s${v.replace(/\r\n?/g, '\n')}`;
  if ('link' in v) return v.text === '' ? null : `s${v.text.replace(/\r\n?/g, '\n')}`;
  return `e${v.error}`;
}
