/**
 * A split read by its own arithmetic: subtotals per group of municipalities (under or over their group) are
 * no parties, and a total stated in words or as a rate per inhabitant beats an I alt row that merely adds up a
 * wrong amount.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from './fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const loud = (r: ReturnType<typeof run>) => r.findings.filter((f) => f.severity !== 'info');

const NAMES = [
  'Gentofte',
  'Gladsaxe',
  'Lyngby-Taarbæk',
  'Hillerød',
  'Helsingør',
  'Gribskov',
  'Furesø',
  'Allerød',
  'Rudersdal',
  'Egedal',
];

/** Groups of municipalities with whole-krone amounts of 5 kr. per inhabitant, so the exact split is exact. */
const groups = fc
  .array(fc.array(fc.integer({ min: 5, max: 90 }), { minLength: 2, maxLength: 3 }), {
    minLength: 2,
    maxLength: 3,
  })
  .map((gs) => gs.map((g) => g.map((k) => k * 1_000)));

function splitRows(gs: number[][], above: boolean, typo = 0): RawValue[][] {
  let n = 0;
  const body: RawValue[][] = [];
  gs.forEach((g, gi) => {
    const parties = g.map((pop) => [NAMES[n++], pop, pop * 5]);
    const sub = [`Gruppe ${gi + 1}`, g.reduce((a, b) => a + b, 0), g.reduce((a, b) => a + b, 0) * 5];
    body.push(...(above ? [sub, ...parties] : [...parties, sub]));
  });
  const people = gs.flat().reduce((a, b) => a + b, 0);
  const rows: RawValue[][] = [['Fordeling 2025'], ['Kommune', 'Indbyggere', 'Beløb (kr.)'], ...body];
  rows.push(['I alt', people, people * 5]);
  if (typo) {
    const at = rows.findIndex((r) => r[0] === NAMES[0]);
    rows[at] = [NAMES[0], rows[at][1], (rows[at][2] as number) + typo];
  }
  return rows;
}

