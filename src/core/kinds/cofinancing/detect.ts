/**
 * Co-financing tables: a label column, period columns (years), maybe a total column, rows per
 * funding source and a total row. A table whose rows are not funding sources is a breakdown by
 * focus area.
 */
import { add, compare, ZERO, type Decimal } from '../../decimal/decimal';
import { text, type Text } from '../../findings/finding';
import { columnLetters, type RangePos } from '../../grid/a1';
import type { SourceType } from '../../tables/layout';
import { cutAfter, hasNumbers, isSingleTextRow, isTextColumn, tableBody } from '../../reader/body';
import { noteLinesReading } from '../../reader/note-lines';
import { BLANK, type SheetCells } from '../../reader/cells';
import { statedScale } from '../../reader/amount-scale';
import { classifySource, isFundingSource } from './classify-source';
import { role, type Detected, type DetectOptions } from '../../reader/detect-types';
import {
  isAmountHeader,
  isAreaHeader,
  isHeadingOrNoteLine,
  isTotalLabel,
  keyHeaderKind,
  periodLabel,
} from '../../reader/labels';
import { cofinancingTotals, isTotalRowLabel, type CofinancingTotals } from './totals-found';
import { rowStructure } from '../../reader/row-structure';
import { headerArea } from '../../reader/header-area';
import { periodColumn } from './period-column';
import { isRateHeader } from '../split/content';
import { spanOverPeriods, sumColumn } from './total-column';

