import { gridFromRows, type RawValue, type SheetGrid } from '../../../src/core/grid/grid';
import type { CheckParams } from '../../../src/core/check/params';
import type { SnapshotLike } from '../../../src/core/check/check-workbook';

/** Tabel B of the culture agreement (domain.md §1), under a title and a blank row. */
export function tabelB(own2023: RawValue = 1_500_000): RawValue[][] {
  return [
    ['Tabel B: Samlet finansiering af indsatsområderne (2020-tal)'],
    [],
    [null, 2021, 2022, 2023, 2024, 'Alt i alt'],
    ['Kulturregionens egenfinansiering', 1_500_000, 1_500_000, own2023, 1_500_000, 6_000_000],
    [
      'Statens medfinansiering fra Puljen til kultur i hele landet',
      1_500_000,
      1_500_000,
      1_500_000,
      1_500_000,
      6_000_000,
    ],
    ['I alt', 3_000_000, 3_000_000, 3_000_000, 3_000_000, 12_000_000],
  ];
}

/** A small population split with one-decimal shares that sum to 99,9 and amounts from the rounded shares. */
export function splitRows(): RawValue[][] {
  return [
    ['Kommune', 'Indbyggere', 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'],
    ['København', 1000, 33.3, 33_300],
    ['Frederiksberg', 1000, 33.3, 33_300],
    ['Gentofte', 1000, 33.3, 33_300],
    ['I alt', 3000, 99.9, 99_900],
  ];
}

export const PARAMS: CheckParams = { lang: 'da', asOf: '2026-11-24' };

export function snapshot(sheets: SheetGrid[], settings: SnapshotLike['settings'] = null): SnapshotLike {
  return { sheets, sheetNames: sheets.map((s) => s.name), settings };
}

export function sheet(name: string, rows: RawValue[][]): SheetGrid {
  return gridFromRows(name, rows);
}
