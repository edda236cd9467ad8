/**
 * A user's correction of how a table was read. The task pane stores it (layoutToOverride) and the
 * reader applies it (applyOverride) instead of its own guess for that range.
 */
import { parsePlainDecimal } from '../decimal/decimal';
import { a1Range, columnIndex, columnLetters, parseA1Range, type RangePos } from '../grid/a1';
import { finding } from '../findings/make';
import { text, type Finding } from '../findings/finding';
import type { SheetGrid } from '../grid/grid';
import type { LayoutOverride, TableKind, TableLayout } from '../tables/layout';
import { assemble } from './assemble';
import { rowHasContent } from './body';
import { SheetCells } from './cells';
import { detectAt, detectKindStrict } from './detect';
import type { ColumnRoles } from './detect-types';
import { normalizeLabel } from './labels';
import { NO_NAMES_COLUMN, readAcrossOverride } from './override-across';
import { withMarkedRows } from './override-rows';

export function applyOverride(grid: SheetGrid, override: LayoutOverride): TableLayout | Finding {
  return applyOverrideTo(new SheetCells(grid), override);
}

/** Same as applyOverride, reusing a sheet already read cell by cell. */
export function applyOverrideTo(cells: SheetCells, override: LayoutOverride): TableLayout | Finding {
  const sheet = cells.grid.name;
  const parsed = typeof override.range === 'string' ? parseA1Range(override.range) : null;
  if (!parsed) {
    return problem(
      sheet,
      'A1',
      `Rettelsen angiver området »${String(override.range)}«, som ikke er en gyldig celleadresse.`,
      `The correction names the range "${String(override.range)}", which is not a valid cell address.`,
    );
  }
  const where = a1Range(parsed);
  if (override.kind === 'ignore') {
    return problem(
      sheet,
      where,
      `Området ${where} springes over, fordi det er valgt under Tabeller.`,
      `The range ${where} is skipped because it was chosen under Tables.`,
    );
  }
  const rect = clip(cells, parsed);
  if (!rect) {
    return problem(
      sheet,
      where,
      `Området ${where} i rettelsen er tomt.`,
      `The range ${where} in the correction is empty.`,
    );
  }
  const kind: TableKind = override.kind;
  if (kind === 'apportionment' && override.orientation === 'across')
    return acrossOverride(cells, rect, override);
  const { roles, missing } = resolveRoles(cells, rect, override.columns ?? {}, override.headerRow);
  if (missing.length > 0) {
    return problem(
      sheet,
      where,
      `Rettelsen peger på kolonner, der ikke findes i ${where}: ${missing.join(', ')}.`,
      `The correction names columns that are not in ${where}: ${missing.join(', ')}.`,
    );
  }
  const headerRow = findHeader(cells, rect, kind, override.headerRow);
  const opts = {
    kind,
    roles,
    ...(override.totalRow !== undefined ? { totalRow: override.totalRow } : {}),
    // A budget's sums are lines like any other: the ones the user marked are its "i alt" lines.
    ...(kind === 'budget' && override.subtotalRows ? { totalLines: override.subtotalRows } : {}),
    ...(kind === 'cofinancing' && (override.orientation === 'rows' || override.orientation === 'columns')
      ? { orientation: override.orientation }
      : {}),
  };
  const found = detectAt(cells, rect, headerRow, opts);
  if (!found) {
    return problem(
      sheet,
      where,
      `Fordel kan ikke læse ${where} som den valgte tabeltype.`,
      `Fordel cannot read ${where} as the chosen kind of table.`,
    );
  }
  // The user's range is the table: keep it even where the detector would have trimmed notes.
  const layout = assemble(
    cells,
    rect,
    { ...found, range: { ...found.range, left: rect.left, right: rect.right } },
    'override',
  );
  return withMarkedRows(cells, withStatedByUser(layout, override), override);
}

/** A split laid out across, read on its side with the rows the correction names (reader/override-across.ts). */
function acrossOverride(cells: SheetCells, rect: RangePos, override: LayoutOverride): TableLayout | Finding {
  const sheet = cells.grid.name;
  const where = a1Range(rect);
  const read = readAcrossOverride(cells, rect, override);
  if ('missing' in read) {
    return read.missing.length
      ? problem(
          sheet,
          where,
          `Rettelsen peger på rækker eller kolonner, der ikke findes i ${where}: ${read.missing.join(', ')}.`,
          `The correction names rows or columns that are not in ${where}: ${read.missing.join(', ')}.`,
        )
      : problem(
          sheet,
          where,
          `Fordel kan ikke læse ${where} som en fordeling hen ad kolonnerne.`,
          `Fordel cannot read ${where} as a split laid out across the columns.`,
        );
  }
  // The user's range is the table: keep its rows even where the reader would have left out a note line.
  const found = { ...read.found, range: { ...read.found.range, top: rect.top, bottom: rect.bottom } };
  const layout = assemble(cells, rect, found, 'override');
  return withMarkedRows(cells, withStatedByUser(layout, override), override);
}

