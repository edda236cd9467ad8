/**
 * Carries out a CleanPlan on a package copy (package-copy.ts): Fordel's columns emptied of values and of
 * the formats Fordel gave them, its sheets deleted with their package entries, fills it painted over and
 * widths it changed put back, and its settings sheet rewritten or removed. Only the sheets it empties
 * cells in are rewritten; every other part stays as the user saved it. Everything is checked before
 * anything changes. Which cells are Fordel's the core decided (CleanPlan.keptCells, from what Fordel
 * recorded writing): the cells it keeps stay exactly as they are, value and format.
 */
import { columnIndex, parseA1Range, type RangePos } from '../../core/grid/a1';
import { text, type Text } from '../../core/findings/finding';
import { cellAt, isFormulaAt, type SheetGrid } from '../../core/grid/grid';
import { isFordelHeader, looksLikeOutput } from '../../core/output/ownership';
import { parseOwnedRange } from '../../core/output/owned-range';
import { SETTINGS_SHEET, type CleanPlan } from '../../core/output/plan';
import { forEachCell } from '../../core/output/saved-fills';
import { fillJson, fillXml, savedFillJson, type FillJson } from './copy-styles';
import { HIGHLIGHT_ARGB } from './highlight-colors';
import type { PackageCopy } from './package-copy';

export interface CleanOutcome {
  readonly cells: number;
  readonly refused?: Text;
  readonly notes: Text[];
}

const OURS = new Set(Object.values(HIGHLIGHT_ARGB));
const isOurs = (f: FillJson | null): boolean =>
  f?.type === 'pattern' &&
  f.pattern === 'solid' &&
  typeof f.fgColor?.argb === 'string' &&
  OURS.has(f.fgColor.argb.toUpperCase());

/** `grids` are the sheets as read (values and formulas), to tell Fordel's words from the user's. */
export function cleanPackage(copy: PackageCopy, plan: CleanPlan, grids: readonly SheetGrid[]): CleanOutcome {
  const lower = (s: string) => s.toLowerCase();
  const sheets = copy.sheetList();
  const findName = (name: string) => sheets.find((s) => lower(s.name) === lower(name))?.name;
  const doomed = new Set(plan.sheets.map(findName).filter((s): s is string => s !== undefined));
  const live = (sheet: string): string | undefined => {
    const name = findName(sheet);
    return name && !doomed.has(name) && name !== SETTINGS_SHEET ? name : undefined;
  };

  const refused = checkClean(copy, plan, doomed, live);
  if (refused) return { cells: 0, refused, notes: [] };
  const styles = copy.stylesBook();

  // Every cell of Fordel's ranges is cleared except those the core found to be the user's.
  const kept = new Set((plan.keptCells ?? []).map((c) => `${lower(c.sheet)}\n${c.row}\n${c.col}`));
  const targets = new Map<string, { sheet: string; row: number; col: number }>();
  for (const ref of plan.ranges) {
    const owned = parseOwnedRange(ref);
    const sheet = owned && live(owned.sheet);
    const grid = sheet ? grids.find((g) => g.name === sheet) : undefined;
    if (!owned || !sheet) continue;
    for (const t of ownedCells(copy, sheet, grid, owned.range, plan.keptCells ? kept : null))
      targets.set(`${lower(sheet)}\n${t.row}\n${t.col}`, { sheet, ...t });
  }

  let formulaCleared = false;
  for (const { sheet, row, col } of targets.values()) {
    const patch = copy.patch(sheet)!;
    if (/<f\b/.test(patch.cellXml(row, col) ?? '')) formulaCleared = true;
    const base = patch.newCellStyle(row, col);
    const ref = `${columnLetters(col)}${row + 1}`;
    // Empty, with the number format and font a new cell there would have, and its fill and borders.
    patch.setCell(
      row,
      col,
      (now) => {
        const s = styles.withFormatOf(now.s, base);
        return s ? `<c r="${ref}" s="${s}"/>` : `<c r="${ref}"/>`;
      },
      true,
    );
  }

  let restored = 0;
  for (const saved of plan.fills) {
    const sheet = live(saved.sheet);
    const patch = sheet ? copy.patch(sheet) : null;
    const range = parseA1Range(saved.range);
    if (!patch || !range) continue;
    const fill = fillXml(savedFillJson(saved));
    forEachCell(range, (r, c) => {
      const current = styles.fillOf(patch.styleAt(r, c));
      if (!isOurs(current ? fillJson(current) : null)) return;
      const ref = `${columnLetters(c)}${r + 1}`;
      patch.setCell(
        r,
        c,
        (now) => {
          const s = styles.derive(now.s, { fill });
          return now.xml ? withStyle(now.xml, s) : `<c r="${ref}" s="${s}"/>`;
        },
        false,
      );
      restored++;
    });
  }

  for (const w of plan.widths ?? []) {
    const sheet = live(w.sheet);
    const patch = sheet ? copy.patch(sheet) : null;
    if (patch && /^[A-Z]{1,3}$/i.test(w.column)) patch.setWidth(columnIndex(w.column.toUpperCase()), w.width);
  }
  for (const sheet of doomed) copy.removeSheet(sheet);
  if (plan.removeSettings) copy.removeSheet(SETTINGS_SHEET);
  else if (plan.settings) copy.writeSettings(plan.settings);
  if (formulaCleared) copy.dropCalcChain();
  return { cells: targets.size + restored, notes: [] };
}