export function detectCofinancing(
  cells: SheetCells,
  rect: RangePos,
  headerRow: number,
  opts: DetectOptions = {},
  /** Read a plan with one amount column and no periods (tried after every other reading). */
  oneAmountColumn = false,
): Detected | null {
  const forced = opts.kind === 'cofinancing';
  const roles = opts.roles;

  // The header may be two or three rows with merged group titles: "I alt" merged down beside the years.
  const area = headerArea(cells, rect, headerRow);
  const because: Record<string, Text> = {};
  let periodCols: { col: number; label: string }[] = [];
  let totalCol: number | null = null;
  // A year merged over its half-years or quarters ("2025" over "1. halvår | 2. halvår") is a period in
  // every column it spans, each named by the year and the line under it.
  const merges = cells.grid.merges ?? [];
  const mergeAt = (c: number) =>
    merges.find((m) => m.top === headerRow && m.left <= c && m.right >= c && m.right > m.left);
  const totalCols: number[] = [];
  for (let c = rect.left; c <= rect.right; c++) {
    const m = mergeAt(c);
    const at = m ? m.left : c;
    const year = periodLabel(cells.kind(headerRow, at) === 0 ? null : cells.raw(headerRow, at));
    const label = year !== null && m && area.bottom > headerRow ? area.text(c) : year;
    const total = area.texts(c).some(isTotalLabel);
    // "I alt" over "2021-23" is the total of the years beside it, not one more period.
    if (total && (label === null || area.top < headerRow)) totalCols.push(c);
    else if (label !== null) periodCols.push({ col: c, label });
  }
  // A total between the periods ("I alt 2026" after 2026's quarters, before 2027's) sums the periods since
  // the one before it; the table's total column is the first other total past the last period (or, without
  // one, the first total, as before).
  const lastPeriod = periodCols.length ? periodCols[periodCols.length - 1].col : -1;
  const inside = opts.roles
    ? []
    : totalCols.filter((c) => c < lastPeriod && periodCols.some((p) => p.col < c));
  // The last year's total stands after the last period, before the table's own total ("I alt 2027 | I alt").
  const after = totalCols.filter((c) => c > lastPeriod);
  const between = inside.length && after.length >= 2 ? [...inside, after[0]] : inside;
  const periodSubtotalCols = between
    .map((col, i) => ({
      col,
      parts: periodCols.map((p) => p.col).filter((x) => x < col && x > (between[i - 1] ?? -1)),
    }))
    .filter((s) => s.parts.length >= 2);
  const inSubtotal = new Set(periodSubtotalCols.map((s) => s.col));
  totalCol =
    totalCols.find((c) => c > lastPeriod && !inSubtotal.has(c)) ??
    totalCols.find((c) => !inSubtotal.has(c)) ??
    null;
  if (totalCol !== null && cells.text(headerRow, totalCol) !== area.text(totalCol)) {
    const words = area.text(totalCol);
    because['total-col'] = text(`mærket »${words}« i overskriften`, `labelled "${words}" in the header`);
  }
  // "2021-24" beside 2021 ... 2024 is their total, not one more period.
  const span = totalCol === null && !opts.roles?.periods ? spanOverPeriods(periodCols) : null;
  if (span) {
    totalCol = span.col;
    periodCols = periodCols.filter((p) => p !== span);
    because['total-col'] = text(
      `»${span.label}« spænder over årene ved siden af`,
      `"${span.label}" spans the years beside it`,
    );
  }
  // A financing plan with one amount column and no periods ("Finansiering | Beløb (kr.)"): the column is its
  // one period, and the rows must prove it is financing (own money and another source, below).
  if (oneAmountColumn && !forced && periodCols.length === 0 && totalCol === null) {
    const amount = singleAmountColumn(cells, rect, area, headerRow);
    if (amount !== null) periodCols = [amount];
  }
  const singleAmount = periodCols.length === 1 && !isPeriodHeader(periodCols[0].label);
  // One period is enough beside an "I alt" column when the rows prove it is financing (own money, below).
  // A year alone may still have its total beside it under words Fordel does not know ("I alt for perioden"):
  // the arithmetic below decides, and without a total the year is dropped again.
  const totalByFigures = periodCols.length === 1 && totalCol === null && isPeriodHeader(periodCols[0].label);
  const onePeriod =
    periodCols.length === 1 && (totalCol !== null || !isPeriodHeader(periodCols[0].label) || totalByFigures);
  if (
    !forced &&
    ((periodCols.length < 2 && !onePeriod) ||
      new Set(periodCols.map((p) => p.label)).size < periodCols.length)
  ) {
    return null;
  }

  const body = tableBody(cells, rect, headerRow);
  const firstValueCol = periodCols.length ? periodCols[0].col : rect.right + 1;
  let labelCol = role(roles, 'label');
  if (labelCol === undefined) {
    for (let c = rect.left; c < firstValueCol && labelCol === undefined; c++) {
      if (isTextColumn(cells, c, body.rows)) labelCol = c;
    }
    if (labelCol === undefined && firstValueCol > rect.left) labelCol = rect.left;
  }
  if (labelCol === undefined) return null;
  const label = labelCol;

  if (roles?.periods) {
    periodCols = roles.periods.map((col) => ({ col, label: cells.text(headerRow, col) || String(col) }));
  }
  periodCols = periodCols.filter((p) => p.col !== label);
  const forcedTotal = role(roles, 'total');
  if (forcedTotal !== undefined) totalCol = forcedTotal;
  if (totalCol !== null && totalCol <= label) totalCol = null;
  if (
    totalCol === null &&
    forcedTotal === undefined &&
    !roles?.periods &&
    (periodCols.length >= 2 || totalByFigures)
  ) {
    // A column with no total word whose figures are each row's sum of the periods ("Hele perioden").
    const periodSet = new Set(periodCols.map((p) => p.col));
    const last = periodCols[periodCols.length - 1].col;
    const first = periodCols[0].col;
    const candidates = [last + 1, first - 1].filter(
      (c) => c > label && c <= rect.right && !periodSet.has(c) && !isRateColumn(cells, headerRow, c),
    );
    const found = sumColumn(cells, body.rows, periodCols, candidates);
    if (found !== null) {
      totalCol = found;
      because['total-col'] = text(
        'hver række er summen af perioderne i kolonnen',
        "each row's sum of the periods is in the column",
      );
    }
  }
  if (!forced && totalByFigures && totalCol === null) return null;
  if (forced && periodCols.length === 0) {
    // Told it is co-financing but no period headers: every other numeric column is a period.
    for (let c = label + 1; c <= rect.right; c++) {
      if (c !== totalCol && hasNumbers(cells, body.rows, [c])) {
        periodCols.push({ col: c, label: cells.text(headerRow, c) || String(c) });
      }
    }
  }
  if (periodCols.length === 0) return null;
  if (
    !forced &&
    !hasNumbers(
      cells,
      body.rows,
      periodCols.map((p) => p.col),
    )
  )
    return null;

  let totalRow: number | null = null;
  let otherTotals: readonly number[] = [];
  let subtotals: CofinancingTotals['subtotals'] = [];
  let totalFirst = false;
  if (opts.totalRow !== undefined) totalRow = opts.totalRow;
  else if (opts.excelTotalRow != null) totalRow = opts.excelTotalRow;
  else {
    const valueCols = [...periodCols.map((p) => p.col), ...(totalCol !== null ? [totalCol] : [])];
    const totals = cofinancingTotals(cells, body.rows, label, valueCols, totalCol);
    totalRow = totals.totalRow;
    otherTotals = totals.otherTotals;
    subtotals = totals.subtotals;
    totalFirst = totals.first;
    if (totalRow !== null && (totals.first || totals.why === 'sum')) {
      const name = cells.text(totalRow, label);
      const where = totals.first ? text('øverst', 'at the top') : text('nederst', 'at the bottom');
      because['total-row'] =
        totals.why === 'sum'
          ? text(
              `${name ? `»${name}« ` : 'rækken '}${where.da} er summen af de andre rækker`,
              `${name ? `"${name}" ` : 'the row '}${where.en} is the sum of the other rows`,
            )
          : text(`mærket »${name}« ${where.da}`, `labelled "${name}" ${where.en}`);
    }
  }
  // Rows after a total at the bottom are notes or side calculations; a total at the top has its parts below.
  const kept = totalFirst ? body : cutAfter(cells, rect, body, totalRow);

  // The arithmetic among the rows: breakdown rows ("heraf ...") are part of the row above and not counted
  // again; a row that sums its group (confirmed by the total) is a subtotal, not a source.
  const valueCols = [...periodCols.map((p) => p.col), ...(totalCol !== null ? [totalCol] : [])];
  const structure = rowStructure(
    cells,
    kept.rows.filter((r) => !otherTotals.includes(r)),
    label,
    valueCols,
    totalRow,
    { total: isTotalRowLabel, part: (name) => isFundingSource(classifySource(name)) },
  );
  const breakdownRows = structure.breakdowns.map(({ row, parent }) => ({ row, parent }));
  // With breakdowns or subtotals set apart, a line with no total word may turn out to sum the rest.
  const given = opts.totalRow !== undefined || opts.excelTotalRow != null;
  if (
    !given &&
    totalRow === null &&
    structure.total !== null &&
    (breakdownRows.length || structure.subtotals.length)
  ) {
    totalRow = structure.total;
    const name = cells.text(totalRow, label);
    because['total-row'] = text(
      `${name ? `»${name}« ` : 'rækken '}er summen af kilderne`,
      `${name ? `"${name}" ` : 'the row '}is the sum of the sources`,
    );
  }
  const inBreakdown = new Set(breakdownRows.map((b) => b.row));
  // "Statslige midler i alt" over its own "heraf" lines is a source that sums its breakdown, not a subtotal
  // of the sources above it: unless its figures are those sources' sum, it is read as a source.
  subtotals = subtotals.filter(
    (x) => !breakdownRows.some((b) => b.parent === x.row) || sumsRows(cells, x.row, x.parts, valueCols),
  );
  for (const sub of structure.subtotals) {
    if (sub.why === 'sum' && !subtotals.some((x) => x.row === sub.row)) {
      subtotals = [...subtotals, { row: sub.row, parts: sub.parts }].sort((a, b) => a.row - b.row);
    }
  }
  if (breakdownRows.length)
    because['breakdown-rows'] = breakdownReading((r) => cells.text(r, label).trim(), breakdownRows);

  // Earlier "I alt" rows are subtotals: neither sources nor the total.
  const rows: number[] = [];
  const labels: string[] = [];
  // A line that only says what the amounts are in ("Beløb i mio. kr.") is a note on the unit, not a source.
  const unitLines: string[] = [];
  const noteRows: number[] = [];
  for (const r of kept.rows) {
    const name = cells.text(r, label);
    if (r === totalRow || otherTotals.includes(r) || isTotalLabel(name)) continue;
    if (subtotals.some((x) => x.row === r) || inBreakdown.has(r)) continue;
    if (isUnitLine(cells, r, name, valueCols)) {
      unitLines.push(name);
      continue;
    }
    // Words alone on a line between the sources head or remark on them ("Ændret efter budgetforliget"); a
    // source named on a line of its own ("EU-midler" with nothing yet) stays a source.
    if (
      isSingleTextRow(cells, r, rect.left, rect.right) &&
      name !== '' &&
      (isHeadingOrNoteLine(name) || !isFundingSource(classifySource(name)))
    ) {
      noteRows.push(r);
      continue;
    }
    rows.push(r);
    labels.push(name);
  }
  const types = labels.map((l) => classifySource(l));
  // One period (or one amount column) is financing when the rows say who pays: own money beside another
  // source, or, with no period at all, at least two sources of financing.
  const owned = types.includes('own') && types.some((t) => t !== 'own');
  const sources = types.filter(isFundingSource).length >= 2;
  if (!forced && periodCols.length === 1 && !owned && !(singleAmount && sources)) return null;
  // A plan's shares beside its one amount column ("Kilde | Andel | Beløb"), or beside the I alt of a table by
  // years ("2026 | 2027 | I alt | Pct."), checked against those amounts.
  const shareAmounts = singleAmount ? periodCols[0].col : totalCol;
  const shareCol =
    shareAmounts !== null && !forced
      ? planShareColumn(cells, rect, area, [label, shareAmounts, ...periodCols.map((p) => p.col)])
      : null;
  const byArea = area.texts(label).some(isAreaHeader);
  const breakdown = byArea || !types.some(isFundingSource);
  const sourceRows = rows.map((row, i) => ({
    row,
    label: labels[i],
    type: (byArea || (breakdown && types[i] === 'other') ? 'area' : types[i]) as SourceType,
  }));

  if (noteRows.length) because['note-rows'] = noteLinesReading(cells, label, noteRows);
  const bottom = Math.max(headerRow, ...(kept.rows.length ? [kept.rows[kept.rows.length - 1]] : []));
  // Periods both across the header and down the label column: either reading could be meant. It matters
  // only when there is something to check (a total, or a row or column naming who pays).
  const checkable = totalRow !== null || totalCol !== null || types.some(isFundingSource);
  const unsure =
    !forced && checkable && periodColumn(cells, label, kept.rows) ? [bothWays(headerRow, label)] : undefined;
  return {
    part: {
      kind: 'cofinancing',
      labelCol: label,
      periodCols,
      totalCol,
      sourceRows,
      totalRow,
      ...(otherTotals.length ? { otherTotalRows: otherTotals } : {}),
      ...(subtotals.length ? { subtotalRows: subtotals } : {}),
      ...(breakdownRows.length ? { breakdownRows } : {}),
      ...(noteRows.length ? { noteRows } : {}),
      ...(periodSubtotalCols.length ? { periodSubtotalCols } : {}),
      ...(shareCol !== null ? { shareCol } : {}),
      ...(Object.keys(because).length ? { because } : {}),
      ...(unsure ? { unsure } : {}),
    },
    range: { top: area.top, left: rect.left, bottom, right: rect.right },
    headerRow,
    notes: [...unitLines, ...kept.notes],
  };
}

