/**
 * Co-financing tables with the periods down the rows: a column of years or quarters, one column per
 * funding source (or focus area), maybe an "I alt" column and an "I alt"/"Alt i alt" row, first or last.
 * Recognised by structure: the period column, columns of amounts under names, and totals by their label
 * or by their arithmetic. The layout keeps the printed table's fields with rows and columns swapped
 * (tables/cofinancing-axes.ts), so the same rules read it and name the user's cells.
 */
import { add, compare, sub, ZERO, type Decimal } from '../../decimal/decimal';
import { text, type Text } from '../../findings/finding';
import type { RangePos } from '../../grid/a1';
import { formatAt } from '../../grid/grid';
import { isNil } from '../../numbers/nil';
import type { SourceType } from '../../tables/layout';
import { cutAfter, isSingleTextRow, rowText, tableBody, type Body } from '../../reader/body';
import { BLANK, NUMBER, TEXT, type SheetCells } from '../../reader/cells';
import { classifySource, isFundingSource } from './classify-source';
import { role, type Detected, type DetectOptions } from '../../reader/detect-types';
import { isAreaHeader, isPeriodQualifier, isTotalLabel, periodLabel } from '../../reader/labels';
import { headerArea, type HeaderArea } from '../../reader/header-area';
import { isUnitRow, isUnitText } from '../../reader/sub-header';
import { periodColumn, type PeriodColumn } from './period-column';
import { columnStructure } from './column-structure';
import { breakdownReading } from './detect';

