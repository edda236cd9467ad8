import { FOLK1A_QUARTERS } from '../../../src/core/population/data/folk1a';
import { readFolk1aCsv } from '../../../src/core/population/read-csv';
import { validateQuarter } from '../../../src/core/population/validate-quarter';

const Q2026 = FOLK1A_QUARTERS.find((q) => q.date === '2026-01-01')!;
const Q2025 = FOLK1A_QUARTERS.find((q) => q.date === '2025-01-01')!;

/** FOLK1A as Statistikbanken's API gives it: "OMRÅDE;TID;INDHOLD", the country first. */
function statbankCsv(rows: (readonly [string, number])[], period = '2026K1'): string {
  return ['OMRÅDE;TID;INDHOLD', ...rows.map(([name, n]) => `${name};${period};${n}`)].join('\r\n');
}
const municipalities = (q = Q2026) => q.figures.map(([, name, n]) => [name, n] as const);

function check(csv: string, latest = Q2025) {
  const read = readFolk1aCsv(csv);
  if (!read.ok) return { ok: false as const, problems: read.problems.map((p) => p.da) };
  const v = validateQuarter(read.csv, 'test', latest);
  return v.ok ? v : { ok: false as const, problems: v.problems.map((p) => p.da) };
}

describe('adding a FOLK1A quarter from a CSV', () => {
  it("takes Statistikbanken's CSV with the country and a region", () => {
    const r = check(
      statbankCsv([['Hele landet', 6_025_603], ['Region Hovedstaden', 1_947_212], ...municipalities()]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.quarter.date).toBe('2026-01-01');
    expect(r.quarter.nation).toBe(6_025_603);
    expect(r.quarter.figures).toEqual(Q2026.figures);
  });

  it('takes the quarter as a column heading, with codes before the names', () => {
    const csv = [
      '"OMRÅDE";"2026K1"',
      ...Q2026.figures.map(([code, name, n]) => `"${code} ${name}";${n}`),
    ].join('\n');
    const r = check(csv);
    expect(r.ok).toBe(true);
  });

  it('refuses a file with a municipality missing, naming it', () => {
    const r = check(statbankCsv(municipalities().filter(([name]) => name !== 'Dragør')));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join(' ')).toMatch(/mangler 1 af de 98 kommuner: Dragør/);
  });

  it('refuses a municipality counted twice (sex or age not set to total)', () => {
    const rows = municipalities();
    const r = check(statbankCsv([...rows, ['København', 330_000]]));
    expect(!r.ok && r.problems.join(' ')).toMatch(/København står både i linje 2 og 100/);
  });

  it('refuses a code that belongs to another municipality', () => {
    const csv = [
      'OMRÅDE;2026K1',
      ...Q2026.figures.map(([code, name, n]) => `${code === '155' ? '157' : code} ${name};${n}`),
    ].join('\n');
    const r = check(csv);
    expect(!r.ok && r.problems.join(' ')).toMatch(/koden 157 hører til Gentofte, ikke Dragør/);
  });

  it('refuses a country or region smaller than its municipalities', () => {
    const r = check(
      statbankCsv([['Hele landet', 6_000_000], ['Region Sjælland', 800_000], ...municipalities()]),
    );
    expect(!r.ok && r.problems.join(' ')).toMatch(/hele landet har 6000000/);
    expect(!r.ok && r.problems.join(' ')).toMatch(/Region Sjælland har 800000/);
  });

  it('refuses figures far from the latest quarter (another table, or a typo)', () => {
    const rows = municipalities().map(([name, n]) => [name, name === 'Læsø' ? n * 10 : n] as const);
    const r = check(statbankCsv(rows));
    expect(!r.ok && r.problems.join(' ')).toMatch(/1 kommuner afviger mere end 10 % fra 2025K1: Læsø/);
  });

  it('refuses two quarters in one file, and a file with none', () => {
    const both =
      statbankCsv(municipalities()) + '\n' + statbankCsv(municipalities(), '2025K4').split('\n')[1];
    expect(check(both).ok).toBe(false);
    expect(check('a;b\n1;2').ok).toBe(false);
  });

  it('refuses a name that is no municipality', () => {
    const r = check(statbankCsv([...municipalities(), ['Atlantis', 5]]));
    expect(!r.ok && r.problems.join(' ')).toMatch(/»Atlantis« er ikke en dansk kommune/);
  });
});
