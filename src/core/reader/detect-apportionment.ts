/**
 * Apportionment (fordeling) tables: a party column, a key (population or percent share), an amount, and
 * often a total row - first or last, labelled "I alt", the region's name, or nothing. Columns are recognised
 * by what they hold (names; shares that sum to about 100; amounts proportional to a key), with the header
 * words as supporting evidence, not as a gate.
 */
import { text, type Text } from '../findings/finding';
import type { RangePos } from '../grid/a1';
import type { KeyKind } from '../tables/layout';
import { matchParty } from '../parties/match-party';
import { cutAfter, isSingleTextRow, isTextColumn, rowHasContent, tableBody, type Body } from './body';
import { BLANK, TEXT, type SheetCells } from './cells';
import { role, type Detected, type DetectOptions } from './detect-types';
import { headerArea } from './header-area';
import { isUnitText } from './sub-header';
import { isAmountHeader, isPartyHeader, keyHeaderKind, periodLabel } from './labels';
import {
  columnValues,
  findTotals,
  isAbout100,
  isNumericColumn,
  isPercentColumn,
  isProportional,
  isRateHeader,
  sumOf,
} from './split-content';

/**
 * 'key' when a key column backs the split; 'amount' when only amounts are shown; 'content' when neither header
 * words nor party names say split, only the numbers (tried last, after every other kind).
 */
export type ApportionmentEvidence = 'key' | 'amount' | 'content';

