/**
 * A financing plan with sources, shares and amounts ("Finansieringsplan": Kilde | Andel | Beløb) lists who
 * pays, not how a cost is split between parties: it is read as co-financing. Its sources are no unknown
 * parties, its shares follow from its amounts (thirds at 33,3 % are no error), and the own-share rules run.
 * A real split by a percent key between bodies stays a split.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Plan', rows)]), PARAMS);
const said = (r: ReturnType<typeof run>) => r.findings.map((f) => `${f.rule}:${f.severity}:${f.cell}`);

const plan = (shares: RawValue[], amounts: RawValue[]): RawValue[][] => [
  ['Finansieringsplan for Kulturnat 2026'],
  [],
  ['Kilde', 'Andel', 'Beløb (kr.)'],
  ['Egenfinansiering', shares[0], amounts[0]],
  ['Statens pulje', shares[1], amounts[1]],
  ['Fonden', shares[2], amounts[2]],
  ['I alt', shares[3], amounts[3]],
];

describe('a financing plan with shares', () => {
  it('is read as co-financing: no unknown parties, the own share stated once, the table OK', () => {
    const r = run(plan([0.4, 0.35, 0.25, 1], [400_000, 350_000, 250_000, 1_000_000]));
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
    expect(said(r)).toEqual(['own-share-no-minimum:info:C4']);
    expect(r.findings[0].message.da.replace(/\s/g, ' ')).toContain('udgør 40 % samlet');
    expect(r.verdicts![0].verdict).toBe('ok');
    const reading = r.readings![0].decisions.map((d) => d.because.da).join(' | ');
    expect(reading).toContain('beløbene i »Beløb (kr.)«, én kolonne uden perioder');
    expect(reading).toContain('andelene i »Andel«');
  });

  it('takes thirds rounded to 33,3 % as they are, and names a share its amount does not give', () => {
    const thirds = run(plan(['33,3 %', '33,3 %', '33,3 %', '100,0 %'], [300_000, 300_000, 300_000, 900_000]));
    expect(said(thirds).filter((x) => !x.includes(':info:'))).toEqual([]);
    const typo = run(plan(['45 %', '35 %', '25 %', '100 %'], [400_000, 350_000, 250_000, 1_000_000]));
    expect(said(typo)).toEqual(['plan-share-mismatch:warning:B4', 'own-share-no-minimum:info:C4']);
    expect(typo.findings[0].message.da.replace(/\s/g, ' ')).toContain('400.000 kr. af 1.000.000 kr. er 40 %');
  });

  it('keeps a total that does not add up as an error in kroner', () => {
    const r = run(plan([0.5, 0.3, 0.2, 1], [500_000, 300_000, 200_000, 1_100_000]));
    expect(said(r).filter((s) => s.startsWith('total-mismatch'))).toEqual(['total-mismatch:error:C7']);
  });

  it('leaves a split by a percent key between bodies a split', () => {
    const eu = run([
      ['Greater Copenhagen EU Office: budget 2026'],
      ['Medlemmer', 'Andel i pct.', 'Beløb (kr.)'],
      ['Universiteter', 20, 3_500_000],
      ['Regioner', 41, 7_175_000],
      ['Kommuner', 39, 6_825_000],
      ['I alt', 100, 17_500_000],
    ]);
    expect(eu.tables.map((t) => t.kind)).toEqual(['apportionment']);
    const refund = run([
      ['Refusion ved køb af udstyrspakke'],
      ['Part', 'Andel i pct.', 'Beløb (kr.)'],
      ['Kommunen', 65, 65_000],
      ['Regionen', 35, 35_000],
      ['I alt', 100, 100_000],
    ]);
    expect(refund.tables.map((t) => t.kind)).toEqual(['apportionment']);
  });
});
