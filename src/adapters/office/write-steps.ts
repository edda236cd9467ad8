/**
 * Breaks a WritePlan into small steps, each with an estimate of what it adds to a request, and packs
 * them into as few syncs as the payload limit allows. A plan that fits goes in one sync; a huge block
 * is cut into row chunks, so the number of round trips grows only with size over chunk size.
 */
import {
  SETTINGS_SHEET,
  type OutValue,
  type OwnedSheet,
  type WriteBlock,
  type WritePlan,
} from '../../core/output/plan';
import { settingsToValues } from '../../core/output/settings-sheet';
import { cellInput } from './cell-text';
import { HIGHLIGHT_FILL } from './highlight-colours';

/** Per queued action: ids, method name and address in the real protocol. */
export const ACTION_BYTES = 60;

export interface Step {
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
}

function sheet(ctx: Excel.RequestContext, name: string): Excel.Worksheet {
  return ctx.workbook.worksheets.getItem(name);
}

function step(bytes: number, queue: (ctx: Excel.RequestContext) => number, cells = 0): Step {
  return { bytes: bytes + ACTION_BYTES, cells, queue };
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
 * Rows of values cut into chunks of at most maxBytes each (a single huge row still goes alone).
 * With linkFormulas, links go in as HYPERLINK formulas through Range.formulas, which takes plain
 * values as typed input just like Range.values.
 */
function valueSteps(
  name: string,
  top: number,
  left: number,
  rows: readonly (readonly OutValue[])[],
  maxBytes: number,
  linkFormulas = false,
): Step[] {
  const steps: Step[] = [];
  let chunk: (string | number | boolean)[][] = [];
  let chunkTop = top;
  let bytes = 2;
  const flush = () => {
    if (!chunk.length) return;
    const values = chunk;
    const at = chunkTop;
    const width = values[0].length;
    const asFormulas =
      linkFormulas && values.some((r) => r.some((v) => typeof v === 'string' && v.startsWith('=')));
    steps.push(
      step(
        bytes,
        (ctx) => {
          const range = sheet(ctx, name).getRangeByIndexes(at, left, values.length, width);
          if (asFormulas) range.formulas = values;
          else range.values = values;
          return 1;
        },
        values.length * width,
      ),
    );
    chunkTop += values.length;
    chunk = [];
    bytes = 2;
  };
  for (const row of rows) {
    if (!row.length) continue;
    const line = row.map((v) =>
      linkFormulas && v !== null && typeof v === 'object' ? linkFormula(v) : cellInput(v),
    );
    const size = JSON.stringify(line).length + 1;
    if (chunk.length && bytes + size + ACTION_BYTES > maxBytes) flush();
    chunk.push(line);
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
        step(JSON.stringify(link).length, (ctx) => {
          sheet(ctx, name).getRangeByIndexes(top + r, left + c, 1, 1).hyperlink = link;
          return 1;
        }),
      );
    }),
  );
  return steps;
}

function formatStep(name: string, top: number, left: number, rows: number, cols: number, fmt: string): Step {
  // One value for the whole range is applied to every cell, so a format costs the same for any height.
  return step(fmt.length + 8, (ctx) => {
    sheet(ctx, name).getRangeByIndexes(top, left, rows, cols).numberFormat = [[fmt]];
    return 1;
  });
}

