/**
 * The rows a user marks in a correction: subtotals, breakdown rows ("heraf ...") and a split's stated
 * total. The findings ask the user to correct exactly these ("markér rækken som subtotal"), so a
 * correction can say them; each list, when given, is the whole truth for the table: rows the reader took
 * for a subtotal or breakdown and the user left out become parties or sources again.
 */
import { compare, parsePlainDecimal, sum, type Decimal } from '../decimal/decimal';
import { text, type Text } from '../findings/finding';
import { formatKroner } from '../money/format';
import { kronerToOere } from '../money/oere';
import { classifySource } from '../kinds/cofinancing/classify-source';
import type {
  ApportionmentLayout,
  CofinancingLayout,
  LayoutOverride,
  SourceType,
  TableLayout,
} from '../tables/layout';
import type { SheetCells } from './cells';
import { transposedCells } from './transposed';

type Group = { readonly row: number; readonly parts: readonly number[] };

const BY_USER = text('markeret i Ret læsningen', 'marked under Correct the reading');

export function withMarkedRows(cells: SheetCells, layout: TableLayout, o: LayoutOverride): TableLayout {
  if (layout.kind === 'apportionment') return splitMarked(cells, layout, o);
  // Periods down the rows: the sources, subtotals and breakdowns are sheet columns, and so are the marks.
  // The layout's fields run along the table's own axes, so the same marking works on the cells turned.
  if (layout.kind === 'cofinancing' && layout.orientation === 'rows')
    return cofinancingMarked(transposedCells(cells, layout.range), layout, o);
  if (layout.kind === 'cofinancing') return cofinancingMarked(cells, layout, o);
  return layout;
}

function splitMarked(sheetCells: SheetCells, t: ApportionmentLayout, o: LayoutOverride): ApportionmentLayout {
  let out = t;
  // Parties as columns: the marked lines are sheet columns, read on the block turned on its side.
  const across = t.orientation === 'across';
  const cells = across ? transposedCells(sheetCells, t.range) : sheetCells;
  if (o.subtotalRows) {
    const fixed = new Set([t.totalRow, ...(t.otherTotalRows ?? [])].filter((r): r is number => r !== null));
    const wanted = (
      across
        ? between(o.subtotalRows, t.headerCol ?? t.range.left, t.range.right)
        : inRange(o.subtotalRows, t)
    ).filter((r) => !fixed.has(r));
    const released = (t.subtotalRows ?? []).map((s) => s.row).filter((r) => !wanted.includes(r));
    const parties = [...t.dataRows.filter((r) => !wanted.includes(r)), ...released].sort((a, b) => a - b);
    const col = t.keyCol ?? t.amountCol;
    const valueOf = (r: number) => (col === null ? null : cells.number(r, col));
    const head = across ? (t.headerCol ?? t.range.left) : t.headerRow;
    const groups = groupsOf(wanted, t.subtotalRows ?? [], parties, [head, ...fixed], valueOf);
    const { subtotalRows: _s, ...rest } = t;
    out = {
      ...rest,
      dataRows: parties,
      ...(groups.length ? { subtotalRows: groups } : {}),
      because: becauseWith(t.because, 'subtotal-rows', groups.length ? BY_USER : null),
    };
  }
  const stated = statedByUser(o.statedTotal);
  if (stated) out = { ...out, statedTotal: stated };
  return out;
}

