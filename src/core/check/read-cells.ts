/**
 * Reading one cell as a number or an amount for the rules. A cell that cannot be read becomes a
 * finding on that cell and `null` for the rule, never a zero.
 */
import { decimal, mul, type Decimal } from '../decimal/decimal';
import type { Finding } from '../findings/finding';
import { finding } from '../findings/make';
import { text } from '../findings/finding';
import { a1 } from '../grid/a1';
import { cellAt, formatAt, isBlank, type RawValue, type SheetGrid } from '../grid/grid';
import type { Located } from '../located';
import type { CellAmount } from '../money/amount';
import { kronerToOere } from '../money/oere';
import { readDate } from '../numbers/read-date';
import { roundDecimal } from '../numbers/round';
import { readNumber, type NumberOk, type NumberRead } from '../numbers/read-number';
import { readFailureFinding } from '../numbers/read-failure';
import { commaInDoubt, commaSettledByColumn } from './comma-by-column';

export interface CellReader {
  readonly grid: SheetGrid;
  readonly findings: Finding[];
  /** Kroner per unit of the table's amounts (1.000 for t.kr.): every amount is read into kroner with it. */
  readonly amountScale: number;
  /** The table's fields are the sheet's rows (a split laid out across): a cell's like figures run along its row. */
  readonly across?: boolean;
}

export function cellReader(grid: SheetGrid, amountScale = 1, across = false): CellReader {
  return { grid, findings: [], amountScale, ...(across ? { across } : {}) };
}

/**
 * A cell read as a number the way the rules read it: "1,250" is in doubt alone, and its column may settle the
 * comma as a decimal mark. `amountScale`: kroner per unit when the cell is an amount (1 otherwise).
 */
export function readCellNumber(
  grid: SheetGrid,
  row: number,
  col: number,
  amountScale = 1,
  across = false,
): NumberRead {
  const raw = cellAt(grid, row, col);
  const format = formatAt(grid, row, col);
  const read = readNumber(raw, { format });
  if (read.ok || read.code !== 'ambiguous-number' || typeof raw !== 'string' || !commaInDoubt(raw))
    return read;
  if (!commaSettledByColumn(grid, row, col, raw, amountScale >= 1_000_000, across)) return read;
  const settled = readNumber(raw, { format, decimalComma: true });
  return settled.ok ? settled : read;
}

function readOk(r: CellReader, row: number, col: number, optional: boolean, amount = false): NumberOk | null {
  const raw = cellAt(r.grid, row, col);
  if (optional && isBlank(raw)) return null;
  const read = readCellNumber(r.grid, row, col, amount ? r.amountScale : 1, r.across ?? false);
  if (read.ok) return read;
  r.findings.push(readFailureFinding(read, r.grid.name, a1(row, col)));
  return null;
}

/** A number (count, share, KPI value). Blank cells are a finding unless optional. */
export function readDecimalAt(
  r: CellReader,
  row: number,
  col: number,
  optional = false,
): Located<Decimal> | null {
  const ok = readOk(r, row, col, optional);
  return ok ? { value: ok.value, cell: a1(row, col) } : null;
}

/**
 * An amount in kroner, as øre, whatever unit the table is in: 6,825 in a table in mio. kr. is 6.825.000 kr.
 * Finer than 1 øre cannot be money: a finding, not a rounding.
 */
export function readAmountAt(r: CellReader, row: number, col: number, optional = false): CellAmount | null {
  const ok = readOk(r, row, col, optional, true);
  if (!ok) return null;
  const cell = a1(row, col);
  const raw = cellAt(r.grid, row, col);
  const kroner = inKroner(ok, raw, r.amountScale);
  // A formula result with fractions of an øre (=D3*1,12) is shown rounded: it counts at the øre it
  // shows, and its exact value is kept for sums (see money/amount.ts).
  const fromExcel = typeof raw === 'number';
  const shown = fromExcel ? roundDecimal(kroner, 2) : kroner;
  const oere = kronerToOere(shown);
  if (oere === null) {
    r.findings.push(
      finding(
        'not-a-number',
        r.grid.name,
        cell,
        text('Beløbet har flere decimaler end øre.', 'The amount has more decimals than øre.'),
      ),
    );
    return null;
  }
  return shown === kroner ? { value: oere, cell } : { value: oere, cell, exact: kroner };
}

/** Text that names its own unit ("1.500 kr.", "3,5 mio. kr.") is read in kroner already; all else is in the table's unit. */
function inKroner(ok: NumberOk, raw: RawValue, scale: number): Decimal {
  if (scale === 1 || writtenInKroner(ok, raw)) return ok.value;
  return mul(ok.value, decimal(scale));
}

/** A scale word in the text ("3,5 mio.", "750 t.kr."): the reader has already multiplied it out. */
const SCALE_WORD = /\d\s*(?:mio|mill|millioner|mia|mrd|milliard(?:er)?|tusinde?|t\.\s?kr|tkr)\b/i;

/**
 * Text that names its own unit ("1.500 kr.", "3,5 mio. kr.", "3,5 mio.") is read in kroner already: the
 * table's unit (mio. kr. in its header) must not multiply it again.
 */
export function writtenInKroner(ok: NumberOk, raw: RawValue): boolean {
  return typeof raw === 'string' && (ok.unit === 'kr' || SCALE_WORD.test(raw));
}

/** A date (deadline) as ISO text; blank is allowed. */
export function readDateAt(r: CellReader, row: number, col: number): Located<string> | null {
  const raw = cellAt(r.grid, row, col);
  if (isBlank(raw)) return null;
  const read = readDate(raw, { format: formatAt(r.grid, row, col) });
  if (read.ok) return { value: read.iso, cell: a1(row, col) };
  r.findings.push(readFailureFinding(read, r.grid.name, a1(row, col)));
  return null;
}

/** Cell text as the user sees it (labels, party names). */
export function labelAt(grid: SheetGrid, row: number, col: number): string {
  const v = cellAt(grid, row, col);
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return String(v).trim();
}
