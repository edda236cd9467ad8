/**
 * A table in t.kr. or mio. kr. is checked in kroner: every message, every expected/actual, Fordel's own
 * columns and the findings sheet speak of kroner; only what is written into the user's own cells is in the
 * cell's unit. The same table written in kroner, in t.kr. or in mio. kr. (the unit in its title, a header
 * cell, a unit row or a note) gives the same findings.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckParams } from '../../../src/core/check/params';
import type { CheckResult } from '../../../src/core/check/result';
import type { RawValue } from '../../../src/core/grid/grid';
import type { OwnedSheet } from '../../../src/core/output/plan';
import { PARAMS, sheet, snapshot } from './fixtures';

const check = (rows: RawValue[][], params: Partial<CheckParams> = {}): CheckResult =>
  checkWorkbook(snapshot([sheet('Ark', rows)]), { ...PARAMS, ...params });

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

/** Tabel B (domain.md §1) in mio. kr., own financing 0,1 mio. short in 2023. */
const TABEL_B_MIO: RawValue[][] = [
  ['Tabel B: Samlet finansiering af indsatsområderne (mio. kr.)'],
  [],
  [null, 2021, 2022, 2023, 2024, 'Alt i alt'],
  ['Kulturregionens egenfinansiering', 1.5, 1.5, 1.4, 1.5, 6],
  ['Statens medfinansiering fra Puljen til kultur i hele landet', 1.5, 1.5, 1.5, 1.5, 6],
  ['I alt', 3, 3, 2.9, 3, 12],
];

describe('a co-financing table in mio. kr.', () => {
  it('says the shortfall and the totals in kroner, not as the cell values with "kr."', () => {
    const r = check(TABEL_B_MIO);
    const short = r.items!.find((it) => it.rule === 'own-financing-short')!;
    expect(plain(short.message.da)).toContain('mangler 100.000 kr. i 2023');
    const f4 = r.findings.find((f) => f.rule === 'total-mismatch' && f.cell === 'F4')!;
    expect(plain(f4.message.da)).toBe(
      'F4 er 6.000.000 kr., men summen af B4:E4 er 5.900.000 kr. (forskel 100.000 kr.).',
    );
    expect(f4).toMatchObject({ expected: '5900000', actual: '6000000' });
  });

  it('says in its reading which unit it found', () => {
    const reading = check(TABEL_B_MIO).readings![0];
    const unit = reading.decisions.find((d) => d.role === 'amount-scale')!;
    expect(plain(unit.because.da)).toContain('mio. kr.');
  });

  it('writes the validated copy in the table’s own unit', () => {
    const r = check(TABEL_B_MIO, { validated: true });
    const copy = r.plan.sheets.find((s: OwnedSheet) => s.name !== 'Fordel-fund')!;
    // The recomputed "I alt" for 2023 is 2,9 (mio. kr.), as the table shows it.
    expect(copy.values.flat()).toContain(2.9);
    expect(copy.values.flat()).not.toContain(2_900_000);
  });
});

describe('a co-financing table in t.kr.', () => {
  it('gives expected and actual in kroner (2.500.000 / 2.550.000, not 2500 / 2550)', () => {
    const rows: RawValue[][] = [
      ['Finansiering af projektet (t.kr.)'],
      [null, 2025, 2026, 'I alt'],
      ['Egenfinansiering', 1_300, 1_250, 2_550],
      ['Statstilskud', 1_200, 1_250, 2_450],
      ['I alt', 2_500, 2_500, 5_000],
    ];
    const d3 = check(rows).findings.find((f) => f.rule === 'total-mismatch' && f.cell === 'D3')!;
    expect(d3).toBeUndefined();
    rows[2][3] = 2_500;
    const r = check(rows);
    const hit = r.findings.find((f) => f.rule === 'total-mismatch' && f.cell === 'D3')!;
    expect(hit).toMatchObject({ expected: '2550000', actual: '2500000' });
    expect(plain(hit.message.da)).toContain('2.500.000 kr.');
  });
});