function checkClean(
  copy: PackageCopy,
  plan: CleanPlan,
  doomed: ReadonlySet<string>,
  live: (sheet: string) => string | undefined,
): Text | null {
  const touched = [
    ...plan.ranges.map((r) => parseOwnedRange(r)?.sheet),
    ...plan.fills.filter((f) => parseA1Range(f.range)).map((f) => f.sheet),
    ...(plan.widths ?? []).map((w) => w.sheet),
  ];
  for (const sheet of touched) {
    const name = sheet === undefined ? undefined : live(sheet);
    if (!name) continue;
    if (copy.isProtected(name)) {
      return text(
        `Arket "${name}" er beskyttet, så Fordels output kan ikke fjernes. Intet er ændret; fjern beskyttelsen og prøv igen.`,
        `The sheet "${name}" is protected, so Fordel's output cannot be removed. Nothing was changed; unprotect it and try again.`,
      );
    }
    if (!copy.patch(name)) {
      return text(
        `Arket "${name}" kan ikke skrives tilbage uden at ændre det, så Fordels output kan ikke fjernes. Intet er ændret.`,
        `The sheet "${name}" cannot be written back without changing it, so Fordel's output cannot be removed. Nothing was changed.`,
      );
    }
  }
  const visibleLeft = copy
    .sheetList()
    .some((s) => !doomed.has(s.name) && s.name !== SETTINGS_SHEET && s.state === 'visible');
  if (!visibleLeft) {
    return text(
      'Projektmappen har kun Fordels ark synlige; de slettes ikke, for en projektmappe skal have et synligt ark.',
      "Only Fordel's sheets are visible in the workbook; they are not deleted, as a workbook needs a visible sheet.",
    );
  }
  return null;
}

/**
 * The cells of the range to clear: all but the kept ones, and only cells the sheet has. A plan made
 * without the sheets (kept is null) has no proof of any value, so then only empty cells and Fordel's own
 * words under its header are cleared.
 */
function ownedCells(
  copy: PackageCopy,
  sheet: string,
  grid: SheetGrid | undefined,
  range: RangePos,
  kept: ReadonlySet<string> | null,
): { row: number; col: number }[] {
  const patch = copy.patch(sheet)!;
  const out: { row: number; col: number }[] = [];
  const name = sheet.toLowerCase();
  const value = (r: number, c: number) => (grid ? cellAt(grid, r, c) : null);
  // Row by row, as the sheet's text runs (its cells are read a row at a time); a column's header counts
  // from its row down.
  const header = new Array<boolean>(range.right - range.left + 1).fill(false);
  for (let row = 0; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) {
      const v = value(row, col);
      if (!header[col - range.left]) header[col - range.left] = isFordelHeader(v);
      if (row < range.top || patch.cellXml(row, col) === null) continue;
      const formula = grid ? isFormulaAt(grid, row, col) : false;
      const ours = kept
        ? !kept.has(`${name}\n${row}\n${col}`)
        : v === null ||
          v === '' ||
          (header[col - range.left] && !formula && typeof v === 'string' && looksLikeOutput(v));
      if (ours) out.push({ row, col });
    }
  }
  return out;
}

/** The cell as it is, with another cell format. */
function withStyle(xml: string, s: number): string {
  const open = /^<c\b[^>]*?\/?>/.exec(xml)![0];
  const tag = /\ss="[^"]*"/.test(open)
    ? open.replace(/\ss="[^"]*"/, ` s="${s}"`)
    : open.replace(/^<c\b/, `<c s="${s}"`);
  return tag + xml.slice(open.length);
}

function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
