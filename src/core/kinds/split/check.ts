/**
 * An apportionment table: re-checks the split the sheet shows and adds three columns - the exact
 * share, the exact amount (largest remainder, in the chosen rounding unit) and the difference to
 * what was entered.
 */
import { doubledTotal } from '../../apportion/doubled-total';
import { recheckSplit, type RecheckInput, type RecheckRow } from '../../apportion/recheck';
import type { SplitFacts } from '../../diagnose/facts';
import { a1Range } from '../../grid/a1';
import { cellAt, isBlank, isCellError, type SheetGrid } from '../../grid/grid';
import { normalize } from '../../decimal/decimal';
import { finding } from '../../findings/make';
import { msg } from '../../numbers/number-messages';
import { text, type Text } from '../../findings/finding';
import { createPartyLookup } from '../../parties/party-lookup';
import type { ApportionmentLayout } from '../../tables/layout';
import type { CheckParams } from '../../check/params';
import {
  cellReader,
  labelAt,
  readAmountAt,
  readCellNumber,
  readDecimalAt,
  writtenInKroner,
} from '../../check/read-cells';
import { key, kronerNumber, sheetNumber, type TableOutput } from '../../output/table-output';
import type { OutValue } from '../../output/plan';
import { RowValues } from '../../output/row-values';
import { partyFindings } from './party-findings';
import { splitA1, splitAcross, splitAt } from './axes';
import { splitSubtotalFindings, splitTotalRowFindings } from './total-rows';
import { isTotalLabel } from '../../reader/labels';
import { isRegionName, showsPercent, times100 } from './content';
import { sum, type Decimal } from '../../decimal/decimal';
import type { Finding } from '../../findings/finding';
import { formatAmount, type CountUnit } from '../../money/format';
import { oereToPlain } from '../../money/oere';
import { populationKeyOfSplit } from '../../population/split-key';

const isTotalName = (name: string): boolean => isTotalLabel(name) || isRegionName(name);

export function checkApportionment(
  grid: SheetGrid,
  t: ApportionmentLayout,
  params: CheckParams,
): TableOutput {
  const first = checkOneSplit(grid, t, params);
  if (!t.moreAmountCols?.length) return first;
  // The same key splits every amount column: each is checked on its own, its findings added once (the key's
  // and the parties' findings are the same for every column). Fordel's own columns follow the first.
  const seen = new Set(first.findings.map((f) => `${f.rule} ${f.cell}`));
  const more: Finding[] = [];
  for (const amountCol of t.moreAmountCols) {
    const column = checkOneSplit(grid, { ...t, amountCol, moreAmountCols: undefined }, params);
    for (const f of column.findings) {
      const id = `${f.rule} ${f.cell}`;
      if (seen.has(id)) continue;
      seen.add(id);
      more.push(f);
    }
  }
  return { ...first, findings: [...first.findings, ...more] };
}

