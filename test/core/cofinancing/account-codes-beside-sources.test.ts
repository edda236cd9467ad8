/**
 * A finance office's kontonumre ("2.60.42") left of a co-financing table's sources: codes that form no chart
 * of accounts the sums confirm do not make the table a budget. Read as a budget, amounts typed as text drew a
 * budget warning on a correct table, and the sources went unchecked as sources.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const SOURCES: [string, string, number][] = [
  ['2.60.42', 'Regionens egenfinansiering', 5_500_000],
  ['2.67.30', 'Puljemidler', 900_000],
  ['4.38.97', 'Tilbageført til puljen', -500_000],
  ['6.56.69', 'Statsligt tilskud', 1_600_000],
  ['0.62.45', 'Fondsmidler', 2_600_000],
];
const danish = (n: number) => n.toLocaleString('da-DK');

function sheet(asText: boolean): RawValue[][] {
  const cell = (n: number): RawValue => (asText ? danish(n) : n);
  const total = SOURCES.reduce((s, [, , v]) => s + v, 0);
  return [
    ['Projektets finansiering'],
    ['Kontonr.', 'Finansieringskilde', 2023, 'I alt'],
    ...SOURCES.map(([code, name, v]): RawValue[] => [code, name, cell(v), cell(v)]),
    ['', 'I alt', cell(total), cell(total)],
  ];
}

describe('kontonumre beside the sources of a co-financing table', () => {
  it.each([true, false])('reads the table as co-financing, amounts as text: %s', (asText) => {
    const r = checkWorkbook(snapshot([gridFromRows('Ark1', sheet(asText))]), PARAMS);
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