/** A line with no figure whose words state the unit of the amounts ("Beløb i mio. kr.", "(1.000 kr.)"). */
function isUnitLine(cells: SheetCells, row: number, name: string, cols: readonly number[]): boolean {
  if (cols.some((c) => cells.kind(row, c) !== BLANK)) return false;
  const scale = statedScale(name);
  return scale !== undefined && scale !== 1;
}

/**
 * Whether the row's figures are the sum of the given rows' in every value column that has one (two rows at
 * least: one row repeated is no subtotal).
 */
function sumsRows(
  cells: SheetCells,
  row: number,
  parts: readonly number[],
  cols: readonly number[],
): boolean {
  if (parts.length < 2) return false;
  let compared = 0;
  for (const c of cols) {
    const stated = cells.number(row, c);
    if (stated === null) continue;
    const sum = parts.reduce<Decimal>((acc, r) => add(acc, cells.number(r, c) ?? ZERO), ZERO);
    if (compare(sum, stated) !== 0) return false;
    compared++;
  }
  return compared > 0;
}

function bothWays(headerRow: number, col: number): Text {
  const row = headerRow + 1;
  const letter = columnLetters(col);
  return text(
    `Både række ${row} og kolonne ${letter} holder perioder, så Fordel kan ikke se, om perioderne går hen ad kolonnerne eller ned ad rækkerne, og kontrollerer ikke tabellen. Angiv under Tabeller, hvilke kolonner der er perioder, så kontrollerer Fordel den.`,
    `Both row ${row} and column ${letter} hold periods, so Fordel cannot tell whether the periods run across the columns or down the rows, and does not check the table. Say under Tables which columns are periods, and Fordel will check it.`,
  );
}

