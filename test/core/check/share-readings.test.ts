/**
 * Shares as finance staff keep them: 0,346 in a plain cell, 34,6 % with binary residue, a region's row
 * at 100 % among its municipalities. Each is read as a colleague reads it, or Fordel says it cannot judge;
 * never a split against a doubled total.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckResult } from '../../../src/core/check/result';
import { gridFromRows, type RawValue, type SheetGrid } from '../../../src/core/grid/grid';
import type { ApportionmentLayout } from '../../../src/core/tables/layout';
import { PARAMS, snapshot } from './fixtures';
import { TELEHJERTE } from '../reader/seed-layouts';

const TITLE = 'Bilag 4.1 Finansiering pr. kommune til driftsunderstøttelse af Telehjerter i 2026';
const HEADER = [null, 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'];

function run(rows: RawValue[][], shareFormat: string | null = null): CheckResult {
  const grid: SheetGrid = {
    ...gridFromRows('Ark1', rows),
    formats: rows.map((r, i) =>
      r.map((v, c) => (c === 1 && i > 1 && typeof v === 'number' ? shareFormat : null)),
    ),
  };
  return checkWorkbook(snapshot([grid]), PARAMS);
}
const exactAmount = (r: CheckResult, sheetRow: number): number => {
  const block = r.plan.blocks.find((b) => b.sheet === 'Ark1')!;
  return block.values[sheetRow - 1 - block.top][1] as number;
};
const texts = (r: CheckResult) => [
  ...r.findings.map((f) => f.message.da),
  ...(r.items ?? []).map((i) => i.message.da),
  ...(r.readings ?? []).flatMap((x) => x.decisions.map((d) => d.because.da)),
];

/** Bilag 4.1 with the region's row first, shares as Excel holds them once typed as 34,6 %. */
const asFractions = (): RawValue[][] => [
  [TITLE],
  HEADER,
  ['Region Hovedstaden', 1, null],
  ...TELEHJERTE.map(([n, s, a]): RawValue[] => [n, s / 100, a]),
];

