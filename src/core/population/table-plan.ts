/**
 * The cells of a new split's table, for any writer (the command line's workbook, the pane's sheet):
 * party, code, key, share and amount per row, an "I alt" row, and the source line. With `live`, the
 * shares and amounts are formulas over the key cells and the total cell (the "I alt" amount, which the
 * user may change): the amounts then stay the exact largest-remainder split, see liveAmountFormula.
 */
import { toPlainString, type Decimal } from '../decimal/decimal';
import { oereToPlain } from '../money/oere';
import type { Lang } from '../findings/text';
import type { NewSplit } from './new-split';

export interface PlannedCell {
  /** Offsets from the table's top-left cell. */
  readonly row: number;
  readonly col: number;
  readonly value?: string | number;
  /** An Excel formula without the leading "=", in A1 references. */
  readonly formula?: string;
  readonly numFmt?: string;
  readonly bold?: boolean;
}

export interface TablePlan {
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly PlannedCell[];
  /** Offsets of the total cell (the "I alt" amount). */
  readonly totalCell: { readonly row: number; readonly col: number };
}

/** The largest figure a double holds exactly: live formulas refuse (#N/A) beyond it instead of rounding. */
const EXACT_LIMIT = '9007199254740992';

function colLetters(col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * Live formulas that reproduce apportion/split.ts exactly. With Tø the total in øre, u the unit in øre,
 * Tu = floor(Tø / u) whole units and res = Tø - u * Tu the residual, each party's exact quota in units is
 * Tø * k / (u * W). It is computed in two exact steps so no product passes 2^53 for any realistic total:
 * Tu * k = a * W + b (0 <= b < W), then c = u * b + res * k < 2 * u * W, and e = 1 when c >= u * W. The
 * party's whole units are a + e and its remainder is c - u * W * e (in 1 / (u * W) units, as the core's).
 * Spreadsheets' INT may round a quotient near an integer, so a and b are corrected by comparing b with 0
 * and W. The leftover units go to the largest remainders (ties: larger key, then the row higher up), the
 * residual to the next party in that order. Keys with decimals are scaled to integers first. Past 2^53 a
 * formula gives #N/A rather than a rounded amount.
 */
export interface LiveRefs {
  /** The party's key cell, the key column's range and the total cell (absolute A1). */
  readonly key: string;
  readonly keys: string;
  readonly total: string;
  /** The party's helper cells (whole units, remainder) and the helper columns' ranges. */
  readonly units: string;
  readonly rest: string;
  readonly unitsRange: string;
  readonly restRange: string;
}

function liveParts(r: LiveRefs, unit: bigint, keyScale: number) {
  const s = keyScale > 0 ? `*${10 ** keyScale}` : '';
  const k = keyScale > 0 ? `ROUND(${r.key}${s},0)` : r.key;
  const K = keyScale > 0 ? `ROUND(${r.keys}${s},0)` : r.keys;
  const W = keyScale > 0 ? `ROUND(SUM(${r.keys})${s},0)` : `SUM(${r.keys})`;
  const oere = `ROUND(${r.total}*100,0)`;
  const Tu = `INT(${oere}/${unit})`;
  const res = `(${oere}-${unit}*${Tu})`;
  const b0 = `(${Tu}*${k}-${W}*INT(${Tu}*${k}/${W}))`;
  const fix = `((${b0}>=${W})-(${b0}<0))`;
  const a = `(INT(${Tu}*${k}/${W})+${fix})`;
  const b = `(${b0}-${W}*${fix})`;
  const c = `(${unit}*${b}+${res}*${k})`;
  const e = `(${c}>=${unit}*${W})`;
  return { k, K, W, Tu, res, a, c, e };
}

/** The whole units the party gets before the leftover units are handed out. */
export function liveUnitsFormula(r: LiveRefs, unit: bigint, keyScale: number): string {
  const p = liveParts(r, unit, keyScale);
  return `IF(${p.Tu}*${p.W}>${EXACT_LIMIT},NA(),${p.a}+${p.e})`;
}

/** The party's remainder, in 1 / (unit * key sum) units: the larger, the sooner it gets a leftover unit. */
export function liveRestFormula(r: LiveRefs, unit: bigint, keyScale: number): string {
  const p = liveParts(r, unit, keyScale);
  return `${p.c}-${unit}*${p.W}*${p.e}`;
}

/** The party's amount in kroner: its whole units, a leftover unit by rank, and the residual by rank. */
export function liveAmountFormula(r: LiveRefs, unit: bigint, keyScale: number): string {
  const p = liveParts(r, unit, keyScale);
  const L = `(${p.Tu}-SUM(${r.unitsRange}))`;
  const rank = `SUMPRODUCT((${r.restRange}>${r.rest})+(${r.restRange}=${r.rest})*(${p.K}>${p.k})+(${r.restRange}=${r.rest})*(${p.K}=${p.k})*(ROW(${r.keys})<ROW(${r.key})))`;
  return `(${unit}*(${r.units}+(${rank}<${L}))+(${rank}=${L})*${p.res})/100`;
}