export function detectApportionment(
  cells: SheetCells,
  rect: RangePos,
  headerRow: number,
  opts: DetectOptions = {},
  need: ApportionmentEvidence = 'amount',
): Detected | null {
  const forced = opts.kind === 'apportionment';
  const roles = opts.roles;
  const because: Record<string, Text> = {};
  // A title line is no header: tried as one only when data follows at once (a split with no header row).
  const titleLine =
    isSingleTextRow(cells, headerRow, rect.left, rect.right) && cells.kind(headerRow, rect.left) === TEXT;
  if (titleLine && !forced && !numbersFollow(cells, rect, headerRow)) return null;
  let partyCol: number | undefined;
  let percentCol: number | undefined;
  let popCol: number | undefined;
  let amountCol: number | undefined;
  const rates = new Set<number>();
  /** Columns named by header words outside the header row (a merged title, a second header line). */
  const namedBy = new Map<number, string>();
  // The lowest header line names the column; a merged group title above it counts when that line says nothing.
  const area = headerArea(cells, rect, headerRow);
  for (let c = rect.left; c <= rect.right; c++) {
    // A unit under the name ("kr." under "Beløb") is not the name.
    const words = titleLine
      ? []
      : [...area.texts(c)].reverse().sort((a, b) => +isUnitText(a) - +isUnitText(b));
    const h = words.find((w) => isRateHeader(w) || columnRole(w) !== null) ?? '';
    if (h === '') continue;
    if (h !== cells.text(headerRow, c)) namedBy.set(c, h);
    if (isRateHeader(h)) {
      rates.add(c);
      continue;
    }
    const key = keyHeaderKind(h);
    if (key === 'percent') percentCol ??= c;
    else if (key === 'population') popCol ??= c;
    else if (isAmountHeader(h)) amountCol ??= c;
    else if (isPartyHeader(h)) partyCol ??= c;
  }
  const keyByHeader = percentCol !== undefined || popCol !== undefined;
  const body = tableBody(cells, rect, headerRow);
  const namesParties = (col: number): boolean => partyShare(cells, col, body) >= 0.6;
  if (partyCol === undefined) {
    for (let c = rect.left; c <= rect.right && partyCol === undefined; c++) {
      if (c !== percentCol && c !== popCol && c !== amountCol && namesParties(c)) partyCol = c;
    }
  }
  // No header word and no known party names: the first text column, if the numbers say split.
  let labelOnly = false;
  if (partyCol === undefined && need === 'content') {
    for (let c = rect.left; c <= rect.right && partyCol === undefined; c++) {
      if (isTextColumn(cells, c, body.rows)) {
        partyCol = c;
        labelOnly = true;
      }
    }
  }

  partyCol = role(roles, 'party') ?? partyCol;
  if (partyCol !== undefined && role(roles, 'party') !== undefined) labelOnly = false;
  const label = partyCol;

  // Content: numeric columns right of the names, without rate or price columns.
  const numeric: number[] = [];
  if (label !== undefined) {
    for (let c = label + 1; c <= rect.right; c++) {
      if (!rates.has(c) && isNumericColumn(cells, c, body.rows)) numeric.push(c);
    }
  }
  const pctCells = (c: number) => isPercentColumn(cells, c, body.rows);
  // Keys found by content alone need names that are parties, or the strict last pass.
  const contentKeys = need === 'content' || (label !== undefined && namesParties(label));
  // A percent-formatted column that does not sum to about 100 is a rate, not a key.
  for (const c of [...numeric]) {
    if (pctCells(c) && c !== percentCol && !sharesLike(cells, c, body.rows, label!)) {
      numeric.splice(numeric.indexOf(c), 1);
      rates.add(c);
    }
  }
  if (percentCol !== undefined && rates.has(percentCol)) percentCol = undefined;
  if (percentCol === undefined && contentKeys) {
    const share = numeric.find(
      (c) => c !== popCol && c !== amountCol && sharesLike(cells, c, body.rows, label!),
    );
    if (share !== undefined) {
      percentCol = share;
      because['key-col'] = text('kolonnen summerer til 100 %', 'the column sums to 100 %');
    }
  }
  if (popCol === undefined && percentCol === undefined && contentKeys) {
    // A key found by content: the column the amounts are proportional to.
    const amounts = amountCol !== undefined ? [amountCol] : numeric;
    for (const k of numeric) {
      const a = amounts.find((x) => x > k && x !== k && proportional(cells, k, x, body.rows, label!));
      if (a !== undefined) {
        popCol = k;
        amountCol ??= a;
        because['key-col'] = text(
          'beløbene er proportionale med kolonnen',
          'the amounts are proportional to the column',
        );
        break;
      }
    }
  }
  if (amountCol === undefined) {
    const keyCols = [percentCol, popCol];
    const a = numeric.find((c) => !keyCols.includes(c) && c > (popCol ?? percentCol ?? label ?? rect.left));
    if (a !== undefined && (popCol !== undefined || percentCol !== undefined)) amountCol = a;
  }

  amountCol = role(roles, 'amount') ?? amountCol;
  const forcedKey = role(roles, 'key');
  const forcedShare = role(roles, 'share');
  if (forcedKey !== undefined) {
    const kind = keyHeaderKind(cells.text(headerRow, forcedKey));
    if (kind === 'percent' && forcedShare === undefined) {
      percentCol = forcedKey;
      popCol = undefined;
    } else {
      popCol = forcedKey;
    }
  }
  if (forcedShare !== undefined) percentCol = forcedShare;

  const keyWords = namedBy.get((popCol ?? percentCol)!);
  if (keyWords && because['key-col'] === undefined) {
    because['key-col'] =
      popCol !== undefined
        ? text(`nøglen er »${keyWords}« (antal)`, `the key is "${keyWords}" (counts)`)
        : text(`nøglen er »${keyWords}« (andele i procent)`, `the key is "${keyWords}" (shares in percent)`);
  }
  const amountWords = namedBy.get(amountCol!);
  if (amountWords && because['amount-col'] === undefined) {
    because['amount-col'] = text(`beløbene i »${amountWords}«`, `the amounts in "${amountWords}"`);
  }
  const hasKey = percentCol !== undefined || popCol !== undefined;
  // Years across the header make a co-financing table, whatever its numbers look like.
  if (!forced && !titleLine && periodHeaders(cells, rect, headerRow) >= 2 && !keyByHeader) return null;
  if (!forced) {
    if (partyCol === undefined) return null;
    if (need === 'key' && !hasKey) return null;
    if (!hasKey && (amountCol === undefined || !namesParties(partyCol))) return null;
    // Only a label column, or a key found by content without names that are parties: the numbers must say
    // split - shares that sum to 100, and amounts that follow them.
    if (labelOnly || (because['key-col'] !== undefined && !namesParties(partyCol))) {
      const shares = percentCol !== undefined && sharesLike(cells, percentCol, body.rows, partyCol);
      const follows =
        shares &&
        amountCol !== undefined &&
        proportional(cells, percentCol!, amountCol, body.rows, partyCol, 0.05);
      if (!follows) return null;
    }
  }
  const party = partyCol ?? rect.left;

  const keyCol = popCol ?? percentCol ?? null;
  const keyKind: KeyKind = popCol !== undefined ? 'population' : 'percent';
  const shareCol = popCol !== undefined ? (percentCol ?? null) : null;
  const amount = amountCol ?? null;

  let totalRow: number | null;
  let otherTotals: readonly number[] = [];
  if (opts.totalRow !== undefined) {
    totalRow = opts.totalRow;
    if (totalRow !== null) because['total-row'] = text('rettet af brugeren', 'corrected by the user');
  } else if (opts.excelTotalRow != null) totalRow = opts.excelTotalRow;
  else {
    const sumCols = [popCol, amount].filter((c): c is number => c !== undefined && c !== null);
    const totals = findTotals(cells, body.rows, party, percentCol ?? null, sumCols);
    totalRow = totals.totalRow;
    otherTotals = totals.otherTotals;
    if (totalRow !== null) {
      const name = cells.text(totalRow, party);
      const where = totals.first ? text('øverst', 'at the top') : text('nederst', 'at the bottom');
      because['total-row'] =
        totals.why === 'hundred'
          ? text(
              `»${name}« ${where.da} siger 100 %: det er totalen, ikke en part`,
              `"${name}" ${where.en} says 100 %: it is the total, not a party`,
            )
          : totals.why === 'sum'
            ? text(
                `${name ? `»${name}« ` : 'rækken '}${where.da} er summen af de andre rækker`,
                `${name ? `"${name}" ` : 'the row '}${where.en} is the sum of the other rows`,
              )
            : text(`mærket »${name}«`, `labelled "${name}"`);
    }
  }
  // Rows after a total at the bottom are notes or side calculations.
  const last = body.rows[body.rows.length - 1];
  const kept =
    totalRow !== null && totalRow !== body.rows[0] && totalRow !== last
      ? cutAfter(cells, rect, body, totalRow)
      : body;
  const dataRows = kept.rows.filter((r) => r !== totalRow && !otherTotals.includes(r));
  const bottom = kept.rows.length ? kept.rows[kept.rows.length - 1] : headerRow;
  if (!forced && (dataRows.length === 0 || (dataRows.length === 1 && totalRow === null))) return null;
  return {
    part: {
      kind: 'apportionment',
      partyCol: party,
      keyCol,
      keyKind,
      shareCol,
      amountCol: amount,
      dataRows,
      totalRow,
      ...(otherTotals.length ? { otherTotalRows: otherTotals } : {}),
      because,
    },
    range: { top: headerRow, left: rect.left, bottom, right: rect.right },
    headerRow,
    notes: kept.notes,
  };
}

