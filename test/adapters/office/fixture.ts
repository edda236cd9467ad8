import { FakeExcel, type FakeSheetInit } from '../../../src/adapters/office-fake/fake-excel';
import { emptySettings, SETTINGS_SHEET, type WritePlan } from '../../../src/core/output/plan';
import { settingsToValues } from '../../../src/core/output/settings-sheet';

/** A small workbook with one of everything the reader must notice. */
export function sampleWorkbook(extra: FakeSheetInit[] = []): FakeExcel {
  return new FakeExcel([
    {
      name: 'Fordeling',
      rows: [
        ['Fordeling af udgifter', null, null, null],
        ['Kommune', 'Indbyggere', 'Andel', 'Beløb'],
        ['Aarhus', 367_095, 0.5, { error: '#REF!' }],
        ['Skanderborg', 64_235, 0.25, 250_000],
        ['Odder', '#REF!', 0.25, 250_000],
      ],
      formats: { C3: '0.0%', C4: '0.0%', D4: '#,##0' },
      formulas: { D3: '=B3*#REF!' },
      merges: ['A1:D1'],
      hiddenRows: [3],
      tables: [{ name: 'Tabel1', range: 'A2:D5', filtered: true }],
    },
    { name: 'Låst', rows: [['Budget'], [100]], protected: true },
    { name: 'Skjult', rows: [['gammelt']], visibility: 'Hidden' },
    ...extra,
  ]);
}

export function settingsSheet(owned: string[] = []): FakeSheetInit {
  const settings = { ...emptySettings(), ownedSheets: owned };
  return { name: SETTINGS_SHEET, rows: settingsToValues(settings), visibility: 'VeryHidden' };
}

export function emptyPlan(over: Partial<WritePlan> = {}): WritePlan {
  return { blocks: [], highlights: [], sheets: [], settings: emptySettings(), ...over };
}
