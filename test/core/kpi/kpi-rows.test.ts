/**
 * KPI rows laid out as the seed documents state their targets (Erhvervshus Hovedstaden's resultatkontrakt,
 * Vækstforum Hovedstaden's 2013 targets with baselines, Lyngby-Taarbæk's Klimastrategi). Each row is read as
 * number + operator + unit where there is one; where there is none, the row is not judged and an info says so,
 * never a "kan ikke læses som et tal" error or a guessed verdict. Judged on 24 November 2026.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckResult } from '../../../src/core/check/result';
import type { Finding } from '../../../src/core/findings/finding';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import type { KpiLayout } from '../../../src/core/tables/layout';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]): CheckResult =>
  checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const at = (r: CheckResult, cell: string) => r.findings.filter((f) => f.cell === cell).map((f) => f.rule);
const serious = (r: CheckResult) => r.findings.filter((f) => f.severity !== 'info');
const VERDICTS = ['kpi-met', 'kpi-not-met', 'kpi-at-risk', 'kpi-behind-line'];
/** The verdicts given on one sheet row (1-based). */
const verdicts = (r: CheckResult, row: number) =>
  r.findings
    .filter((f) => VERDICTS.includes(f.rule) && Number(/\d+/.exec(f.cell)![0]) === row)
    .map((f) => f.rule);
const unsure = (r: CheckResult): Finding[] => r.findings.filter((f) => f.rule === 'reading-unsure');
const PASSED = '31. december 2025';

describe('a change written in the target cell is read against the baseline column', () => {
  it('Klimastrategi: 426.646 t in 2008 and "20 % reduktion" by 2020 allows at most 341.316,8 t', () => {
    const r = run([
      ['Mål', 'Baseline (2008)', 'Mål', 'Resultat', 'Frist'],
      ['CO2-udledningen reduceres med 20 % (ton CO2)', 426_646, '20 % reduktion', 350_000, 2020],
      ['CO2 fra kommunens egen drift (ton)', 12_000, '20 % reduktion', 9_400, 2020],
    ]);
    expect(serious(r).map((f) => `${f.rule}@${f.cell}`)).toEqual(['kpi-not-met@D2']);
    expect(r.findings.find((f) => f.rule === 'kpi-not-met')).toMatchObject({
      expected: '341316.8',
      actual: '350000',
    });
    expect(verdicts(r, 3)).toEqual(['kpi-met']);
  });

  it('Erhvervshus 2e: "10 % stigning" on 20.000 needs 22.000', () => {
    const r = run([
      ['Resultatmål', 'Baseline 2024', 'Mål', 'Resultat', 'Frist'],
      ['Organiske visninger af nyhedsbreve', 20_000, '10 % stigning', 23_000, PASSED],
      ['Organiske visninger på SoMe', 20_000, 'stigning på 10 %', 21_000, PASSED],
    ]);
    expect(verdicts(r, 2)).toEqual(['kpi-met']);
    expect(verdicts(r, 3)).toEqual(['kpi-not-met']);
    expect(r.findings.filter((f) => f.rule === 'not-a-number')).toEqual([]);
  });
});

describe("Vækstforum's changes against a baseline year", () => {
  const r = run([
    ['Mål', 'Baseline', 'Måltal', 'Resultat', 'Frist'],
    ['Eksport fra velfærdsteknologi (mia. kr.)', 8, '+17 pct.', 9, 2013],
    ['Frafaldet på ungdomsuddannelserne (pct.)', 20, 'halvere', 12, 2015],
    ['Vækstiværksættere', 192, 'fordoble', 400, 2015],
    ['Andel innovative virksomheder (pct.)', '20 %', '+10 %', '25 %', 2015],
  ]);

  it('a change is shown in the baseline\'s unit, with the decimals it needs: 8 + 17 % is 9,36, not "9 %"', () => {
    const f = r.findings.find((x) => x.cell === 'D2')!;
    expect(f).toMatchObject({ rule: 'kpi-not-met', expected: '9.36' });
    expect(f.message.da).toMatch(/målet 9,36\./);
  });

  it('"halvere" and "fordoble" are multiples of the baseline, also of a share', () => {
    expect(verdicts(r, 3)).toEqual(['kpi-not-met']);
    expect(verdicts(r, 4)).toEqual(['kpi-met']);
  });

  it('"+10 %" on a share of 20 % may be 22 % or 30 %: no verdict, an info that asks for "pp" or the share', () => {
    expect(verdicts(r, 5)).toEqual([]);
    expect(at(r, 'C5')).toEqual(['reading-unsure']);
    expect(r.findings.find((x) => x.cell === 'C5')!.message.da).toMatch(/procentpoint/);
  });
});

