/** A grant application's project budget: costs against financing, and the own share the sheet asks for. */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const check = (rows: RawValue[][]) => checkWorkbook(snapshot([sheet('Projektbudget', rows)]), PARAMS);
const flat = (s: string) => s.replace(/\s/g, ' ');
const RULE = 'Egenfinansieringen skal udgøre minimum 25 pct. af projektets samlede finansiering.';

function project(title = `Projektbudget. ${RULE}`): RawValue[][] {
  return [
    [title],
    ['Post', 'Budget 2025', 'Budget 2026', 'Budget i alt'],
    ['Projektleder, løn', 300_000, 310_000, 610_000],
    ['Konsulenter', 120_000, 80_000, 200_000],
    ['Kommunikation', 40_000, 30_000, 70_000],
    ['Evaluering', 0, 60_000, 60_000],
    ['Udgifter i alt', 460_000, 480_000, 940_000],
    ['Egenfinansiering, kontant', 50_000, 50_000, 100_000],
    ['Egenfinansiering, værdisatte timer', 70_000, 75_000, 145_000],
    ['Statstilskud', 240_000, 255_000, 495_000],
    ['Fondsmidler', 100_000, 100_000, 200_000],
    ['Finansiering i alt', 460_000, 480_000, 940_000],
  ];
}

/** Fewer valued hours in 2026, made up by the foundation: the budget balances, the own share falls. */
function fewerHours(rows: RawValue[][]): RawValue[][] {
  rows[8][2] = 45_000;
  rows[8][3] = 115_000;
  rows[10][2] = 130_000;
  rows[10][3] = 230_000;
  return rows;
}

describe('a project budget with a financing part', () => {
  it('gives a correct one nothing: costs balance financing, own share above the stated minimum', () => {
    const r = check(project());
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings).toEqual([]);
    const said = r.readings![0].decisions.map((d) => d.because.da).join(' | ');
    expect(flat(said)).toContain('egenfinansiering (kontant og timer) mindst 25 % af finansieringen');
  });

  it('counts cash and valued hours as own financing against the minimum the sheet states', () => {
    const r = check(fewerHours(project()));
    const f = r.findings.filter((x) => x.rule === 'cofinancing-below-minimum');
    expect(f.map((x) => x.cell)).toEqual(['C8', 'D8']);
    expect(f[0].expected).toBe('25');
    expect(f[0].actual).toBe('19.7');
    expect(flat(f[0].message.da)).toContain('der mangler 25.000 kr.');
    expect(flat(f[1].message.da)).toContain('der mangler 20.000 kr.');
    expect(r.findings.filter((x) => x.rule !== 'cofinancing-below-minimum')).toEqual([]);
  });

  it('applies no own-share rule the sheet does not state', () => {
    const r = check(fewerHours(project('Projektbudget')));
    expect(r.findings).toEqual([]);
  });

  it('never takes equity for own financing', () => {
    const rows = fewerHours(project());
    rows[7][0] = 'Egenkapital';
    rows[8][0] = 'Overført egenkapital';
    expect(check(rows).findings).toEqual([]);
  });

  it('still balances costs against financing in every column', () => {
    const rows = project();
    rows[9][2] = 245_000;
    rows[9][3] = 485_000;
    rows[11][2] = 470_000;
    rows[11][3] = 930_000;
    const r = check(rows);
    const f = r.findings.filter((x) => x.rule === 'budget-unbalanced');
    expect(f.map((x) => x.cell)).toEqual(['C12', 'D12']);
  });
});

/** The vidensby basis budget (seed 004): the municipality's contribution matched by the other actors. */
function vidensby(others2013 = 2_000_000): RawValue[][] {
  const lt = [2_000_000, 2_000_000];
  const ot = [2_000_000, others2013];
  const costs = lt.map((x, i) => x + ot[i]);
  const row = (label: string, v: number[]): RawValue[] => [label, v[0], v[1], v[0] + v[1]];
  return [
    ['Vidensby-organisation: basisbudget. Kommunen medfinansierer efter krone-til-krone-princippet.'],
    ['Post', 'Budget 2012', 'Budget 2013', 'Budget i alt'],
    row(
      'Løn, leder og to konsulenter',
      costs.map((c) => c - 1_600_000),
    ),
    row('Husleje, drift og arrangementer', [1_600_000, 1_600_000]),
    row('Udgifter i alt', costs),
    row('Lyngby-Taarbæk Kommune', lt),
    row('Øvrige vidensby-aktører', ot),
    row('Finansiering i alt', costs),
  ];
}

/** Own financing matched krone for krone by the state grant. */
function matched(own2026 = 195_000): RawValue[][] {
  const row = (label: string, a: number, b: number): RawValue[] => [label, a, b, a + b];
  return [
    ['Projektbudget. Statens tilskud ydes krone-til-krone.'],
    ['Post', 'Budget 2025', 'Budget 2026', 'Budget i alt'],
    row('Projektleder, løn', 300_000, 310_000),
    row('Konsulenter', 120_000, 80_000),
    row('Udgifter i alt', 420_000, 390_000),
    row('Egenfinansiering, kontant', 110_000, own2026 - 90_000),
    row('Egenfinansiering, værdisatte timer', 100_000, 90_000),
    row('Statstilskud', 210_000, 390_000 - own2026),
    row('Finansiering i alt', 420_000, 390_000),
  ];
}

