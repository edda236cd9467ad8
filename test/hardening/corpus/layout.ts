/**
 * Sheets laid out the way people make them: merged titles and labels, hidden rows and columns, a
 * filtered Excel Table, a protected sheet, and sheets with almost nothing on them.
 */
import type { RawValue } from '../../../src/core/grid/grid';
import { f, sheet1, type CorpusCase } from './types';

const SPLIT: RawValue[][] = [
  ['Fordeling af fælles udgifter 2025'],
  ['Kommune', 'Indbyggere', 'Beløb finansiering (kr.)'],
  ['København', 600, 600_000],
  ['Frederiksberg', 300, 300_000],
  ['Gentofte', 100, 100_000],
  ['I alt', 1000, 1_000_000],
];

export const LAYOUT_CASES: CorpusCase[] = [
  {
    name: 'a merged title across the table',
    sheets: sheet1([['Fordeling af fælles udgifter 2025', null, null], ...SPLIT.slice(1)], {
      merges: ['A1:C1'],
    }),
    findings: [],
  },
  {
    name: 'a merged label spanning two rows reads the second row as unnamed',
    sheets: sheet1(
      [
        ['Indsatsområde', 2021, 2022, 'I alt'],
        ['Ungeområdet', 300_000, 300_000, 600_000],
        [null, 100_000, 100_000, 200_000],
        ['Musikområdet', 600_000, 600_000, 1_200_000],
        ['I alt', 1_000_000, 1_000_000, 2_000_000],
      ],
      { merges: ['A2:A3'] },
    ),
    findings: [],
  },
  {
    name: 'hidden rows in a table are counted and said so',
    sheets: sheet1(SPLIT, { hiddenRows: [3] }),
    findings: [f('hidden-or-filtered', 'A2:C6', { da: 'har skjulte rækker (4)' })],
  },
  {
    name: 'a hidden column is read like any other',
    sheets: sheet1(SPLIT, { hiddenCols: [1] }),
    findings: [],
  },
  {
    name: 'a filtered Excel Table: counted, warned, and never written into',
    sheets: sheet1(SPLIT, { table: { name: 'Fordeling', ref: 'A2:C6' }, hiddenRows: [3] }),
    findings: [f('hidden-or-filtered', 'A2:C6', { da: 'Tabellen Fordeling er filtreret' })],
    refusals: [
      f('write-refused', 'A2:C6', {
        da: 'Fordel skriver ikke i filtrerede områder; ryd filteret og kør igen.',
      }),
    ],
  },
  {
    name: 'a protected sheet is checked but not written',
    sheets: sheet1(SPLIT, { protected: true }),
    findings: [],
    refusals: [f('write-refused', 'D2:F6', { da: 'er beskyttet' })],
  },
  { name: 'a header row only', sheets: sheet1([SPLIT[1]]), findings: [] },
  { name: 'a sheet with only a title', sheets: sheet1([SPLIT[0]]), findings: [] },
  { name: 'a sheet with nothing', sheets: sheet1([]), findings: [] },
  {
    name: 'a header and one blank row',
    sheets: sheet1([SPLIT[1], [null, null, null], ['', ' ', '\u00a0']]),
    findings: [],
  },
];