describe('percentage points without a control group column (Erhvervshus Mål 5)', () => {
  const pp = (target: RawValue, actual: RawValue) =>
    run([
      ['Resultatmål', 'Mål', 'Resultat', 'Frist'],
      ['Mervækst i omsætning ift. kontrolgruppe', target, actual, PASSED],
    ]);

  it('a result written in points is the difference itself', () => {
    expect(verdicts(pp('mindst 10 procentpoint', '12 procentpoint'), 2)).toEqual(['kpi-met']);
    expect(verdicts(pp('mindst 5 procentpoint', '3 pp'), 2)).toEqual(['kpi-not-met']);
    expect(verdicts(pp('12 pp', '12,5 pp'), 2)).toEqual(['kpi-met']);
  });

  it('says "procentpoint" in the message, not percent', () => {
    const f = pp('mindst 10 procentpoint', '12 procentpoint').findings.find((x) => x.rule === 'kpi-met')!;
    expect(f.message.da).toMatch(/12 procentpoint/);
    expect(f.message.da).not.toMatch(/%/);
  });

  it('no result yet is no missing control group', () => {
    const r = pp('mindst 10 procentpoint', '-');
    expect(r.findings.filter((f) => f.rule === 'missing-value' && f.cell === 'B2')).toEqual([]);
    expect(verdicts(r, 2)).toEqual([]);
  });

  it('a plain number with no control group cannot be judged: an info, no verdict', () => {
    const r = pp('mindst 10 procentpoint', 12);
    expect(verdicts(r, 2)).toEqual([]);
    expect(serious(r)).toEqual([]);
    expect(unsure(r)).toHaveLength(1);
  });
});

describe('words instead of a number give no error and no verdict, and say so', () => {
  it('qualitative targets among numeric ones (Erhvervshus Mål 4b-4f)', () => {
    const r = run([
      ['Mål', 'Måltal', 'Status', 'Frist'],
      ['Samarbejde om cirkulær økonomi med fire klynger', 'Løbende fremdrift', 'Igangsat', PASSED],
      ['AI Boost for SMV’er', 'Styrket samarbejde', 'Gennemført', PASSED],
      ['Opsøgte iværksætter/start-up miljøer', 30, 32, PASSED],
      ['Introoplæg for kommunernes erhvervsudvalg', 'alle 29 kommuner', 29, PASSED],
    ]);
    expect(serious(r)).toEqual([]);
    expect(verdicts(r, 2)).toEqual([]);
    expect(verdicts(r, 3)).toEqual([]);
    expect(verdicts(r, 4)).toEqual(['kpi-met']);
    expect(verdicts(r, 5)).toEqual(['kpi-met']);
    expect(at(r, 'B2')).toEqual(['reading-unsure']);
    expect(unsure(r)[0].message.da).toMatch(/»Løbende fremdrift«/);
    expect(r.readings![0].unsure).toBe(true);
  });

  it('a result that awaits Erhvervsstyrelsen is no error and no passed deadline', () => {
    const r = run([
      ['Mål', 'Måltal', 'Resultat', 'Frist'],
      ['Net Promoter Score', 'mindst 70', 'afventer Erhvervsstyrelsen', PASSED],
      ['Kendskabsgrad', '50 %', '51 %', PASSED],
    ]);
    expect(serious(r)).toEqual([]);
    expect(at(r, 'C2')).toEqual(['reading-unsure']);
    expect(unsure(r)[0].message.da).toMatch(/»afventer Erhvervsstyrelsen«/);
    expect(verdicts(r, 3)).toEqual(['kpi-met']);
  });

  it('Vækstforum 9: "nærmer sig 20" is no level to reach: no verdict for 19,8', () => {
    const r = run([
      ['Mål', 'Baseline', 'Baselineår', 'Mål 2013', 'Resultat 2013', 'Frist'],
      ['Innovative virksomheder med forskningssamarbejde (pct.)', 14, 2008, 'nærmer sig 20', 19.8, 2013],
      ['Andel innovative virksomheder (pct.)', 45, 2008, 'over 50', 52, 2013],
    ]);
    expect(serious(r)).toEqual([]);
    expect(verdicts(r, 2)).toEqual([]);
    expect(unsure(r)[0].message.da).toMatch(/»nærmer sig«/);
    expect(verdicts(r, 3)).toEqual(['kpi-met']);
  });
});

