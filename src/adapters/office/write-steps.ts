/**
 * Breaks a WritePlan into small steps, each with an estimate of what it adds to a request, and packs
 * them into as few syncs as the payload limit allows. A plan that fits goes in one sync; a huge block
 * is cut into row chunks, so the number of round trips grows only with size over chunk size.
 */
import {
  SETTINGS_SHEET,
  type FordelSettings,
  type OutValue,
  type OwnedSheet,
  type UserEdit,
  type WriteBlock,
  type WritePlan,
} from '../../core/output/plan';
import { settingsToValues } from '../../core/output/settings-sheet';
import { cellInput } from './cell-text';
import { HIGHLIGHT_FILL } from './highlight-colours';
import { rangeAction, sheetAction } from './request-cost';

export interface Step {
  /** Request bytes as office.js sends the step's actions (request-cost.ts). */
  readonly bytes: number;
  readonly cells: number;
  /** Queues the step's actions; returns how many it queued. */
  readonly queue: (ctx: Excel.RequestContext) => number;
}

export interface StepOptions {
  readonly maxBytes: number;
  readonly hyperlinks: boolean;
  /** Sheets (lower case) that exist now. */
  readonly existing: ReadonlySet<string>;
  /** Column widths in points now, keyed by widthKey(sheet, col); a column is only ever widened. */
  readonly widths?: ReadonlyMap<string, number>;
  /** Number formats of the user's cells that a confirmed edit writes to, keyed by cellKey. */
  readonly editFormats?: ReadonlyMap<string, string>;
}

export function widthKey(sheetName: string, col: number): string {
  return `${sheetName.toLowerCase()}|${col}`;
}

export function cellKey(sheetName: string, row: number, col: number): string {
  return `${sheetName.toLowerCase()}|${row}|${col}`;
}

function sheet(ctx: Excel.RequestContext, name: string): Excel.Worksheet {
  return ctx.workbook.worksheets.getItem(name);
}

function step(bytes: number, queue: (ctx: Excel.RequestContext) => number, cells = 0): Step {
  return { bytes, cells, queue };
}

/** Above this many links, one HYPERLINK formula per cell costs far less than one action per link. */
const MAX_LINK_ACTIONS = 1000;

