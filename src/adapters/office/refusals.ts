/**
 * Why a write cannot go ahead, judged on the workbook as it is right before the write (fresh-state.ts).
 * Excel itself would refuse part of it (a protected sheet, a protected structure) or the user could not
 * see it (a filtered table), and Office.js carries out a batch up to the action that fails, so Fordel
 * checks first and then writes all or nothing.
 */
import { a1, a1Range } from '../../core/grid/a1';
import { text, type Text } from '../../core/findings/finding';
import { SETTINGS_SHEET, type WritePlan } from '../../core/output/plan';
import type { Fresh } from './fresh-state';
import { cellKey } from './write-steps';

function quoteName(name: string): string {
  return `»${name}«`;
}

function protectedSheet(name: string): Text {
  return text(
    `Fordel skrev intet: arket ${quoteName(name)} er beskyttet. Fjern beskyttelsen, og kør igen.`,
    `Fordel wrote nothing: the sheet ${quoteName(name)} is protected. Remove the protection and run again.`,
  );
}

export const STRUCTURE_PROTECTED = text(
  'Fordel skrev intet: projektmappens struktur er beskyttet, så Fordel kan ikke tilføje sine ark. Fjern beskyttelsen under Gennemse > Beskyt projektmappe, og kør igen.',
  'Fordel wrote nothing: the workbook structure is protected, so Fordel cannot add its sheets. Remove it under Review > Protect Workbook and run again.',
);

function same(a: number, b: unknown): boolean {
  return typeof b === 'number' ? Math.abs(a - b) < 1e-9 : false;
}

export function refusalFor(plan: WritePlan, fresh: Fresh): Text | null {
  const owned = new Set(
    [...(fresh.settings?.ownedSheets ?? []), ...plan.settings.ownedSheets].map((s) => s.toLowerCase()),
  );
  const created = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const adds =
    !fresh.sheets.has(SETTINGS_SHEET.toLowerCase()) ||
    plan.sheets.some((s) => !fresh.sheets.has(s.name.toLowerCase()));
  if (adds && fresh.structureProtected) return STRUCTURE_PROTECTED;
  for (const s of plan.sheets) {
    const now = fresh.sheets.get(s.name.toLowerCase());
    if (now && !owned.has(s.name.toLowerCase()))
      return text(
        `Fordel skrev intet: arket ${quoteName(s.name)} findes og er ikke Fordels eget.`,
        `Fordel wrote nothing: the sheet ${quoteName(s.name)} exists and is not Fordel's own.`,
      );
    if (now?.protected) return protectedSheet(now.name);
  }
  const edits = plan.userEdits ?? [];
  const targets = [
    ...plan.blocks.map((b) => b.sheet),
    ...plan.highlights.map((h) => h.sheet),
    ...edits.map((e) => e.sheet),
  ];
  for (const name of new Set(targets)) {
    if (created.has(name.toLowerCase())) continue;
    const now = fresh.sheets.get(name.toLowerCase());
    if (!now)
      return text(
        `Fordel skrev intet: arket ${quoteName(name)} findes ikke længere.`,
        `Fordel wrote nothing: the sheet ${quoteName(name)} no longer exists.`,
      );
    if (now.protected) return protectedSheet(now.name);
  }
  const settings = fresh.sheets.get(SETTINGS_SHEET.toLowerCase());
  if (settings?.protected) return protectedSheet(settings.name);

  // A filter hides rows: Fordel's results in them would be written where the user cannot see them.
  const rows: { sheet: string; top: number; bottom: number }[] = [
    ...plan.blocks.map((b) => ({ sheet: b.sheet, top: b.top, bottom: b.top + b.values.length - 1 })),
    ...plan.highlights.map((h) => ({ sheet: h.sheet, top: h.range.top, bottom: h.range.bottom })),
    ...edits.map((e) => ({ sheet: e.sheet, top: e.row, bottom: e.row })),
  ];
  for (const t of fresh.filtered) {
    const hit = rows.some(
      (r) =>
        r.sheet.toLowerCase() === t.sheet.toLowerCase() && r.top <= t.range.bottom && t.range.top <= r.bottom,
    );
    if (hit && t.kind === 'table')
      return text(
        `Fordel skrev intet: tabellen i ${quoteName(t.sheet)} ${a1Range(t.range)} er filtreret. Ryd filteret, og kør igen.`,
        `Fordel wrote nothing: the table in ${quoteName(t.sheet)} ${a1Range(t.range)} is filtered. Clear the filter and run again.`,
      );
    if (hit)
      return text(
        `Fordel skrev intet: området ${quoteName(t.sheet)} ${a1Range(t.range)} er filtreret. Ryd filteret (Data > Filtrer), og kør igen.`,
        `Fordel wrote nothing: the range ${quoteName(t.sheet)} ${a1Range(t.range)} is filtered. Clear the filter (Data > Filter) and run again.`,
      );
  }

  // A value typed into a cell a dynamic array spills into turns its formula into #SPILL!
  // (Range.getSpillParentOrNullObject, ExcelApi 1.12): the user's formula would be broken.
  for (const e of edits) {
    const anchor = fresh.spills.get(cellKey(e.sheet, e.row, e.col));
    if (!anchor) continue;
    const at = anchor.slice(anchor.lastIndexOf('!') + 1).replace(/\$/g, '');
    return text(
      `Fordel skrev intet: cellen ${quoteName(e.sheet)} ${a1(e.row, e.col)} er en del af en dynamisk matrix (formlen i ${at}), og en værdi dér ville give formlen fejlen #SPILL!. Ret formlens kilde i stedet.`,
      `Fordel wrote nothing: the cell ${quoteName(e.sheet)} ${a1(e.row, e.col)} is part of a dynamic array (the formula in ${at}), and a value there would turn the formula into #SPILL!. Change the formula's source instead.`,
    );
  }

  // A confirmed edit goes only into a cell that still holds what the user saw when confirming.
  for (const e of edits) {
    const now = fresh.editCells.get(cellKey(e.sheet, e.row, e.col));
    const before = e.previous;
    const unchanged =
      now !== undefined &&
      (typeof before === 'number'
        ? same(before, now.value)
        : (before === null || before === '' ? '' : typeof before === 'object' ? before.text : before) ===
          (now.value ?? ''));
    if (!unchanged)
      return text(
        `Fordel skrev intet: cellen ${quoteName(e.sheet)} ${a1(e.row, e.col)} er ændret siden kontrollen. Kør kontrollen igen.`,
        `Fordel wrote nothing: the cell ${quoteName(e.sheet)} ${a1(e.row, e.col)} changed since the check. Run the check again.`,
      );
  }
  return null;
}