describe('a split with subtotals per group', () => {
  it('reads the subtotals, under or over their group, as no parties: a correct table gives no warning', () => {
    fc.assert(
      fc.property(groups, fc.boolean(), (gs, above) => {
        const r = run(splitRows(gs, above));
        expect(loud(r)).toEqual([]);
        expect(r.findings.filter((f) => f.rule === 'unknown-party')).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it('names a wrong amount at its cell and its subtotal, in kroner', () => {
    const rows = splitRows(
      [
        [75_000, 70_000],
        [52_000, 53_000],
      ],
      false,
      10_000,
    );
    const r = run(rows);
    expect(r.findings.find((f) => f.rule === 'split-mismatch' && f.cell === 'C3')).toMatchObject({
      expected: '375000',
      actual: '385000',
    });
    expect(r.findings.find((f) => f.rule === 'total-mismatch' && f.cell === 'C5')).toMatchObject({
      expected: '735000',
      actual: '725000',
    });
  });
});

describe('a total stated beside the split', () => {
  const parties = (hilleroed: number): RawValue[][] => [
    ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
    ['Gentofte', 100_000, 500_000],
    ['Gladsaxe', 80_000, 400_000],
    ['Hillerød', 60_000, hilleroed],
    ['Helsingør', 50_000, 250_000],
    ['I alt', 290_000, 1_150_000 + hilleroed],
  ];

  it.each([
    ['a line above', [['Fordeling af sekretariatet 2025'], ['Samlet finansiering: 1.450.000 kr.']]],
    ['the title', [['Fordeling af sekretariatet 2025 på 1.450.000 kr.']]],
    ['a rate per inhabitant', [['Kontingent 2025: 5,00 kr. pr. indbygger']]],
  ])('in %s is the truth when I alt adds up a wrong amount', (_, above) => {
    const r = run([...(above as RawValue[][]), ...parties(330_000)]);
    const rowOf = (n: number) => above.length + n;
    const wrong = r.findings.filter((f) => f.rule === 'split-mismatch');
    expect(wrong.map((f) => f.cell)).toEqual([`C${rowOf(4)}`]);
    expect(wrong[0]).toMatchObject({ expected: '300000', actual: '330000' });
    expect(r.findings.find((f) => f.cell === `C${rowOf(6)}` && f.rule === 'total-mismatch')).toMatchObject({
      expected: '1450000',
      actual: '1480000',
    });
  });

  it('in the line just above a split with no header row is the truth as well', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), (k) => {
        const body = parties(300_000 + k * 10_000).slice(1);
        const r = run([
          ['Fordeling af sekretariatet 2025'],
          ['Samlet beløb til fordeling: 1.450.000 kr.'],
          ...body,
        ]);
        const wrong = r.findings.filter((f) => f.rule === 'split-mismatch');
        expect(wrong.map((f) => f.cell)).toEqual(['C5']);
        expect(wrong[0]).toMatchObject({ expected: '300000', actual: String(300_000 + k * 10_000) });
      }),
      { numRuns: 9 },
    );
  });

  it('agrees quietly with a correct table', () => {
    const r = run([['Samlet finansiering: 1.450.000 kr.'], ...parties(300_000)]);
    expect(loud(r)).toEqual([]);
  });
});

describe('a total row under a word no list holds', () => {
  // The key column sums exactly to the last row: that row is the total, whatever it is called, even when its
  // amount differs because one party's amount is wrong.
  const labels = fc.constantFrom(
    'Samlet finansiering',
    'Fællesudgift',
    'Hele samarbejdet',
    'Sum af kontingent',
  );

  it('is the total, and the wrong amount is named at its cell with the amount the key gives', () => {
    fc.assert(
      fc.property(
        labels,
        fc.array(fc.integer({ min: 10, max: 90 }), { minLength: 3, maxLength: 6 }),
        fc.integer({ min: 1, max: 9 }),
        (label, pops, off) => {
          const people = pops.map((p) => p * 1_000);
          const rows: RawValue[][] = [
            ['Kontingent 2025'],
            ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
            ...people.map((p, i) => [NAMES[i], p, p * 4 + (i === 1 ? off * 1_000 : 0)]),
          ];
          const all = people.reduce((a, b) => a + b, 0);
          rows.push([label, all, all * 4]);
          const r = run(rows);
          const wrong = r.findings.filter((f) => f.rule === 'split-mismatch');
          expect(wrong.map((f) => f.cell)).toEqual(['C4']);
          expect(wrong[0]).toMatchObject({
            expected: String(people[1] * 4),
            actual: String(people[1] * 4 + off * 1_000),
          });
          expect(r.findings.filter((f) => f.rule === 'unknown-party')).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('a split under header words no list holds', () => {
  // "Beregnet | Felt 3 | Felt 3" over municipalities, inhabitants and amounts: the amounts follow the
  // inhabitants, so it is a split, even when one amount is wrong.
  const pops = fc.uniqueArray(fc.integer({ min: 5, max: 90 }), { minLength: 6, maxLength: 10 });

  it('is read by its numbers, and the wrong amount is named at its cell', () => {
    fc.assert(
      fc.property(pops, fc.integer({ min: 2, max: 9 }), (ps, factor) => {
        const people = ps.map((p) => p * 1_000);
        const wrongAt = 2;
        const rows: RawValue[][] = [
          ['Finansiering pr. kommune'],
          ['Beregnet', 'Felt 3', 'Felt 4'],
          ...people.map((p, i) => [NAMES[i], p, p * 5 + (i === wrongAt ? factor * 10_000 : 0)]),
        ];
        const all = people.reduce((a, b) => a + b, 0);
        rows.push(['I alt', all, all * 5]);
        const r = run(rows);
        expect(r.tables.map((t) => t.kind)).toEqual(['apportionment']);
        const cell = `C${3 + wrongAt}`;
        expect(r.findings.find((f) => f.rule === 'split-mismatch' && f.cell === cell)).toMatchObject({
          expected: String(people[wrongAt] * 5),
        });
      }),
      { numRuns: 30 },
    );
  });

  it('is read by its numbers with only three parties, one amount wrong: the I alt row follows the key too', () => {
    const r = run([
      ['Kommunernes bidrag til det fælles sekretariat 2026'],
      ['Felt 3', 'Felt 3', 'Beregnet'],
      ['Regioner', 13, 5_196_790],
      ['Staten', 26, 3_193_580],
      ['Kommuner', 61, 7_492_630],
      ['I alt', 100, 12_283_000],
    ]);
    expect(r.tables.map((t) => t.kind)).toEqual(['apportionment']);
    expect(r.findings.find((f) => f.rule === 'split-mismatch' && f.cell === 'C3')).toMatchObject({
      expected: '1596790',
      actual: '5196790',
    });
  });
});

describe('a column headed as shares that holds kroner', () => {
  // "Andel af udgift" over amounts that sum to the expense, beside the inhabitants: the cells say amounts.
  it('is read as the amounts: a correct split is quiet, a wrong amount is named at its cell', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 5, max: 90 }), { minLength: 4, maxLength: 8 }),
        fc.constantFrom('Andel af udgift', 'Andel (kr.)', 'Andel'),
        fc.boolean(),
        (ps, head, wrong) => {
          const people = ps.map((p) => p * 1_000);
          const rows: RawValue[][] = [
            ['Kommune', 'Antal indbyggere', head],
            ...people.map((p, i) => [NAMES[i], p, p * 7 + (wrong && i === 1 ? 9_000 : 0)]),
          ];
          const all = people.reduce((a, b) => a + b, 0);
          rows.push(['I alt', all, all * 7]);
          const r = run(rows);
          expect(r.findings.filter((f) => f.rule === 'shares-not-100')).toEqual([]);
          if (!wrong) expect(loud(r)).toEqual([]);
          else
            expect(r.findings.find((f) => f.rule === 'split-mismatch' && f.cell === 'C3')).toMatchObject({
              expected: String(people[1] * 7),
            });
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('a group of one municipality with its own subtotal', () => {
  const rows = (): RawValue[][] => [
    ['Kommunernes bidrag 2026'],
    ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
    ['Kerteminde', 24_000, 120_000],
    ['I alt gruppe A', 24_000, 120_000],
    ['Gentofte', 70_000, 350_000],
    ['Gladsaxe', 66_000, 330_000],
    ['I alt gruppe B', 136_000, 680_000],
    ['I alt', 160_000, 800_000],
  ];
  const across = (down: RawValue[][]): RawValue[][] => [
    down[0],
    ...[0, 1, 2].map((c) => down.slice(1).map((r) => r[c])),
  ];

  it.each([
    ['down the rows', rows()],
    ['across', across(rows())],
  ])('reads "I alt gruppe A" as a subtotal, not a party, %s: a correct table gives no warning', (_, r) => {
    const result = run(r);
    expect(loud(result)).toEqual([]);
    expect(result.verdicts?.map((v) => v.verdict)).toEqual(['ok']);
  });
});

describe('a party whose figures equal the sum of the parties below it', () => {
  it('is a party when the I alt row sums it with the others (50 = 46 + 4, I alt 100)', () => {
    const r = run([
      ['Kontingent 2026'],
      ['Part', 'Andel (%)', 'Beløb (kr.)'],
      ['Staten', 50, 5_350_000],
      ['Erhvervsorganisationer', 46, 4_922_000],
      ['Regioner', 4, 428_000],
      ['I alt', 100, 10_700_000],
    ]);
    expect(loud(r)).toEqual([]);
    expect(r.tables[0]).toMatchObject({ dataRows: [2, 3, 4], totalRow: 5 });
  });
});