/** An internal link as a formula: =HYPERLINK("#'Ark 1'!C7","C7"). */
function linkFormula(v: { readonly link: string; readonly text: string }): string {
  const q = (s: string) => s.replace(/"/g, '""');
  return `=HYPERLINK("#${q(v.link)}","${q(v.text)}")`;
}

function countLinks(rows: readonly (readonly OutValue[])[]): number {
  let n = 0;
  for (const row of rows) for (const v of row) if (v !== null && typeof v === 'object') n++;
  return n;
}

/**
 * Rows of values cut into chunks of at most maxBytes each (a single huge row still goes alone). Each
 * chunk gets its number formats before its values: "@" (text) for every string, so Excel keeps it as
 * typed text instead of reading a date, number or formula into it (Range.values remarks; Microsoft
 * Support "Stop automatically changing numbers to dates"), and the column's own format (or General)
 * for numbers, so a cell that held Fordel's text last time takes a number again. A string goes into its
 * Text cell as it is, without the apostrophe prefix: nothing documents whether Excel keeps that
 * apostrophe in a Text cell, and a kept one would corrupt Fordel's settings. With linkFormulas, links go
 * in as HYPERLINK formulas through Range.formulas, in General cells.
 */

function valueSteps(
  name: string,
  top: number,
  left: number,
  rows: readonly (readonly OutValue[])[],
  maxBytes: number,
  formats: readonly (string | null | undefined)[],
  linkFormulas = false,
): Step[] {
  const steps: Step[] = [];
  let chunk: (string | number | boolean)[][] = [];
  let kinds: boolean[][] = [];
  let texts: number[] = [];
  let chunkTop = top;
  let bytes = 2;
  const fmtOf = (c: number) => formats[c] ?? 'General';
  /** A column chunk's formats as one array of n cells, t of them "@". */
  const arrayCost = (c: number, n: number, t: number) =>
    rangeAction(name, t * 6 + (n - t) * (fmtOf(c).length + 5) + 4, 0, n);
  /** The column's format in one action, then "@" cell by cell. */
  const cellCost = (c: number, t: number) =>
    rangeAction(name, fmtOf(c).length + 6) + t * rangeAction(name, 7);
  /** Request bytes of a column chunk's formats, the cheaper way, as flush sends them. */
  const formatCost = (c: number, n: number, t: number) => Math.min(arrayCost(c, n, t), cellCost(c, t));
  const valuesCost = (rows: number, width: number) => rangeAction(name, 0, 0, rows * width);
  const flush = () => {
    if (!chunk.length) return;
    const values = chunk;
    const isText = kinds;
    const counts = texts;
    const at = chunkTop;
    const width = values[0].length;
    const asFormulas =
      linkFormulas && values.some((r) => r.some((v) => typeof v === 'string' && v.startsWith('=')));
    const formatBytes = counts.reduce((n, t, c) => n + formatCost(c, values.length, t), 0);
    steps.push(
      step(
        bytes + valuesCost(values.length, width) + formatBytes,
        (ctx) => {
          const ws = sheet(ctx, name);
          let actions = 1;
          counts.forEach((t, c) => {
            const column = ws.getRangeByIndexes(at, left + c, values.length, 1);
            if (arrayCost(c, values.length, t) < cellCost(c, t)) {
              column.numberFormat = values.map((_, r) => [isText[r][c] ? '@' : fmtOf(c)]);
              actions++;
              return;
            }
            column.numberFormat = [[fmtOf(c)]];
            actions++;
            isText.forEach((row, r) => {
              if (!row[c]) return;
              ws.getRangeByIndexes(at + r, left + c, 1, 1).numberFormat = [['@']];
              actions++;
            });
          });
          const range = ws.getRangeByIndexes(at, left, values.length, width);
          if (asFormulas) range.formulas = values;
          else range.values = values;
          return actions;
        },
        values.length * width,
      ),
    );
    chunkTop += values.length;
    chunk = [];
    kinds = [];
    texts = [];
    bytes = 2;
  };
  for (const row of rows) {
    if (!row.length) continue;
    const line = row.map((v) => {
      if (v === null || typeof v !== 'object') return typeof v === 'string' ? v : cellInput(v);
      return linkFormulas ? linkFormula(v) : v.text;
    });
    const text = row.map(
      (v) => typeof v === 'string' || (!linkFormulas && v !== null && typeof v === 'object'),
    );
    const size = JSON.stringify(line).length + 1;
    const next = row.map((_, c) => (texts[c] ?? 0) + (text[c] ? 1 : 0));
    const fmt = next.reduce((n, t, c) => n + formatCost(c, chunk.length + 1, t), 0);
    if (chunk.length && bytes + size + fmt + valuesCost(chunk.length + 1, row.length) > maxBytes) flush();
    chunk.push(line);
    kinds.push(text);
    texts = row.map((_, c) => (texts[c] ?? 0) + (text[c] ? 1 : 0));
    bytes += size;
  }
  flush();
  return steps;
}

function linkSteps(name: string, top: number, left: number, rows: readonly (readonly OutValue[])[]): Step[] {
  const steps: Step[] = [];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || typeof v !== 'object') return;
      const link = { documentReference: v.link, textToDisplay: v.text };
      steps.push(
        step(rangeAction(name, JSON.stringify(link).length), (ctx) => {
          sheet(ctx, name).getRangeByIndexes(top + r, left + c, 1, 1).hyperlink = link;
          return 1;
        }),
      );
    }),
  );
  return steps;
}

