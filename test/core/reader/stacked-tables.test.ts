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