export function detectTransposedCofinancing(
  cells: SheetCells,
  rect: RangePos,
  headerRow: number,
  opts: DetectOptions = {},
): Detected | null {
  if (opts.kind && opts.kind !== 'cofinancing') return null;
  // Columns named in a correction are read this way only when the user said the periods run down the rows.
  const given = opts.roles && Object.keys(opts.roles).length ? opts.roles : undefined;
  const roles = opts.orientation === 'rows' ? given : undefined;
  if (given && !roles) return null;
  const body = endAtTotal(cells, rect, tableBody(cells, rect, headerRow));
  // One line may be the whole table: one year under the sources' names, beside an "I alt" (checked below).
  if (body.rows.length < 1) return null;
  // A group title merged over the sources ("Finansiering (kr.)"), "I alt" merged down beside them.
  const area = headerArea(cells, rect, headerRow);

  const periodCol = role(roles, 'periods') ?? periodColumnOf(cells, rect, [headerRow, ...body.rows]);
  if (periodCol === null || periodCol >= rect.right) return null;
  if (
    !roles &&
    (cells.kind(headerRow, periodCol) === NUMBER || periodLabel(cells.raw(headerRow, periodCol)))
  ) {
    return null;
  }
  let found =
    periodColumn(cells, periodCol, body.rows, 2, true) ??
    (roles ? anyLabels(cells, periodCol, body.rows) : oneYear(cells, periodCol, body.rows));
  if (!found) return null;
  const qualifierCol = roles ? null : qualifierColumn(cells, periodCol, rect.right, body.rows, found);
  if (qualifierCol !== null) found = withQualifiedTotals(cells, qualifierCol, found);
  const periodRows = found.periods.map((p) => p.row).filter((r) => r !== opts.totalRow);

  // Every other column is a source, a total or empty: names on top, amounts or dashes below.
  const valueCols: number[] = [];
  const unitTexts: string[] = [];
  const named = roles ? [...(roles.sources ?? []), ...(roles.total ?? [])] : [];
  for (let c = (qualifierCol ?? periodCol) + 1; c <= rect.right; c++) {
    if (named.length && !named.includes(c)) continue;
    const filled = body.rows.some((r) => cells.kind(r, c) !== BLANK);
    // A unit beside each period ("kr.", "t.kr.": a unit row turned on its side) says what the amounts are in.
    const units = body.rows.filter((r) => cells.kind(r, c) !== BLANK).map((r) => cells.text(r, c));
    if (filled && !named.length && units.every(isUnitText)) {
      unitTexts.push(units[0]);
      continue;
    }
    if (area.text(c) === '' && !filled) continue;
    // A column of rates in percent cells ("Egenandel" 50,0 %) is beside the amounts, not one of them.
    if (body.rows.some((r) => cells.isNumeric(r, c) && (formatAt(cells.grid, r, c) ?? '').includes('%'))) {
      continue;
    }
    if (cells.kind(headerRow, c) === NUMBER || periodLabel(cells.raw(headerRow, c)) !== null) return null;
    const words = body.rows.filter(
      (r) => cells.kind(r, c) !== BLANK && !cells.isNumeric(r, c) && !isNil(cells.raw(r, c)),
    );
    if (
      words.length &&
      !named.length &&
      valueCols.length &&
      words.length === body.rows.filter((r) => cells.kind(r, c) !== BLANK).length
    ) {
      // A column of remarks after the amounts ("Bemærkning": "Foreløbig") ends the table's columns.
      if (!amountsAfter(cells, c, rect.right, body.rows)) break;
      // Between amounts, figures Fordel cannot read ("÷20.000", "20.000 ??") are a source's amounts, named
      // at their cells; ending the table there would leave the sources after it unchecked.
      if (!words.some((r) => /\d/.test(cells.text(r, c)))) continue;
      valueCols.push(c);
      continue;
    }
    if (words.length) return null;
    valueCols.push(c);
  }
  if (valueCols.length === 0 || !periodRows.some((r) => valueCols.some((c) => cells.isNumeric(r, c)))) {
    return null;
  }

  const totalRow =
    opts.totalRow !== undefined
      ? opts.totalRow
      : pickTotalRow(cells, body.rows, found.totals, found.blanks, periodRows, valueCols);
  if (totalRow === undefined) return null;
  const pickedCol = roles?.total
    ? (role(roles, 'total') ?? null)
    : pickTotalCol(cells, area, valueCols, periodRows, totalRow);
  // Each column is named by the line closest to its amounts (under a merged group title), units aside.
  const headingOf = (c: number) =>
    area
      .texts(c)
      .filter((t) => !isUnitText(t))
      .pop() ?? '';
  let nameRow = area.bottom;
  const hiddenRows = new Set(cells.grid.hiddenRows ?? []);
  while (nameRow > headerRow && (isUnitRow(cells, nameRow, rect.left, rect.right) || hiddenRows.has(nameRow)))
    nameRow--;
  // The arithmetic among the columns: subtotals of groups of sources and breakdowns under a source.
  const structure = columnStructure(
    cells,
    valueCols,
    valueCols.map(headingOf),
    (c) => cells.raw(nameRow, c),
    totalRow === null ? periodRows : [...periodRows, totalRow],
    pickedCol,
  );
  const totalCol = roles?.total ? pickedCol : structure.total;
  const sources = structure.sources;
  if (sources.length === 0) return null;
  const labels = sources.map(headingOf);
  const types = sources.map((c) => classifySource(area.text(c)));
  const funded = types.some(isFundingSource);
  // Years and amounts alone are any yearly list; a funding source or a total makes it a financing table.
  if (!opts.kind && !funded && totalRow === null && totalCol === null) return null;
  // One year is a financing table only with sources named as such and a total that adds them up.
  if (found.periods.length < 2 && !roles && !(funded && (totalRow !== null || totalCol !== null)))
    return null;
  const byArea =
    [periodCol, ...(qualifierCol === null ? [] : [qualifierCol])].some((c) =>
      area.texts(c).some(isAreaHeader),
    ) || !funded;
  const sourceRows = sources.map((col, i) => ({
    row: col,
    label: labels[i],
    type: (byArea && types[i] === 'other' ? 'area' : types[i]) as SourceType,
  }));

  const kept = body.rows.filter((r) => periodRows.includes(r) || r === totalRow || found.totals.includes(r));
  const bottom = Math.max(...kept);
  const names = found.periods.map((p) => p.label).join(', ');
  return {
    part: {
      kind: 'cofinancing',
      orientation: 'rows',
      periodLabelCol: periodCol,
      labelCol: nameRow,
      periodCols: found.periods
        .filter((p) => periodRows.includes(p.row))
        .map((p) => ({ col: p.row, label: p.label })),
      totalCol: totalRow,
      sourceRows,
      totalRow: totalCol,
      ...(structure.subtotals.length ? { subtotalRows: structure.subtotals } : {}),
      ...(structure.breakdowns.length ? { breakdownRows: structure.breakdowns } : {}),
      because: {
        periods: text(
          `perioderne ${names} står ned ad rækkerne, kilderne hen ad kolonnerne`,
          `the periods ${names} run down the rows, the sources across the columns`,
        ),
        ...(totalCol === null ? {} : { 'total-row': totalColumnWhy(area.text(totalCol)) }),
        ...(structure.breakdowns.length
          ? { 'breakdown-rows': breakdownReading((c) => headingOf(c).trim(), structure.breakdowns) }
          : {}),
        ...(totalRow !== null && !found.totals.includes(totalRow) && cells.text(totalRow, periodCol) === ''
          ? { 'total-col': text('summen af perioderne over den', 'the sum of the periods above it') }
          : {}),
      },
    },
    range: { top: area.top, left: rect.left, bottom, right: rect.right },
    headerRow,
    // The unit column is read with the notes: it says what the amounts are in, as a note under the table would.
    notes: [...unitTexts.slice(0, 1), ...body.notes],
  };
}

