/**
 * The reading's decisions name the cell and say what Fordel took it to be. A heading cell that is empty
 * must not show as »« (in the pane and the command line that read as "A3:" with nothing after it).
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { readingLines } from '../../../src/cli/report';
import { PARAMS, sheet, snapshot } from './fixtures';

const TOWNS: [string, number, number][] = [
  ['Fredensborg', 41_465, 100_000],
  ['Gribskov', 41_903, 101_056],
  ['Halsnæs', 31_643, 76_312],
];

function decisionsOf(rows: RawValue[][]) {
  const result = checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
  expect(result.readings).toHaveLength(1);
  return result.readings![0];
}

describe('reading decisions', () => {
  it('say what an unheaded column was taken to be, never an empty »«', () => {
    const reading = decisionsOf([
      ['Fælles udgift 2025 efter indbyggertal'],
      ...TOWNS.map(([n, p, a]): RawValue[] => [n, p, a]),
      ['I alt', 115_011, 277_368],
    ]);
    const amount = reading.decisions.find((d) => d.role === 'amount-col');
    expect(amount).toBeDefined();
    for (const d of reading.decisions) {
      expect(d.because.da.trim()).not.toBe('');
      expect(d.because.en.trim()).not.toBe('');
      expect(d.because.da).not.toMatch(/»\s*«/);
      expect(d.because.en).not.toMatch(/""/);
    }
    expect(amount!.because.da).toBe(`beløbene i kolonne ${amount!.cells[0]}, som ingen overskrift har`);
    for (const line of readingLines(reading, 'da').slice(1)) expect(line).not.toMatch(/:\s*$/);
  });

  it('quote the heading when there is one', () => {
    const reading = decisionsOf([
      ['Fælles udgift 2025 efter indbyggertal'],
      ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
      ...TOWNS.map(([n, p, a]): RawValue[] => [n, p, a]),
      ['I alt', 115_011, 277_368],
    ]);
    const d = reading.decisions.find((x) => x.role === 'amount-col')!;
    expect([d.cells, d.because.da]).toEqual(['C2', 'beløbene i »Beløb (kr.)«']);
    expect(reading.decisions.find((x) => x.role === 'total-row')!.because.da).toBe('mærket »I alt«');
  });
});

describe('a budget reading', () => {
  it('says that minus is income only where a figure is negative', () => {
    const costs = decisionsOf([
      ['Post', 'Beløb'],
      ['Løn', 600_000],
      ['Drift', 400_000],
      ['Udgifter i alt', 1_000_000],
    ]);
    expect(costs.kind).toBe('budget');
    expect(costs.decisions.some((d) => d.role === 'sign')).toBe(false);
    const netted = decisionsOf([
      ['Post', 'Udgifter', 'Indtægter', 'Netto'],
      ['Administration', 500_000, -100_000, 400_000],
      ['Drift af bygninger', 900_000, -150_000, 750_000],
      ['I alt', 1_400_000, -250_000, 1_150_000],
    ]);
    expect(netted.kind).toBe('budget');
    expect(netted.decisions.find((d) => d.role === 'sign')?.because.da).toBe(
      'minus er indtægter, ikke en fejl',
    );
  });
});