function checkOneSplit(grid: SheetGrid, t: ApportionmentLayout, params: CheckParams): TableOutput {
  const scale = t.amountScale ?? 1;
  const across = t.orientation === 'across';
  const r = cellReader(grid, scale, across);
  const sheet = grid.name;
  const weightCol = t.keyCol ?? t.shareCol ?? null;
  const keyKind = t.keyCol !== null ? t.keyKind : 'percent';
  // Only a validated copy needs the numbers read from text; skip the map otherwise (large tables).
  const validated = new Map<string, number | string | null>();
  const keepValidated = params.validated ?? false;
  const parties = createPartyLookup();

  // A name cell showing a formula error (a failed lookup) is an error at that cell, not a party
  // called "#N/A": it takes no part in the duplicate and unknown-party checks.
  const nameErrors = t.dataRows.flatMap((row) => {
    const v = cellAt(grid, ...splitAt(t, row, t.partyCol));
    if (!isCellError(v)) return [];
    const at = splitA1(t, row, t.partyCol);
    return [
      v.noResult
        ? finding('formula-no-result', sheet, at, msg.formulaNoResult())
        : finding('formula-error', sheet, at, msg.formulaError(v.error)),
    ];
  });
  // Shares kept as fractions of one (0,346) count in percent like every other share; a percent-formatted
  // cell among them is read in percent already.
  const shareAt = (row: number, col: number, optional = false) => {
    const at = splitAt(t, row, col);
    const read = readDecimalAt(r, ...at, optional);
    return read && t.sharesAsFractions && !showsPercent(grid, ...at)
      ? { ...read, value: times100(read.value) }
      : read;
  };
  const rows: RecheckRow[] = t.dataRows.map((row) => {
    const weight =
      weightCol === null
        ? null
        : keyKind === 'percent'
          ? shareAt(row, weightCol)
          : readDecimalAt(r, ...splitAt(t, row, weightCol));
    const amount = t.amountCol === null ? null : readAmountAt(r, ...splitAt(t, row, t.amountCol), true);
    if (keepValidated && amount && t.amountCol !== null)
      validated.set(key(...splitAt(t, row, t.amountCol)), sheetNumber(amount.value, scale));
    const name = splitAt(t, row, t.partyCol);
    return {
      party: isCellError(cellAt(grid, ...name)) ? '' : labelAt(grid, ...name),
      partyCell: splitA1(t, row, t.partyCol),
      weight: weight?.value ?? null,
      weightCell: splitA1(t, row, weightCol ?? t.partyCol),
      amount: amount?.value ?? null,
      exactAmount: amount?.exact,
      amountCell: splitA1(t, row, t.amountCol ?? t.partyCol),
      amountEmpty: t.amountCol !== null && isBlank(cellAt(grid, ...splitAt(t, row, t.amountCol))),
    };
  });

  // A total counted as a party doubles the key: no split is judged against that (apportion/doubled-total.ts).
  // With a total row of its own the sheet itself counts it twice; the total-as-party diagnosis says so.
  const doubled = t.totalRow === null ? doubledTotal(rows, keyKind, isTotalName) : null;
  if (doubled) {
    const at = rows[doubled.row].partyCell;
    return {
      layout: t,
      findings: [...r.findings, ...nameErrors, finding('reading-unsure', sheet, at, doubled.message)],
      validated,
      reading: { decisions: [], unsure: [doubled.message] },
      columns: [],
    };
  }

  // A stated total: the total row's amount, else the user's parameter.
  const totalAmount =
    t.totalRow !== null && t.amountCol !== null
      ? readAmountAt(r, ...splitAt(t, t.totalRow, t.amountCol), true)
      : null;
  const stated = statedTotalOere(t, rows, keyKind);
  // An amount the reader could not read ("3,645": decimal or thousands?) has its own finding at its cell.
  const unreadCells = new Set(r.findings.map((f) => f.cell));
  const amountsUnread = rows.some((x) => x.amount === null && unreadCells.has(x.amountCell));
  const shareCol = keyKind === 'percent' ? weightCol : (t.shareCol ?? null);
  const statedShare = t.totalRow !== null && shareCol !== null ? shareAt(t.totalRow, shareCol, true) : null;

  const unit = roundingUnit(grid, t, params.unit ?? 100n);
  const inputWith = (total: RecheckInput['total'], totalCell: string | undefined): RecheckInput => ({
    sheet,
    tableRange: a1Range(t.range),
    rows,
    keyKind,
    unit,
    total,
    statedShareTotal: keyKind === 'percent' && statedShare ? statedShare : undefined,
    partyKey: parties.key,
    totalCell,
    ...(t.countUnit ? { countUnit: t.countUnit } : {}),
    ...(amountsUnread ? { amountsUnread: true } : {}),
    // A list of amounts with no key column: only its sum can be checked, and no key is missing from it.
    ...(weightCol === null ? { keyless: true } : {}),
  });
  // The total to split: the user's parameter, else the total row's amount, else a total the sheet states in
  // words. When the total row and the words disagree, the one the parties' amounts follow is the truth: a
  // total row that merely adds up a wrong amount does not overrule the stated total.
  const fromRow = totalAmount
    ? inputWith({ oere: totalAmount.value, cell: totalAmount.cell }, totalAmount.cell)
    : null;
  const fromWords = stated !== null ? inputWith({ oere: stated }, undefined) : null;
  let splitInput: RecheckInput;
  let statedWins = false;
  if (params.total != null && !totalAmount) splitInput = inputWith({ oere: params.total }, undefined);
  else if (fromRow && fromWords && stated !== totalAmount!.value) {
    const rowResult = recheckSplit(fromRow);
    const wordResult = recheckSplit(fromWords);
    statedWins = mismatches(wordResult.findings) < mismatches(rowResult.findings);
    splitInput = statedWins ? fromWords : fromRow;
  } else splitInput = fromRow ?? fromWords ?? inputWith(undefined, undefined);
  const result = recheckSplit(splitInput);
  const statedFindings =
    statedWins && totalAmount && stated !== null
      ? [
          statedTotalMismatch(
            sheet,
            totalAmount.cell,
            totalAmount.value,
            stated,
            t.statedTotal!.words,
            t.countUnit,
          ),
        ]
      : [];
  const totalRows = splitTotalRowFindings(
    r,
    t,
    rows.map((x) => x.weight),
    rows.map((x) => x.amount),
  );
  const findings = [
    ...r.findings,
    ...nameErrors,
    ...result.findings,
    ...statedFindings,
    ...totalRows,
    ...splitSubtotalFindings(r, t, shareAt),
    ...partyFindings(sheet, rows, parties),
  ];

  let shareColumn: SplitFacts['shareColumn'] = null;
  // Population key with a printed percent column as well: the printed shares must still sum to 100.
  if (keyKind === 'population' && shareCol !== null) {
    const shareRows = rows.map((row, i) => {
      const share = shareAt(t.dataRows[i], shareCol, true);
      return {
        ...row,
        weight: share?.value ?? null,
        weightCell: splitA1(t, t.dataRows[i], shareCol),
        amount: null,
      };
    });
    const shares = recheckSplit({
      sheet,
      tableRange: a1Range(t.range),
      rows: shareRows,
      keyKind: 'percent',
      unit,
      total: { oere: 0n },
      statedShareTotal: statedShare ?? undefined,
    });
    findings.push(...shares.findings.filter((f) => f.rule === 'shares-not-100'));
    shareColumn = {
      shares: shareRows.map((x) => x.weight),
      cells: shareRows.map((x) => x.weightCell),
      stated: statedShare ?? undefined,
    };
  }

  // The key against the official population (FOLK1A): its date, a stated date, newer figures.
  const population = populationKeyOfSplit(grid, t, rows, result.total, unit);
  findings.push(...population.findings);

  if (result.total !== null && t.totalRow !== null && t.amountCol !== null) {
    validated.set(key(...splitAt(t, t.totalRow, t.amountCol)), sheetNumber(result.total, scale));
  }

  const share = new RowValues<OutValue>(t.range.top);
  const expected = new RowValues<OutValue>(t.range.top);
  const diff = new RowValues<OutValue>(t.range.top);
  t.dataRows.forEach((row, i) => {
    const s = result.exactShare[i];
    const e = result.expected[i];
    const d = result.difference[i];
    if (s !== null) share.set(row, s);
    if (e !== null) expected.set(row, kronerNumber(e));
    if (d !== null) diff.set(row, kronerNumber(d));
  });
  if (t.totalRow !== null && result.total !== null) {
    share.set(t.totalRow, 1);
    expected.set(t.totalRow, kronerNumber(result.total));
  }

  return {
    layout: t,
    findings,
    validated,
    facts: { kind: 'apportionment', input: splitInput, result, shareColumn },
    ...(population.decisions.length ? { reading: { decisions: population.decisions, unsure: [] } } : {}),
    // Beside a split across, Fordel's columns would cross the user's parties: it writes none (the reading says so).
    columns: splitAcross(t)
      ? []
      : [
          {
            header: text('Fordel: præcis andel', 'Fordel: exact share'),
            numberFormat: '0.000%',
            cells: share,
          },
          {
            header: t.countUnit
              ? text('Fordel: præcist tal', 'Fordel: exact figure')
              : inKronerHeader(text('Fordel: præcist beløb', 'Fordel: exact amount'), scale),
            numberFormat: t.countUnit ? '#,##0' : '#,##0.00',
            cells: expected,
          },
          {
            header: inKronerHeader(text('Fordel: difference', 'Fordel: difference'), scale),
            numberFormat: '#,##0.00;-#,##0.00',
            cells: diff,
          },
          ...population.columns,
        ],
  };
}

