/**
 * What a KPI column holds, by its cells: years, dates or figures. Header words suggest a role; the cells decide
 * it. "Målår" over 2027 is the year of the target, not its value; 700 under "Senest opgjort" is a count, not the
 * date 30.11.1901.
 */
import { formatAt } from '../../grid/grid';
import { isDateFormat } from '../../numbers/excel-format';
import { readDate } from '../../numbers/read-date';
import { BLANK, NUMBER, type SheetCells } from '../../reader/cells';
import { normalizeLabel } from '../../reader/labels';

/** Years a target list speaks of; a whole number outside them is a figure. */
export const KPI_YEARS = { first: 1990, last: 2100 } as const;
/** Excel serials of the days in those years (1.1.1990 and 31.12.2100): a date cell holds one of them. */
const SERIALS = { first: 32_874, last: 73_415 } as const;
/** Without a header word that says "year", this many cells of years make a column of years. */
const YEARS_BY_CONTENT = 3;
const YEAR_WORD = /aar|year/;

const isYear = (v: number) => Number.isInteger(v) && v >= KPI_YEARS.first && v <= KPI_YEARS.last;

function filled(cells: SheetCells, col: number, rows: readonly number[]): number[] {
  return rows.slice(0, 200).filter((r) => cells.kind(r, col) !== BLANK);
}

/** Every filled cell a year (2025, "2025"), with a header that says year or enough of them to tell. */
export function holdsYears(cells: SheetCells, col: number, rows: readonly number[], header: string): boolean {
  const cs = filled(cells, col, rows);
  if (cs.length === 0) return false;
  const years = cs.every((r) => {
    const n = cells.number(r, col);
    return (
      n !== null && n.scale === 0 && isYear(Number(n.digits)) && !isDateFormat(formatAt(cells.grid, r, col))
    );
  });
  return (
    years && (YEAR_WORD.test(normalizeLabel(header).replace(/\s+/g, '')) || cs.length >= YEARS_BY_CONTENT)
  );
}

/**
 * Most filled cells are deadlines: a date cell, a year, a date or words in text ("ultimo 2026", "løbende"). A
 * plain number that is neither a year nor a day in the years a target list speaks of is a figure.
 */
export function holdsDeadlines(cells: SheetCells, col: number, rows: readonly number[]): boolean {
  const cs = filled(cells, col, rows);
  if (cs.length === 0) return true;
  const dates = cs.filter((r) => {
    if (cells.kind(r, col) !== NUMBER) return !cells.isNumeric(r, col) || readDate(cells.raw(r, col)).ok;
    const v = cells.raw(r, col) as number;
    if (isDateFormat(formatAt(cells.grid, r, col))) return true;
    return isYear(v) || (Number.isInteger(v) && v >= SERIALS.first && v <= SERIALS.last);
  });
  return dates.length * 2 > cs.length;
}