function cofinancingMarked(cells: SheetCells, t: CofinancingLayout, o: LayoutOverride): CofinancingLayout {
  if (!o.subtotalRows && !o.breakdownRows) return t;
  const fixed = [t.totalRow, ...(t.otherTotalRows ?? [])].filter((r): r is number => r !== null);
  // The line of names the marks come after: the header row, or across, the column of periods.
  const head = t.orientation === 'rows' ? (t.periodLabelCol ?? t.range.left) : t.headerRow;
  const end = t.orientation === 'rows' ? t.range.right : t.range.bottom;
  const subs = o.subtotalRows ? between(o.subtotalRows, head, end).filter((r) => !fixed.includes(r)) : null;
  const downs = o.breakdownRows
    ? between(o.breakdownRows, head, end).filter((r) => !fixed.includes(r))
    : null;
  const subRows = subs ?? (t.subtotalRows ?? []).map((s) => s.row);
  const downRows = (downs ?? (t.breakdownRows ?? []).map((b) => b.row)).filter((r) => !subRows.includes(r));
  // Every row that is neither total, subtotal nor breakdown is a source, whatever the reader took it for.
  const candidates = new Set([
    ...t.sourceRows.map((s) => s.row),
    ...(t.subtotalRows ?? []).map((s) => s.row),
    ...(t.breakdownRows ?? []).map((b) => b.row),
  ]);
  const marked = new Set([...subRows, ...downRows]);
  const areas = t.sourceRows.length > 0 && t.sourceRows.every((s) => s.type === 'area');
  const sourceRows = [...candidates]
    .filter((r) => !marked.has(r))
    .sort((a, b) => a - b)
    .map((row) => {
      const known = t.sourceRows.find((s) => s.row === row);
      if (known) return known;
      const label = cells.text(row, t.labelCol);
      const type: SourceType = areas ? 'area' : classifySource(label);
      return { row, label, type };
    });
  const sources = sourceRows.map((s) => s.row);
  // A breakdown belongs to the nearest source above it; one with no source above stays a source.
  const breakdownRows = downRows.flatMap((row) => {
    const parent = sources.filter((r) => r < row).pop();
    return parent === undefined ? [] : [{ row, parent }];
  });
  const orphans = downRows.filter((r) => !breakdownRows.some((b) => b.row === r));
  const finalSources = orphans.length
    ? [
        ...sourceRows,
        ...orphans.map((row) => ({
          row,
          label: cells.text(row, t.labelCol),
          type: classifySource(cells.text(row, t.labelCol)),
        })),
      ].sort((a, b) => a.row - b.row)
    : sourceRows;
  const groups = groupsOf(
    subRows,
    t.subtotalRows ?? [],
    finalSources.map((s) => s.row),
    [head, ...fixed],
    (r) => {
      const col = t.periodCols[0]?.col ?? t.totalCol;
      return col === null || col === undefined ? null : cells.number(r, col);
    },
  );
  const { subtotalRows: _s, breakdownRows: _b, ...rest } = t;
  let because = t.because;
  if (subs) because = becauseWith(because, 'subtotal-rows', groups.length ? BY_USER : null);
  if (downs) because = becauseWith(because, 'breakdown-rows', breakdownRows.length ? BY_USER : null);
  return {
    ...rest,
    sourceRows: finalSources,
    ...(groups.length ? { subtotalRows: groups } : {}),
    ...(breakdownRows.length ? { breakdownRows } : {}),
    ...(because ? { because } : {}),
  };
}

/**
 * Each subtotal with the rows it sums: as the reader had it when it found the same subtotal, else the
 * nearest rows just above it whose figures add up to it (back to the previous subtotal, total or header),
 * else all of those, else (a subtotal over its group) the rows below it up to the next one.
 */
function groupsOf(
  rows: readonly number[],
  detected: readonly Group[],
  parts: readonly number[],
  walls: readonly number[],
  valueOf: (row: number) => Decimal | null,
): Group[] {
  const all = [...walls, ...rows];
  const out: Group[] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const known = detected.find((g) => g.row === row);
    if (known && known.parts.every((p) => parts.includes(p))) {
      out.push(known);
      continue;
    }
    const before = Math.max(-1, ...all.filter((r) => r < row));
    const above = parts.filter((r) => r > before && r < row);
    if (above.length) {
      out.push({ row, parts: summingRun(row, above, valueOf) ?? above });
      continue;
    }
    const after = Math.min(Number.MAX_SAFE_INTEGER, ...all.filter((r) => r > row));
    const below = parts.filter((r) => r > row && r < after);
    if (below.length) out.push({ row, parts: below });
  }
  return out;
}

/** The shortest run of rows ending just above the subtotal whose values add up to it, if any. */
function summingRun(
  row: number,
  above: readonly number[],
  valueOf: (row: number) => Decimal | null,
): number[] | null {
  const target = valueOf(row);
  if (!target) return null;
  for (let n = 2; n <= above.length; n++) {
    const run = above.slice(above.length - n);
    const values = run.map(valueOf);
    if (values.every((v): v is Decimal => v !== null) && compare(sum(values), target) === 0) return run;
  }
  return null;
}

function inRange(rows: readonly unknown[], t: TableLayout): number[] {
  return between(rows, t.headerRow, t.range.bottom);
}

/** The whole numbers after `head` up to `end`, once each, in order. */
function between(rows: readonly unknown[], head: number, end: number): number[] {
  const ok = rows.filter(
    (r): r is number => Number.isInteger(r) && (r as number) > head && (r as number) <= end,
  );
  return [...new Set(ok)].sort((a, b) => a - b);
}

function becauseWith(
  because: TableLayout['because'],
  key: string,
  why: Text | null,
): Readonly<Record<string, Text>> {
  const { [key]: _old, ...rest } = because ?? {};
  return why ? { ...rest, [key]: why } : rest;
}

/** The total to split as the user typed it in the correction (plain kroner: "6000000" or "6000000.50"). */
function statedByUser(plain: string | undefined): ApportionmentLayout['statedTotal'] | null {
  if (typeof plain !== 'string') return null;
  const value = parsePlainDecimal(plain.trim());
  const oere = value ? kronerToOere(value) : null;
  if (oere === null || oere <= 0n) return null;
  return { kind: 'total', oere, words: formatKroner(oere, 'da') };
}
