/**
 * Reads every sheet and finds the tables a finance colleague would see: blocks of cells separated
 * by blank rows and columns, each with a header row that says what kind of table it is. Excel
 * Tables are tables by definition. The user's corrections (overrides) replace the guess for their
 * range.
 */
import { parseA1Range, type RangePos } from '../grid/a1';
import type { Finding } from '../findings/finding';
import type { SheetGrid } from '../grid/grid';
import { SETTINGS_SHEET } from '../output/plan';
import type { LayoutOverride, TableLayout } from '../tables/layout';
import { assemble, hiddenRowsFinding, notUnderstoodFinding } from './assemble';
import { splitBlocks } from './blocks';
import { looksLikeBody } from './body-like';
import { hasNumbers, isSingleTextRow, rowHasContent, tableBody } from './body';
import { SheetCells, TEXT } from './cells';
import { detectAcross, detectAt } from './detect';
import { weighBlock, weighCorrection, type Weighed } from './candidates/weigh';
import { applyOverrideTo } from './overrides';
import { text } from '../findings/finding';
import { finding } from '../findings/make';

export interface ReadResult {
  tables: TableLayout[];
  findings: Finding[];
}

export function findTables(
  grids: readonly SheetGrid[],
  overrides: readonly LayoutOverride[] = [],
): ReadResult {
  const tables: TableLayout[] = [];
  const findings: Finding[] = [];
  for (const grid of grids) {
    if (!grid || grid.name === SETTINGS_SHEET) continue;
    const mine = overrides.filter((o) => o && o.sheet === grid.name);
    try {
      const result = readSheet(grid, mine);
      tables.push(...result.tables);
      findings.push(...result.findings);
    } catch {
      // A sheet Fordel cannot read must not stop the others; say so instead of failing silently.
      findings.push(
        finding(
          'table-not-understood',
          grid.name,
          'A1',
          text(
            `Arket »${grid.name}« kunne ikke læses; dets tabeller er ikke kontrolleret.`,
            `The sheet "${grid.name}" could not be read; its tables were not checked.`,
          ),
        ),
      );
    }
  }
  return { tables, findings };
}

function readSheet(grid: SheetGrid, overrides: readonly LayoutOverride[]): ReadResult {
  const cells = new SheetCells(grid);
  const tables: TableLayout[] = [];
  const findings: Finding[] = [];
  /** Ranges of detected tables and not-understood blocks, so overrides can replace them. */
  const found: { range: RangePos; table?: TableLayout; findings: Finding[] }[] = [];
  const withHidden = (layout: TableLayout, filtered: boolean): Finding[] => {
    const f = hiddenRowsFinding(cells, layout, filtered);
    return f ? [f] : [];
  };

  for (const t of grid.tables ?? []) {
    const range = t.range;
    // Excel's header row names the columns; in a split laid out across those are the parties.
    const detected =
      detectAt(cells, range, range.top, {
        excelTotalRow: t.showTotals && range.bottom > range.top ? range.bottom : null,
      }) ?? (t.showTotals ? null : detectAcross(cells, range));
    if (detected) {
      // An Excel Table's range is what Excel says, totals row included.
      const whole = { ...detected, range };
      const layout = assemble(cells, range, whole, 'excel-table', t.name);
      found.push({ range, table: layout, findings: withHidden(layout, t.filtered) });
      continue;
    }
    // A Table laid across (parties or sources heading its columns) has no header row on top: it is read
    // like any block, by the readings its arithmetic supports.
    const weighed = weighBlock(cells, range);
    if (weighed?.length === 1) {
      const w = weighed[0];
      const layout = withWeighing(assemble(cells, w.block, w.detected, 'excel-table', t.name), w);
      found.push({ range, table: layout, findings: withHidden(layout, t.filtered) });
    } else if (range.bottom - range.top >= 2) {
      found.push({ range, findings: [notUnderstoodFinding(grid.name, range)] });
    }
  }
  for (const t of grid.tables ?? []) cells.clear(t.range);

  for (const block of splitBlocks(cells)) {
    const weighed = weighBlock(cells, block);
    if (weighed) {
      for (const w of weighed) {
        const layout = withWeighing(assemble(cells, w.block, w.detected, 'detected'), w);
        found.push({ range: layout.range, table: layout, findings: withHidden(layout, false) });
      }
    } else if (looksTabular(cells, block)) {
      found.push({ range: block, findings: [notUnderstoodFinding(grid.name, block)] });
    }
  }

  const overrideRanges: RangePos[] = [];
  const fromOverrides: TableLayout[] = [];
  for (const o of overrides) {
    const range = typeof o.range === 'string' ? parseA1Range(o.range) : null;
    if (o.kind === 'ignore') {
      if (range) overrideRanges.push(range);
      continue;
    }
    const result = applyOverrideTo(cells, o);
    if ('rule' in result) {
      // A stale correction: report it and keep Fordel's own reading of the range.
      findings.push(result);
      continue;
    }
    overrideRanges.push(result.range);
    if (range) overrideRanges.push(range);
    // The correction is re-scored against the reading it replaces, so the reading says how the sums fare.
    const replaced = found.find((f) => f.table && overlaps(f.table.range, result.range))?.table;
    fromOverrides.push({ ...result, confidence: weighCorrection(cells, result, replaced) });
    findings.push(...withHidden(result, false));
  }

  for (const f of found) {
    if (overrideRanges.some((r) => overlaps(r, f.range))) continue;
    if (f.table) tables.push(f.table);
    findings.push(...f.findings);
  }
  tables.push(...fromOverrides);
  tables.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
  return { tables, findings };
}

/** The weighing's confidence and doubt on the table, beside any doubt of the reader's own. */
function withWeighing(layout: TableLayout, w: Weighed): TableLayout {
  if (!w.confidence && !w.unsure) return layout;
  const unsure = [...(layout.unsure ?? []), ...(w.unsure ?? [])];
  return {
    ...layout,
    ...(w.confidence ? { confidence: w.confidence } : {}),
    ...(unsure.length ? { unsure } : {}),
  };
}

function overlaps(a: RangePos, b: RangePos): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * Worth a "not understood" note: a header with at least two text cells, then at least two rows,
 * with numbers among them, or rows alike with figures from the first. Stray cells and text-only blocks are
 * left alone.
 */
function looksTabular(cells: SheetCells, block: RangePos): boolean {
  if (block.right === block.left || block.bottom - block.top < 2) return false;
  // No header at all: lines of figures alike from the first (a code, a name, amounts) are a table too.
  if (looksLikeBody(cells, block, block.top)) return true;
  const last = Math.min(block.bottom - 2, block.top + 8);
  for (let r = block.top; r <= last; r++) {
    if (
      !rowHasContent(cells, r, block.left, block.right) ||
      isSingleTextRow(cells, r, block.left, block.right)
    ) {
      continue;
    }
    let texts = 0;
    for (let c = block.left; c <= block.right; c++) if (cells.kind(r, c) === TEXT) texts++;
    if (texts < 2) continue;
    const body = tableBody(cells, block, r);
    const cols: number[] = [];
    for (let c = block.left; c <= block.right; c++) cols.push(c);
    return body.rows.length >= 2 && hasNumbers(cells, body.rows, cols);
  }
  return false;
}
