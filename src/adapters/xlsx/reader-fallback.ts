/**
 * Fordel's own .xlsx reader (own-reader.ts) reads the forms Excel, LibreOffice and the common libraries
 * write. Anything else (a namespace prefix, strict OOXML, a part it cannot find, an unusual cell) makes it
 * give the whole workbook back to SheetJS: the user then gets exactly what the SheetJS path gives, never a
 * reading that differs in silence.
 */
export class NotUnderstood extends Error {
  constructor(why: string) {
    super(`own reader: ${why}`);
  }
}

export function notUnderstood(why: string): never {
  throw new NotUnderstood(why);
}
