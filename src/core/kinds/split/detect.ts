/**
 * Apportionment (fordeling) tables: a party column, a key (population or percent share), an amount, and
 * often a total row - first or last, labelled "I alt", the region's name, or nothing. Columns are recognised
 * by what they hold (names; shares that sum to about 100; amounts proportional to a key), with the header
 * words as supporting evidence, not as a gate.
 */
import { text, type Text } from '../../findings/finding';
import { columnLetters, type RangePos } from '../../grid/a1';
import type { KeyKind } from '../../tables/layout';
import { compare, normalize, toNumber, type Decimal } from '../../decimal/decimal';
import { matchParty } from '../../parties/match-party';
import {
  cutAfter,
  isSingleTextRow,
  isTextColumn,
  rowHasContent,
  tableBody,
  type Body,
} from '../../reader/body';
import { BLANK, TEXT, type SheetCells } from '../../reader/cells';
import { role, type Detected, type DetectOptions } from '../../reader/detect-types';
import { headerArea } from '../../reader/header-area';
import { isUnitText } from '../../reader/sub-header';
import {
  isAmountHeader,
  isGroupTotalLabel,
  isPartyHeader,
  isTotalLabel,
  keyHeaderKind,
  namesShare,
  periodLabel,
} from '../../reader/labels';
import { rowStructure } from '../../reader/row-structure';
import { looksLikeBody } from '../../reader/body-like';
import { noteLinesReading } from '../../reader/note-lines';
import { moreAmountColumns } from './more-amounts';
import { countBehindShares } from './count-behind-shares';
import { roundSumFirst } from './round-sum';
import { namesFinancingSources } from '../cofinancing/classify-source';
import { countUnitOf, isHeadingOrNoteLine } from '../../reader/labels';
import {
  columnValues,
  findTotals,
  HUNDRED,
  isAbout100,
  isFractionColumn,
  fractionsMake100,
  isNumericColumn,
  isPercentColumn,
  isProportional,
  mostlyProportional,
  isRateHeader,
  shareNumber,
  shareValues,
  sumOf,
  times100,
} from './content';
import { formatNumber, formatPercent } from '../../money/format';

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
  // A field is a column of the sheet, or a row when the split is read across on its transposed view.
  const field = opts.across ? text('rækken', 'the row') : text('kolonnen', 'the column');
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
  // A hidden helper column ("t.kr. (hj.)") names nothing the user reads: its numbers may still count below.
  const hidden = new Set(cells.grid.hiddenCols ?? []);
  for (let c = rect.left; c <= rect.right; c++) {
    if (hidden.has(c)) continue;
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
    // A key or amount head over no figure at all (a column of #REF!) names nothing the split can be read by.
    if ((key !== null || isAmountHeader(h)) && !figuresUnder(cells, rect, headerRow, c)) continue;
    if (key === 'percent') percentCol ??= c;
    else if (key === 'population') popCol ??= c;
    else if (isAmountHeader(h)) amountCol ??= c;
    else if (isPartyHeader(h)) partyCol ??= c;
  }
  const keyByHeader = percentCol !== undefined || popCol !== undefined;
  const amountNamed = amountCol;
  const body = tableBody(cells, rect, headerRow);
  // Asked of the same column again and again (once per line for the note lines): worked out once per column.
  const named = new Map<number, boolean>();
  const namesParties = (col: number): boolean => {
    let yes = named.get(col);
    if (yes === undefined) named.set(col, (yes = partyShare(cells, col, body) >= 0.6));
    return yes;
  };
  if (partyCol === undefined) {
    for (let c = rect.left; c <= rect.right && partyCol === undefined; c++) {
      if (c !== percentCol && c !== popCol && c !== amountCol && namesParties(c)) partyCol = c;
    }
  }
  // Header words name both a key ("Andel", "Fordelingsnøgle", "Indbyggere") and an amount ("Beløb",
  // "Kontingent (kr.)"): the first text column holds the parties, whatever they are called.
  // Shares by their size too (none above 100), and parties that are not periods ("1. kvt. 2026").
  if (
    partyCol === undefined &&
    amountCol !== undefined &&
    keyNamed(cells, headerRow, popCol ?? percentCol, titleLine) &&
    (popCol !== undefined || shareSized(cells, percentCol!, body.rows))
  ) {
    for (let c = rect.left; c <= rect.right; c++) {
      if (c === percentCol || c === popCol || c === amountCol || !isTextColumn(cells, c, body.rows)) continue;
      if (!body.rows.some((r) => periodLabel(cells.raw(r, c)) !== null)) partyCol = c;
      break;
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
  // So is one whose header only says "%" ("% Commission"): only share words make a key of it anyway.
  const saysShare = (c: number) => !titleLine && namesShare(cells.text(headerRow, c));
  const withKey =
    percentCol !== undefined && !numeric.includes(percentCol) ? [...numeric, percentCol] : numeric;
  for (const c of withKey) {
    if (pctCells(c) && (c !== percentCol || !saysShare(c)) && !sharesLike(cells, c, body.rows, label!)) {
      if (numeric.includes(c)) numeric.splice(numeric.indexOf(c), 1);
      rates.add(c);
    }
  }
  if (percentCol !== undefined && rates.has(percentCol)) percentCol = undefined;
  // "Andel af udgift" over kroner beside a count key: shares sum to about 100 (or 1), these to far more, so
  // the column holds the amounts, whatever its header says.
  // The count key may be named by words Fordel does not know ("Indb."): then the column it follows is the key.
  if (
    percentCol !== undefined &&
    amountCol === undefined &&
    label !== undefined &&
    !sharesLike(cells, percentCol, body.rows, label)
  ) {
    const shares = percentCol;
    const countKey =
      popCol ??
      numeric.find(
        (c) =>
          c !== shares &&
          contentKeys &&
          !sharesLike(cells, c, body.rows, label) &&
          proportional(cells, c, shares, body.rows, label),
      );
    if (countKey !== undefined && popCol === undefined) {
      popCol = countKey;
      because['key-col'] = text(
        `beløbene er proportionale med ${field.da}`,
        `the amounts are proportional to ${field.en}`,
      );
    }
  }
  if (
    percentCol !== undefined &&
    amountCol === undefined &&
    popCol !== undefined &&
    label !== undefined &&
    !sharesLike(cells, percentCol, body.rows, label) &&
    proportional(cells, popCol, percentCol, body.rows, label)
  ) {
    amountCol = percentCol;
    percentCol = undefined;
    because['amount-col'] = text(
      `${field.da} summerer ikke til 100 %, men følger nøglen: det er beløbene`,
      `${field.en} does not sum to 100 % but follows the key: it holds the amounts`,
    );
  }
  if (percentCol === undefined && contentKeys) {
    const share = numeric.find(
      (c) => c !== popCol && c !== amountCol && sharesLike(cells, c, body.rows, label!),
    );
    if (share !== undefined) {
      percentCol = share;
      because['key-col'] = text(`${field.da} summerer til 100 %`, `${field.en} sums to 100 %`);
    }
  }
  if (popCol === undefined && percentCol === undefined && contentKeys) {
    // A key found by content: the column the amounts are proportional to. Amounts named by their header may
    // stand on either side of it ("Kr. | Indb."); unnamed, the one whose total is a round sum to split holds
    // the amounts, and failing that the one left is taken for the key.
    const amounts = amountCol !== undefined ? [amountCol] : numeric;
    const beside = (x: number, k: number) => x !== k && (amountCol !== undefined || x > k);
    for (const k of numeric) {
      const a = amounts.find((x) => beside(x, k) && proportional(cells, k, x, body.rows, label!));
      if (a !== undefined) {
        const swap = amountCol === undefined && roundSumFirst(cells, body.rows, label!, k, a);
        popCol = swap ? a : k;
        amountCol ??= swap ? k : a;
        because['key-col'] = text(
          `beløbene er proportionale med ${field.da}`,
          `the amounts are proportional to ${field.en}`,
        );
        break;
      }
    }
  }
  if (amountCol === undefined) {
    const keyCols = [percentCol, popCol];
    // A second head count ("Indbyggere 2025" beside "Indbyggere 2026") holds no amounts; "Andel af udgift" may.
    const a = numeric.find(
      (c) =>
        !keyCols.includes(c) &&
        keyHeaderKind(cells.text(headerRow, c)) !== 'population' &&
        c > (popCol ?? percentCol ?? label ?? rect.left),
    );
    if (a !== undefined && (popCol !== undefined || percentCol !== undefined)) amountCol = a;
  }
  // Nothing right of a key of shares: the amounts may stand before it ("Beløb | Andel"). The arithmetic says
  // which column they are, not the order: the one that follows the shares.
  if (amountCol === undefined && percentCol !== undefined && popCol === undefined && label !== undefined) {
    const shares = percentCol;
    amountCol = numeric.find(
      (c) =>
        c < shares &&
        keyHeaderKind(cells.text(headerRow, c)) === null &&
        proportional(cells, shares, c, body.rows, label),
    );
  }

  // Shares beside a count and amounts that follow the count: the count is the key, whatever the order.
  if (percentCol !== undefined && popCol === undefined && label !== undefined && contentKeys) {
    const behind = countBehindShares(cells, percentCol, numeric, body.rows, label, amountNamed);
    if (behind !== null) {
      popCol = behind.count;
      amountCol = behind.amount;
      because['key-col'] = text(
        `andelene er ${field.da}s andele, afrundet, og beløbene følger den`,
        `the shares are ${field.en}'s shares, rounded, and the amounts follow it`,
      );
    }
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
    if (crossList(cells, rect, body.rows, partyCol)) return null;
    // Own financing beside other sources: a financing plan, read as co-financing, not a split between them.
    if (namesFinancingSources(body.rows.map((r) => cells.text(r, partyCol!)))) return null;
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
    // Names that are no Danish parties (English labels, product lines, codes): header words alone do not make
    // a split. The names must be names, the header row no data row, and the numbers must agree.
    if (!namesParties(partyCol)) {
      if (!isNameColumn(cells, partyCol, body.rows)) return null;
      if (dataAsHeader(cells, headerRow, [percentCol, popCol, amountCol])) return null;
      if (!numbersAgree(cells, body.rows, partyCol, percentCol, popCol, amountCol)) return null;
    }
  }
  const party = partyCol ?? rect.left;

  const keyCol = popCol ?? percentCol ?? null;
  const keyKind: KeyKind = popCol !== undefined ? 'population' : 'percent';
  const shareCol = popCol !== undefined ? (percentCol ?? null) : null;
  const amount = amountCol ?? null;
  // 0,346 under "Andel i pct." with the parts summing to 1: a share of 34,6 %, not of 0,346 %.
  const fractions =
    percentCol !== undefined && shareScale(cells, percentCol, body.rows, party) === 'fraction';
  if (fractions) because['share-scale'] = fractionReading(cells, percentCol!, body.rows);

  let totalRow: number | null;
  let otherTotals: readonly number[] = [];
  let inMiddle = false;
  if (opts.totalRow !== undefined) {
    totalRow = opts.totalRow;
    if (totalRow !== null) because['total-row'] = text('rettet af brugeren', 'corrected by the user');
  } else if (opts.excelTotalRow != null) totalRow = opts.excelTotalRow;
  else {
    const sumCols = [popCol, amount].filter((c): c is number => c !== undefined && c !== null);
    const totals = findTotals(cells, body.rows, party, percentCol ?? null, sumCols, fractions);
    totalRow = totals.totalRow;
    otherTotals = totals.otherTotals;
    const middle =
      totalRow === null ? middleTotal(cells, body.rows, popCol ?? percentCol, amount, fractions) : null;
    const w = lineWords(opts.across ?? false);
    if (middle !== null) {
      // Re-read rather than let the total count as a party: every share would be half what it is.
      totalRow = middle;
      inMiddle = true;
      const name = cells.text(middle, party);
      because['total-row'] = text(
        `${name ? `»${name}« i ` : ''}${w.line.da} ${w.number(middle)} er summen af de andre ${w.lines.da}: det er totalen, ikke en part`,
        `${name ? `"${name}" in ` : ''}${w.line.en} ${w.number(middle)} is the sum of the other ${w.lines.en}: it is the total, not a party`,
      );
    } else if (totalRow !== null) {
      const name = cells.text(totalRow, party);
      const where = totals.first ? w.first : w.last;
      because['total-row'] =
        totals.why === 'hundred'
          ? text(
              `»${name}« ${where.da} siger 100 %: det er totalen, ikke en part`,
              `"${name}" ${where.en} says 100 %: it is the total, not a party`,
            )
          : totals.why === 'sum'
            ? text(
                `${name ? `»${name}« ` : `${w.line.da}en `}${where.da} er summen af de andre ${w.lines.da}`,
                `${name ? `"${name}" ` : `the ${w.line.en} `}${where.en} is the sum of the other ${w.lines.en}`,
              )
            : text(`mærket »${name}«`, `labelled "${name}"`);
    }
  }
  // Rows after a total at the bottom are notes or side calculations.
  const last = body.rows[body.rows.length - 1];
  const kept =
    totalRow !== null && totalRow !== body.rows[0] && totalRow !== last && !inMiddle
      ? cutAfter(cells, rect, body, totalRow)
      : body;
  // Subtotals per group (under or over their group, by their figures or their words) are no parties: the
  // grand total sums the parties, or the subtotals, never both.
  const lineRows = kept.rows.filter((r) => !otherTotals.includes(r));
  // Shares of every line that make 100 % between them, with no total line: each line is a party, whatever
  // sums its figures happen to make (30 % beside 2 + 5 + 6 + 7 + 5 + 5 % under it). Only words make a
  // subtotal there.
  const wholeByShares =
    totalRow === null &&
    percentCol !== undefined &&
    isAbout100(sumOf(shareValues(cells, percentCol, lineRows, fractions)));
  const sumCols = wholeByShares
    ? []
    : [popCol, percentCol, amount].filter((c): c is number => c !== undefined && c !== null);
  const structure = rowStructure(cells, lineRows, party, sumCols, totalRow, { total: isGroupTotalLabel });
  const subtotalRows = [
    ...structure.subtotals.map(({ row, parts }) => ({ row, parts })),
    ...groupsAbove(structure.breakdowns),
  ].sort((a, b) => a.row - b.row);
  // Lines under a party that say "heraf" are part of it, not parties of their own.
  const notParties = new Set([
    ...subtotalRows.map((s) => s.row),
    ...structure.breakdowns.filter((b) => b.why === 'words').map((b) => b.row),
  ]);
  if (totalRow === null && structure.total !== null && subtotalRows.length) totalRow = structure.total;
  if (subtotalRows.length) because['subtotal-rows'] = subtotalReading(cells, party, subtotalRows);
  const lines = kept.rows.filter((r) => r !== totalRow && !otherTotals.includes(r) && !notParties.has(r));
  // Asked once, and only when a line is words alone: a long split has no such lines and 40 names per row cost.
  let known: boolean | undefined;
  const knownNames = () => (known ??= namesParties(party));
  // The lines with figures make the whole between them (shares of exactly 100, amounts the total's): a line of
  // words alone among them adds no party, it is a remark ("Ændret efter budgetforliget").
  let whole: boolean | undefined;
  const figuresMakeWhole = () =>
    (whole ??= makesWhole(cells, lines, percentCol ?? null, amount, totalRow, fractions));
  const noteRows = lines.filter(
    (r) =>
      headingOrNoteLine(cells, r, party, rect, knownNames) ||
      wordsOnlyBeside(cells, r, party, rect, figuresMakeWhole),
  );
  if (noteRows.length) because['note-rows'] = noteLinesReading(cells, party, noteRows);
  const dataRows = lines.filter((r) => !noteRows.includes(r));
  const bottom = kept.rows.length ? kept.rows[kept.rows.length - 1] : headerRow;
  if (!forced && (dataRows.length === 0 || (dataRows.length === 1 && totalRow === null))) return null;
  const moreAmounts =
    // A title line read as the header names no columns: no words there make a column of amounts.
    keyCol === null || amount === null || opts.across || titleLine
      ? []
      : moreAmountColumns(cells, rect, headerRow, dataRows, keyCol, [
          party,
          keyCol,
          shareCol,
          amount,
          ...rates,
        ]);
  return {
    part: {
      kind: 'apportionment',
      partyCol: party,
      keyCol,
      keyKind,
      shareCol,
      amountCol: amount,
      ...(moreAmounts.length ? { moreAmountCols: moreAmounts } : {}),
      ...countOf(amount === null ? null : (namedBy.get(amount) ?? cells.text(headerRow, amount))),
      ...(fractions ? { sharesAsFractions: true } : {}),
      dataRows,
      totalRow,
      ...(otherTotals.length ? { otherTotalRows: otherTotals } : {}),
      ...(subtotalRows.length ? { subtotalRows } : {}),
      ...(noteRows.length ? { noteRows } : {}),
      because,
    },
    range: { top: headerRow, left: rect.left, bottom, right: rect.right },
    headerRow,
    notes: kept.notes,
  };
}

/**
 * A line with words in the name column and nothing else, among the parties: a heading over the parties under it
 * or a remark on them, not a party whose figures are missing. Where the names are municipalities and regions,
 * any name that is none of them; elsewhere only words that head or remark ("Nye deltagere fra 2026:",
 * "* Foreløbige tal"). A known party's name on such a line stays a party, and its blank figures are reported.
 */
function headingOrNoteLine(
  cells: SheetCells,
  row: number,
  party: number,
  rect: RangePos,
  knownNames: () => boolean,
): boolean {
  if (cells.kind(row, party) !== TEXT || !isSingleTextRow(cells, row, rect.left, rect.right)) return false;
  const name = cells.text(row, party);
  return isHeadingOrNoteLine(name) || (knownNames() && matchParty(name, { fuzzy: true }) === null);
}

/**
 * A line of words alone (no figure anywhere) among lines whose figures already make the whole. A Danish
 * party's own name there is still a party with its figures missing: Fordel knows it for one.
 */
function wordsOnlyBeside(
  cells: SheetCells,
  row: number,
  party: number,
  rect: RangePos,
  figuresMakeWhole: () => boolean,
): boolean {
  if (cells.kind(row, party) !== TEXT || !isSingleTextRow(cells, row, rect.left, rect.right)) return false;
  return matchParty(cells.text(row, party), { fuzzy: true }) === null && figuresMakeWhole();
}

/**
 * The lines' shares sum to exactly 100 %, or their amounts to exactly the total line's: nothing is missing
 * from the split, so a line without figures is no party left without them.
 */
function makesWhole(
  cells: SheetCells,
  lines: readonly number[],
  shareCol: number | null,
  amountCol: number | null,
  totalRow: number | null,
  fractions: boolean,
): boolean {
  if (shareCol !== null) {
    const shares = shareValues(cells, shareCol, lines, fractions).filter((v) => v !== null);
    if (shares.length >= 2 && compare(sumOf(shares), HUNDRED) === 0) return true;
  }
  if (amountCol === null || totalRow === null) return false;
  const total = cells.number(totalRow, amountCol);
  const amounts = columnValues(cells, amountCol, lines).filter((v) => v !== null);
  return total !== null && amounts.length >= 2 && compare(sumOf(amounts), total) === 0;
}

/**
 * How the reasons name a table's lines: rows down the sheet, or - for a split read across, whose view is
 * transposed - the sheet's columns, by their letters.
 */
function lineWords(across: boolean) {
  return across
    ? {
        line: text('kolonne', 'column'),
        lines: text('kolonner', 'columns'),
        first: text('længst til venstre', 'on the left'),
        last: text('længst til højre', 'on the right'),
        number: (i: number) => columnLetters(i),
      }
    : {
        line: text('række', 'row'),
        lines: text('rækker', 'rows'),
        first: text('øverst', 'at the top'),
        last: text('nederst', 'at the bottom'),
        number: (i: number) => String(i + 1),
      };
}

/** A line over its group whose parts sum to it: a subtotal above its parties. */
function groupsAbove(
  breakdowns: readonly { readonly row: number; readonly parent: number; readonly why: 'words' | 'sum' }[],
): { row: number; parts: number[] }[] {
  const byParent = new Map<number, number[]>();
  for (const b of breakdowns) {
    if (b.why === 'sum') byParent.set(b.parent, [...(byParent.get(b.parent) ?? []), b.row]);
  }
  return [...byParent].map(([row, parts]) => ({ row, parts }));
}

/** "»Nordøst i alt« (række 5) og »Nordsjælland i alt« (række 8) er subtotaler af rækkerne over dem". */
function subtotalReading(
  cells: SheetCells,
  party: number,
  subs: readonly { readonly row: number; readonly parts: readonly number[] }[],
): Text {
  const names = subs.map((s) => cells.text(s.row, party) || String(s.row + 1));
  const da = names.map((n) => `»${n}«`).join(', ');
  const en = names.map((n) => `"${n}"`).join(', ');
  return text(
    `${da} ${subs.length === 1 ? 'er en subtotal' : 'er subtotaler'} af ${subs.length === 1 ? 'sin gruppe' : 'deres grupper'}, ikke ${subs.length === 1 ? 'en part' : 'parter'}; de er kontrolleret mod deres dele`,
    `${en} ${subs.length === 1 ? 'is a subtotal of its group, not a party' : 'are subtotals of their groups, not parties'}; checked against their parts`,
  );
}

function columnRole(h: string): string | null {
  return keyHeaderKind(h) ?? (isAmountHeader(h) ? 'amount' : isPartyHeader(h) ? 'party' : null);
}

/**
 * A total row between the parties (a region's row in the middle of its municipalities): its key is the sum
 * of all the other rows' keys, and so is its amount when there is one. Only one such row counts; the key
 * must be at least a third of the whole, so two halves are not a total and a party.
 */
function middleTotal(
  cells: SheetCells,
  rows: readonly number[],
  keyCol: number | undefined,
  amountCol: number | null,
  fractions: boolean,
): number | null {
  if (keyCol === undefined || rows.length < 4) return null;
  const keys = shareValues(cells, keyCol, rows, fractions).map((v) => v && toNumber(v));
  const amounts =
    amountCol === null ? null : columnValues(cells, amountCol, rows).map((v) => v && toNumber(v));
  const whole = (xs: readonly (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
  const keySum = whole(keys);
  const amountSum = amounts ? whole(amounts) : 0;
  const near = (a: number, b: number, rel: number) => Math.abs(a - b) <= Math.abs(b) * rel;
  // A total sums the others in its key or its amount up to the rounding of the figures it adds (half a unit
  // of their last decimal each; one wrong cell breaks one of the two, not both): a dominant party whose
  // figures only come near the rest (København beside the other municipalities) is a party.
  const exactKeys = columnValues(cells, keyCol, rows);
  const exactAmounts = amountCol === null ? null : columnValues(cells, amountCol, rows);
  const sumsOthers = (col: readonly (Decimal | null)[] | null, i: number): boolean => {
    const own = col?.[i];
    if (!col || !own) return false;
    const others = col.filter((x, j) => j !== i && x !== null) as Decimal[];
    const scale = Math.max(0, ...others.map((x) => x.scale));
    const off = Math.abs(toNumber(own) - toNumber(sumOf(others)));
    return off <= (others.length * 0.5) / 10 ** scale;
  };
  const found = rows.filter((_, i) => {
    const k = keys[i];
    if (k === null || k <= 0 || !near(2 * k, keySum, 0.01)) return false;
    const a = amounts?.[i];
    const amountNear =
      amounts === null || a === null || a === undefined || a === 0 || near(2 * a, amountSum, 0.02);
    return amountNear && (sumsOthers(exactKeys, i) || sumsOthers(exactAmounts, i));
  });
  return found.length === 1 && found[0] !== rows[0] && found[0] !== rows[rows.length - 1] ? found[0] : null;
}

/** Every number of the column between 0 and 100 (percent-formatted cells in percent). */
function shareSized(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  const values = columnValues(cells, col, rows).filter((v): v is Decimal => v !== null);
  return values.length >= 2 && values.every((v) => v.digits >= 0n && compare(v, HUNDRED) <= 0);
}

/** A key column whose header says share or head count in words, not only "%" or "pct.". */
function keyNamed(
  cells: SheetCells,
  headerRow: number,
  col: number | undefined,
  titleLine: boolean,
): boolean {
  if (col === undefined || titleLine) return false;
  const h = cells.text(headerRow, col);
  return keyHeaderKind(h) === 'population' || namesShare(h);
}

/** "0,346 står for 34,6 %", with the column's first share as the example. */
function fractionReading(cells: SheetCells, col: number, rows: readonly number[]): Text {
  // A part, not the total's 1.
  const first =
    columnValues(cells, col, rows).find((v) => v !== null && v.digits !== 0n && compare(v, ONE) < 0) ?? null;
  if (!first) return text('andelene står som brøkdele af 1', 'the shares are fractions of one');
  const pct = times100(first);
  return text(
    `andelene står som brøkdele af 1: ${formatNumber(first, 'da')} er ${formatPercent(pct, 'da', decimalsOf(pct))}`,
    `the shares are fractions of one: ${formatNumber(first, 'en')} is ${formatPercent(pct, 'en', decimalsOf(pct))}`,
  );
}

const decimalsOf = (d: Decimal): number => Math.min(Math.max(normalize(d).scale, 0), 4);

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
    // A data row: a name, then numbers; a row of years is a header. A running number or a municipality
    // code may stand before the name ("1 | København | 34,7"), as a colleague adds them left of the names.
    if (periodHeaders(cells, rect, r) >= 2) return false;
    let name = rect.left;
    while (name < rect.right && isLeadingNumber(cells, r, name)) name++;
    if (cells.kind(r, name) === TEXT) {
      for (let c = name + 1; c <= rect.right; c++) if (cells.isNumeric(r, c)) return true;
    }
    // Whatever stands before the name (an account code typed as text, "1.88.71"): a line like the lines
    // under it is the first of them.
    return looksLikeBody(cells, rect, r);
  }
  return false;
}

/** Some cell under the header row holds a number. */
function figuresUnder(cells: SheetCells, rect: RangePos, headerRow: number, col: number): boolean {
  for (let r = headerRow + 1; r <= rect.bottom; r++) if (cells.isNumeric(r, col)) return true;
  return false;
}

/** A column of names: text in most filled cells, and the text is not numbers (codes, measurements). */
function isNameColumn(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  let names = 0;
  let filled = 0;
  for (const r of rows.slice(0, 200)) {
    const k = cells.kind(r, col);
    if (k === BLANK) continue;
    filled++;
    if (k === TEXT) names++;
  }
  return filled > 0 && names * 2 >= filled;
}

/** A whole number before a line's name: its running number or its code, no year and no amount. */
function isLeadingNumber(cells: SheetCells, row: number, col: number): boolean {
  if (!cells.isNumeric(row, col) || periodLabel(cells.raw(row, col)) !== null) return false;
  const n = cells.number(row, col);
  return (
    n !== null && n.digits > 0n && normalize(n).scale <= 0 && compare(n, { digits: 10000n, scale: 0 }) < 0
  );
}

/** A "header" with numbers over the key or amount column is the first data row of a table without a header. */
function dataAsHeader(cells: SheetCells, headerRow: number, cols: readonly (number | undefined)[]): boolean {
  return cols.some(
    (c) => c !== undefined && cells.isNumeric(headerRow, c) && periodLabel(cells.raw(headerRow, c)) === null,
  );
}

/**
 * The numbers of a split agree with each other: a total row (by its label, its 100 % or its sum), shares
 * that sum to between 90 and 110 (a typo in one share stays a finding), or amounts that follow the key in
 * most rows. A lookup table with a "%" column summing to 31 % has none of these.
 */
function numbersAgree(
  cells: SheetCells,
  rows: readonly number[],
  label: number,
  percentCol: number | undefined,
  popCol: number | undefined,
  amountCol: number | undefined,
): boolean {
  const keyCol = popCol ?? percentCol;
  const sums = [popCol, amountCol].filter((c): c is number => c !== undefined);
  const totals = findTotals(cells, rows, label, percentCol ?? null, sums);
  if (totals.totalRow !== null) return true;
  // Shares kept as fractions (some shown as percent): a plain 1 under them says 100 %.
  if (percentCol !== undefined && findTotals(cells, rows, label, percentCol, sums, true).totalRow !== null)
    return true;
  if (percentCol !== undefined) {
    if (isFractionColumn(cells, percentCol, rows)) return true;
    const sum = sumOf(columnValues(cells, percentCol, rows));
    const pct = isPercentColumn(cells, percentCol, rows) || compare(sum, { digits: 2n, scale: 0 }) > 0;
    const whole = pct ? sum : times100(sum);
    if (compare(whole, { digits: 90n, scale: 0 }) >= 0 && compare(whole, { digits: 110n, scale: 0 }) <= 0) {
      return true;
    }
  }
  if (keyCol === undefined || amountCol === undefined) return false;
  return mostlyProportional(columnValues(cells, keyCol, rows), columnValues(cells, amountCol, rows));
}

/** Shares: the rows (a total row first or last left out) sum to about 100, none negative. */
function sharesLike(cells: SheetCells, col: number, rows: readonly number[], label: number): boolean {
  return shareScale(cells, col, rows, label) !== null;
}

/**
 * How a column holds shares: 'percent' when its parts sum to about 100 (percent-formatted cells count in
 * percent), 'fraction' when cells without a percent format sum to about 1 (0,346 for 34,6 %), else null.
 */
/** A split of a count (a target, places) says its amounts in that count, never in kroner. */
function countOf(header: string | null): { countUnit?: { da: string; en: string } } {
  const word = header === null ? null : countUnitOf(header);
  return word === null ? {} : { countUnit: { da: word, en: word } };
}

function shareScale(
  cells: SheetCells,
  col: number,
  rows: readonly number[],
  label: number,
): 'percent' | 'fraction' | null {
  const values = columnValues(cells, col, rows);
  if (values.some((v) => v !== null && v.digits < 0n)) return null;
  const scaleOf = (rs: readonly number[]) =>
    isAbout100(sumOf(columnValues(cells, col, rs)))
      ? 'percent'
      : isFractionColumn(cells, col, rs)
        ? 'fraction'
        : null;
  // A line labelled as a group's total ("Subtotal B") is no part: its share would count twice.
  const groupTotals = new Set(rows.filter((r) => isGroupTotalLabel(cells.text(r, label))));
  // A total row settles it: the scale under which the parts and the total both say 100 %. A plain 1 under
  // percent-formatted parts is 100 %, and the whole column read as shown (100 + 1) only looks like 100.
  for (const fractions of [false, true]) {
    const totals = findTotals(cells, rows, label, col, [], fractions);
    if (totals.totalRow === null) continue;
    const parts = rows.filter(
      (r) => r !== totals.totalRow && !totals.otherTotals.includes(r) && !groupTotals.has(r),
    );
    const partsSay100 = fractions ? fractionsMake100(cells, col, parts) : scaleOf(parts) === 'percent';
    if (partsSay100 && isAbout100(shareNumber(cells, totals.totalRow, col, fractions)))
      return fractions && !isPercentColumn(cells, col, rows) ? 'fraction' : 'percent';
  }
  const whole = scaleOf(rows);
  if (whole) return whole;
  for (const fractions of [false, true]) {
    const totals = findTotals(cells, rows, label, col, [], fractions);
    if (totals.totalRow === null) continue;
    const parts = rows.filter((r) => r !== totals.totalRow && !totals.otherTotals.includes(r));
    const scale = scaleOf(parts);
    if (scale) return scale;
  }
  // Subtotals per group and "heraf" lines are no parts: the parties' shares alone sum to 100.
  const structure = rowStructure(cells, rows, label, [col], null, { total: isGroupTotalLabel });
  const inner = new Set([
    ...structure.subtotals.map((x) => x.row),
    ...structure.breakdowns.map((b) => b.row),
    ...(structure.total === null ? [] : [structure.total]),
  ]);
  if (inner.size === 0) return null;
  const parties = rows.filter((r) => !inner.has(r));
  return scaleOf(parties);
}

const ONE: Decimal = { digits: 1n, scale: 0 };

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
  // Shares kept as fractions, some shown as percent and some not, are compared as the fractions they are.
  const fractions = isFractionColumn(cells, key, parts);
  const keys = fractions ? shareValues(cells, key, parts, true) : columnValues(cells, key, parts);
  const amounts = columnValues(cells, amount, parts);
  if (isProportional(keys, amounts, tolerance)) return true;
  // A total row whose key is the parts' key in total is one more line the amounts may follow: the total
  // amount against the whole key, so one wrong amount among three parties still leaves three lines agreeing.
  // (A total that adds the wrong amount up follows nothing; it only counts for the reading, never against.)
  const total = totals.totalRow;
  const totalKey = total !== null ? shareNumber(cells, total, key, fractions) : null;
  if (total === null || !totalKey || compare(totalKey, sumOf(keys)) !== 0) return false;
  return isProportional([...keys, totalKey], [...amounts, cells.number(total, amount)], tolerance);
}