const SCALES = [1, 1_000, 1_000_000];

/** The unit and the minimum own share the user stated in the correction win over what the sheet says. */
function withStatedByUser(layout: TableLayout, override: LayoutOverride): TableLayout {
  let out = layout;
  if (override.amountScale !== undefined && SCALES.includes(override.amountScale)) {
    out = { ...out, amountScale: override.amountScale };
  }
  const min = override.minOwnShare ? parsePlainDecimal(override.minOwnShare.replace(',', '.')) : null;
  if (out.kind === 'cofinancing' && min) {
    const words = `${override.minOwnShare} %`;
    // The user's number replaces whatever the sheet stated or its named scheme implied.
    const { scheme: _implied, ...stated } = out.statedRules ?? { words: '' };
    out = { ...out, statedRules: { ...stated, minOwnShare: min, words } };
  }
  return out;
}

/** What the task pane stores after a correction: range, kind and every column role by letter. */
export function layoutToOverride(layout: TableLayout): LayoutOverride {
  const L = columnLetters;
  const columns: Record<string, string> = {};
  let totalRow: number | null = null;
  if (layout.kind === 'cofinancing' && layout.orientation === 'rows') {
    // Periods down the rows: the layout's positions are swapped (tables/cofinancing-axes.ts); the
    // correction names real columns and the real total row.
    columns.periods = L(layout.periodLabelCol ?? layout.range.left);
    // Subtotal and breakdown columns too: the reader reads only the columns named here.
    const lines = [
      ...layout.sourceRows.map((s) => s.row),
      ...(layout.subtotalRows ?? []).map((s) => s.row),
      ...(layout.breakdownRows ?? []).map((b) => b.row),
    ];
    columns.sources = [...new Set(lines)]
      .sort((a, b) => a - b)
      .map(L)
      .join(',');
    if (layout.totalRow !== null) columns.total = L(layout.totalRow);
    totalRow = layout.totalCol;
  } else if (layout.kind === 'cofinancing') {
    columns.label = L(layout.labelCol);
    columns.periods = layout.periodCols.map((p) => L(p.col)).join(',');
    if (layout.totalCol !== null) columns.total = L(layout.totalCol);
    totalRow = layout.totalRow;
  } else if (layout.kind === 'apportionment' && layout.orientation === 'across') {
    // Parties as columns: the key, shares and amounts are rows, named by their numbers as the user sees
    // them; the total line (layout.totalRow) is the "I alt" column, kept as the layout has it.
    const row = (r: number | null | undefined) => (r === null || r === undefined ? null : String(r + 1));
    for (const [name, r] of [
      ['party', layout.partyCol],
      ['key', layout.keyCol],
      ['share', layout.shareCol],
      ['amount', layout.amountCol],
    ] as const) {
      const spec = row(r);
      if (spec) columns[name] = spec;
    }
    columns.names = layout.headerCol !== undefined ? L(layout.headerCol) : NO_NAMES_COLUMN;
    totalRow = layout.totalRow;
  } else if (layout.kind === 'apportionment') {
    columns.party = L(layout.partyCol);
    if (layout.keyCol !== null) columns.key = L(layout.keyCol);
    if (layout.shareCol != null) columns.share = L(layout.shareCol);
    if (layout.amountCol !== null) columns.amount = L(layout.amountCol);
    totalRow = layout.totalRow;
  } else if (layout.kind === 'budget') {
    columns.label = L(layout.labelCol);
    if (layout.codeCol !== null) columns.code = L(layout.codeCol);
    columns.amounts = layout.columns.map((c) => L(c.col)).join(',');
    const budget = layout.columns.find((c) => c.role === 'budget');
    if (budget) columns.budget = L(budget.col);
  } else {
    for (const [name, col] of Object.entries(layout.columns)) if (col !== undefined) columns[name] = L(col);
  }
  // The rows the reader marked, so that a correction of something else keeps them (with the periods down
  // the rows, the source columns the reader marked: sheet columns, as the layout keeps them).
  // A budget's sums are its lines marked as totals ("i alt"): a correction keeps them as the reader had them.
  const subtotals =
    layout.kind === 'kpi'
      ? []
      : layout.kind === 'budget'
        ? layout.lines.filter((l) => l.total).map((l) => ({ row: l.row }))
        : (layout.subtotalRows ?? []);
  const breakdowns = layout.kind === 'cofinancing' ? (layout.breakdownRows ?? []) : [];
  return {
    sheet: layout.sheet,
    range: a1Range(layout.range),
    kind: layout.kind,
    columns,
    headerRow: layout.headerRow,
    ...(subtotals.length ? { subtotalRows: subtotals.map((s) => s.row) } : {}),
    ...(breakdowns.length ? { breakdownRows: breakdowns.map((b) => b.row) } : {}),
    ...(layout.kind === 'kpi' || layout.kind === 'budget' ? {} : { totalRow }),
    ...(layout.kind === 'cofinancing' && layout.orientation === 'rows'
      ? { orientation: 'rows' as const }
      : {}),
    ...(layout.kind === 'apportionment' && layout.orientation === 'across'
      ? { orientation: 'across' as const }
      : {}),
  };
}