describe('targets written the way the resultatkontrakt writes them', () => {
  const r = run([
    ['Mål', 'Måltal', 'Resultat', 'Frist'],
    ['Nationalt mål 1', '385 virksomheder under 3 år', 300, PASSED],
    ['Lokalt mål 7b', '1.500 1-1 vejledninger', 1_600, PASSED],
    ['Lokalt mål 7f', '500 virksomheder med +5 ansatte', 520, PASSED],
    ['Mål 5a', 'mindst 10 pct. højere end kontrolgruppen', 12, PASSED],
    ['Mål 3', 70, '52 (foreløbigt)', PASSED],
    ['Mål 6', 70, '7O', PASSED],
  ]);

  it('the number first, then what is counted: the number is the level', () => {
    expect(verdicts(r, 2)).toEqual(['kpi-not-met']);
    expect(verdicts(r, 3)).toEqual(['kpi-met']);
    expect(verdicts(r, 4)).toEqual(['kpi-met']);
  });

  it('words after the number that change its meaning, or a figure only expected, give no verdict', () => {
    expect(at(r, 'B5')).toEqual(['reading-unsure']);
    expect(r.findings.find((f) => f.cell === 'B5')!.message.da).toMatch(/»højere end kontrolgruppen«/);
    expect(at(r, 'C6')).toEqual(['reading-unsure']);
    expect(verdicts(r, 5)).toEqual([]);
    expect(verdicts(r, 6)).toEqual([]);
  });

  it('a mistyped result is one error at its cell, not also a missing result', () => {
    expect(at(r, 'C7')).toEqual(['not-a-number']);
    expect(r.findings.filter((f) => f.cell.endsWith('7') && f.cell !== 'C7')).toEqual([]);
  });
});

describe('deadlines that are no date', () => {
  it('"frem mod 2020" is the end of 2020 (Vækstforum\'s BNP target)', () => {
    const r = run([
      ['Mål', 'Baseline', 'Mål', 'Resultat', 'Frist'],
      ['Årlig vækst i BNP pr. indbygger (procent)', 1.7, 2.5, 2.1, 'frem mod 2020'],
    ]);
    expect(serious(r).map((f) => `${f.rule}@${f.cell}`)).toEqual(['kpi-not-met@D2']);
  });

  it('"løbende" is no error; a result under the target cannot be judged, one over it is met', () => {
    const r = run([
      ['Mål', 'Måltal', 'Resultat', 'Frist'],
      ['Virksomhedsbesøg', 200, 150, 'løbende'],
      ['Afholdte netværksmøder', 6, 7, 'løbende'],
    ]);
    expect(serious(r)).toEqual([]);
    expect(verdicts(r, 2)).toEqual([]);
    expect(at(r, 'D2')).toEqual(['reading-unsure']);
    expect(verdicts(r, 3)).toEqual(['kpi-met']);
  });

  it('an empty deadline is a missing value at the deadline cell, not at the target', () => {
    const r = run([
      ['Mål', 'Måltal', 'Resultat', 'Frist'],
      ['Nye medlemmer af netværket', 50, 20, null],
    ]);
    expect(serious(r).map((f) => `${f.rule}@${f.cell}`)).toEqual(['missing-value@D2']);
    expect(verdicts(r, 2)).toEqual([]);
  });

  it('a deadline with a mistyped date is still an error at its cell', () => {
    const r = run([
      ['Mål', 'Måltal', 'Resultat', 'Frist'],
      ['Nye medlemmer af netværket', 50, 20, '31-13-2025'],
    ]);
    expect(at(r, 'D2')).toEqual(['not-a-number']);
  });
});

