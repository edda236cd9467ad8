/**
 * A split between two parties under header words Fordel does not know, one amount typed wrong: too few lines
 * for "most amounts follow the shares", but the total line says 100 % and the sum to split, and the other
 * party's amount is its share of that sum to the krone. The numbers say split, and the typo is found.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

describe('a split of two parties with one amount typed wrong', () => {
  it('is read, and the wrong amount named', () => {
    const rows: RawValue[][] = [
      ['Fordelingsnøgle for driftsudgifter'],
      ['Beregnet', 'Tal', 'Kolonne B'],
      ['Staten', 48, 1_056_000],
      ['Regioner', 52, 1_414_000], // 1.144.000 with two digits swapped
      ['I alt', 100, 2_200_000],
    ];
    const r = checkWorkbook(snapshot([sheet('Ark1', rows)]), PARAMS);
    // Before: "table not understood", the typo missed.
    expect(r.tables.map((t) => t.kind)).toEqual(['apportionment']);
    expect(r.findings.map((f) => `${f.rule} ${f.cell}`)).toContain('split-mismatch C4');
  });
});
