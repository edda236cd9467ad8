/**
 * Amount cells as pasted tables bring them: text in Danish and English style, with currency and odd
 * spaces, formula errors, empty cells, and sums far beyond what a float holds exactly.
 */
import type { RawValue } from '../../../src/core/grid/grid';
import { f, sheet1, type CorpusCase } from './types';

/** The focus-area table from the agreement (domain.md §1) with two years, cells replaceable. */
function areas(cells: Record<string, RawValue> = {}): RawValue[][] {
  const rows: RawValue[][] = [
    ['Årlig statslig bevilling'],
    ['Indsatsområde', 2021, 2022, 'I alt'],
    ['Ungeområdet', 300_000, 300_000, 600_000],
    ['Musikområdet', 600_000, 600_000, 1_200_000],
    ['I alt', 900_000, 900_000, 1_800_000],
  ];
  for (const [ref, v] of Object.entries(cells)) {
    const col = ref.charCodeAt(0) - 65;
    const row = Number(ref.slice(1)) - 1;
    rows[row][col] = v;
  }
  return rows;
}

const ERR = (error: string): RawValue => ({ error });

export const AMOUNT_CASES: CorpusCase[] = [
  { name: 'a clean table gives no findings', sheets: sheet1(areas()), findings: [] },
  {
    name: 'Danish text amounts are read exactly',
    sheets: sheet1(areas({ B3: '300.000', C4: '600.000', D5: '1.800.000' })),
    findings: [],
  },
  {
    name: 'a Danish text amount that is wrong is caught as a number',
    sheets: sheet1(areas({ C4: '1.500.000' })),
    findings: [
      f('total-mismatch', 'D4', {
        expected: '2100000',
        actual: '1200000',
        da: 'summen af B4:C4 er 2.100.000 kr.',
      }),
      f('total-mismatch', 'C5', { expected: '1800000', actual: '900000' }),
    ],
  },
  {
    name: 'English thousands "300,000" are ambiguous, not 300',
    sheets: sheet1(areas({ B3: '300,000' })),
    findings: [f('ambiguous-number', 'B3', { da: '»300,000« er tvetydigt' })],
  },
  {
    name: 'currency words and every kind of space are read',
    sheets: sheet1(
      areas({ B3: 'kr. 300.000', C3: 'DKK 300.000', B4: '600 000', C4: '600\u00a0000', B5: '900\u202f000' }),
    ),
    findings: [],
  },
  {
    name: 'an amount with kr. after it and a no-break space',
    sheets: sheet1(areas({ D3: '600.000\u00a0kr.' })),
    findings: [],
  },
  {
    name: '"abc" in an amount is not a number at that cell',
    sheets: sheet1(areas({ B3: 'abc' })),
    findings: [f('not-a-number', 'B3', { da: '»abc« kan ikke læses som et tal' })],
  },
  {
    name: 'formula errors in amounts and totals',
    sheets: sheet1(areas({ B3: ERR('#REF!'), C4: ERR('#DIV/0!'), B5: ERR('#N/A'), D5: ERR('#VALUE!') })),
    findings: [
      f('formula-error', 'B3', { da: '#REF!' }),
      f('formula-error', 'C4', { da: '#DIV/0!' }),
      f('formula-error', 'B5', { da: '#N/A' }),
      f('formula-error', 'D5', { da: '#VALUE!' }),
    ],
  },
  {
    name: 'empty and blank amounts whose totals still add up',
    sheets: sheet1([
      ['Indsatsområde', 2021, 2022, 'I alt'],
      ['Ungeområdet', null, 300_000, 300_000],
      ['Musikområdet', 600_000, '  ', 600_000],
      ['I alt', 600_000, 300_000, 900_000],
    ]),
    findings: [],
  },
  {
    name: 'an empty amount whose total expects something there',
    sheets: sheet1(areas({ B3: null, C4: ' \u00a0 ' })),
    findings: [f('missing-value', 'B3', { da: 'B3 er tom' }), f('missing-value', 'C4', { da: 'C4 er tom' })],
  },
  {
    name: '100.000.000.000.000.000 kr. as text adds up to the krone',
    sheets: sheet1([
      ['Indsatsområde', 2021, 2022, 'I alt'],
      ['Ungeområdet', '100.000.000.000.000.000', '100.000.000.000.000.000', '200.000.000.000.000.001'],
      ['Musikområdet', 1, 2, 3],
      ['I alt', '100.000.000.000.000.001', '100.000.000.000.000.002', '200.000.000.000.000.003'],
    ]),
    findings: [
      f('total-mismatch', 'D2', {
        expected: '200000000000000000',
        actual: '200000000000000001',
        da: 'forskel 1 kr.',
      }),
    ],
  },
  {
    name: '1e17 kr. as Excel numbers: sums exact beyond 2^53 øre',
    sheets: sheet1([
      ['Indsatsområde', 2021, 2022, 'I alt'],
      ['Ungeområdet', 1e17, 1e17, 2e17],
      ['Musikområdet', 1, 2, 3],
      ['I alt', 1e17, 1e17, 2e17],
    ]),
    findings: [
      f('total-mismatch', 'B4', { expected: '100000000000000001', actual: '100000000000000000' }),
      f('total-mismatch', 'C4', { expected: '100000000000000002', actual: '100000000000000000' }),
      f('total-mismatch', 'D4', {
        expected: '200000000000000003',
        actual: '200000000000000000',
        da: 'forskel -3 kr.',
      }),
    ],
  },
  {
    name: 'a 40.000-digit amount is not a number Fordel can use',
    sheets: sheet1(areas({ B3: '9'.repeat(40_000) })),
    findings: [f('not-a-number', 'B3', { da: '999…« har flere cifre, end noget beløb kan have' })],
  },
];