describe('direction unknown gives no verdict, never "met"', () => {
  it('"Gennemsnitlig ventetid (dage)" 35 against 30, no word for the direction', () => {
    const r = run([
      ['Resultatmål', 'Mål', 'Resultat', 'Frist'],
      ['Gennemsnitlig ventetid (dage)', 30, 35, PASSED],
      ['Sagsbehandlingstid for byggesager', 40, 20, PASSED],
    ]);
    expect(verdicts(r, 2)).toEqual([]);
    expect(verdicts(r, 3)).toEqual([]);
    expect(serious(r)).toEqual([]);
    expect(unsure(r)).toHaveLength(2);
  });

  it('a unit of tonnes, energy or days in the target cell is the same as such a name', () => {
    const r = run([
      ['Resultatmål', 'Mål', 'Resultat', 'Frist'],
      ['Mål 4', '300.000 t', '280.000 t', PASSED],
      ['Mål 5', '40.000 MWh', 42_000, PASSED],
    ]);
    expect(verdicts(r, 2)).toEqual([]);
    expect(verdicts(r, 3)).toEqual([]);
    expect(serious(r)).toEqual([]);
  });

  it('a baseline above or below the target settles it', () => {
    const r = run([
      ['Resultatmål', 'Baseline', 'Mål', 'Resultat', 'Frist'],
      ['Gennemsnitlig ventetid (dage)', 45, 30, 35, PASSED],
      ['Ventetid besvarede opkald (sekunder)', 20, 30, 35, PASSED],
    ]);
    expect(verdicts(r, 2)).toEqual(['kpi-not-met']);
    expect(verdicts(r, 3)).toEqual(['kpi-met']);
  });

  it('an operator or a verb settles it', () => {
    const r = run([
      ['Resultatmål', 'Mål', 'Resultat', 'Frist'],
      ['Gennemsnitlig ventetid (dage)', 'højst 30', 35, PASSED],
      ['Ventetiden nedbringes (dage)', 30, 25, PASSED],
    ]);
    expect(verdicts(r, 2)).toEqual(['kpi-not-met']);
    expect(verdicts(r, 3)).toEqual(['kpi-met']);
  });
});

