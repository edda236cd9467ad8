/**
 * What the sheets kommuner, regioner and ministries send around do to a table without changing it: a minus
 * typed "÷" or after the figure (as KMD Opus and SAP export it), "–" for nil, "kr." in the number format, years
 * headed "B2026"/"BO1", a "%" head over the shares, a date in the title, "i alt" in another case, the title
 * merged over the table, a note line among the parts, a blank line before the total, heads typed over two
 * lines, a footnote mark after a name with its footnote below, and the columns a
 * finance office adds: CVR numbers or kontonumre left of the names, a "Kontrol" column of zeros, a hidden
 * helper column of formulas. The word lists and characters are named here; logical.ts and render.ts use them.
 */
import { danish } from './danish';
import type { ExtraCol } from './everyday';
import type { Rng } from './rng';
import type { LCol, LRow } from './truth';

/** The Danish minus of hand-written and typed accounts, with or without a space after it. */
export const DIVISION_MINUS = ['÷', '÷ '];
/** Nil as an en dash, the way a typeset report and Word write it. */
export const EN_DASH = '\u2013';
/** Amount formats that show the unit after (or before) the figure; the value stays a number in kroner. */
export const KR_FORMATS = ['#,##0 "kr."', '"kr." #,##0', '#,##0\\ "kr"'];

/** Budget years as the budget system heads them: the budget year, then its estimates by year or by number. */
export const BUDGET_CODE_STYLES = ['B-BO-year', 'B-BO-number', 'B-BO-spaced'] as const;
export function budgetCode(style: string, year: number, first: number): string {
  if (year === first) return style === 'B-BO-spaced' ? `B ${year}` : `B${year}`;
  if (style === 'B-BO-number') return `BO${year - first}`;
  return style === 'B-BO-spaced' ? `BO ${year}` : `BO${year}`;
}

/** A share column headed only by its unit. */
export const PCT_HEADS = ['%', 'Andel (%)', 'Andel i %', 'Nøgle %'];

/** A date or version after the title: numbers that state no amount. */
export const TITLE_DATES = [
  ', opgjort pr. 1. januar 2026',
  ' (version 2 af 14. marts 2026)',
  ' – status 30. juni 2026',
  ', jf. aftale af 12. december 2025',
];

/** How "I alt" is typed when nobody checks: lower case, upper case, with a colon. */
export const TOTAL_CASES = ['lower', 'upper', 'colon'] as const;
export function totalLabelCase(label: string, how: string): string {
  if (how === 'lower') return label.toLowerCase();
  if (how === 'upper') return label.toUpperCase();
  return `${label.trimEnd()}:`;
}

/** A line of text among the parts: a note on what follows, with no amount. */
export const NOTE_ROWS = [
  'Nye deltagere fra 2026:',
  '* Foreløbige tal, afventer regnskab',
  'Se note 1 nedenfor',
  'Ændret efter budgetforliget',
];

/** A head typed over two lines (Alt+Enter): before its unit in brackets, else at the first space between two words. */
export function brokenHead(head: string): string {
  const i = head.indexOf(' (');
  if (i > 0) return `${head.slice(0, i)}\n${head.slice(i + 1)}`;
  const m = /^(\S{3,}) (\S{3,}.*)$/.exec(head);
  return m ? `${m[1]}\n${m[2]}` : head;
}

/** A footnote mark after a name, and the footnote under the table that explains it. */
export const FOOTNOTE_MARKS = [' 1)', '*', '¹'] as const;
export const FOOTNOTES = ['indtrådt 1. juli 2026', 'beløbet er foreløbigt', 'jf. byrådets beslutning'];
export const footnoteLine = (mark: string, text: string): string =>
  `${mark.trim()} ${text[0].toUpperCase()}${text.slice(1)}.`;

export const CVR_HEADS = ['CVR-nr.', 'CVR', 'CVR nr.'];
export const ACCOUNT_HEADS = ['Konto', 'Kontonr.', 'Funktion'];
export const CHECK_HEADS = ['Kontrol', 'Difference', 'Afstemning'];
export const HELPER_HEADS = ['hj.', 'Hjælpekolonne', 't.kr. (hj.)'];

/** A CVR number: eight digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11, the first not 0. */
export function cvrNumber(rng: Rng): number {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [rng.int(1, 9), ...Array.from({ length: 6 }, () => rng.int(0, 9))];
    const check = (11 - (digits.reduce((a, d, i) => a + d * weights[i], 0) % 11)) % 11;
    if (check < 10) return Number([...digits, check].join(''));
  }
}

export const validCvr = (n: number): boolean => {
  const d = String(n).split('').map(Number);
  return (
    d.length === 8 && d[0] > 0 && d.reduce((a, x, i) => a + x * [2, 7, 6, 5, 4, 3, 2, 1][i], 0) % 11 === 0
  );
};

/** A CVR number left of each part's name, all different. */
export function cvrColumn(rows: readonly LRow[], rng: Rng): ExtraCol {
  const cells: Record<string, { v: number }> = {};
  const used = new Set<number>();
  for (const r of rows) {
    if (r.role !== 'part') continue;
    let n = cvrNumber(rng);
    while (used.has(n)) n = cvrNumber(rng);
    used.add(n);
    cells[r.id] = { v: n };
  }
  return { id: 'extra:cvr', head: rng.pick(CVR_HEADS), unit: null, cells };
}

/** A kontonummer of the municipal chart of accounts ("3.22.01": main account, group, function) per part, as text. */
export function accountColumn(rows: readonly LRow[], rng: Rng): ExtraCol {
  const cells: Record<string, { v: string }> = {};
  const two = (n: number): string => String(n).padStart(2, '0');
  for (const r of rows)
    if (r.role === 'part')
      cells[r.id] = { v: `${rng.int(0, 6)}.${two(rng.int(1, 95))}.${two(rng.int(1, 99))}` };
  return { id: 'extra:account', head: rng.pick(ACCOUNT_HEADS), unit: null, cells };
}

/**
 * A column of formulas at the right whose results render.ts works out from the cells as typed: the row's total
 * less the sum of its years ("Kontrol", 0 where the row adds up), or a hidden helper with the row's amount in
 * thousands. Every row with the amounts gets one.
 */
export function formulaColumn(rows: readonly LRow[], kind: 'check' | 'helper', rng: Rng): ExtraCol {
  const cells: Record<string, { v: number }> = {};
  for (const r of rows) cells[r.id] = { v: 0 };
  const head = rng.pick(kind === 'check' ? CHECK_HEADS : HELPER_HEADS);
  return { id: `extra:${kind}`, head, unit: null, cells, formula: kind, hidden: kind === 'helper' };
}

/** The money column a helper reads: the total column of a co-financing table, the amount of a split. */
export const helperSource = (cols: readonly LCol[]): LCol | undefined =>
  cols.find((c) => c.role === 'total') ?? cols.find((c) => c.role === 'amount');

/** A negative amount (as a decimal string in its unit) typed with the Danish minus or the minus after it. */
export function negativeText(dec: string, variant: string, minus = DIVISION_MINUS[0]): string {
  const abs = danish(dec.replace(/^-/, ''));
  return variant === 'trailing-minus' ? `${abs}-` : `${minus}${abs}`;
}
