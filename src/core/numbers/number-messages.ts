/**
 * The Danish and English wording for numbers and dates that cannot be read. Every message quotes
 * what was found, so the user can see it without opening the cell.
 */
import { text, type Lang, type Text } from '../findings/finding';

const MAX_QUOTE = 60;

/**
 * The text as found, shortened when very long so a finding stays one line, in the language's quotation
 * marks: »…« in Danish, "…" in English.
 */
export function quote(found: string, lang: Lang = 'da'): string {
  const oneLine = found.replace(/\s+/g, ' ').trim();
  const chars = [...oneLine];
  const shown = chars.length > MAX_QUOTE ? chars.slice(0, MAX_QUOTE - 1).join('') + '…' : oneLine;
  return lang === 'da' ? `»${shown}«` : `"${shown}"`;
}

export const msg = {
  empty: (): Text => text('Cellen er tom.', 'The cell is empty.'),
  formulaError: (error: string): Text =>
    // An error value no spreadsheet program defines (a damaged or crafted file) is not quoted as if it were one.
    /^#[\w/.]+[!?]?$/.test(String(error))
      ? text(`Cellen viser formelfejlen ${error}.`, `The cell shows the formula error ${error}.`)
      : text(
          'Cellen viser en formelfejl, som Fordel ikke kender.',
          'The cell shows a formula error Fordel does not know.',
        ),
  formulaNoResult: (): Text =>
    text(
      'Cellen har en formel, men filen er gemt uden formlens resultat, så Fordel kan ikke se tallet. ' +
        'Åbn filen i Excel eller LibreOffice, gem den, og tjek igen.',
      "The cell holds a formula, but the file was saved without the formula's result, so Fordel cannot see " +
        'the number. Open the file in Excel or LibreOffice, save it and check again.',
    ),
  boolean: (value: boolean): Text =>
    text(
      `Cellen indeholder ${value ? 'SAND' : 'FALSK'}, ikke et tal.`,
      `The cell holds ${value ? 'TRUE' : 'FALSE'}, not a number.`,
    ),
  notFinite: (): Text =>
    text('Cellen indeholder ikke et endeligt tal.', 'The cell does not hold a finite number.'),
  tooManyDigits: (found: string): Text =>
    text(
      `${quote(found)} har flere cifre, end noget beløb kan have, og kan ikke bruges som et tal.`,
      `${quote(found, 'en')} has more digits than any amount can have and cannot be used as a number.`,
    ),
  notANumber: (found: string): Text =>
    text(`${quote(found)} kan ikke læses som et tal.`, `${quote(found, 'en')} cannot be read as a number.`),
  decimalPoint: (found: string): Text =>
    text(
      `${quote(found)} er tvetydigt: på dansk er punktum tusindtalsskille. Skriv fx 3,5 for tre komma fem eller 3.500 for tre tusind fem hundrede.`,
      `${quote(found, 'en')} is ambiguous: in Danish a point separates thousands. Write e.g. 3,5 for three point five or 3.500 for three thousand five hundred.`,
    ),
  englishThousands: (found: string): Text =>
    text(
      `${quote(found)} er tvetydigt: komma kan være decimaltegn (dansk) eller tusindtalsskille (engelsk). Skriv fx 1,5 eller 1.500.`,
      `${quote(found, 'en')} is ambiguous: a comma can be the Danish decimal mark or an English thousands separator. Write e.g. 1,5 or 1.500.`,
    ),
  englishFormat: (found: string): Text =>
    text(
      `${quote(found)} ligner engelsk talformat (komma for tusinder, punktum for decimaler). Skriv det på dansk, fx 1.500,50.`,
      `${quote(found, 'en')} looks like English number format (comma for thousands, point for decimals). Write it the Danish way, e.g. 1.500,50.`,
    ),
  range: (found: string): Text =>
    text(
      `${quote(found)} er et interval, ikke ét tal. Skriv det tal, der gælder.`,
      `${quote(found, 'en')} is a range, not one number. Write the number that applies.`,
    ),
  notADate: (found: string): Text =>
    text(
      `${quote(found)} kan ikke læses som en dato. Skriv fx 31-12-2026.`,
      `${quote(found, 'en')} cannot be read as a date. Write e.g. 31-12-2026.`,
    ),
  impossibleDate: (found: string): Text =>
    text(`${quote(found)} er ikke en gyldig dato.`, `${quote(found, 'en')} is not a valid date.`),
  serialOutOfRange: (serial: number): Text =>
    text(
      `Tallet ${serial} kan ikke læses som en dato i Excel.`,
      `The number ${serial} cannot be read as an Excel date.`,
    ),
  fakeLeapDay: (): Text =>
    text(
      'Datoen 29-02-1900 findes ikke (Excel viser den af historiske grunde).',
      'The date 29-02-1900 does not exist (Excel shows it for historical reasons).',
    ),
};
