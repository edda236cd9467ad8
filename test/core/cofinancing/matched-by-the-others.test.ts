/**
 * "Lyngby-Taarbæk Kommune medfinansierer efter krone-til-krone-princippet" over a table with no own-financing
 * line: the other actors' money matches the municipality's. The finding and its diagnosis say so, in the
 * kroner the others fall short by, never as own financing to raise by the whole budget.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const rows: RawValue[][] = [
  ['Vidensby-organisation: basisbudget 2012-2013'],
  ['Lyngby-Taarbæk Kommune medfinansierer efter krone-til-krone-princippet'],
  [],
  ['Finansiering', '2012', '2013', 'I alt'],
  ['Lyngby-Taarbæk Kommune', 2_000_000, 2_500_000, 4_500_000],
  ['DTU', 1_000_000, 1_000_000, 2_000_000],
  ['Virksomheder', 600_000, 1_000_000, 1_600_000],
  ['Almene boligorganisationer', 400_000, 300_000, 700_000],
  ['I alt', 4_000_000, 4_800_000, 8_800_000],
];

describe('matching where the others match the first source', () => {
  const r = checkWorkbook(snapshot([gridFromRows('Vidensby', rows)]), PARAMS);
  const plain = (s: string) => s.replace(/\s/g, ' ');

  it('says the others fall 200.000 kr. short of the municipality in 2013', () => {
    const found = r.findings.filter((f) => f.rule === 'matching-shortfall');
    expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['C6', '2500000', '2300000'],
      ['D6', '4500000', '4300000'],
    ]);
    expect(plain(found[0].message.da)).toContain('De øvrige bidrag i 2013 er 2.300.000 kr.');
    expect(plain(found[0].message.da)).toContain('»Lyngby-Taarbæk Kommune«');
  });

  it('diagnoses the shortfall in the same kroner', () => {
    const item = r.items!.find((i) => i.rule === 'matching-short')!;
    const da = plain(item.message.da);
    expect(da).toContain('de øvrige bidrag skal øges med 200.000 kr. i 2013');
    expect(da).not.toContain('egenfinansieringen');
  });
});
