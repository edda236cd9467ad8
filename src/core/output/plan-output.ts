/**
 * Turns checked tables into one write plan: output columns beside each table, highlights, the findings
 * sheet, validated copies and the settings. Any cell that would hit the user's data, a protected sheet
 * or a filtered range refuses the whole plan: nothing is half-written.
 */
import { kindLabel } from '../kinds/kind-names';
import type { TableOutput } from './table-output';
import type { Finding, Lang, Text } from '../findings/finding';
import { text } from '../findings/finding';
import { finding } from '../findings/make';
import { a1, a1Range, parseA1Range, sheetRef, type RangePos } from '../grid/a1';
import type { SheetGrid } from '../grid/grid';
import type { TableLayout } from '../tables/layout';
import { FINDINGS_SHEET, findingsSheet } from './findings-sheet';
import type { TableReading } from '../check/result';
import { firstForeignCell } from './ownership';
import type {
  FordelSettings,
  Highlight,
  OutValue,
  OwnedSheet,
  UserEdit,
  WriteBlock,
  WritePlan,
  WrittenMark,
} from './plan';
import type { ResultItem } from '../check/result';
import { neededWidth } from './column-width';
import { freeSheetName } from './sheet-names';
import { contains, parseOwnedRange } from './owned-range';
import { carryFills } from './saved-fills';
import { validatedSheet } from './validated-sheet';
import { markOf } from './sheet-marks';
import { firstOverwrittenCell, markEmptied, markWritten } from './written-cells';

/** Beyond this, cell fills would slow Excel more than they help; the findings sheet still lists all. */
export const MAX_HIGHLIGHTS = 2000;

export interface PlanInput {
  readonly grids: readonly SheetGrid[];
  readonly sheetNames: readonly string[];
  readonly settings: FordelSettings;
  readonly outputs: readonly TableOutput[];
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly checkedAt: string;
  readonly validated: boolean;
  /** The user's list (diagnoses, groups, findings) for the findings sheet. */
  readonly items?: readonly ResultItem[];
  /** User cells changed after their confirmation, listed with their previous values. */
  readonly applied?: readonly UserEdit[];
  /** Each table's reading, listed under the findings. */
  readonly readings?: readonly TableReading[];
  /** The listed sheets that provably are still Fordel's (sheet-marks.ts); by default all listed ones. */
  readonly provenSheets?: readonly string[];
}

export interface PlanOutcome {
  readonly plan: WritePlan;
  readonly refusals: Finding[];
  readonly notes: Text[];
}