/**
 * "»heraf kontant« er en del af »Statslige midler« og tælles ikke med igen". `name` gives a line's label (a
 * row's first cell, or a column's heading when the sources run across).
 */
export function breakdownReading(
  name: (line: number) => string,
  rows: readonly { readonly row: number; readonly parent: number }[],
): Text {
  const parents = [...new Set(rows.map((b) => b.parent))];
  const da = parents.map((p) => {
    const kids = rows.filter((b) => b.parent === p).map((b) => `»${name(b.row)}«`);
    return `${kids.join(', ')} er en del af »${name(p)}«`;
  });
  const en = parents.map((p) => {
    const kids = rows.filter((b) => b.parent === p).map((b) => `"${name(b.row)}"`);
    return `${kids.join(', ')} ${kids.length === 1 ? 'is' : 'are'} part of "${name(p)}"`;
  });
  return text(
    `${da.join('; ')} og tælles ikke med igen`,
    `${en.join('; ')} and ${rows.length === 1 ? 'is' : 'are'} not counted again`,
  );
}

/** The one column whose header calls it an amount ("Beløb (kr.)", "Finansiering i kr."), not a share. */
function singleAmountColumn(
  cells: SheetCells,
  rect: RangePos,
  area: ReturnType<typeof headerArea>,
  headerRow: number,
): { col: number; label: string } | null {
  const found: { col: number; label: string }[] = [];
  for (let c = rect.left + 1; c <= rect.right; c++) {
    const words = area.text(c);
    if (!words || keyHeaderKind(words) !== null || isRateHeader(words) || isTotalLabel(words)) continue;
    if (isAmountHeader(words)) found.push({ col: c, label: cells.text(headerRow, c) || words });
  }
  return found.length === 1 ? found[0] : null;
}

/** The one column beside a plan's amounts whose header calls it a share ("Andel", "Andel i pct.", "%"). */
function planShareColumn(
  cells: SheetCells,
  rect: RangePos,
  area: ReturnType<typeof headerArea>,
  taken: readonly number[],
): number | null {
  const found: number[] = [];
  for (let c = rect.left; c <= rect.right; c++) {
    if (taken.includes(c)) continue;
    const words = area.text(c);
    if (words && keyHeaderKind(words) === 'percent' && !isRateHeader(words)) found.push(c);
  }
  return found.length === 1 ? found[0] : null;
}

function isPeriodHeader(label: string): boolean {
  return periodLabel(label) !== null;
}

function isRateColumn(cells: SheetCells, headerRow: number, col: number): boolean {
  return isRateHeader(cells.text(headerRow, col));
}