const mismatches = (fs: readonly { rule: string }[]): number =>
  fs.filter((f) => f.rule === 'split-mismatch').length;

/** The stated total in øre: the amount in words, or the rate per inhabitant times the population. */
function statedTotalOere(
  t: ApportionmentLayout,
  rows: readonly RecheckRow[],
  keyKind: ApportionmentLayout['keyKind'],
): bigint | null {
  const stated = t.statedTotal;
  if (!stated) return null;
  if (stated.kind === 'total') return stated.oere;
  if (keyKind !== 'population' || rows.some((r) => r.weight === null)) return null;
  const people = sum(rows.map((r) => r.weight as Decimal));
  if (people.scale > 0 || people.digits <= 0n) return null;
  return stated.oere * people.digits * 10n ** BigInt(-Math.min(people.scale, 0));
}

function statedTotalMismatch(
  sheet: string,
  cell: string,
  shown: bigint,
  stated: bigint,
  words: string,
  count: CountUnit | undefined,
): Finding {
  const kr = (oere: bigint, lang: 'da' | 'en') => formatAmount(oere, lang, count);
  return finding(
    'total-mismatch',
    sheet,
    cell,
    text(
      `${cell} er ${kr(shown, 'da')}, men arket siger »${words}« (${kr(stated, 'da')}), og det er den total, ${count ? 'tallene' : 'beløbene'} følger (forskel ${kr(shown - stated, 'da')}).`,
      `${cell} is ${kr(shown, 'en')}, but the sheet says "${words}" (${kr(stated, 'en')}), and that is the total the ${count ? 'figures' : 'amounts'} follow (difference ${kr(shown - stated, 'en')}).`,
    ),
    { expected: oereToPlain(stated), actual: oereToPlain(shown) },
  );
}