/** The EU office's key (domain.md §2) in mio. kr., with two digits swapped in the municipalities' amount. */
const EU_MIO: RawValue[][] = [
  ['EU-kontor: finansiering (mio. kr.)'],
  ['Part', 'Andel i pct.', 'Beløb'],
  ['Universiteter', 20, 3.5],
  ['Regioner', 41, 7.175],
  ['Kommuner', 39, 6.852],
  ['I alt', 100, 17.5],
];

describe('a split in mio. kr.', () => {
  it('names the swapped digits in kroner', () => {
    const r = check(EU_MIO);
    const typo = r.items!.find((it) => it.rule === 'digit-typo')!;
    expect(typo.cell).toBe('C5');
    expect(plain(typo.message.da)).toContain('der står 6.852.000 kr., men 6.825.000 kr. passer');
    const mismatch = r.findings.find((f) => f.rule === 'split-mismatch')!;
    expect(mismatch).toMatchObject({ expected: '6825000', actual: '6852000' });
  });

  it('reads the unit from the title when the split has no header row and starts under its title', () => {
    // No column names at all: the title line stands where the header would, and it says mio. kr.
    const r = check([
      ['Greater Copenhagen EU Office: kontingent fordelt på medlemsgrupper (mio. kr.)'],
      ['I alt', 100, 17.5],
      ['Universiteter', 20, 3.5],
      ['Regioner', 41, 7.175],
      ['Kommuner', 39, 6.852],
    ]);
    const mismatch = r.findings.find((f) => f.rule === 'split-mismatch')!;
    expect(mismatch).toMatchObject({ cell: 'C5', expected: '6825000', actual: '6852000' });
  });

  it('proposes the fix in the cell’s own unit, and is clean once it is written', () => {
    const r = check(EU_MIO);
    const fix = r.items!.find((it) => it.fix)!.fix!;
    expect(fix.edits).toEqual([expect.objectContaining({ row: 4, col: 2, value: 6.825, previous: 6.852 })]);
    const applied = check(EU_MIO, { applySplit: ['Ark!A2'] });
    expect(applied.plan.userEdits?.[0].value).toBe(6.825);
    expect(applied.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // The findings sheet lists the change in kroner, and says what the cell now holds.
    const fund = applied.plan.sheets.find((s: OwnedSheet) => s.name === 'Fordel-fund')!;
    const row = fund.values.find((v) => v.includes('Præcis fordeling indsat'))!;
    expect(row).toEqual(expect.arrayContaining([6_825_000, 6_852_000, 'kr.']));
    expect(plain(String(row[5]))).toContain('Cellen står i mio. kr.: der er skrevet 6,825');
  });

  it('labels Fordel’s exact-split columns as kroner', () => {
    const block = check(EU_MIO).plan.blocks[0];
    expect(block.values[0]).toEqual([
      'Fordel: præcis andel',
      'Fordel: præcist beløb (kr.)',
      'Fordel: difference (kr.)',
    ]);
    expect(block.values[3][1]).toBe(6_825_000);
  });

  it('splits whole t.kr. in whole t.kr.: a correct population split is not off by the rounding', () => {
    const rows: RawValue[][] = [
      ['Fælles sekretariat 2025 (t.kr.)'],
      ['Kommune', 'Indbyggere', 'Bidrag'],
      ['Helsingør', 64_012, 138],
      ['Hillerød', 53_211, 114],
      ['Fredensborg', 41_389, 89],
      ['I alt', 158_612, 341],
    ];
    expect(check(rows).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    rows[3][2] = 120;
    const wrong = check(rows).findings.filter((f) => f.rule === 'split-mismatch');
    expect(wrong).toEqual([expect.objectContaining({ cell: 'C4', expected: '114000', actual: '120000' })]);
  });
});

/** Where a sheet says its unit: the title, the label column's heading, a unit row, a note under the table. */
type Place = 'title' | 'heading' | 'unit-row' | 'note';
const UNITS = [
  { scale: 1_000, words: ['t.kr.', '1.000 kr.', 'tusinde kroner', 'TDKK'] },
  { scale: 1_000_000, words: ['mio. kr.', 'millioner kr.', 'mio. DKK'] },
];

/** A co-financing table written in `scale` (amounts given in t.kr.), with its unit stated at `place`. */
function cofinancing(
  tkr: number[][],
  scale: number,
  word: string | null,
  place: Place,
  typo: { row: number; col: number; by: number } | null,
): RawValue[][] {
  const inUnit = (t: number) => (t * 1_000) / scale;
  const years = tkr[0].map((_, i) => 2025 + i);
  const body = tkr.map((row, r) => [
    r === 0 ? 'Egenfinansiering' : r === 1 ? 'Statens tilskud' : `Andet tilskud ${r}`,
    ...row.map((v, c) => inUnit(typo && typo.row === r && typo.col === c ? v + typo.by : v)),
    inUnit(row.reduce((a, b) => a + b, 0)),
  ]);
  const sums = tkr[0].map((_, c) => tkr.reduce((s, row) => s + row[c], 0));
  const unit = word ?? 'kr.';
  const said = word ? ` (${word})` : '';
  return [
    [`Finansiering af projektet${place === 'title' ? said : ''}`],
    [place === 'heading' && word ? `Kilde, ${word}` : null, ...years, 'I alt'],
    ...(place === 'unit-row' ? [[null, ...years.map(() => unit), unit]] : []),
    ...body,
    ['I alt', ...sums.map(inUnit), inUnit(sums.reduce((a, b) => a + b, 0))],
    ...(place === 'note' ? [[], [word ? `Beløb i ${word}` : 'Kilde: projektets budget']] : []),
  ];
}

const seen = (r: CheckResult) =>
  r.findings.map((f) => ({
    rule: f.rule,
    cell: f.cell,
    message: f.message,
    expected: f.expected,
    actual: f.actual,
  }));

describe('the same table in kroner, t.kr. and mio. kr.', () => {
  it('gives the same findings, in kroner, wherever the unit is stated', () => {
    const amounts = fc.integer({ min: 1, max: 9_999 });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((periods) =>
          fc.array(fc.array(amounts, { minLength: periods, maxLength: periods }), {
            minLength: 2,
            maxLength: 4,
          }),
        ),
        fc.constantFrom<Place>('title', 'heading', 'unit-row', 'note'),
        fc.integer({ min: 0, max: UNITS.length - 1 }),
        fc.nat(),
        fc.option(fc.record({ row: fc.nat(3), col: fc.nat(3), by: fc.integer({ min: -500, max: 500 }) })),
        (tkr, place, u, pick, typo) => {
          const { scale, words } = UNITS[u];
          const word = words[pick % words.length];
          const planted = typo && typo.row < tkr.length && typo.col < tkr[0].length ? typo : null;
          const inKroner = check(cofinancing(tkr, 1, null, place, planted));
          const scaled = check(cofinancing(tkr, scale, word, place, planted));
          expect(seen(scaled)).toEqual(seen(inKroner));
          const unit = scaled.readings![0].decisions.find((d) => d.role === 'amount-scale');
          expect(unit).toBeDefined();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the same split findings for a fixed key in t.kr. or mio. kr.', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: UNITS.length - 1 }),
        fc.option(fc.record({ row: fc.nat(5), by: fc.integer({ min: 2, max: 90 }) })),
        (weights, hundreds, u, typo) => {
          // Whole percent shares of a total in whole 100.000 kr.: the exact split is whole t.kr.
          const sum = weights.reduce((a, b) => a + b, 0);
          const shares = weights.map((w) => Math.floor((w * 100) / sum));
          shares[0] += 100 - shares.reduce((a, b) => a + b, 0);
          const totalTkr = hundreds * 100;
          const amounts = shares.map((s, i) => (s * totalTkr) / 100 + (typo?.row === i ? typo.by : 0));
          const table = (scale: number, word: string | null): RawValue[][] => [
            [`Kontingent 2026${word ? ` (${word})` : ''}`],
            ['Medlem', 'Andel i pct.', 'Beløb'],
            ...shares.map((s, i) => [`Medlem ${i + 1}`, s, (amounts[i] * 1_000) / scale]),
            ['I alt', 100, (totalTkr * 1_000) / scale],
          ];
          const { scale, words } = UNITS[u];
          expect(seen(check(table(scale, words[0])))).toEqual(seen(check(table(1, null))));
        },
      ),
      { numRuns: 60 },
    );
  });
});