function blockSteps(b: WriteBlock, opts: StepOptions): Step[] {
  const rows = b.values.length;
  const cols = b.values.reduce((w, r) => Math.max(w, r.length), 0);
  if (!rows || !cols) return [];
  const steps: Step[] = [];
  // Values before formats: a text format set first would turn the numbers and link formulas written
  // after it into text. Literal text is protected by its leading apostrophe, not by the format.
  const linkActions = opts.hyperlinks && countLinks(b.values) <= MAX_LINK_ACTIONS;
  steps.push(...valueSteps(b.sheet, b.top, b.left, b.values, opts.maxBytes, !linkActions));
  if (typeof b.numberFormat === 'string')
    steps.push(formatStep(b.sheet, b.top, b.left, rows, cols, b.numberFormat));
  else
    b.numberFormat?.forEach((fmt, c) => {
      if (fmt && c < cols) steps.push(formatStep(b.sheet, b.top, b.left + c, rows, 1, fmt));
    });
  if (b.bold)
    steps.push(
      step(10, (ctx) => {
        sheet(ctx, b.sheet).getRangeByIndexes(b.top, b.left, rows, cols).format.font.bold = true;
        return 1;
      }),
    );
  if (linkActions) steps.push(...linkSteps(b.sheet, b.top, b.left, b.values));
  if (b.columnWidths)
    steps.push(
      step(10, (ctx) => {
        // Excel's own best fit for Fordel's columns, so no figure shows as ####.
        sheet(ctx, b.sheet).getRangeByIndexes(b.top, b.left, rows, cols).format.autofitColumns();
        return 1;
      }),
    );
  return steps;
}

/** Points for a width given in characters, as Excel converts for its default font. */
function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function ownedSheetSteps(s: OwnedSheet, opts: StepOptions): Step[] {
  const steps: Step[] = [];
  if (opts.existing.has(s.name.toLowerCase()))
    steps.push(
      step(s.name.length, (ctx) => {
        sheet(ctx, s.name).delete();
        return 1;
      }),
    );
  steps.push(
    step(s.name.length, (ctx) => {
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
    steps.push(...valueSteps(s.name, 0, 0, square, opts.maxBytes, !linkActions));
    s.numberFormats?.forEach((fmt, c) => {
      if (fmt && c < cols) steps.push(formatStep(s.name, 0, c, rows, 1, fmt));
    });
    for (const r of s.boldRows ?? [])
      if (r < rows)
        steps.push(
          step(10, (ctx) => {
            sheet(ctx, s.name).getRangeByIndexes(r, 0, 1, cols).format.font.bold = true;
            return 1;
          }),
        );
    if (linkActions) steps.push(...linkSteps(s.name, 0, 0, square));
  }
  s.columnWidths?.forEach((w, c) =>
    steps.push(
      step(10, (ctx) => {
        sheet(ctx, s.name).getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(w);
        return 1;
      }),
    ),
  );
  if (s.hidden)
    steps.push(
      step(8, (ctx) => {
        sheet(ctx, s.name).visibility = 'Hidden';
        return 1;
      }),
    );
  return steps;
}

function settingsSteps(plan: WritePlan, opts: StepOptions): Step[] {
  const rows = settingsToValues(plan.settings);
  const steps: Step[] = [];
  if (opts.existing.has(SETTINGS_SHEET.toLowerCase()))
    steps.push(
      step(10, (ctx) => {
        // Old chunks past the new end would corrupt the stored JSON.
        sheet(ctx, SETTINGS_SHEET).getRange('A:A').clear('Contents');
        return 1;
      }),
    );
  else
    steps.push(
      step(SETTINGS_SHEET.length + 12, (ctx) => {
        ctx.workbook.worksheets.add(SETTINGS_SHEET).visibility = 'VeryHidden';
        return 2;
      }),
    );
  steps.push(...valueSteps(SETTINGS_SHEET, 0, 0, rows, opts.maxBytes));
  return steps;
}

/**
 * Settings first: if a long write is cut off, the next run still knows which cells are Fordel's
 * and may replace them.
 */
export function planSteps(plan: WritePlan, opts: StepOptions): Step[] {
  return [
    ...settingsSteps(plan, opts),
    ...plan.sheets.flatMap((s) => ownedSheetSteps(s, opts)),
    ...plan.blocks.flatMap((b) => blockSteps(b, opts)),
    ...plan.highlights.map((h) =>
      step(20, (ctx) => {
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
