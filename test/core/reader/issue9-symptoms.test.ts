/**
 * Every symptom seen when a new user tried Fordel on sheets laid out like the seed documents: each must read
 * right, or say it is unsure - never give a confident wrong verdict.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckResult } from '../../../src/core/check/result';
import { gridFromRows, type RawValue, type SheetGrid } from '../../../src/core/grid/grid';
import type { ApportionmentLayout, CofinancingLayout } from '../../../src/core/tables/layout';
import { PARAMS, snapshot } from '../check/fixtures';
import { bilag41RegionFirst, euOfficeKey, tabelBTransposed, TELEHJERTE } from './seed-layouts';

const run = (...sheets: SheetGrid[]): CheckResult => checkWorkbook(snapshot(sheets), PARAMS);
const grid = (rows: RawValue[][], formats?: (string | null)[][]): SheetGrid => ({
  ...gridFromRows('Ark1', rows),
  ...(formats ? { formats } : {}),
});
const serious = (r: CheckResult) => r.findings.filter((f) => f.severity !== 'info');
const rules = (r: CheckResult) => r.findings.map((f) => `${f.rule}@${f.cell}`);

describe('Bilag 4.1 with the region row first', () => {
  const result = run(grid(bilag41RegionFirst()));

  it('reads the region row as the total, not a 30th party', () => {
    const t = result.tables[0] as ApportionmentLayout;
    expect(t.kind).toBe('apportionment');
    expect(t.totalRow).toBe(2);
    expect(t.dataRows).toHaveLength(29);
    expect(result.findings.some((f) => /199,9/.test(f.message.da))).toBe(false);
  });

  it('gives København about a third of 750.000 kr., not half of it', () => {
    const block = result.plan.blocks.find((b) => b.sheet === 'Ark1')!;
    const kbh = block.values[3 - block.top][1] as number;
    expect(kbh).toBeGreaterThanOrEqual(259_500);
    expect(kbh).toBeLessThanOrEqual(259_760);
  });

  it('reports the printed shares summing to 99,9 and the 750 kr. nobody pays', () => {
    expect(result.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['shares-not-100']));
    expect(result.findings.some((f) => f.rule === 'shares-not-100' && /99,9/.test(f.message.da))).toBe(true);
  });

  it('says in its reading which row is the total and why', () => {
    const reading = result.readings![0];
    const total = reading.decisions.find((d) => d.role === 'total-row')!;
    expect(total.cells).toBe('A3');
    expect(total.because.da).toMatch(/100/);
  });
});

describe('KPI direction comes from the target, not from the population named', () => {
  const kpi = (name: string, target: RawValue, actual: RawValue, deadline: RawValue = '31-12-2025') =>
    run(
      grid([
        ['Resultatmål', 'Mål', 'Resultat', 'Frist'],
        [name, target, actual, deadline],
      ]),
    );

  it('"Vejledte virksomheder under 3 år" 300 against 385 after the deadline is not met', () => {
    const r = kpi('Vejledte virksomheder under 3 år', 385, 300);
    expect(rules(r)).toContain('kpi-not-met@C2');
    expect(r.findings.some((f) => f.rule === 'kpi-met')).toBe(false);
  });

  it('"CO2-udledningen reduceres" at 350.000 t against 300.000 t is not met', () => {
    const r = kpi('CO2-udledningen reduceres', '300.000 t', '350.000 t');
    expect(rules(r)).toContain('kpi-not-met@C2');
  });

  it('"højst 6" with 5,5 is met', () => {
    const r = kpi('Gennemsnitlig sagsbehandlingstid i uger', 'højst 6', '5,5');
    expect(rules(r)).toContain('kpi-met@C2');
    expect(serious(r)).toEqual([]);
  });

  it('a target with no direction anywhere is unsure: no met, no error, an info that says what to add', () => {
    const r = kpi('Antal virksomheder', 385, 300, 'ultimo 2027');
    expect(r.findings.some((f) => f.rule === 'kpi-met' || f.severity === 'error')).toBe(false);
  });
});

describe('Danish cell conventions', () => {
  it('reads "I alt 50" and "mindst 10 procentpoint" as targets, not as unreadable text', () => {
    const r = run(
      grid([
        ['Resultatmål', 'Mål', 'Resultat', 'Kontrolgruppe', 'Frist'],
        ['Virksomheder i forløb', 'I alt 50', 52, null, '2025'],
        ['Omsætningsvækst ift. kontrolgruppen', 'mindst 10 procentpoint', 12, 2, '2025'],
      ]),
    );
    expect(r.findings.filter((f) => f.rule === 'not-a-number')).toEqual([]);
    expect(rules(r)).toEqual(expect.arrayContaining(['kpi-met@C2']));
  });

  it('a dash for nothing in an amount cell is nil, not an error', () => {
    const rows: RawValue[][] = [
      [null, 2021, 2022, 'I alt'],
      ['Egenfinansiering', 100_000, 100_000, 200_000],
      ['Statslig bevilling', 100_000, '-', 100_000],
      ['Privat fond', '–', 100_000, 100_000],
      ['I alt', 200_000, 200_000, 400_000],
    ];
    expect(serious(run(grid(rows)))).toEqual([]);
  });

  it('reads "(50.000)" as minus 50.000', () => {
    const rows: RawValue[][] = [
      [null, 2021, 2022, 'I alt'],
      ['Egenfinansiering', 150_000, 100_000, 250_000],
      ['Statslig bevilling', 100_000, 100_000, 200_000],
      ['Regulering', '(50.000)', null, '(50.000)'],
      ['I alt', 200_000, 200_000, 400_000],
    ];
    expect(
      run(grid(rows)).findings.filter((f) => f.rule === 'total-mismatch' || f.rule === 'not-a-number'),
    ).toEqual([]);
  });
});

describe('tables found by their structure, not only by their header words', () => {
  it('finds the EU office key under "Medlemsgruppe | Andel (%) | Kontingent"', () => {
    const r = run(grid(euOfficeKey()));
    expect(r.tables.map((t) => t.kind)).toEqual(['apportionment']);
    expect(serious(r)).toEqual([]);
  });

  it('finds "Fordeling af kontingent | Pct. | Kr."', () => {
    const r = run(
      grid([
        ['Fordeling af kontingent', 'Pct.', 'Kr.'],
        ['Universiteter', 20, 3_500_000],
        ['Regioner', 41, 7_175_000],
        ['Kommuner', 39, 6_800_000],
        ['I alt', 100, 17_500_000],
      ]),
    );
    expect(r.tables.map((t) => t.kind)).toEqual(['apportionment']);
    expect(r.findings.map((f) => f.rule)).toContain('split-unallocated');
  });

  it('finds a co-financing table with the years down the rows and catches 1.400.000 in 2023', () => {
    const r = run(grid(tabelBTransposed(1_400_000)));
    expect(r.tables.map((t) => t.kind)).toEqual(['cofinancing']);
    expect(rules(r)).toEqual(expect.arrayContaining(['cofinancing-below-minimum@B5']));
    expect(serious(run(grid(tabelBTransposed())))).toEqual([]);
  });

  it('reads a two-row header with a merged group title and checks the row totals', () => {
    const g: SheetGrid = {
      ...gridFromRows('Ark1', [
        ['Indsatsområde', 'Statslig bevilling (kr.)', null, null, null, 'I alt'],
        [null, 2021, 2022, 2023, 2024, null],
        ['Ungeområdet', 300_000, 300_000, 300_000, 300_000, 1_200_000],
        ['Musikområdet', 600_000, 600_000, 600_000, 600_000, 2_500_000],
        ['I alt', 900_000, 900_000, 900_000, 900_000, 3_600_000],
      ]),
      merges: [{ top: 0, left: 1, bottom: 0, right: 4 }],
    };
    const r = run(g);
    const t = r.tables[0] as CofinancingLayout;
    expect(t.kind).toBe('cofinancing');
    expect(t.totalCol).toBe(5);
    expect(rules(r)).toEqual(expect.arrayContaining(['total-mismatch@F4']));
  });
});

describe('number formats are part of the reading', () => {
  it('a percent KPI kept as 0,42 in a percent cell speaks of 42 %, not 42 against 50', () => {
    const r = run(
      grid(
        [
          ['Resultatmål', 'Mål', 'Resultat', 'Frist'],
          ['Kendskabsgraden øges', 0.5, 0.42, '31-12-2026'],
        ],
        [
          [null, null, null, null],
          [null, '0%', '0%', null],
        ],
      ),
    );
    const risk = r.findings.find((f) => f.rule === 'kpi-at-risk')!;
    expect(risk.message.da).toMatch(/42\s%/u);
    expect(risk.message.da).toMatch(/50\s%/u);
    expect(risk.message.da).not.toMatch(/\d,\d{3,}/);
  });

  it('shows shares at the precision the cell shows, never 16 decimals', () => {
    const rows: RawValue[][] = [
      ['Kommune', 'Andel', 'Beløb'],
      ['København', Number('0.312110822569132255'), 312_111],
      ['Frederiksberg', 0.3, 300_000],
      ['Gentofte', 0.3, 300_000],
      ['I alt', Number('0.912110822569132255'), 912_111],
    ];
    const formats = rows.map((row) => row.map((_, c) => (c === 1 ? '0.0%' : null)));
    const r = run(grid(rows, formats));
    expect(r.findings.some((f) => /\d,\d{5,}/.test(f.message.da))).toBe(false);
  });
});

describe('sheets that hold no finance table are left alone', () => {
  it('a quarterly budget with a second header row "Qtr 1" gives no error', () => {
    const r = run(
      grid([
        ['Department', '2024', null, null, null],
        [null, 'Qtr 1', 'Qtr 2', 'Qtr 3', 'Qtr 4'],
        ['Marketing', 1200, 1300, 1250, 1400],
        ['Sales', 2200, 2300, 2250, 2400],
        ['IT', 800, 820, 810, 830],
      ]),
    );
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a sales commission table is not a split: "North" twice is no duplicate party, rates no key', () => {
    const rows: RawValue[][] = [
      ['Region', 'Salesperson', 'Sales', 'Commission rate', 'Commission'],
      ['North', 'Anna', 12000, 0.05, 600],
      ['North', 'Bo', 9000, 0.05, 450],
      ['South', 'Carl', 15000, 0.07, 1050],
      ['East', 'Dina', 7000, 0.05, 350],
    ];
    const formats = rows.map((row, i) => row.map((_, c) => (i > 0 && c === 3 ? '0.0%' : null)));
    const r = run(grid(rows, formats));
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('tax rates formatted 0,0 % are not amounts with too many decimals', () => {
    const rows: RawValue[][] = [
      ['Land', 'Momssats', 'Selskabsskat'],
      ['Danmark', 0.25, 0.22],
      ['Sverige', 0.25, 0.206],
      ['Norge', 0.25, 0.22],
    ];
    const formats = rows.map((row, i) => row.map((_, c) => (i > 0 && c > 0 ? '0.0%' : null)));
    expect(run(grid(rows, formats)).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a formula amount with fractions of an øre, shown rounded, is no error', () => {
    const rows: RawValue[][] = [
      [null, 2021, 2022, 'I alt'],
      ['Egenfinansiering', 5715.0464, 5000, 10715.0464],
      ['Statslig bevilling', 5000, 5000, 10000],
      ['I alt', 10715.0464, 10000, 20715.0464],
    ];
    const formats = rows.map((row) => row.map(() => '#,##0.00'));
    const r = run(grid(rows, formats));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('every table shows its reading and verdict', () => {
  it('fills readings and verdicts, one per table', () => {
    const r = run(grid(euOfficeKey()));
    expect(r.readings).toHaveLength(r.tables.length);
    expect(r.verdicts).toHaveLength(r.tables.length);
    expect(r.verdicts![0].verdict).toBe('ok');
  });
});

// Keep the seed data honest: the printed amounts are share x 7.500 kr.
test('Bilag 4.1 data is as printed', () => {
  expect(TELEHJERTE.reduce((s, [, , a]) => s + a, 0)).toBe(749_250);
});
