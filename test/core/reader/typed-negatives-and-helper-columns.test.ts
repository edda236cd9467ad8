/**
 * Layouts from workbooks as kommuner and ministries send them, found by the metamorphic generator: negatives
 * typed "÷20.000" or exported "20.000-", a figure Fordel cannot read between the amounts of a table laid across,
 * budget years headed B2021 / BO1-BO3, and a hidden helper column in t.kr. beside amounts in kroner.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue, type SheetGrid } from '../../../src/core/grid/grid';
import { parseNumberText } from '../../../src/core/numbers/parse-number-text';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (...grids: SheetGrid[]) => checkWorkbook(snapshot(grids), PARAMS);
const errors = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.cell, f.expected, f.actual]);

describe('negatives as Danish accounts write them', () => {
  it.each(['÷20.000', '÷ 20.000', '20.000-', '−20.000'])('%s is minus 20.000', (typed) => {
    expect(parseNumberText(typed)).toMatchObject({ kind: 'ok', value: { digits: -20000n, scale: 0 } });
  });

  it('keeps "250.000,-" whole kroner and "2024-" a period, not a negative', () => {
    expect(parseNumberText('250.000,-')).toMatchObject({ kind: 'ok', value: { digits: 250000n } });
    expect(parseNumberText('2024-')).not.toMatchObject({ kind: 'ok' });
  });
});

const across = (refund: RawValue, total: number): RawValue[][] => [
  ['Budget og finansiering'],
  [
    'Finansiering',
    'Egne midler',
    'Puljemidler',
    'Statsligt tilskud',
    'Tilbagebetaling',
    'EU-midler',
    'I alt',
  ],
  [2024, 750_000, 350_000, 50_000, refund, 310_000, total],
  ['I alt', 750_000, 350_000, 50_000, refund, 310_000, 1_440_000],
];

describe('a one-year table with the sources across', () => {
  it.each(['÷20.000', '20.000-'])('finds the wrong year total with the refund typed %s', (refund) => {
    const r = run(gridFromRows('Ark1', across(refund, 1_510_000)));
    expect(errors(r)).toEqual([['total-mismatch', 'G3', '1440000', '1510000']]);
  });

  it('is correct with the refund typed ÷20.000 and the right total', () => {
    expect(errors(run(gridFromRows('Ark1', across('÷20.000', 1_440_000))))).toEqual([]);
  });

  it('names figures it cannot read between the amounts and still checks the sources after them', () => {
    const r = run(gridFromRows('Ark1', across('20.000 ??', 1_510_000)));
    const rules = errors(r).map(([rule, cell]) => `${rule} ${cell}`);
    expect(rules).toEqual(expect.arrayContaining(['not-a-number E3', 'not-a-number E4']));
    // The I alt column after the unreadable one is read: its two lines disagree.
    expect(rules).toContain('total-mismatch G4');
  });
});

describe('budget years headed B2021 and BO1-BO3', () => {
  const rows = (unge: number): RawValue[][] => [
    ['Kulturregionens egenfinansiering 2021-24'],
    ['Indsatsområde', 'B2021', 'BO1', 'BO2', 'BO3', 'I alt'],
    ['Ungeområdet', 300_000, 300_000, 300_000, 300_000, unge],
    ['Musikområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
    ['Kultur og sundhedsområdet', 600_000, 600_000, 600_000, 600_000, 2_400_000],
    ['I alt', 1_500_000, 1_500_000, 1_500_000, 1_500_000, 6_000_000],
  ];

  it('checks the I alt column against the years and names the wrong line', () => {
    const r = run(gridFromRows('Ark1', rows(1_300_000)));
    expect(errors(r).map(([, cell]) => cell)).toContain('F3');
  });

  it('finds nothing wrong in the correct table', () => {
    expect(errors(run(gridFromRows('Ark1', rows(1_200_000))))).toEqual([]);
  });
});

describe('a hidden helper column in t.kr.', () => {
  it('does not make the amounts beside it thousands of kroner', () => {
    const grid: SheetGrid = {
      ...gridFromRows('Ark1', [
        ['Budget og finansiering'],
        ['Beregnet', 2025, 2026, 2027, 'Felt 3', 't.kr. (hj.)'],
        ['I alt', 5_300_000, 5_400_000, 1_600_000, 11_800_000, 11_800],
        ['Egenfinansiering', 3_100_000, 3_400_000, 600_000, 7_100_000, 7_100],
        ['Puljemidler', 2_200_000, 2_000_000, 500_000, 4_700_000, 4_700],
      ]),
      hiddenCols: [5],
    };
    expect(errors(run(grid))).toEqual([['total-mismatch', 'D3', '1100000', '1600000']]);
  });

  it('in a split does not take the amounts from the hidden column', () => {
    const people = [1683, 57523, 36529, 31280, 42572];
    // 2.000.000 kr. split by the head counts, largest remainder.
    const amounts = [19848, 678389, 430800, 368896, 502067];
    const total = 2_000_000;
    const pop = people.reduce((a, b) => a + b, 0);
    const names = ['Læsø', 'Frederikshavn', 'Brønderslev', 'Rebild', 'Thisted'];
    const typed = [...amounts];
    typed[2] = 403800; // swapped digits
    const grid: SheetGrid = {
      ...gridFromRows('Ark1', [
        ['Kommunernes bidrag til sekretariatet 2026'],
        ['Kommune', 'Indbyggere', 'Felt 3', 't.kr. (hj.)'],
        ...names.map((n, i) => [n, people[i], typed[i], typed[i] / 1000]),
        ['I alt', pop, total, total / 1000],
      ]),
      hiddenCols: [3],
    };
    const r = run(grid);
    // One item, at the visible cell the user typed.
    expect((r.items ?? []).filter((i) => i.severity === 'error').map((i) => i.cell)).toEqual(['C5']);
  });
});
