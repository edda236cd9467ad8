/**
 * The user's table corrections. The pane collects them as LayoutOverride objects; the next check
 * stores them in the workbook's settings, because checkWorkbook reads overrides from the snapshot.
 */
import { a1Range, columnLetters, parseA1Range } from '../core/grid/a1';
import { cellAt, type SheetGrid } from '../core/grid/grid';
import type { FordelSettings } from '../core/output/plan';
import { emptySettings } from '../core/output/plan';
import type { LayoutOverride } from '../core/tables/layout';
import type { WorkbookSnapshot } from '../workbook/port';

/** One key per sheet and range, whatever way the range was written ("a1:b2", "$A$1:$B$2"). */
export function rangeKey(sheet: string, range: string): string {
  const pos = parseA1Range(range.replace(/\$/g, ''));
  return `${sheet}!${pos ? a1Range(pos) : range.toUpperCase()}`;
}

export function overrideKey(o: LayoutOverride): string {
  return rangeKey(o.sheet, o.range);
}

/**
 * The saved overrides, with those the user corrected again replaced by the new ones and those the user
 * removed (keys from rangeKey) left out.
 */
export function mergeOverrides(
  saved: readonly LayoutOverride[],
  mine: readonly LayoutOverride[],
  removed: readonly string[] = [],
): LayoutOverride[] {
  const replaced = new Set([...mine.map(overrideKey), ...removed]);
  return [...saved.filter((o) => !replaced.has(overrideKey(o))), ...mine];
}

/** Upserts one correction into the user's list. */
export function putOverride(mine: readonly LayoutOverride[], next: LayoutOverride): LayoutOverride[] {
  const key = overrideKey(next);
  return [...mine.filter((o) => overrideKey(o) !== key), next];
}

/** The snapshot as checkWorkbook should see it: with the user's corrections (and removals) in its settings. */
export function withOverrides(
  snapshot: WorkbookSnapshot,
  mine: readonly LayoutOverride[],
  removed: readonly string[] = [],
): WorkbookSnapshot {
  if (mine.length === 0 && removed.length === 0) return snapshot;
  const base: FordelSettings = snapshot.settings ?? emptySettings();
  return { ...snapshot, settings: { ...base, overrides: mergeOverrides(base.overrides, mine, removed) } };
}

export interface ColumnChoice {
  /** A1 column letter, the value stored in the override. */
  readonly letter: string;
  /** What the user sees: "C: Andel indbyggere i pct.", or "A (Kulturregionens …)" under an empty header. */
  readonly label: string;
  /** The header cell's text, '' when it is empty: a role stored by header text is found by it. */
  readonly header: string;
}

/** How much of a column's first text names a column with no header: enough to tell the columns apart. */
const FIRST_TEXT_CHARS = 30;

/**
 * The table's columns labelled by their header cells, for choosing column roles. A column with no header
 * (often the one naming the lines) is labelled by the first text below the header, in brackets, so the
 * user can tell it from the others.
 */
export function columnChoices(grid: SheetGrid | undefined, override: LayoutOverride): ColumnChoice[] {
  const pos = parseA1Range(override.range);
  if (!pos) return [];
  const headerRow = override.headerRow ?? pos.top;
  const text = (row: number, col: number) => {
    const v = grid ? cellAt(grid, row, col) : null;
    return typeof v === 'string' ? v.trim() : v === null || typeof v === 'object' ? '' : String(v);
  };
  const out: ColumnChoice[] = [];
  for (let col = pos.left; col <= pos.right; col++) {
    const letter = columnLetters(col);
    const header = text(headerRow, col);
    let below = '';
    for (let row = headerRow + 1; row <= pos.bottom && !below; row++) {
      const v = grid ? cellAt(grid, row, col) : null;
      if (typeof v === 'string' && v.trim()) below = v.trim();
    }
    const first = below.length > FIRST_TEXT_CHARS ? `${below.slice(0, FIRST_TEXT_CHARS - 1)}…` : below;
    const label = header ? `${letter}: ${header}` : first ? `${letter} (${first})` : letter;
    out.push({ letter, label, header });
  }
  return out;
}

/** A role given by header text ("Kommune") becomes its column letter so the editor can show it. */
export function roleLetter(role: string | undefined, choices: readonly ColumnChoice[]): string {
  if (!role) return '';
  const byLetter = choices.find((c) => c.letter === role.toUpperCase());
  if (byLetter) return byLetter.letter;
  const wanted = role.trim().toLowerCase();
  return choices.find((c) => c.header && c.header.toLowerCase() === wanted)?.letter ?? '';
}

export interface RowChoice {
  /** 0-based sheet row, the value stored in the override. */
  readonly row: number;
  /** What the user sees: "Række 6: I alt". */
  readonly label: string;
  /** The row's first text, whole: a row stored by its name ("Indbyggere") is found by it. */
  readonly text: string;
}

/** The table's rows labelled by their first text, for choosing the header and the total row. */
export function rowChoices(
  grid: SheetGrid | undefined,
  override: LayoutOverride,
  label: (row: number, text: string) => string,
): RowChoice[] {
  const pos = parseA1Range(override.range);
  if (!pos) return [];
  const out: RowChoice[] = [];
  for (let row = pos.top; row <= pos.bottom; row++) {
    let first = '';
    for (let col = pos.left; col <= pos.right && !first; col++) {
      const v = grid ? cellAt(grid, row, col) : null;
      if (v !== null && typeof v !== 'object' && String(v).trim()) first = String(v).trim();
    }
    out.push({
      row,
      label: label(row + 1, first.length > 40 ? `${first.slice(0, 39)}…` : first),
      text: first,
    });
  }
  return out;
}