describe('shares kept as fractions of one', () => {
  it('reads 0,346 in a plain cell as 34,6 % and says so in the reading', () => {
    const r = run(asFractions());
    const t = r.tables[0] as ApportionmentLayout;
    expect(t.sharesAsFractions).toBe(true);
    expect(t.totalRow).toBe(2);
    const decision = r.readings![0].decisions.find((d) => d.role === 'share-scale')!;
    expect(decision.because.da).toMatch(/^andelene står som brøkdele af 1: 0,346 er 34,6\s%$/);
    expect(exactAmount(r, 4)).toBeGreaterThanOrEqual(259_500);
    expect(exactAmount(r, 4)).toBeLessThanOrEqual(259_760);
    expect(r.items!.some((i) => i.rule === 'rounded-shares')).toBe(true);
    expect(texts(r).join('\n')).not.toMatch(/1,999|75\.000\.000/);
  });

  it('reads the same shares percent-formatted without quoting binary residue', () => {
    const r = run(asFractions(), '0.0%');
    expect((r.tables[0] as ApportionmentLayout).sharesAsFractions).toBeUndefined();
    expect(r.findings.some((f) => f.rule === 'shares-not-100' && /99,9\s%/.test(f.message.da))).toBe(true);
    // 34.6 / 100 is 0,34600000000000003 in the cell; no message may show more than the cell does.
    expect(texts(r).join('\n')).not.toMatch(/\d,\d{5,}/);
  });

  it('leaves a column of rates alone even when it happens to sum to 1', () => {
    const r = run([
      ['Satser 2026'],
      ['Ydelse', 'Sats', 'Pris (kr.)'],
      ['Rådgivning', 0.25, 1_200],
      ['Kursus', 0.25, 800],
      ['Tilskud', 0.5, 400],
    ]);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a region row among its municipalities', () => {
  const body = (): RawValue[][] => TELEHJERTE.map(([n, s, a]): RawValue[] => [n, s, a]);

  it('reads a region row in the middle as the total, and checks the split against 750.000 kr.', () => {
    const rows = body();
    rows.splice(10, 0, ['Region Hovedstaden', 100, 750_000]);
    const r = run([[TITLE], HEADER, ...rows]);
    const t = r.tables[0] as ApportionmentLayout;
    expect(t.totalRow).toBe(12);
    expect(t.dataRows).toHaveLength(29);
    expect(r.readings![0].decisions.find((d) => d.role === 'total-row')!.because.da).toMatch(/række 13/);
    expect(exactAmount(r, 3)).toBeGreaterThanOrEqual(259_500);
    expect(texts(r).join('\n')).not.toMatch(/199,9/);
  });

  it('says the sheet counts the region twice when its own total includes it', () => {
    const rows = body();
    rows.splice(10, 0, ['Region Hovedstaden', 100, 750_000]);
    rows.push(['I alt', 199.9, 1_499_250]);
    const r = run([[TITLE], HEADER, ...rows]);
    const item = r.items!.find((i) => i.rule === 'total-as-party')!;
    expect(item.cell).toBe('A13');
    expect(r.verdicts![0].verdict).toBe('errors');
  });

  it('gives no verdict when a region row without a total row cannot be read as one', () => {
    const rows: RawValue[][] = [
      ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
      ['Gentofte', 600, 600_000],
      ['Region Hovedstaden', 1000, 300_000],
      ['Gladsaxe', 400, 400_000],
      ['Furesø', 0, 0],
    ];
    rows.pop();
    const r = checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
    expect(r.verdicts![0].verdict).toBe('unsure');
    const unsure = r.findings.filter((f) => f.rule === 'reading-unsure');
    expect(unsure.map((f) => f.cell)).toEqual(['A3']);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('does not take a municipality with half the inhabitants for a total', () => {
    const r = checkWorkbook(
      snapshot([
        gridFromRows('Ark1', [
          ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
          ['Gentofte', 500, 520_000],
          ['Gladsaxe', 300, 250_000],
          ['Furesø', 200, 230_000],
        ]),
      ]),
      PARAMS,
    );
    expect(r.verdicts![0].verdict).toBe('warnings');
    expect(r.findings.some((f) => f.rule === 'reading-unsure')).toBe(false);
  });

  it('keeps a dominant municipality whose figures only come near the rest a party, under a stated total', () => {
    // Aarhus has 378.361 inhabitants, the eight others 374.422 together: near half, but no sum of them.
    const parties: [string, number, number][] = [
      ['Holstebro', 59_324, 606_808],
      ['Lemvig', 18_596, 190_213],
      ['Herning', 90_546, 926_169],
      ['Samsø', 3_617, 36_997],
      ['Ikast-Brande', 43_305, 442_954],
      ['Aarhus', 378_361, 3_870_146],
      ['Skive', 44_104, 450_127],
      ['Skanderborg', 66_352, 678_696],
      ['Hedensted', 48_578, 496_890],
    ];
    const r = checkWorkbook(
      snapshot([
        gridFromRows('Ark1', [
          ['Finansiering pr. kommune, i alt 7.700.000 kr.'],
          ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
          ...parties,
        ]),
      ]),
      PARAMS,
    );
    const t = r.tables[0] as ApportionmentLayout;
    expect([t.totalRow, t.dataRows.length]).toEqual([null, 9]);
    // Skive's 450.127 should be 451.127: the one amount named, against the stated 7.700.000 kr.
    const wrong = r.findings.filter((f) => f.rule === 'split-mismatch');
    expect(wrong.map((f) => [f.cell, f.expected, f.actual])).toEqual([['C9', '451127', '450127']]);
  });
});

describe('printed shares that are formulas', () => {
  it('accepts shares =B/$B$total that sum to 100 give or take the last digit Excel keeps', () => {
    const pops = [49_000, 41_000, 33_000, 31_000, 21_000, 13_000, 7_000];
    const all = pops.reduce((s, p) => s + p, 0);
    const amounts = [153_000, 128_000, 103_000, 97_000, 66_000, 41_000, 22_000];
    const rows: RawValue[][] = [
      ['Kommune', 'Indbyggere', 'Andel', 'Bidrag (kr.)'],
      ...pops.map((p, i): RawValue[] => [`Kommune ${i + 1}`, p, p / all, amounts[i]]),
      ['I alt', all, 1, 610_000],
    ];
    const shareSum = pops.reduce((s, p) => s + Number((p / all).toPrecision(15)) * 100, 0);
    expect(shareSum).not.toBe(100);
    const grid: SheetGrid = {
      ...gridFromRows('Ark1', rows),
      formats: rows.map((r) => r.map((_, c) => (c === 2 ? '0.0%' : null))),
    };
    const found = checkWorkbook(snapshot([grid]), PARAMS).findings;
    expect(found.filter((f) => f.rule === 'shares-not-100')).toEqual([]);
  });
});