/** Does any column right of `col` hold amounts in the table's lines? */
function amountsAfter(cells: SheetCells, col: number, right: number, rows: readonly number[]): boolean {
  for (let c = col + 1; c <= right; c++) if (rows.some((r) => cells.isNumeric(r, c))) return true;
  return false;
}

/**
 * The table ends at its last total row: what follows it ("heraf anlæg", notes, side calculations) is not part of
 * the sums. Without a total row, lines of text under the periods are notes.
 */
function endAtTotal(cells: SheetCells, rect: RangePos, body: Body): Body {
  const col = periodColumnOf(cells, rect, body.rows);
  if (col === null) return body;
  let periods = 0;
  let total: number | null = null;
  for (const r of body.rows) {
    if (periodLabel(cells.raw(r, col)) !== null) periods++;
    else if (periods >= 2 && totalWordAt(cells, r, col, rect.right)) total = r;
  }
  if (total !== null) return cutAfter(cells, rect, body, total);
  const rows = [...body.rows];
  const notes: string[] = [];
  while (rows.length > 2 && isSingleTextRow(cells, rows[rows.length - 1], rect.left, rect.right)) {
    const r = rows.pop()!;
    if (periodLabel(cells.raw(r, col)) !== null) return body;
    notes.unshift(rowText(cells, r, rect.left, rect.right));
  }
  return { rows, notes: [...notes, ...body.notes] };
}

/**
 * The column beside the years that says what kind of year each is ("Budget", "Overslag", "Overslag"): the
 * years' row over such words in the upright table, turned on its side. Every period has its word, the other
 * lines a total word or nothing; the column is part of the periods' labels, not a source.
 */
function qualifierColumn(
  cells: SheetCells,
  periodCol: number,
  right: number,
  rows: readonly number[],
  found: PeriodColumn,
): number | null {
  let col = periodCol + 1;
  while (col <= right && rows.every((r) => cells.kind(r, col) === BLANK)) col++;
  if (col > right) return null;
  const periodRows = new Set(found.periods.map((p) => p.row));
  const fits = rows.every((r) =>
    periodRows.has(r)
      ? isPeriodQualifier(cells.raw(r, col))
      : cells.kind(r, col) === BLANK || isTotalLabel(cells.text(r, col)),
  );
  return fits ? col : null;
}

/** A line with no period whose qualifier cell says "I alt" is a total line by its word. */
function withQualifiedTotals(cells: SheetCells, col: number, found: PeriodColumn): PeriodColumn {
  const labelled = found.blanks.filter((r) => r >= 0 && isTotalLabel(cells.text(r, col)));
  if (labelled.length === 0) return found;
  return {
    periods: found.periods,
    totals: [...found.totals, ...labelled].sort((a, b) => a - b),
    blanks: found.blanks.filter((r) => !labelled.includes(r)),
  };
}