/**
 * A list by two labels (region and product, unit and year), not a split: a name comes back in several
 * rows, told apart by a second text column. In a split every party has one row; a repeated name there is
 * the error Fordel reports, so a repeat only says "list" when the second label makes each row unique.
 */
function crossList(cells: SheetCells, rect: RangePos, rows: readonly number[], party: number): boolean {
  const names = rows.map((r) => cells.text(r, party)).filter((n) => n !== '' && !isTotalLabel(n));
  if (new Set(names).size === names.length) return false;
  for (let c = rect.left; c <= rect.right; c++) {
    if (c === party || !isTextColumn(cells, c, rows)) continue;
    // Another column names every row once (a sales person per row): the repeated name is an attribute.
    const own = rows.filter((r) => !isTotalLabel(cells.text(r, c)) && !isTotalLabel(cells.text(r, party)));
    const ids = own.map((r) => cells.text(r, c));
    if (c < party && ids.every((t) => t !== '') && new Set(ids).size === ids.length) return true;
    const pairs = rows
      .filter((r) => cells.text(r, party) !== '' && !isTotalLabel(cells.text(r, party)))
      .map((r) => `${cells.text(r, party)}\u0000${cells.text(r, c)}`);
    // The second label is a dimension too: some value of it comes back (Basic, Drift), unlike notes.
    const seconds = rows.map((r) => cells.text(r, c)).filter((t) => t !== '');
    const distinct = new Set(seconds).size;
    if (new Set(pairs).size === pairs.length && distinct >= 2 && distinct < seconds.length) return true;
  }
  return false;
}

/** Share of the first rows whose text names a Danish municipality or region. */
function partyShare(cells: SheetCells, col: number, body: Body): number {
  let named = 0;
  let filled = 0;
  for (const r of body.rows.slice(0, 40)) {
    // A total's label ("I alt", "I alt gruppe A") names no party, and says nothing against the names beside it.
    if (cells.kind(r, col) === BLANK || isGroupTotalLabel(cells.text(r, col))) continue;
    filled++;
    if (matchParty(cells.text(r, col), { fuzzy: false })) named++;
  }
  return filled >= 2 ? named / filled : 0;
}
