/**
 * Apportionment (fordeling) tables: a party column, a key (population or percent share), an
 * amount, and often a total row labelled "I alt" or with the region's name.
 */
import { add, compare, type Decimal, ZERO } from '../decimal/decimal';
import type { RangePos } from '../grid/a1';
import type { KeyKind } from '../tables/layout';
import { matchParty } from '../parties/match-party';
import { cutAfter, tableBody, type Body } from './body';
import { BLANK, type SheetCells } from './cells';
import { role, type Detected, type DetectOptions } from './detect-types';
import { isAmountHeader, isPartyHeader, isTotalLabel, keyHeaderKind } from './labels';

/** 'key' when a key column backs the split; 'amount' when only amounts are shown. */
export type ApportionmentEvidence = 'key' | 'amount';

export function detectApportionment(
  cells: SheetCells,
  rect: RangePos,
  headerRow: number,
  opts: DetectOptions = {},
  need: ApportionmentEvidence = 'amount',
): Detected | null {
  const forced = opts.kind === 'apportionment';
  const roles = opts.roles;
  let partyCol: number | undefined;
  let percentCol: number | undefined;
  let popCol: number | undefined;
  let amountCol: number | undefined;
  for (let c = rect.left; c <= rect.right; c++) {
    const h = cells.text(headerRow, c);
    if (h === '') continue;
    const key = keyHeaderKind(h);
    if (key === 'percent') percentCol ??= c;
    else if (key === 'population') popCol ??= c;
    else if (isAmountHeader(h)) amountCol ??= c;
    else if (isPartyHeader(h)) partyCol ??= c;
  }
  const body = tableBody(cells, rect, headerRow);
  const namesParties = (col: number): boolean => partyShare(cells, col, body) >= 0.6;
  if (partyCol === undefined) {
    for (let c = rect.left; c <= rect.right && partyCol === undefined; c++) {
      if (c !== percentCol && c !== popCol && c !== amountCol && namesParties(c)) partyCol = c;
    }
  }

  partyCol = role(roles, 'party') ?? partyCol;
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

  if (!forced) {
    if (partyCol === undefined) return null;
    const hasKey = percentCol !== undefined || popCol !== undefined;
    if (need === 'key' && !hasKey) return null;
    if (!hasKey && (amountCol === undefined || !namesParties(partyCol))) return null;
  }
  const party = partyCol ?? rect.left;

  const keyCol = popCol ?? percentCol ?? null;
  const keyKind: KeyKind = popCol !== undefined ? 'population' : 'percent';
  const shareCol = popCol !== undefined ? (percentCol ?? null) : null;
  const amount = amountCol ?? null;

  const totalRow =
    opts.totalRow !== undefined
      ? opts.totalRow
      : opts.excelTotalRow != null
        ? opts.excelTotalRow
        : findTotalRow(cells, body, party, percentCol ?? null, amount, popCol ?? null);
  const kept = cutAfter(cells, rect, body, totalRow);
  const dataRows = kept.rows.filter((r) => r !== totalRow);
  const bottom = kept.rows.length ? kept.rows[kept.rows.length - 1] : headerRow;
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
    },
    range: { top: headerRow, left: rect.left, bottom, right: rect.right },
    headerRow,
    notes: kept.notes,
  };
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

/**
 * The last "I alt"-like row; or a region's row at the bottom whose share says 100 or whose amount
 * (or key) is the sum of the rows above.
 */
function findTotalRow(
  cells: SheetCells,
  body: Body,
  party: number,
  percentCol: number | null,
  amountCol: number | null,
  popCol: number | null,
): number | null {
  for (let i = body.rows.length - 1; i >= 0; i--) {
    if (isTotalLabel(cells.text(body.rows[i], party))) return body.rows[i];
  }
  if (body.rows.length < 3) return null;
  const last = body.rows[body.rows.length - 1];
  const named = matchParty(cells.text(last, party), { fuzzy: false });
  if (!named || named.party.kind !== 'region') return null;
  if (percentCol !== null) {
    const share = cells.number(last, percentCol);
    if (
      share &&
      compare(share, { digits: 995n, scale: 1 }) >= 0 &&
      compare(share, { digits: 1005n, scale: 1 }) <= 0
    ) {
      return last;
    }
  }
  for (const col of [amountCol, popCol]) {
    if (col === null) continue;
    const value = cells.number(last, col);
    if (value && compare(value, sumAbove(cells, body.rows.slice(0, -1), col)) === 0) return last;
  }
  return null;
}

function sumAbove(cells: SheetCells, rows: readonly number[], col: number): Decimal {
  let total = ZERO;
  for (const r of rows) {
    const v = cells.number(r, col);
    if (v) total = add(total, v);
  }
  return total;
}