export function planOutput(input: PlanInput): PlanOutcome {
  const { grids, settings, lang } = input;
  const gridOf = new Map(grids.map((g) => [g.name, g]));
  const refusals: Finding[] = [];
  const notes: Text[] = [];
  const blocks: WriteBlock[] = [];
  const ownedNow: string[] = [];

  for (const out of input.outputs) {
    const t = out.layout;
    const grid = gridOf.get(t.sheet);
    if (!grid || !out.columns.length) continue;
    const left = t.range.right + 1;
    const top = t.headerRow;
    const height = t.range.bottom - top + 1;
    const refusal = writeRefusal(grid, t, top, left, height, out.columns.length, settings.written ?? []);
    if (refusal) {
      refusals.push(refusal);
      continue;
    }
    const values: OutValue[][] = [];
    for (let row = top; row <= t.range.bottom; row++) {
      values.push(
        out.columns.map((c) => {
          const v = row === top ? c.header : c.cells.get(row);
          return v === undefined ? null : isText(v) ? v[lang] : v;
        }),
      );
    }
    blocks.push({
      sheet: t.sheet,
      top,
      left,
      values,
      numberFormat: out.columns.map((c) => c.numberFormat),
      columnWidths: out.columns.map((_, c) => neededWidth(values, c)),
    });
    ownedNow.push(
      sheetRef(t.sheet, a1Range({ top, left, bottom: t.range.bottom, right: left + out.columns.length - 1 })),
    );
  }

  // Earlier output that this run does not cover again is cleared, so no stale figures stay behind.
  const stale = clearStale(settings.owned, ownedNow, gridOf, settings.written ?? []);

  const sheets: OwnedSheet[] = [];
  const taken = [...input.sheetNames];
  const proven = input.provenSheets ?? settings.ownedSheets;
  const claim = (wanted: string): string => {
    const name = freeSheetName(wanted, taken, proven);
    if (name !== wanted) {
      notes.push(
        text(
          `Arket »${wanted}« findes allerede og er ikke Fordels; Fordel skriver i »${name}« i stedet.`,
          `The sheet "${wanted}" already exists and is not Fordel's; Fordel writes to "${name}" instead.`,
        ),
      );
    }
    taken.push(name);
    return name;
  };
  sheets.push(
    findingsSheet(claim(FINDINGS_SHEET[lang]), input.findings, lang, input.checkedAt, {
      items: input.items,
      applied: input.applied,
      readings: input.readings,
    }),
  );
  if (input.validated) {
    for (const out of input.outputs) {
      const grid = gridOf.get(out.layout.sheet);
      if (!grid) continue;
      const wanted = `${kindLabel(out.layout.kind)[lang]} ${out.layout.sheet} ${a1(out.layout.range.top, out.layout.range.left)}`;
      sheets.push(validatedSheet(claim(wanted), grid, out.layout, out.columns, out.validated, lang));
    }
  }

  const ownedSheets = unique([
    ...proven.filter((s) => input.sheetNames.includes(s)),
    ...sheets.map((s) => s.name),
  ]);
  const written = new Set(sheets.map((s) => s.name));
  const sheetMarks = [
    ...(settings.sheetMarks ?? []).filter((m) => ownedSheets.includes(m.name) && !written.has(m.name)),
    ...sheets.map(markOf),
  ];
  const marks = highlights(input.findings, gridOf);
  const fills = carryFills(settings.fills ?? [], marks);
  const owned = [...ownedNow, ...stillOwned(settings.owned, ownedNow, input.sheetNames)];
  // What each owned range holds after this run: written now, emptied now, or as recorded before.
  const records = new Map((settings.written ?? []).map((m) => [m.ref, m]));
  for (const s of stale) records.set(s.ref, markEmptied(s.ref, s.block.values.length, s.cols));
  blocks.forEach((b, i) => records.set(ownedNow[i], markWritten(ownedNow[i], b.values)));
  const newSettings: FordelSettings = {
    ...settings,
    owned,
    written: owned.flatMap((ref) => records.get(ref) ?? []),
    fills: fills.kept,
    ownedSheets,
    sheetMarks,
    lastRun: input.checkedAt,
  };
  if (refusals.length) {
    return { plan: { blocks: [], highlights: [], sheets: [], settings }, refusals, notes };
  }
  return {
    plan: {
      blocks: [...stale.map((s) => s.block), ...blocks],
      highlights: marks,
      restoreFills: fills.restore,
      sheets,
      settings: newSettings,
    },
    refusals,
    notes,
  };
}