const HEAD = {
  party: { da: 'Part', en: 'Party' },
  municipality: { da: 'Kommune', en: 'Municipality' },
  code: { da: 'Kode', en: 'Code' },
  share: { da: 'Andel', en: 'Share' },
  amount: { da: 'Beløb (kr.)', en: 'Amount (DKK)' },
  total: { da: 'I alt', en: 'Total' },
  units: { da: 'Hele enheder', en: 'Whole units' },
  rest: { da: 'Rest (rangorden)', en: 'Remainder (ranking)' },
};

const num = (d: Decimal) => Number(toPlainString(d));

/**
 * `origin` is the sheet cell (0-based) the table's top-left will be written to: the live formulas refer
 * to the sheet's cells, so they must know where the table stands.
 */
export function planSplitTable(
  s: NewSplit,
  lang: Lang,
  live: boolean,
  origin: { readonly top: number; readonly left: number } = { top: 0, left: 0 },
): TablePlan {
  const abs = (row: number, col: number) => `$${colLetters(col + origin.left)}$${row + origin.top + 1}`;
  const withCode = s.rows.some((r) => r.code !== undefined) && s.key.kind === 'population';
  const allMunicipalities = s.key.kind === 'population' && s.rows.every((r) => r.code && r.code.length === 3);
  const cols = {
    name: 0,
    code: withCode ? 1 : -1,
    key: withCode ? 2 : 1,
    share: withCode ? 3 : 2,
    amount: withCode ? 4 : 3,
  };
  const n = s.rows.length;
  const totalRow = n + 1;
  const cells: PlannedCell[] = [];
  const keyScale = Math.max(...s.rows.map((r) => r.weight.scale));
  const keyFmt = keyScale > 0 ? `#,##0.${'0'.repeat(keyScale)}` : '#,##0';
  const amountFmt = s.unit % 100n === 0n ? '#,##0' : '#,##0.00';
  const head = (col: number, value: string) => cells.push({ row: 0, col, value, bold: true });
  head(cols.name, (allMunicipalities ? HEAD.municipality : HEAD.party)[lang]);
  if (withCode) head(cols.code, HEAD.code[lang]);
  head(cols.key, s.keyHeader[lang]);
  head(cols.share, HEAD.share[lang]);
  head(cols.amount, HEAD.amount[lang]);
  const keys = `${abs(1, cols.key)}:${abs(n, cols.key)}`;
  const totalCell = abs(totalRow, cols.amount);
  // A live table shows its working: the whole units and the remainders that rank the leftover units.
  const unitsCol = cols.amount + 1;
  const restCol = cols.amount + 2;
  if (live) {
    head(unitsCol, HEAD.units[lang]);
    head(restCol, HEAD.rest[lang]);
  }
  s.rows.forEach((r, i) => {
    const row = i + 1;
    cells.push({ row, col: cols.name, value: r.name });
    if (withCode) cells.push({ row, col: cols.code, value: r.code ?? '' });
    cells.push({ row, col: cols.key, value: num(r.weight), numFmt: keyFmt });
    if (live) {
      const key = abs(row, cols.key);
      cells.push({ row, col: cols.share, formula: `${key}/SUM(${keys})`, numFmt: '0.00%' });
      const refs: LiveRefs = {
        key,
        keys,
        total: totalCell,
        units: abs(row, unitsCol),
        rest: abs(row, restCol),
        unitsRange: `${abs(1, unitsCol)}:${abs(n, unitsCol)}`,
        restRange: `${abs(1, restCol)}:${abs(n, restCol)}`,
      };
      cells.push({
        row,
        col: cols.amount,
        formula: liveAmountFormula(refs, s.unit, keyScale),
        numFmt: amountFmt,
      });
      cells.push({ row, col: unitsCol, formula: liveUnitsFormula(refs, s.unit, keyScale), numFmt: '0' });
      cells.push({ row, col: restCol, formula: liveRestFormula(refs, s.unit, keyScale), numFmt: '0' });
    } else {
      cells.push({ row, col: cols.share, value: num(r.share) / 100, numFmt: '0.00%' });
      cells.push({ row, col: cols.amount, value: Number(oereToPlain(r.amount)), numFmt: amountFmt });
    }
  });
  cells.push({ row: totalRow, col: cols.name, value: HEAD.total[lang], bold: true });
  const sumOf = (col: number) => `SUM(${abs(1, col)}:${abs(n, col)})`;
  if (live) {
    cells.push({ row: totalRow, col: cols.key, formula: sumOf(cols.key), numFmt: keyFmt, bold: true });
    cells.push({ row: totalRow, col: cols.share, formula: sumOf(cols.share), numFmt: '0.00%', bold: true });
  } else {
    cells.push({ row: totalRow, col: cols.key, value: num(s.weightSum), numFmt: keyFmt, bold: true });
    cells.push({ row: totalRow, col: cols.share, value: 1, numFmt: '0.00%', bold: true });
  }
  // The total is a value even in a live table: it is what the user changes.
  cells.push({
    row: totalRow,
    col: cols.amount,
    value: Number(oereToPlain(s.total)),
    numFmt: amountFmt,
    bold: true,
  });
  if (s.source) cells.push({ row: totalRow + 1, col: cols.name, value: s.source[lang] });
  return {
    rows: totalRow + (s.source ? 2 : 1),
    cols: cols.amount + (live ? 3 : 1),
    cells,
    totalCell: { row: totalRow, col: cols.amount },
  };
}