/** Fordel's own columns are in kroner; beside a table in t.kr. or mio. kr. their header says so. */
function inKronerHeader(header: Text, scale: number): Text {
  return scale === 1 ? header : text(`${header.da} (kr.)`, `${header.en} (DKK)`);
}

/**
 * A split in t.kr. or mio. kr. is rounded as finely as its amounts are written: whole t.kr. are split in
 * units of 1.000 kr., 6,825 mio. kr. in units of 1.000 kr. too; never finer than the unit the user chose.
 */
function roundingUnit(grid: SheetGrid, t: ApportionmentLayout, chosen: bigint): bigint {
  const scale = t.amountScale ?? 1;
  if (scale === 1 || t.amountCol === null) return chosen;
  const rows = t.totalRow === null ? t.dataRows : [...t.dataRows, t.totalRow];
  let decimals = 0;
  let told = false;
  for (const row of rows) {
    const at = splitAt(t, row, t.amountCol);
    const raw = cellAt(grid, ...at);
    // As the rules read it: "3,645" among "3,64" and "1,04" in mio. kr. has three decimals.
    const read = readCellNumber(grid, ...at, scale, t.orientation === 'across');
    // "3,5 mio. kr." written out is in kroner already (check/read-cells.ts) and says nothing of the rounding.
    if (read.ok && !writtenInKroner(read, raw)) {
      decimals = Math.max(decimals, normalize(read.value).scale);
      told = true;
    }
  }
  // Every amount written out in kroner: the rounding is the one chosen, not whole units of the header's scale.
  if (!told) return chosen;
  const oere = (BigInt(scale) * 100n) / 10n ** BigInt(decimals);
  return oere > chosen ? oere : chosen;
}