function columnRole(h: string): string | null {
  return keyHeaderKind(h) ?? (isAmountHeader(h) ? 'amount' : isPartyHeader(h) ? 'party' : null);
}

function periodHeaders(cells: SheetCells, rect: RangePos, headerRow: number): number {
  let n = 0;
  for (let c = rect.left; c <= rect.right; c++) {
    if (cells.kind(headerRow, c) !== BLANK && periodLabel(cells.raw(headerRow, c)) !== null) n++;
  }
  return n;
}

function numbersFollow(cells: SheetCells, rect: RangePos, headerRow: number): boolean {
  for (let r = headerRow + 1; r <= rect.bottom; r++) {
    if (!rowHasContent(cells, r, rect.left, rect.right)) continue;
    // A data row: a name, then numbers; a row of years is a header.
    if (cells.kind(r, rect.left) !== TEXT || periodHeaders(cells, rect, r) >= 2) return false;
    for (let c = rect.left; c <= rect.right; c++) if (cells.isNumeric(r, c)) return true;
    return false;
  }
  return false;
}

/** Shares: the rows (a total row first or last left out) sum to about 100, none negative. */
function sharesLike(cells: SheetCells, col: number, rows: readonly number[], label: number): boolean {
  const values = columnValues(cells, col, rows);
  if (values.some((v) => v !== null && v.digits < 0n)) return false;
  if (isAbout100(sumOf(values))) return true;
  const totals = findTotals(cells, rows, label, col, []);
  if (totals.totalRow === null) return false;
  const parts = rows.filter((r) => r !== totals.totalRow && !totals.otherTotals.includes(r));
  return isAbout100(sumOf(columnValues(cells, col, parts)));
}

function proportional(
  cells: SheetCells,
  key: number,
  amount: number,
  rows: readonly number[],
  label: number,
  tolerance = 0.005,
): boolean {
  const totals = findTotals(cells, rows, label, null, [key, amount]);
  const parts = rows.filter((r) => r !== totals.totalRow && !totals.otherTotals.includes(r));
  return isProportional(columnValues(cells, key, parts), columnValues(cells, amount, parts), tolerance);
}

/** Share of the first rows whose text names a Danish municipality or region. */
function partyShare(cells: SheetCells, col: number, body: Body): number {
  let named = 0;
  let filled = 0;
  for (const r of body.rows.slice(0, 40)) {
    if (cells.kind(r, col) === BLANK) continue;
    filled++;
    if (matchParty(cells.text(r, col), { fuzzy: false })) named++;
  }
  return filled >= 2 ? named / filled : 0;
}
