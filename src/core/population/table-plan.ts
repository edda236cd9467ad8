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

const abs = (row: number, col: number) => `$${colLetters(col)}$${row + 1}`;

/**
 * The amount of the party whose key is in `key` (an absolute A1 cell), as an Excel formula that
 * reproduces apportion/split.ts exactly: in units of `unit` øre, Tu = the whole units of the total;
 * each party gets floor(Tu * k / W) units; the L units left go to the largest remainders (ties: larger
 * key, then the row higher up); the residual below one unit goes to the next party in that order.
 * Integers all the way (keys with decimals are scaled to integers first); past 2^53 it gives #N/A.
 */
export function liveAmountFormula(
  key: string,
  keys: string,
  totalCell: string,
  unit: bigint,
  keyScale: number,
): string {
  const s = keyScale > 0 ? `*${10 ** keyScale}` : '';
  const k = keyScale > 0 ? `ROUND(${key}${s},0)` : key;
  const K = keyScale > 0 ? `ROUND(${keys}${s},0)` : keys;
  const W = keyScale > 0 ? `ROUND(SUM(${keys})${s},0)` : `SUM(${keys})`;
  const oere = `ROUND(${totalCell}*100,0)`;
  const Tu = `INT(${oere}/${unit})`;
  const floor = `INT(${Tu}*${k}/${W})`;
  const rem = `(${Tu}*${k}-${W}*${floor})`;
  const R = `(${Tu}*${K}-${W}*INT(${Tu}*${K}/${W}))`;
  const L = `(${Tu}-SUMPRODUCT(INT(${Tu}*${K}/${W})))`;
  const rank = `SUMPRODUCT((${R}>${rem})+(${R}=${rem})*(${K}>${k})+(${R}=${rem})*(${K}=${k})*(ROW(${keys})<ROW(${key})))`;
  const amount = `(${unit}*(${floor}+(${rank}<${L}))+(${rank}=${L})*(${oere}-${unit}*${Tu}))/100`;
  return `IF(${Tu}*${W}>${EXACT_LIMIT},NA(),${amount})`;
}

const HEAD = {
  party: { da: 'Part', en: 'Party' },
  municipality: { da: 'Kommune', en: 'Municipality' },
  code: { da: 'Kode', en: 'Code' },
  share: { da: 'Andel', en: 'Share' },
  amount: { da: 'Beløb (kr.)', en: 'Amount (DKK)' },
  total: { da: 'I alt', en: 'Total' },
};

const num = (d: Decimal) => Number(toPlainString(d));

export function planSplitTable(s: NewSplit, lang: Lang, live: boolean): TablePlan {
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
  s.rows.forEach((r, i) => {
    const row = i + 1;
    cells.push({ row, col: cols.name, value: r.name });
    if (withCode) cells.push({ row, col: cols.code, value: r.code ?? '' });
    cells.push({ row, col: cols.key, value: num(r.weight), numFmt: keyFmt });
    if (live) {
      const key = abs(row, cols.key);
      cells.push({ row, col: cols.share, formula: `${key}/SUM(${keys})`, numFmt: '0.00%' });
      cells.push({
        row,
        col: cols.amount,
        formula: liveAmountFormula(key, keys, totalCell, s.unit, keyScale),
        numFmt: amountFmt,
      });
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
    cols: cols.amount + 1,
    cells,
    totalCell: { row: totalRow, col: cols.amount },
  };
}
