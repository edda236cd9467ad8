/**
 * Shares stored as fractions of one (0,2 for 20 %) are fractions whatever each cell shows: users format some
 * cells as percent and leave others (often the total, or a cell typed later) in General. Every mix of formats
 * over the same stored shares must read alike: a correct split gets no warning, and a wrong amount is named
 * at its own cell, down the rows and across.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue, SheetGrid } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const PARTIES: [string, number, number][] = [
  ['Universiteter', 0.2, 3_500_000],
  ['Regioner', 0.41, 7_175_000],
  ['Kommuner', 0.39, 6_825_000],
];
const TOTAL = 17_500_000;

/** The four share cells (three parties and the total) percent-formatted or not, by the bits of mask. */
function grid(mask: number, across: boolean, amountOf: (i: number) => number): SheetGrid {
  const pct = (i: number) => ((mask >> i) & 1 ? '0%' : 'General');
  const down: RawValue[][] = [
    ['Part', 'Andel', 'Beløb (kr.)'],
    ...PARTIES.map(([name, share], i): RawValue[] => [name, share, amountOf(i)]),
    ['I alt', 1, TOTAL],
  ];
  const downFormats = down.map((line, r) => line.map((_, c) => (c === 1 && r > 0 ? pct(r - 1) : null)));
  const flip = <T>(m: T[][]): T[][] => m[0].map((_, c) => m.map((line) => line[c]));
  const g = sheet('Ark1', across ? flip(down) : down);
  return { ...g, formats: across ? flip(downFormats) : downFormats };
}

const masks = Array.from({ length: 16 }, (_, m) => m);

describe.each([
  ['down the rows', false, 'C4'],
  ['across', true, 'D3'],
])('shares stored as fractions, laid out %s, under every mix of percent formats', (_, across, typoCell) => {
  it.each(masks)('format mask %i: a correct split gets no warning and no error', (mask) => {
    const r = checkWorkbook(snapshot([grid(mask, across, (i) => PARTIES[i][2])]), PARAMS);
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => [f.cell, f.rule])).toEqual([]);
  });

  it.each(masks)(
    'format mask %i: a wrong amount is named at its own cell, with the amount that fits',
    (mask) => {
      const typo = (i: number) => (i === 2 ? 6_852_000 : PARTIES[i][2]);
      const r = checkWorkbook(snapshot([grid(mask, across, typo)]), PARAMS);
      const named = r.findings.filter((f) => f.severity !== 'info').map((f) => [f.cell, f.expected]);
      expect(named).toContainEqual([typoCell, '6825000']);
      expect(r.findings.filter((f) => f.rule === 'shares-not-100' || /andel/i.test(f.message.da))).toEqual(
        [],
      );
    },
  );
});

describe('shares stored as fractions under headers that say nothing, with the total stated in the title', () => {
  const rows = (mask: number, typo: boolean): RawValue[][] => [
    ['Fordeling af kontingent, i alt 17.500.000 kr.'],
    ['Felt', 'Tal', 'Data'],
    ...PARTIES.map(([name, share, amount], i): RawValue[] => [
      name,
      share,
      typo && i === 2 ? 6_852_000 : amount,
    ]),
  ];
  const grid = (mask: number, typo: boolean): SheetGrid => {
    const cells = rows(mask, typo);
    const formats = cells.map((line, r) =>
      line.map((_, c) => (c === 1 && r > 1 && (mask >> (r - 2)) & 1 ? '0%' : null)),
    );
    return { ...sheet('Ark1', cells), formats };
  };
  // Masks with at least one percent-formatted and one plain share: the mixed case.
  const mixed = [1, 2, 3, 4, 5, 6];

  it.each(mixed)('format mask %i: the split is read, and a wrong amount is named at its cell', (mask) => {
    const ok = checkWorkbook(snapshot([grid(mask, false)]), PARAMS);
    expect(ok.findings.filter((f) => f.severity !== 'info').map((f) => [f.cell, f.rule])).toEqual([]);
    expect(ok.findings.map((f) => f.rule)).not.toContain('table-not-understood');
    const wrong = checkWorkbook(snapshot([grid(mask, true)]), PARAMS);
    const named = wrong.findings.filter((f) => f.severity !== 'info').map((f) => [f.cell, f.expected]);
    expect(named).toContainEqual(['C5', '6825000']);
  });
});

describe('a two-party refund key stored as fractions, its total row without a label', () => {
  const grid = (region: number): SheetGrid => {
    const cells: RawValue[][] = [
      ['Part', 'Andel', 'Beløb (kr.)'],
      ['Kommunerne', 0.65, 31_200],
      ['Region Hovedstaden', 0.35, region],
      [null, 1, 48_000],
    ];
    // Only the first share shows as percent: the others were typed later in General.
    const formats = cells.map((line, r) => line.map((_, c) => (c === 1 && r === 1 ? '0%' : null)));
    return { ...sheet('Ark1', cells), formats };
  };

  it('is read as a split, and a wrong amount is named at its cell', () => {
    const ok = checkWorkbook(snapshot([grid(16_800)]), PARAMS);
    expect(ok.findings.filter((f) => f.severity !== 'info').map((f) => [f.cell, f.rule])).toEqual([]);
    const wrong = checkWorkbook(snapshot([grid(17_800)]), PARAMS);
    expect(wrong.tables.map((t) => t.kind)).toEqual(['apportionment']);
    const named = wrong.findings.filter((f) => f.severity !== 'info').map((f) => [f.cell, f.expected]);
    expect(named).toContainEqual(['C3', '16800']);
  });
});