function columnFormats(fmt: string | readonly string[] | undefined, cols: number): (string | undefined)[] {
  return Array.from({ length: cols }, (_, c) => (typeof fmt === 'string' ? fmt : fmt?.[c] || undefined));
}

/** Sets a column's width only where it is narrower than the values need (Fordel only ever widens). */
function widenSteps(name: string, left: number, chars: readonly number[], opts: StepOptions): Step[] {
  const steps: Step[] = [];
  chars.forEach((w, c) => {
    const need = widthPoints(w);
    const now = opts.widths?.get(widthKey(name, left + c));
    if (now !== undefined && now >= need) return;
    steps.push(
      step(rangeAction(name, 8, 1), (ctx) => {
        sheet(ctx, name).getRangeByIndexes(0, left + c, 1, 1).format.columnWidth = need;
        return 1;
      }),
    );
  });
  return steps;
}

function blockSteps(b: WriteBlock, opts: StepOptions): Step[] {
  const rows = b.values.length;
  const cols = b.values.reduce((w, r) => Math.max(w, r.length), 0);
  if (!rows || !cols) return [];
  const steps: Step[] = [];
  const linkActions = opts.hyperlinks && countLinks(b.values) <= MAX_LINK_ACTIONS;
  const square = b.values.map((r) =>
    r.length === cols ? r : [...r, ...new Array<OutValue>(cols - r.length).fill(null)],
  );
  steps.push(
    ...valueSteps(
      b.sheet,
      b.top,
      b.left,
      square,
      opts.maxBytes,
      columnFormats(b.numberFormat, cols),
      !linkActions,
    ),
  );
  if (b.bold)
    steps.push(
      step(rangeAction(b.sheet, 5, 2), (ctx) => {
        sheet(ctx, b.sheet).getRangeByIndexes(b.top, b.left, rows, cols).format.font.bold = true;
        return 1;
      }),
    );
  if (linkActions) steps.push(...linkSteps(b.sheet, b.top, b.left, b.values));
  // Explicit widths instead of autofitColumns, which can also narrow a column (RangeFormat reference).
  if (b.columnWidths) steps.push(...widenSteps(b.sheet, b.left, b.columnWidths, opts));
  return steps;
}

