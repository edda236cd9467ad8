/**
 * The words every kind's explanation uses for cells: a heading in quotes, a column without a heading, the
 * reader's own reason for a decision when it gave one. One place, so all kinds name cells the same way.
 */
import { text, type Text } from '../findings/finding';
import { columnLetters } from '../grid/a1';
import { cellAt, type SheetGrid } from '../grid/grid';
import type { TableLayout } from '../tables/layout';
import { amountUnitName } from '../money/format';

export interface ExplainTools {
  /** The reader's reason for a decision, or the fallback when it gave none. */
  why(role: string, fallback: Text): Text;
  /** The header cell of a column, as A1. */
  col(c: number): string;
  /** A heading in quotes, or - when the cell is empty - what Fordel took it to be; never an empty »«. */
  named(row: number, c: number, none: Text): Text;
  /** "mærket »I alt«", or the fallback for an empty label. */
  labelled(row: number, c: number, none: Text): Text;
  /** "kolonne C, som ingen overskrift har". */
  unheaded(c: number): Text;
  /** The trimmed text of a cell, '' when empty or not text. */
  label(row: number, c: number): string;
}

export function explainTools(grid: SheetGrid | undefined, t: TableLayout): ExplainTools {
  const label = (row: number, c: number): string => {
    const v = grid ? cellAt(grid, row, c) : null;
    return v === null || typeof v === 'object' ? '' : String(v).trim();
  };
  return {
    label,
    why: (role, fallback) => t.because?.[role] ?? fallback,
    col: (c) => `${columnLetters(c)}${t.headerRow + 1}`,
    named: (row, c, none) => {
      const l = label(row, c);
      return l ? text(`»${l}«`, `"${l}"`) : none;
    },
    labelled: (row, c, none) => {
      const l = label(row, c);
      return l ? text(`mærket »${l}«`, `labelled "${l}"`) : none;
    },
    unheaded: (c) =>
      text(
        `kolonne ${columnLetters(c)}, som ingen overskrift har`,
        `column ${columnLetters(c)}, which has no heading`,
      ),
  };
}

/** A second total row is named too: the user sees both totals were checked against the parts. */
export function otherTotalsExplained(
  rows: readonly number[] | undefined,
  labelCol: number,
  say: ExplainTools,
  a1: (row: number, col: number) => string,
) {
  return (rows ?? []).map((row) => {
    const name = say.label(row, labelCol);
    return {
      role: 'other-total-row',
      cells: a1(row, labelCol),
      because: text(
        `${name ? `»${name}« ` : 'rækken '}er også en total; den er kontrolleret mod de samme dele`,
        `${name ? `"${name}" ` : 'the row '}is a total too; it was checked against the same parts`,
      ),
    };
  });
}

/** Amounts in t.kr. or mio. kr. are checked and reported in kroner; the reading says which unit it found. */
export function amountScaleExplained(t: TableLayout) {
  if (t.kind === 'kpi' || !t.amountScale || t.amountScale === 1) return [];
  const [da, en] = [amountUnitName(t.amountScale, 'da'), amountUnitName(t.amountScale, 'en')];
  return [
    {
      role: 'amount-scale',
      cells: '',
      because: text(
        `beløbene står i ${da}; Fordel regner og svarer i kroner`,
        `the amounts are in ${en}; Fordel checks and answers in kroner`,
      ),
    },
  ];
}