/** "I alt" in the period column, or, that cell empty, in the next filled cell (a qualifier column's). */
function totalWordAt(cells: SheetCells, row: number, col: number, right: number): boolean {
  if (isTotalLabel(cells.text(row, col))) return true;
  if (cells.kind(row, col) !== BLANK) return false;
  let c = col + 1;
  while (c < right && cells.kind(row, c) === BLANK) c++;
  return cells.kind(row, c) === TEXT && isTotalLabel(cells.text(row, c));
}

/**
 * A one-year table with the sources across: one period row and its total row ("2025" over "I alt"), or the
 * one period row alone beside an "I alt" column. The caller asks for named sources and a total before it
 * reads it as a financing table.
 */
function oneYear(cells: SheetCells, col: number, rows: readonly number[]): PeriodColumn | null {
  const found = periodColumn(cells, col, rows, 1, true);
  if (!found || found.periods.length !== 1) return null;
  return found.totals.length + found.blanks.length >= 1 || rows.length === 1 ? found : null;
}

/** A correction says this column holds the periods: every labelled row but the totals is one. */
function anyLabels(cells: SheetCells, col: number, rows: readonly number[]): PeriodColumn | null {
  const periods: { row: number; label: string }[] = [];
  const totals: number[] = [];
  for (const r of rows) {
    const label = cells.text(r, col);
    if (label === '') continue;
    if (isTotalLabel(label)) totals.push(r);
    else periods.push({ row: r, label });
  }
  return periods.length ? { periods, totals, blanks: [] } : null;
}

/**
 * The column of the periods: the first filled one, past a group title that stands in one cell of its own
 * beside the years ("Finansiering" merged down the rows, as a title over the sources is merged across).
 */
function periodColumnOf(cells: SheetCells, rect: RangePos, rows: readonly number[]): number | null {
  let col = firstFilledColumn(cells, rect, rows);
  while (col !== null && col < rect.right && isGroupTitleColumn(cells, col, rows)) {
    col = firstFilledColumn(cells, { ...rect, left: col + 1 }, rows);
  }
  return col;
}

function isGroupTitleColumn(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  const filled = rows.filter((r) => cells.kind(r, col) !== BLANK);
  return (
    filled.length === 1 &&
    cells.kind(filled[0], col) === TEXT &&
    periodLabel(cells.raw(filled[0], col)) === null &&
    !isTotalLabel(cells.text(filled[0], col))
  );
}

function firstFilledColumn(cells: SheetCells, rect: RangePos, rows: readonly number[]): number | null {
  for (let c = rect.left; c <= rect.right; c++) if (rows.some((r) => cells.kind(r, c) !== BLANK)) return c;
  return null;
}

/** Why a column is the total: its words, or, unnamed, its sums. */
function totalColumnWhy(words: string): Text {
  return words && isTotalLabel(words)
    ? text(`mærket »${words}«`, `labelled "${words}"`)
    : words
      ? text(
          `»${words}« er summen af kilderne i hver række`,
          `"${words}" is the sum of the sources in each row`,
        )
      : text('summen af kilderne i hver række', 'the sum of the sources in each row');
}

/** Amount of a cell for the arithmetic: a dash or a blank is 0; null when it is not a number. */
function amount(cells: SheetCells, r: number, c: number): Decimal | null {
  const k = cells.kind(r, c);
  if (k === BLANK || isNil(cells.raw(r, c))) return ZERO;
  return k === TEXT ? null : cells.number(r, c);
}

/** Whether `total` equals the sum of `parts` (null when a cell cannot be read). */
function sums(total: Decimal | null, parts: readonly (Decimal | null)[]): boolean | null {
  if (total === null || parts.some((p) => p === null)) return null;
  return (
    compare(
      total,
      parts.reduce<Decimal>((s, p) => add(s, p!), ZERO),
    ) === 0
  );
}