function problem(sheet: string, cell: string, da: string, en: string): Finding {
  return finding('table-not-understood', sheet, cell, text(da, en));
}

function clip(cells: SheetCells, r: RangePos): RangePos | null {
  const top = Math.max(r.top, cells.top);
  const left = Math.max(r.left, cells.left);
  const bottom = Math.min(r.bottom, cells.bottom);
  const right = Math.min(r.right, cells.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

function findHeader(cells: SheetCells, rect: RangePos, kind: TableKind, given?: number): number {
  if (given !== undefined && given >= rect.top && given <= rect.bottom) return given;
  const last = Math.min(rect.bottom, rect.top + 8);
  for (let r = rect.top; r <= last; r++) {
    if (rowHasContent(cells, r, rect.left, rect.right) && detectKindStrict(cells, rect, r, kind)) return r;
  }
  for (let r = rect.top; r <= rect.bottom; r++) if (rowHasContent(cells, r, rect.left, rect.right)) return r;
  return rect.top;
}

/**
 * Column roles by letter ("C"), by a letter span ("B:E"), by a list ("B,C,D") or by header text
 * ("Beløb finansiering (kr.)"). Header text wins over letters, since "A" could be a header too.
 */
function resolveRoles(
  cells: SheetCells,
  rect: RangePos,
  columns: Readonly<Record<string, string>>,
  headerRow: number | undefined,
): { roles: ColumnRoles; missing: string[] } {
  const roles: Record<string, number[]> = {};
  const missing: string[] = [];
  const headerRows =
    headerRow !== undefined ? [headerRow] : rowsFrom(rect.top, Math.min(rect.bottom, rect.top + 8));
  for (const [name, spec] of Object.entries(columns)) {
    if (typeof spec !== 'string' || spec.trim() === '') continue;
    const cols: number[] = [];
    for (const part of splitSpec(spec)) {
      const byHeader = findHeaderText(cells, rect, headerRows, part);
      if (byHeader !== null) {
        cols.push(byHeader);
        continue;
      }
      const span = /^\s*([A-Za-z]{1,3})\s*(?::\s*([A-Za-z]{1,3}))?\s*$/.exec(part);
      if (!span) {
        missing.push(`${name}: ${part}`);
        continue;
      }
      const a = columnIndex(span[1]);
      const b = span[2] ? columnIndex(span[2]) : a;
      for (let c = Math.min(a, b); c <= Math.max(a, b); c++) cols.push(c);
    }
    const inside = cols.filter((c) => c >= rect.left && c <= rect.right);
    if (inside.length < cols.length) missing.push(`${name}: ${spec}`);
    if (inside.length) roles[name] = inside;
  }
  return { roles, missing };
}

/** A list "B,C,D" splits on commas; header text may itself hold commas, so try it whole first. */
function splitSpec(spec: string): string[] {
  return /^\s*[A-Za-z]{1,3}(?:\s*[:,;]\s*[A-Za-z]{1,3})*\s*$/.test(spec) && /[,;]/.test(spec)
    ? spec.split(/[,;]/).map((s) => s.trim())
    : [spec.trim()];
}

function findHeaderText(
  cells: SheetCells,
  rect: RangePos,
  rows: readonly number[],
  wanted: string,
): number | null {
  const target = normalizeLabel(wanted);
  if (target === '') return null;
  for (const r of rows) {
    for (let c = rect.left; c <= rect.right; c++) if (normalizeLabel(cells.text(r, c)) === target) return c;
  }
  return null;
}

function rowsFrom(a: number, b: number): number[] {
  const out: number[] = [];
  for (let r = a; r <= b; r++) out.push(r);
  return out;
}
