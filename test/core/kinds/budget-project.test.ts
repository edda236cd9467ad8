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
