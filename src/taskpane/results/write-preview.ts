/**
 * What "Skriv i projektmappen" will add, said before anything is written: Fordel's columns per table
 * (where, and under which headings), the cells coloured, the sheets added, and the number of cells in all.
 * Read from the check's own write plan, so the preview is exactly what the adapter is given.
 */
import { a1Range, columnLetters } from '../../core/grid/a1';
import type { OutValue, WritePlan } from '../../core/output/plan';

export interface ColumnsPreview {
  readonly sheet: string;
  /** "G3:H6". */
  readonly range: string;
  /** The headings Fordel writes at the top of its columns ("Fordel: status"). */
  readonly headers: readonly string[];
}

export interface WritePreview {
  readonly columns: readonly ColumnsPreview[];
  /** Cells that get a highlight fill. */
  readonly highlighted: number;
  /** Sheets Fordel adds or replaces (its own), the settings sheet excepted. */
  readonly sheets: readonly string[];
  /** Values written: Fordel's columns and its sheets. */
  readonly cells: number;
  /** The first of Fordel's sheets shown to the user, to go to afterwards. */
  readonly findingsSheet: string | null;
}

const textOf = (v: OutValue | undefined): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? v.text : String(v);

export function previewWrite(plan: WritePlan): WritePreview {
  const columns = plan.blocks
    .filter((b) => b.values.length > 0 && (b.values[0]?.length ?? 0) > 0)
    .map((b) => {
      const width = Math.max(...b.values.map((r) => r.length));
      const headers = (b.values[0] ?? []).map(textOf).filter((h) => h.trim() !== '');
      return {
        sheet: b.sheet,
        range: a1Range({
          top: b.top,
          left: b.left,
          bottom: b.top + b.values.length - 1,
          right: b.left + width - 1,
        }),
        headers: headers.length ? headers : [columnLetters(b.left)],
      };
    });
  const highlighted = plan.highlights.reduce(
    (n, h) => n + (h.range.bottom - h.range.top + 1) * (h.range.right - h.range.left + 1),
    0,
  );
  const shown = plan.sheets.filter((s) => !s.hidden);
  const cells =
    plan.blocks.reduce((n, b) => n + b.values.reduce((m, r) => m + r.length, 0), 0) +
    plan.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  return {
    columns,
    highlighted,
    sheets: shown.map((s) => s.name),
    cells,
    findingsSheet: shown[0]?.name ?? null,
  };
}

/** Nothing to write at all: no columns, no sheets, no highlights. */
export function isEmptyPreview(p: WritePreview): boolean {
  return p.columns.length === 0 && p.sheets.length === 0 && p.highlighted === 0;
}
