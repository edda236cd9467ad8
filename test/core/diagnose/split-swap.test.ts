/** Two amounts typed in each other's rows are one cause, said once with both right amounts. */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);

describe('amounts swapped between two rows', () => {
  it('names both cells and both right amounts, and is an error', () => {
    // The EU office key 20/41/39 of 17,5 mio. kr. with the regions' and municipalities' amounts swapped.
    const r = run([
      ['Medlemsgruppe', 'Andel (%)', 'Kontingent (kr.)'],
      ['Universiteter', 20, 3_500_000],
      ['Regioner', 41, 6_825_000],
      ['Kommuner', 39, 7_175_000],
      ['I alt', 100, 17_500_000],
    ]);
    const swaps = r.items!.filter((i) => i.rule === 'amounts-swapped');
    expect(swaps).toHaveLength(1);
    expect(swaps[0].cell).toBe('C3');
    expect(swaps[0].message.da).toMatch(
      /C3 og C4.*»Regioner« skal have 7\.175\.000\skr\. og »Kommuner« 6\.825\.000\skr\./,
    );
    expect(r.items!.some((i) => i.rule === 'split-mismatch')).toBe(false);
    expect(r.verdicts![0].verdict).toBe('errors');
  });

  it('does not call two differences from rounding a swap', () => {
    const r = run([
      ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
      ['Gentofte', 1, 333_300],
      ['Gladsaxe', 1, 333_300],
      ['Furesø', 1, 333_300],
      ['I alt', 3, 1_000_000],
    ]);
    expect(r.items!.some((i) => i.rule === 'amounts-swapped')).toBe(false);
  });
});
