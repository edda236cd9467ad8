/**
 * A list by two labels (region x product) repeats names on purpose; a split that repeats a party has an
 * error. The reader must tell them apart by the second label, not by the names.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);

describe('lists by two labels', () => {
  it('leaves a payment list per municipality and year alone', () => {
    const r = run([
      ['Kommune', 'Ordning', 'Andel (%)', 'Beløb (kr.)'],
      ['Gentofte', 'Drift', 20, 200_000],
      ['Gentofte', 'Anlæg', 30, 300_000],
      ['Gladsaxe', 'Drift', 25, 250_000],
      ['Gladsaxe', 'Anlæg', 25, 250_000],
      ['I alt', null, 100, 1_000_000],
    ]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.tables.some((t) => t.kind === 'apportionment')).toBe(false);
  });

  it('still reports a party typed twice in a split with a notes column', () => {
    const r = run([
      ['Kommune', 'Bemærkning', 'Andel (%)', 'Beløb (kr.)'],
      ['Gentofte', 'Ny aftale', 40, 400_000],
      ['Gladsaxe', null, 30, 300_000],
      ['Gentofte', 'Gammel aftale', 30, 300_000],
      ['I alt', null, 100, 1_000_000],
    ]);
    expect(r.tables[0].kind).toBe('apportionment');
    expect(r.findings.some((f) => f.rule === 'duplicate-party' && f.cell === 'A4')).toBe(true);
  });
});

describe('rates beside amounts', () => {
  it('does not take a commission rate per sales person for a split key', () => {
    const r = checkWorkbook(
      snapshot([
        {
          ...gridFromRows('Salg', [
            ['Sælger', 'Region', 'Salg (kr.)', '% Provision', 'Provision (kr.)'],
            ['Jens', 'Nord', 260_000, 0.1, 26_000],
            ['Rikke', 'Syd', 660_000, 0.15, 99_000],
            ['Mette', 'Øst', 940_000, 0.15, 141_000],
            ['Ole', 'Nord', 800_000, 0.12, 96_000],
            ['I alt', null, 2_660_000, null, 362_000],
          ]),
          formats: [[], ...Array.from({ length: 5 }, () => [null, null, '#,##0', '0%', '#,##0'])],
        },
      ]),
      PARAMS,
    );
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.tables.some((t) => t.kind === 'apportionment')).toBe(false);
  });
});

describe('changes in percent', () => {
  it('does not take a percent change with negatives for a split key', () => {
    const rows: RawValue[][] = [
      ['Kommune', '1. jan. 2024', '1. jan. 2025', 'Ændring', 'Ændring i pct.'],
      ['Gentofte', 74_000, 74_500, 500, 0.0068],
      ['Gladsaxe', 70_000, 69_800, -200, -0.0029],
      ['Furesø', 41_000, 41_300, 300, 0.0073],
    ];
    const r = checkWorkbook(
      snapshot([
        {
          ...gridFromRows('Ark1', rows),
          formats: rows.map((row) => row.map((_, c) => (c === 4 ? '0.0%' : null))),
        },
      ]),
      PARAMS,
    );
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
