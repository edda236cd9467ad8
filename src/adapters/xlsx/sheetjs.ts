/**
 * SheetJS, loaded without its codepage tables. Those tables (for .xls and other files in old Windows
 * codepages) take longer to load than SheetJS itself, and an .xlsx never needs them. SheetJS takes the
 * tables from a global `cptable` when one is defined as it loads; this one loads the real tables the
 * first time SheetJS decodes a codepage, so files that need them read exactly as before. SheetJS itself
 * loads only when a workbook needs it (.xls, .xlsb, .ods, or an .xlsx Fordel's own reader leaves to it).
 */
import type * as SheetJS from '@e965/xlsx';

type Tables = { utils: unknown };

function loadSheetJs(): typeof SheetJS {
  let tables: Tables | undefined;
  const onFirstUse: Tables = {
    get utils() {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      tables ??= require('@e965/xlsx/dist/cpexcel.js') as Tables;
      return tables.utils;
    },
  };
  const g = globalThis as { cptable?: Tables };
  const before = g.cptable;
  g.cptable = before ?? onFirstUse;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@e965/xlsx') as typeof SheetJS;
  } finally {
    if (before === undefined) delete g.cptable;
  }
}

let loaded: typeof SheetJS | undefined;

/** SheetJS, loaded on first use. */
export function sheetJs(): typeof SheetJS {
  return (loaded ??= loadSheetJs());
}

// The types SheetJS's readers hand back, under the same name as the module.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace XLSX {
  type WorkBook = SheetJS.WorkBook;
  type WorkSheet = SheetJS.WorkSheet;
  type CellObject = SheetJS.CellObject;
}