function writeRefusal(
  grid: SheetGrid,
  t: TableLayout,
  top: number,
  left: number,
  height: number,
  width: number,
  written: readonly WrittenMark[],
): Finding | null {
  const range = { top, left, bottom: top + height - 1, right: left + width - 1 };
  const target = a1Range(range);
  if (grid.protected) {
    return finding(
      'write-refused',
      grid.name,
      target,
      text(
        `Arket »${grid.name}« er beskyttet. Fordel skriver ikke i det; fjern beskyttelsen eller kør uden at skrive.`,
        `The sheet "${grid.name}" is protected. Fordel does not write to it; unprotect it or check without writing.`,
      ),
    );
  }
  const filtered = grid.tables?.find((x) => x.filtered && overlaps(x.range, t.range));
  if (filtered) {
    return finding(
      'write-refused',
      grid.name,
      a1Range(filtered.range),
      text(
        `Tabellen »${filtered.name}« er filtreret. Fordel skriver ikke i filtrerede områder; ryd filteret og kør igen.`,
        `The table "${filtered.name}" is filtered. Fordel does not write into filtered ranges; clear the filter and run again.`,
      ),
    );
  }
  const foreign = firstForeignCell(grid, t.headerRow, top, left, height, width);
  if (foreign) {
    return finding(
      'write-refused',
      grid.name,
      foreign,
      text(
        `Fordel vil skrive sine kolonner i ${target}, men ${foreign} indeholder dine egne data. Intet er skrevet. Flyt dataene eller tabellen, og kør igen.`,
        `Fordel would write its columns to ${target}, but ${foreign} holds your own data. Nothing was written. Move the data or the table and run again.`,
      ),
      { related: [target] },
    );
  }
  // A value the user typed over Fordel's own (a corrected figure, another status word) is theirs too.
  const typed = firstOverwrittenCell(grid, written, range);
  if (typed) {
    return finding(
      'write-refused',
      grid.name,
      typed,
      text(
        `Fordel vil skrive sine kolonner i ${target}, men ${typed} holder ikke længere det, Fordel skrev der: det er dit eget indhold, og Fordel skriver ikke over det. Intet er skrevet. Flyt indholdet ud af Fordels kolonner, og kør igen.`,
        `Fordel would write its columns to ${target}, but ${typed} no longer holds what Fordel wrote there: it is your own content, and Fordel does not write over it. Nothing was written. Move it out of Fordel's columns and run again.`,
      ),
      { related: [target] },
    );
  }
  return null;
}

function clearStale(
  before: readonly string[],
  now: readonly string[],
  gridOf: Map<string, SheetGrid>,
  written: readonly WrittenMark[],
): { ref: string; block: WriteBlock; cols: number }[] {
  const keep = new Set(now);
  const out: { ref: string; block: WriteBlock; cols: number }[] = [];
  for (const ref of before) {
    if (keep.has(ref)) continue;
    const owned = parseOwnedRange(ref);
    if (!owned) continue;
    const { sheet, range } = owned;
    const grid = gridOf.get(sheet);
    if (!grid || grid.protected) continue;
    const rows = range.bottom - range.top + 1;
    const cols = range.right - range.left + 1;
    // Left alone when anything there is no longer Fordel's (the user moved things around).
    if (firstForeignCell(grid, range.top, range.top, range.left, rows, cols)) continue;
    if (firstOverwrittenCell(grid, written, range, false)) continue;
    out.push({
      ref,
      cols,
      block: {
        sheet,
        top: range.top,
        left: range.left,
        values: Array.from({ length: rows }, () => Array<OutValue>(cols).fill(null)),
      },
    });
  }
  return out;
}

/**
 * Earlier ranges stay Fordel's until a clean: clearing them on a rerun empties the cells but leaves the
 * number formats, and a range skipped because the user typed there still holds Fordel's figures around
 * it. A range inside one written now is covered by it.
 */
function stillOwned(
  before: readonly string[],
  now: readonly string[],
  sheetNames: readonly string[],
): string[] {
  const current = now.map(parseOwnedRange);
  return before.filter((ref) => {
    if (now.includes(ref)) return false;
    const old = parseOwnedRange(ref);
    if (!old || !sheetNames.includes(old.sheet)) return false;
    return !current.some((c) => c !== null && c.sheet === old.sheet && contains(c.range, old.range));
  });
}

function highlights(findings: readonly Finding[], gridOf: Map<string, SheetGrid>): Highlight[] {
  const out: Highlight[] = [];
  for (const f of findings) {
    if (f.severity === 'info' || f.rule === 'write-refused' || !gridOf.has(f.sheet)) continue;
    const range = parseA1Range(f.cell);
    if (!range) continue;
    out.push({ sheet: f.sheet, range, severity: f.severity });
    if (out.length >= MAX_HIGHLIGHTS) break;
  }
  return out;
}

function overlaps(a: RangePos, b: RangePos): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function isText(v: unknown): v is Text {
  return typeof v === 'object' && v !== null && 'da' in v && 'en' in v;
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