/** Points for a width given in characters, as Excel converts for its default font. */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Characters for a width in points, the other way round. */
export function charsOf(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

/**
 * Fordel's own sheet: reused when it exists (cleared and written again), since deleting a sheet has
 * no undo support on any platform and clears the user's undo stack (undo capabilities article).
 * A missing sheet is added here; a hidden one was already added by the setup step.
 */
function ownedSheetSteps(s: OwnedSheet, opts: StepOptions): Step[] {
  const steps: Step[] = [];
  if (opts.existing.has(s.name.toLowerCase()))
    steps.push(
      step(rangeAction(s.name, 8), (ctx) => {
        sheet(ctx, s.name).getRange().clear('All');
        return 1;
      }),
    );
  else
    steps.push(
      step(sheetAction(s.name), (ctx) => {
        ctx.workbook.worksheets.add(s.name);
        return 1;
      }),
    );
  const rows = s.values.length;
  const cols = s.values.reduce((w, r) => Math.max(w, r.length), 0);
  if (rows && cols) {
    const square = s.values.map((r) =>
      r.length === cols ? r : [...r, ...new Array<OutValue>(cols - r.length).fill(null)],
    );
    const linkActions = opts.hyperlinks && countLinks(square) <= MAX_LINK_ACTIONS;
    const formats = Array.from({ length: cols }, (_, c) => s.numberFormats?.[c] ?? undefined);
    steps.push(...valueSteps(s.name, 0, 0, square, opts.maxBytes, formats, !linkActions));
    for (const r of s.boldRows ?? [])
      if (r < rows)
        steps.push(
          step(rangeAction(s.name, 5, 2), (ctx) => {
            sheet(ctx, s.name).getRangeByIndexes(r, 0, 1, cols).format.font.bold = true;
            return 1;
          }),
        );
    if (linkActions) steps.push(...linkSteps(s.name, 0, 0, square));
  }
  s.columnWidths?.forEach((w, c) =>
    steps.push(
      step(rangeAction(s.name, 8, 1), (ctx) => {
        sheet(ctx, s.name).getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(w);
        return 1;
      }),
    ),
  );
  return steps;
}

/**
 * Sheets to add and hide before the grouped write: the settings sheet (very hidden) and Fordel's
 * hidden sheets, where they are missing. Setting a sheet's visibility has no undo support on Windows
 * and Mac (undo capabilities article), so there this runs once, on its own, outside the undo group.
 */
export function setupSteps(plan: WritePlan, existing: ReadonlySet<string>): Step[] {
  const steps: Step[] = [];
  const add = (name: string, visibility: 'Hidden' | 'VeryHidden') =>
    steps.push(
      step(sheetAction(name, 2), (ctx) => {
        ctx.workbook.worksheets.add(name).visibility = visibility;
        return 2;
      }),
    );
  if (!existing.has(SETTINGS_SHEET.toLowerCase())) add(SETTINGS_SHEET, 'VeryHidden');
  for (const s of plan.sheets) if (s.hidden && !existing.has(s.name.toLowerCase())) add(s.name, 'Hidden');
  return steps;
}

export function settingsSteps(settings: FordelSettings, opts: StepOptions): Step[] {
  const rows = settingsToValues(settings);
  return [
    step(rangeAction(SETTINGS_SHEET, 10), (ctx) => {
      // Old chunks past the new end would corrupt the stored JSON.
      sheet(ctx, SETTINGS_SHEET).getRange('A:A').clear('Contents');
      return 1;
    }),
    ...valueSteps(SETTINGS_SHEET, 0, 0, rows, opts.maxBytes, []),
  ];
}

/** The confirmed values for the user's own cells; a text-formatted target is set to General first. */
function userEditSteps(edits: readonly UserEdit[], opts: StepOptions): Step[] {
  return edits.map((e) =>
    step(
      2 * rangeAction(e.sheet, 30),
      (ctx) => {
        const cell = sheet(ctx, e.sheet).getRangeByIndexes(e.row, e.col, 1, 1);
        const fmt = opts.editFormats?.get(cellKey(e.sheet, e.row, e.col));
        if (fmt === '@') cell.numberFormat = [['General']];
        cell.values = [[e.value]];
        return fmt === '@' ? 2 : 1;
      },
      1,
    ),
  );
}

/**
 * Settings first: if a long write is cut off, the next run still knows which cells are Fordel's
 * and may replace them. The settings sheet exists by now (setupSteps).
 */
export function planSteps(plan: WritePlan, settings: FordelSettings, opts: StepOptions): Step[] {
  return [
    ...settingsSteps(settings, opts),
    ...plan.sheets.flatMap((s) => ownedSheetSteps(s, opts)),
    ...plan.blocks.flatMap((b) => blockSteps(b, opts)),
    ...plan.highlights.map((h) =>
      step(rangeAction(h.sheet, 12, 2), (ctx) => {
        const { top, left, bottom, right } = h.range;
        sheet(ctx, h.sheet).getRangeByIndexes(
          top,
          left,
          bottom - top + 1,
          right - left + 1,
        ).format.fill.color = HIGHLIGHT_FILL[h.severity];
        return 1;
      }),
    ),
    ...userEditSteps(plan.userEdits ?? [], opts),
  ];
}

/** Greedy packing in order: a new sync starts when the next step would pass the budget. */
export function packSteps(steps: readonly Step[], maxBytes: number): Step[][] {
  const batches: Step[][] = [];
  let current: Step[] = [];
  let bytes = 0;
  for (const s of steps) {
    if (current.length && bytes + s.bytes > maxBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(s);
    bytes += s.bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}
