/**
 * Carries out a CleanPlan on an ExcelJS workbook in memory: Fordel's columns emptied of values and of
 * the formats Fordel gave them, its sheets deleted, fills it painted over and widths it changed put back, and its settings
 * sheet rewritten or removed. Everything is checked before anything changes. Which cells are Fordel's the
 * core decided (CleanPlan.keptCells, from what Fordel recorded writing): the cells it keeps stay exactly as
 * they are, value and format.
 */
import type ExcelJS from 'exceljs';
import { parseA1Range, type RangePos } from '../../core/grid/a1';
import { text, type Text } from '../../core/findings/finding';
import { isFordelHeader, looksLikeOutput } from '../../core/output/ownership';
import { parseOwnedRange } from '../../core/output/owned-range';
import { SETTINGS_SHEET, type CleanPlan } from '../../core/output/plan';
import { restoreFills, restoreWidths } from './fills';
import { readCell } from './read-sheet';
import { findSheet, isProtected, writeSettingsSheet } from './write-plan';

export interface CleanOutcome {
  readonly cells: number;
  readonly refused?: Text;
  readonly notes: Text[];
}

interface Target {
  readonly ws: ExcelJS.Worksheet;
  readonly row: number;
  readonly col: number;
}

export function applyClean(wb: ExcelJS.Workbook, plan: CleanPlan): CleanOutcome {
  const doomed = new Set(plan.sheets.map((s) => findSheet(wb, s)).filter((ws) => ws !== undefined));
  const live = (sheet: string) => {
    const ws = findSheet(wb, sheet);
    return ws && !doomed.has(ws) && ws.name !== SETTINGS_SHEET ? ws : undefined;
  };

  const refused = checkClean(wb, plan, doomed, live);
  if (refused) return { cells: 0, refused, notes: [] };

  // Every cell of Fordel's ranges is cleared except those the core found to be the user's.
  const kept = new Set((plan.keptCells ?? []).map((c) => `${c.sheet.toLowerCase()}\n${c.row}\n${c.col}`));
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (const ref of plan.ranges) {
    const owned = parseOwnedRange(ref);
    const ws = owned && live(owned.sheet);
    if (!owned || !ws) continue;
    for (const t of ownedCells(ws, owned.range, plan.keptCells ? kept : null)) {
      const key = `${ws.id}:${t.row}:${t.col}`;
      if (!seen.has(key)) targets.push(t);
      seen.add(key);
    }
  }

  for (const t of targets) clearCell(t);
  const fills = plan.fills.filter((f) => live(f.sheet));
  const cells = targets.length + restoreFills(wb, fills);
  restoreWidths(
    wb,
    (plan.widths ?? []).filter((w) => live(w.sheet)),
  );
  for (const ws of doomed) wb.removeWorksheet(ws.id);
  const settingsSheet = findSheet(wb, SETTINGS_SHEET);
  if (plan.removeSettings && settingsSheet) wb.removeWorksheet(settingsSheet.id);
  else if (plan.settings) writeSettingsSheet(wb, plan.settings);

  return { cells, notes: [] };
}

function checkClean(
  wb: ExcelJS.Workbook,
  plan: CleanPlan,
  doomed: Set<ExcelJS.Worksheet>,
  live: (sheet: string) => ExcelJS.Worksheet | undefined,
): Text | null {
  const touched = [
    ...plan.ranges.map((r) => parseOwnedRange(r)?.sheet),
    ...plan.fills.filter((f) => parseA1Range(f.range)).map((f) => f.sheet),
  ];
  for (const sheet of touched) {
    const ws = sheet === undefined ? undefined : live(sheet);
    if (ws && isProtected(ws)) {
      return text(
        `Arket "${ws.name}" er beskyttet, så Fordels output kan ikke fjernes. Intet er ændret; fjern beskyttelsen og prøv igen.`,
        `The sheet "${ws.name}" is protected, so Fordel's output cannot be removed. Nothing was changed; unprotect it and try again.`,
      );
    }
  }
  const visibleLeft = wb.worksheets.some(
    (ws) => !doomed.has(ws) && ws.name !== SETTINGS_SHEET && ws.state === 'visible',
  );
  if (!visibleLeft) {
    return text(
      'Projektmappen har kun Fordels ark synlige; de slettes ikke, for en projektmappe skal have et synligt ark.',
      "Only Fordel's sheets are visible in the workbook; they are not deleted, as a workbook needs a visible sheet.",
    );
  }
  return null;
}

/**
 * The cells of the range to clear: all but the kept ones. A plan made without the sheets (kept is null)
 * has no proof of any value, so then only empty cells and Fordel's own words under its header are cleared.
 */
function ownedCells(ws: ExcelJS.Worksheet, range: RangePos, kept: ReadonlySet<string> | null): Target[] {
  const out: Target[] = [];
  const name = ws.name.toLowerCase();
  for (let col = range.left; col <= range.right; col++) {
    let header = false;
    for (let row = 0; row <= range.bottom; row++) {
      const cell = findCell(ws, row, col);
      const reading = cell ? readCell(cell) : { value: null, formula: false };
      if (!header) header = isFordelHeader(reading.value);
      if (row < range.top || !cell) continue;
      const ours = kept
        ? !kept.has(`${name}\n${row}\n${col}`)
        : reading.value === null ||
          reading.value === '' ||
          (header && !reading.formula && typeof reading.value === 'string' && looksLikeOutput(reading.value));
      if (ours) out.push({ ws, row, col });
    }
  }
  return out;
}

/** Empty, with the number format and font a new cell there would have (its row's or column's). */
function clearCell({ ws, row, col }: Target): void {
  const cell = ws.getCell(row + 1, col + 1);
  const line = ws.getRow(row + 1) as unknown as { style?: Partial<ExcelJS.Style> };
  const column = ws.getColumn(col + 1) as unknown as { style?: Partial<ExcelJS.Style> };
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  delete style.numFmt;
  delete style.font;
  const numFmt = line.style?.numFmt ?? column.style?.numFmt;
  const font = line.style?.font ?? column.style?.font;
  if (numFmt) style.numFmt = numFmt;
  if (font) style.font = font;
  cell.value = null;
  cell.style = style;
}

function findCell(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell | undefined {
  return ws.findRow(row + 1)?.findCell(col + 1);
}
