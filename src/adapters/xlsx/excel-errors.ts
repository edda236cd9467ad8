/**
 * Excel's error values, one table for both .xlsx readers: the code SheetJS gives each (its BErr numbers,
 * which .xls and .xlsb files store) and the text Fordel shows for it.
 */

/** Code, text, and whether SheetJS knows the text in an .xlsx cell (see XLSX_ERROR_CODES). */
const ERRORS: readonly (readonly [code: number, text: string, inXlsx: boolean])[] = [
  [0x00, '#NULL!', true],
  [0x07, '#DIV/0!', true],
  [0x0f, '#VALUE!', true],
  [0x17, '#REF!', true],
  [0x1d, '#NAME?', true],
  [0x24, '#NUM!', true],
  [0x2a, '#N/A', true],
  [0x2b, '#GETTING_DATA', true],
  [0x2c, '#SPILL!', false],
  [0x2d, '#CONNECT!', false],
  [0x2e, '#BLOCKED!', false],
  [0x2f, '#UNKNOWN!', false],
  [0x30, '#FIELD!', false],
  [0x31, '#CALC!', false],
];

/** The text of each error code; a code not here reads as '#?'. */
export const ERROR_TEXT: Readonly<Record<number, string>> = Object.fromEntries(
  ERRORS.map(([code, text]) => [code, text]),
);

/**
 * The code SheetJS gives an error text in an .xlsx cell. It knows only the older errors (and its own
 * '#WTF?', a code with no text): any other text (#SPILL!, #CALC! ...) gets no code, so the cell counts as
 * one without a value (a formula's result unknown, else '#?'). The own reader gives exactly SheetJS's
 * reading, so it keeps this subset on purpose; the newer codes come only from files SheetJS reads in binary.
 */
export const XLSX_ERROR_CODES: Readonly<Record<string, number>> = {
  ...Object.fromEntries(ERRORS.filter(([, , inXlsx]) => inXlsx).map(([code, text]) => [text, code])),
  '#WTF?': 0xff,
};
