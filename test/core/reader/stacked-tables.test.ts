import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

/** One breakdown table per source, as Bilag 4 prints them: a title line, the header, the areas and I alt. */
function breakdown(title: string, areas: readonly [string, number][]): RawValue[][] {
  const years = [2021, 2022, 2023, 2024];
  const total = areas.reduce((s, [, v]) => s + v, 0);
  return [
    [title],
    ['Indsatsområde', ...years, 'I alt'],
    ...areas.map(([name, v]) => [name, v, v, v, v, 4 * v]),
    ['I alt', total, total, total, total, 4 * total],
  ];
}

describe('two tables stacked with only a title line between them', () => {
  it('are read as two correct tables, whatever their areas and amounts', () => {
    const area = fc.tuple(
      fc.constantFrom('Ungeområdet', 'Musikområdet', 'Kultur og sundhed', 'Scenekunst'),
      fc.integer({ min: 1, max: 900 }),
    );
    fc.assert(
      fc.property(
        fc.array(area, { minLength: 2, maxLength: 4 }),
        fc.array(area, { minLength: 2, maxLength: 4 }),
        (a, b) => {
          const rows = [
            ...breakdown(
              'Årlig statslig bevilling til indsatsområder 2021-24',
              a.map(([n, v]) => [n, v * 1000]),
            ),
            ...breakdown(
              'Kulturregionens egenfinansiering 2021-24',
              b.map(([n, v]) => [n, v * 1000]),
            ),
          ];
          const r = checkWorkbook(snapshot([sheet('Bilag 4', rows)]), PARAMS);
          expect(r.tables).toHaveLength(2);
          expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
  });
});

/** The EU office's key as the seed prints it: members, share, fee and I alt. */
const euOffice: RawValue[][] = [
  ['Greater Copenhagen EU Office: kontingent fordelt på medlemsgrupper'],
  ['Medlemsgruppe', 'Andel (%)', 'Kontingent (kr.)'],
  ['Universiteter', 20, 3_500_000],
  ['Regioner', 41, 7_175_000],
  ['Kommuner', 39, 6_825_000],
  ['I alt', 100, 17_500_000],
];

describe('a table stacked under a split whose total is not labelled as one', () => {
  const above = (totalLabel: string | null, gentofte: number): RawValue[][] => [
    ['Finansiering pr. kommune til TeleHjerter 2026'],
    ['Kommune', 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'],
    ['København', 50, 50_000],
    ['Gentofte', 30, gentofte],
    ['Gladsaxe', 20, 20_000],
    [totalLabel, 100, 100_000],
  ];

  it.each([['Region Hovedstaden'], [null]])(
    'keeps the two tables apart when the total is labelled %p, so the wrong amount is found in the right table',
    (label) => {
      const r = checkWorkbook(snapshot([sheet('Ark1', [...above(label, 30_500), ...euOffice])]), PARAMS);
      expect(r.tables.map((t) => [t.range.top, t.range.bottom])).toEqual([
        [1, 5],
        [7, 11],
      ]);
      const bad = r.findings.filter((f) => f.severity !== 'info');
      expect(bad.every((f) => ['C4', 'C6'].includes(f.cell))).toBe(true);
      expect(bad.some((f) => f.cell === 'C4')).toBe(true);
    },
  );

  it('gives the lower, correct table the verdict ok although the total just above it is wrong', () => {
    const r = checkWorkbook(
      snapshot([sheet('Ark1', [...above('Region Hovedstaden', 30_500), ...euOffice])]),
      PARAMS,
    );
    expect(r.verdicts?.map((v) => v.verdict)).toEqual(['errors', 'ok']);
  });
});