describe('krone-til-krone in a project budget', () => {
  it('gives a budget whose own financing matches the grant nothing, and says the rule it read', () => {
    const r = check(matched());
    expect(r.findings).toEqual([]);
    const said = r.readings![0].decisions.map((d) => d.because.da).join(' | ');
    expect(said).toContain('finansieringen skal matches efter krone-til-krone');
  });

  it('finds own financing short of the grant in the year and the whole period, in kroner', () => {
    const r = check(matched(185_000));
    const f = r.findings.filter((x) => x.rule === 'matching-shortfall');
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([
      ['C6', '205000', '185000'],
      ['D6', '415000', '395000'],
    ]);
    expect(flat(f[0].message.da)).toContain('der mangler 20.000 kr. i egenfinansiering');
    expect(r.findings.filter((x) => x.rule !== 'matching-shortfall')).toEqual([]);
    const d = r.diagnoses!.map((x) => x.diagnosis).filter((x) => x.rule === 'matching-short');
    expect(d).toHaveLength(1);
    expect(d[0].cell).toBe('C6');
    expect(flat(d[0].message.da)).toContain('egenfinansieringen skal øges med 20.000 kr. i Budget 2026');
    expect(d[0].explains).toHaveLength(2);
  });

  it('without own-financing lines, holds the others to the first source, as the vidensby budget states', () => {
    expect(check(vidensby(2_000_000)).findings).toEqual([]);
    const r = check(vidensby(1_500_000));
    const f = r.findings.filter((x) => x.rule === 'matching-shortfall');
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([
      ['C7', '2000000', '1500000'],
      ['D7', '4000000', '3500000'],
    ]);
    expect(flat(f[0].message.da)).toContain('matcher »Lyngby-Taarbæk Kommune« med mindst 2.000.000 kr.');
    expect(r.findings.filter((x) => x.rule !== 'matching-shortfall')).toEqual([]);
  });

  it('applies no matching the sheet does not state, unless the user asks for it (--matching)', () => {
    const rows = matched(185_000);
    rows[0] = ['Projektbudget'];
    expect(check(rows).findings).toEqual([]);
    const asked = checkWorkbook(snapshot([sheet('Projektbudget', rows)]), {
      ...PARAMS,
      matchingRatio: { digits: 1n, scale: 0 },
    });
    expect(asked.findings.map((x) => x.cell)).toEqual(['C6', 'D6']);
  });
});

describe('a project budget in sections, each with a bare "I alt"', () => {
  const sections = (fin2025 = 210_000): RawValue[][] => [
    ['Projektbudget'],
    ['', 'Budget 2025', 'Budget 2026', 'I alt'],
    ['Udgifter'],
    ['Løn', 300_000, 310_000, 610_000],
    ['Konsulenter', 120_000, 80_000, 200_000],
    ['I alt', 420_000, 390_000, 810_000],
    ['Finansiering'],
    ['Egenfinansiering', fin2025, 195_000, fin2025 + 195_000],
    ['Statstilskud', 210_000, 195_000, 405_000],
    ['I alt', fin2025 + 210_000, 390_000, fin2025 + 210_000 + 390_000],
  ];

  it('reads the second "I alt" as the financing total, not the sum of everything above it', () => {
    const r = check(sections());
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings).toEqual([]);
  });

  it('balances the financing section against the costs, per year and in the total column', () => {
    const r = check(sections(200_000));
    expect(r.findings.map((x) => [x.rule, x.cell, x.expected, x.actual])).toEqual([
      ['budget-unbalanced', 'B10', '420000', '410000'],
      ['budget-unbalanced', 'D10', '810000', '800000'],
    ]);
  });
});

describe('a total column beside the years', () => {
  it('holds every line total to the sum of its years', () => {
    const rows = project();
    rows[3][3] = 210_000;
    rows[6][3] = 950_000;
    const r = check(rows);
    const f = r.findings.filter((x) => x.rule === 'total-mismatch');
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([
      ['D4', '200000', '210000'],
      ['D7', '940000', '950000'],
    ]);
    expect(flat(f[0].message.da)).toContain('årene i B4:C4 summerer til 200.000 kr.');
  });
});

describe('a project budget in one column of amounts ("Post | Beløb")', () => {
  const oneColumn = (costTotal: number): RawValue[][] => [
    ['Budget 2026 (kr.)'],
    ['Post', 'Beløb'],
    ['Løn', 800_000],
    ['Drift', 150_000],
    ['Evaluering', 50_000],
    ['Udgifter i alt', costTotal],
    ['Tilskud fra puljen', 600_000],
    ['Egenfinansiering', 400_000],
    ['Finansiering i alt', 1_000_000],
  ];

  it('reads costs and financing as their own parts, not the cost lines as sources of the financing', () => {
    // Read as co-financing, "Finansiering i alt" was the sum of the cost lines and the sources: a false error.
    const r = check(oneColumn(1_000_000));
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('names the cost total typed wrong at its cell', () => {
    const r = check(oneColumn(1_100_000));
    const wrong = r.findings.filter((f) => f.severity === 'error');
    expect(wrong.map((f) => f.cell)).toContain('B6');
    expect(wrong.find((f) => f.cell === 'B6')).toMatchObject({ expected: '1000000', actual: '1100000' });
  });
});

describe('a project budget of costs alone, under "Udgifter i alt"', () => {
  const costs = (total: number): RawValue[][] => [
    ['Budget 2026 (kr.)'],
    ['Post', 'Beløb'],
    ['Løn', 800_000],
    ['Drift', 150_000],
    ['Evaluering', 50_000],
    ['Udgifter i alt', total],
  ];

  it('is read and its wrong total named, where it was only "looks like a table"', () => {
    const r = check(costs(1_100_000));
    expect(r.tables.map((t) => t.kind)).toEqual(['budget']);
    const wrong = r.findings.filter((f) => f.severity === 'error');
    expect(wrong.map((f) => f.cell)).toEqual(['B6']);
  });

  it('gives a right one nothing', () => {
    expect(check(costs(1_000_000)).findings).toEqual([]);
  });
});
