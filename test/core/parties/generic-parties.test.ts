/**
 * "Kommunen", "Regionen", "Staten", "Fonden" are parties named by what they are: a split between them is
 * no list of misspelt municipalities, and gets no unknown-party info. A named body that is no municipality
 * still does.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { isGenericParty } from '../../../src/core/parties/generic';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const unknown = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.rule === 'unknown-party').map((f) => f.cell);

describe('generic parties', () => {
  it('knows the bodies in the forms sheets use', () => {
    for (const name of [
      'Kommunen',
      'Regionen',
      'Staten',
      'Fonden',
      'Kommunerne',
      'Regionerne:',
      'Staten (puljen)',
    ])
      expect(isGenericParty(name)).toBe(true);
    for (const name of ['Kobenhavn', 'Aalborg Universitet', 'Novo Nordisk Fonden', 'Kommunen Vest'])
      expect(isGenericParty(name)).toBe(false);
  });

  it('gives a refund split between "Kommunen" and "Regionen" no unknown-party info', () => {
    const r = run([
      ['Refusion ved køb af udstyrspakke'],
      ['Part', 'Andel i pct.', 'Beløb (kr.)'],
      ['Kommunen', 65, 65_000],
      ['Regionen', 35, 35_000],
      ['I alt', 100, 100_000],
    ]);
    expect(r.tables).toHaveLength(1);
    expect(r.findings).toEqual([]);
  });

  it('still says a named body is not a municipality', () => {
    const r = run([
      ['Fordeling af udgifter til EU-kontoret'],
      ['Part', 'Andel i pct.', 'Beløb (kr.)'],
      ['Staten', 40, 400_000],
      ['Fonden', 35, 350_000],
      ['Aalborg Universitet', 25, 250_000],
      ['I alt', 100, 1_000_000],
    ]);
    expect(unknown(r)).toEqual(['A5']);
  });
});