describe('sub-targets that should make up a gross target (Erhvervshus Mål 7: ca. 6000 = 7b-7e)', () => {
  const mål7 = (events: number, gross: RawValue = 'ca. 6000', name = 'Deltagere i alt (brutto)') =>
    run([
      ['Mål', 'Måltal', 'Resultat', 'Frist'],
      [name, gross, 6_050, PASSED],
      ['heraf 1-1 vejledninger', 1_500, 1_520, PASSED],
      ['heraf kortere orienterende vejledninger', 1_000, 1_010, PASSED],
      ['heraf deltagere i events', events, 2_510, PASSED],
      ['heraf deltagere i forløb og programmer', 1_000, 1_010, PASSED],
    ]);

  it('1.500 + 1.000 + 2.000 + 1.000 is not ca. 6000', () => {
    const r = mål7(2_000);
    const f = r.findings.find((x) => x.rule === 'kpi-subtargets-mismatch');
    expect(f).toMatchObject({ cell: 'B2', expected: '6000', actual: '5500' });
    expect(f!.message.da).toMatch(/ca\. 6\.000/);
  });

  it('1.500 + 1.000 + 2.500 + 1.000 is', () => {
    expect(mål7(2_500).findings.filter((x) => x.rule === 'kpi-subtargets-mismatch')).toEqual([]);
  });

  it('an exact gross must be met exactly', () => {
    expect(mål7(2_400, 6_000).findings.filter((x) => x.rule === 'kpi-subtargets-mismatch')).toHaveLength(1);
  });

  it('"heraf" rows under a row that names no gross figure are subsets that may overlap, not parts', () => {
    for (const name of ['Deltagere', 'Deltagere i alt']) {
      const r = mål7(2_000, 'ca. 6000', name);
      expect(r.findings.filter((x) => x.rule === 'kpi-subtargets-mismatch')).toEqual([]);
    }
  });
});

describe('a target list found by what its columns hold', () => {
  it('"Indikator | Målsætning | Status | Deadline": the numeric Målsætning is the target value', () => {
    const r = run([
      ['Indikator', 'Målsætning', 'Status', 'Deadline'],
      ['CO2-udledningen reduceres (ton)', 300_000, 350_000, 'ultimo 2025'],
      ['Energiforbrug i kommunale bygninger nedbringes (MWh)', 41_000, 39_800, 'ultimo 2025'],
    ]);
    const t = r.tables[0] as KpiLayout;
    expect(t.kind).toBe('kpi');
    expect(t.columns).toMatchObject({ target: 0, targetValue: 1, actual: 2, deadline: 3 });
    expect(verdicts(r, 2)).toEqual(['kpi-not-met']);
    expect(verdicts(r, 3)).toEqual(['kpi-met']);
  });

  it('also when Målsætning holds targets written with words: "maks. 300.000 t", "mindst 70"', () => {
    const r = run([
      ['Indikator', 'Målsætning', 'Status', 'Deadline'],
      ['CO2-udledningen (ton)', 'maks. 300.000 t', 350_000, 'ultimo 2025'],
      ['Net Promoter Score', 'mindst 70', 72, 'ultimo 2025'],
    ]);
    expect((r.tables[0] as KpiLayout).columns).toMatchObject({ target: 0, targetValue: 1, actual: 2 });
    expect(verdicts(r, 2)).toEqual(['kpi-not-met']);
    expect(verdicts(r, 3)).toEqual(['kpi-met']);
  });
});

describe('target lists as board papers print them', () => {
  it('a row with only a name ("Mål 2 - Kendskab") is a section heading, not a target without a value', () => {
    const r = run([
      ['Mål', 'Måltal', 'Resultat', 'Frist'],
      ['Mål 2 - Kendskab'],
      ['Kendskabsgraden øges til 50%', '50%', '46%', PASSED],
      ['Mål 3 - Tilfredshed', null, null, null],
      ['Net Promotor Score (NPS)', 'mindst 70', 71, PASSED],
    ]);
    expect(serious(r).map((f) => `${f.rule}@${f.cell}`)).toEqual(['kpi-not-met@C3']);
    expect(verdicts(r, 5)).toEqual(['kpi-met']);
  });

  it('"Mål | Niveau | Resultat 2025 | Frist": the column of targets beside the names is the target value', () => {
    const r = run([
      ['Mål', 'Niveau', 'Resultat 2025', 'Frist'],
      ['Sygefraværet holdes under 5 %', 'under 5 %', '4,6 %', 2025],
      ['Deltagere i events', 2_500, 2_410, 2025],
    ]);
    expect((r.tables[0] as KpiLayout).columns).toMatchObject({ target: 0, targetValue: 1, actual: 2 });
    expect(verdicts(r, 2)).toEqual(['kpi-met']);
    expect(verdicts(r, 3)).toEqual(['kpi-not-met']);
  });
});