/**
 * The total row: the last "I alt" row when it ends the table, else an "I alt" row that opens it, else an
 * unlabelled last row that is the sum of the periods (in all columns but at most one). Other "I alt" rows are subtotals. Undefined when an
 * unlabelled row is not a total (then it is no table Fordel can read this way).
 */
function pickTotalRow(
  cells: SheetCells,
  rows: readonly number[],
  totals: readonly number[],
  blanks: readonly number[],
  periodRows: readonly number[],
  cols: readonly number[],
): number | null | undefined {
  const first = rows[0];
  const last = rows[rows.length - 1];
  let chosen: number | null = null;
  if (totals.includes(last)) chosen = last;
  else if (totals.includes(first)) chosen = first;
  for (const b of blanks) {
    if (chosen !== null || (b !== last && b !== first)) return undefined;
    const agree = cols.map((c) =>
      sums(
        amount(cells, b, c),
        periodRows.map((r) => amount(cells, r, c)),
      ),
    );
    // The sum of the periods in every column, or in all but one when two or more agree (a slip is a finding).
    const yes = agree.filter((a) => a === true).length;
    const no = agree.filter((a) => a === false).length;
    if (!(yes >= 1 && no === 0) && !(yes >= 2 && no === 1)) return undefined;
    chosen = b;
  }
  return chosen;
}

/**
 * The total column: labelled "I alt", "Total" ... (the last such), else an unnamed first or last column that
 * is the sum of the others in every period and in the total row. A period where it is not may hold a typo:
 * when one source's column misses its total by the same amount, that one cell explains both, and the
 * period still counts for the column (the cell that breaks two relations is the error, not the total).
 */
function pickTotalCol(
  cells: SheetCells,
  area: HeaderArea,
  cols: readonly number[],
  periodRows: readonly number[],
  totalRow: number | null,
): number | null {
  const labelled = cols.filter((c) => area.texts(c).some(isTotalLabel));
  if (labelled.length) return labelled[labelled.length - 1];
  if (cols.length < 3) return null;
  const rows = totalRow === null ? periodRows : [...periodRows, totalRow];
  for (const c of [cols[cols.length - 1], cols[0]]) {
    const head = area.text(c);
    if (head !== '' && isFundingSource(classifySource(head))) continue;
    const others = cols.filter((x) => x !== c);
    // How far each source's periods miss the total row: a typed-wrong cell shows here and in its period.
    const columnMiss = others.map((x) =>
      totalRow === null
        ? null
        : miss(
            amount(cells, totalRow, x),
            periodRows.map((r) => amount(cells, r, x)),
          ),
    );
    // How far the candidate's own periods miss its cell in the total row: its own cell typed wrong in a period
    // breaks that period's sum and its column by the same amount, in opposite directions.
    const ownMiss =
      totalRow === null
        ? null
        : miss(
            amount(cells, totalRow, c),
            periodRows.map((r) => amount(cells, r, c)),
          );
    let yes = 0;
    let no = 0;
    let explained = 0;
    for (const r of rows) {
      const rowMiss = miss(
        amount(cells, r, c),
        others.map((x) => amount(cells, r, x)),
      );
      if (rowMiss === null) continue;
      if (compare(rowMiss, ZERO) === 0) yes++;
      // The total row repeats what the periods hold: it supports a total column, and a typo above it that
      // carries into it is one error, already counted in its period.
      else if (r === totalRow) continue;
      else if (columnMiss.some((m) => m !== null && compare(m, rowMiss) === 0)) explained++;
      else if (ownMiss !== null && compare(add(ownMiss, rowMiss), ZERO) === 0) explained++;
      else no++;
    }
    if (yes >= 1 && yes + explained >= 2 && no <= 1 && yes + explained > no) return c;
  }
  return null;
}

/** How much the parts exceed the total (0 when it is their sum); null when a cell cannot be read. */
function miss(total: Decimal | null, parts: readonly (Decimal | null)[]): Decimal | null {
  if (total === null || parts.some((p) => p === null)) return null;
  const sum = parts.reduce<Decimal>((s, p) => add(s, p!), ZERO);
  return sub(sum, total);
}
