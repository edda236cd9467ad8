/**
 * Removing Fordel's output in Excel (CleanPlan): what can be undone - clearing Fordel's ranges,
 * putting back the saved fills, rewriting the settings - in one list of steps, and the sheet deletions,
 * which have no undo support on any platform (undo capabilities article), in another.
 */
import { a1Range, parseA1Range, type RangePos } from '../../core/grid/a1';
import { text, type Text } from '../../core/findings/finding';
import {
  SETTINGS_SHEET,
  emptySettings,
  type CleanPlan,
  type SavedFill,
  type UserCell,
} from '../../core/output/plan';
import type { Fresh } from './fresh-state';
import { STRUCTURE_PROTECTED } from './refusals';
import { settingsSteps, widthPoints, type Step } from './write-steps';
import { rangeAction, sheetAction } from './request-cost';

function split(ref: string): { sheet: string; range: string } | null {
  const sep = ref.lastIndexOf('!');
  if (sep <= 0) return null;
  const sheet = ref
    .slice(0, sep)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return { sheet, range: ref.slice(sep + 1).replace(/\$/g, '') };
}

/** Puts saved fills back: the colour, or no fill. */
export function restoreSteps(fills: readonly SavedFill[]): Step[] {
  return fills.map((f) => ({
    bytes: rangeAction(f.sheet, f.range.length + 12, 2),
    cells: 0,
    queue: (ctx) => {
      const fill = ctx.workbook.worksheets.getItem(f.sheet).getRange(f.range).format.fill;
      if (f.color) fill.color = f.color;
      else fill.clear();
      return 1;
    },
  }));
}

/**
 * Excel Tables that took in Fordel's columns (AutoCorrect applies to add-in writes, office-js#2093):
 * resized to end before the first of them (Table.resize, ExcelApi 1.13), so removing Fordel's output
 * leaves no empty table columns behind.
 */
function tableSteps(fresh: Fresh, cleared: readonly { sheet: string; pos: RangePos }[]): Step[] {
  return fresh.tables.flatMap((t) => {
    const into = cleared.filter(
      (c) =>
        c.sheet.toLowerCase() === t.sheet.toLowerCase() &&
        c.pos.left > t.range.left &&
        c.pos.left <= t.range.right &&
        c.pos.top <= t.range.bottom &&
        t.range.top <= c.pos.bottom,
    );
    if (!into.length) return [];
    const range = a1Range({ ...t.range, right: Math.min(...into.map((c) => c.pos.left)) - 1 });
    return [
      {
        bytes: rangeAction(t.sheet, range.length + t.name.length),
        cells: 0,
        queue: (ctx: Excel.RequestContext) => {
          ctx.workbook.tables.getItem(t.name).resize(range);
          return 1;
        },
      },
    ];
  });
}

/**
 * The range in pieces that leave out the cells the core kept as the user's (a number typed into Fordel's
 * column): the whole range when it holds none, else each column's runs of rows between them.
 */
export function withoutKept(pos: RangePos, sheet: string, kept: readonly UserCell[]): RangePos[] {
  const inside = kept.filter(
    (c) =>
      c.sheet.toLowerCase() === sheet.toLowerCase() &&
      c.row >= pos.top &&
      c.row <= pos.bottom &&
      c.col >= pos.left &&
      c.col <= pos.right,
  );
  if (!inside.length) return [pos];
  const out: RangePos[] = [];
  for (let col = pos.left; col <= pos.right; col++) {
    const rows = inside.filter((c) => c.col === col).map((c) => c.row);
    let top = pos.top;
    for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
      if (row > top) out.push({ top, bottom: row - 1, left: col, right: col });
      top = row + 1;
    }
    if (top <= pos.bottom) out.push({ top, bottom: pos.bottom, left: col, right: col });
  }
  return out;
}

export function cleanSteps(
  plan: CleanPlan,
  fresh: Fresh,
  canResizeTables = false,
): { steps: Step[]; deletions: Step[]; refused: Text | null } {
  const exists = (name: string) => fresh.sheets.get(name.toLowerCase());
  const steps: Step[] = [];
  const touched = new Set<string>();
  const cleared: { sheet: string; pos: RangePos }[] = [];
  for (const ref of plan.ranges) {
    const at = split(ref);
    const pos = at && parseA1Range(at.range);
    if (!at || !pos || !exists(at.sheet)) continue;
    cleared.push({ sheet: at.sheet, pos });
    touched.add(at.sheet.toLowerCase());
    for (const part of withoutKept(pos, at.sheet, plan.keptCells ?? [])) {
      const range = a1Range(part);
      steps.push({
        bytes: rangeAction(at.sheet, range.length + 8),
        cells: 0,
        queue: (ctx) => {
          ctx.workbook.worksheets.getItem(at.sheet).getRange(range).clear('All');
          return 1;
        },
      });
    }
  }
  if (canResizeTables) steps.unshift(...tableSteps(fresh, cleared));
  const fills = plan.fills.filter((f) => exists(f.sheet) && parseA1Range(f.range));
  for (const f of fills) touched.add(f.sheet.toLowerCase());
  steps.push(...restoreSteps(fills));
  for (const w of plan.widths ?? []) {
    if (!exists(w.sheet)) continue;
    touched.add(w.sheet.toLowerCase());
    steps.push({
      bytes: rangeAction(w.sheet, w.column.length + 12, 1),
      cells: 0,
      queue: (ctx) => {
        // Back to the width it had; null was Excel's default (8.43 characters, 48 points).
        const range = ctx.workbook.worksheets.getItem(w.sheet).getRange(`${w.column}:${w.column}`);
        range.format.columnWidth = w.width === null ? 48 : widthPoints(w.width);
        return 1;
      },
    });
  }
  const doomed = plan.sheets.filter((s) => exists(s) && s.toLowerCase() !== SETTINGS_SHEET.toLowerCase());
  if (plan.removeSettings && exists(SETTINGS_SHEET)) doomed.push(SETTINGS_SHEET);
  else if (exists(SETTINGS_SHEET)) {
    // The user's corrections stay; what Fordel wrote is gone, so it is no longer listed.
    const kept = plan.settings ?? {
      ...emptySettings(),
      ...(fresh.settings ?? {}),
      owned: [],
      ownedSheets: [],
      fills: [],
    };
    steps.push(
      ...settingsSteps(kept, { maxBytes: Number.POSITIVE_INFINITY, hyperlinks: true, existing: new Set() }),
    );
    touched.add(SETTINGS_SHEET.toLowerCase());
  }
  for (const name of touched) {
    const s = exists(name);
    if (s?.protected)
      return {
        steps: [],
        deletions: [],
        refused: text(
          `Fordel fjernede intet: arket »${s.name}« er beskyttet. Fjern beskyttelsen, og prøv igen.`,
          `Fordel removed nothing: the sheet »${s.name}« is protected. Remove the protection and try again.`,
        ),
      };
  }
  if (doomed.length && fresh.structureProtected)
    return { steps: [], deletions: [], refused: STRUCTURE_PROTECTED };
  const deletions: Step[] = doomed.map((name) => ({
    bytes: sheetAction(name, 2),
    cells: 0,
    queue: (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(name);
      // A very hidden sheet cannot be deleted (Worksheet.delete reference; office-js#365): hidden first.
      if (name.toLowerCase() === SETTINGS_SHEET.toLowerCase()) {
        ws.visibility = 'Hidden' as Excel.SheetVisibility;
        ws.delete();
        return 2;
      }
      ws.delete();
      return 1;
    },
  }));
  return { steps, deletions, refused: null };
}
