/**
 * The 50 % own-share minimum is the culture pool's rule, not every scheme's. A table is held to a minimum
 * only where its sheet states one, names the culture pool (or a culture agreement or region), or the user
 * set one; otherwise a share under half is one info that states it, and the table keeps its "OK".
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { decimal } from '../../../src/core/decimal/decimal';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (r: RawValue[][], params = PARAMS) => checkWorkbook(snapshot([gridFromRows('Ark1', r)]), params);
const rules = (r: ReturnType<typeof run>) => r.findings.map((f) => `${f.rule}:${f.severity}:${f.cell}`);

/** A correct table with 40 % own financing in both years. */
const forty = (title: string, state = 'Statens pulje'): RawValue[][] => [
  [title],
  [null, 2025, 2026, 'I alt'],
  ['Egenfinansiering', 400_000, 400_000, 800_000],
  [state, 600_000, 600_000, 1_200_000],
  ['I alt', 1_000_000, 1_000_000, 2_000_000],
];

describe('own financing with no rule stated', () => {
  it('is no error: one info that states the share, and the table is OK', () => {
    const r = run(forty('Finansieringsplan for Fremtidens Bibliotek'));
    expect(rules(r)).toEqual(['own-share-no-minimum:info:D3']);
    const da = r.findings[0].message.da.replace(/\s/g, ' ');
    expect(da).toContain('40 % i 2025, 40 % i 2026 og 40 % i hele perioden');
    expect(r.verdicts![0].verdict).toBe('ok');
    const said = r.readings![0].decisions.map((d) => d.because.da).join(' | ');
    expect(said).toContain('intet minimum for egenfinansieringen');
  });

  it('is held to the minimum the sheet states', () => {
    const stated = run(forty('Finansiering (egenfinansiering på minimum 45 pct.)'));
    expect(rules(stated)).toEqual([
      'cofinancing-below-minimum:error:B3',
      'cofinancing-below-minimum:error:C3',
      'cofinancing-below-minimum:error:D3',
    ]);
    // Short in kroner at the stated 45 %, not the pool's 50 %: 600.000 x 45/55 = 490.909,10 kr. a year.
    const item = stated.items!.find((i) => i.rule === 'own-financing-short');
    expect(item?.message.da.replace(/\s/g, ' ')).toContain('90.909,10 kr. i 2025');
    expect(run(forty('Finansiering (egenfinansiering på minimum 40 pct.)')).findings).toEqual([]);
  });

  it('reads a minimum stated in a note beside the table', () => {
    const rows = forty('Finansiering').map((row, i) =>
      i === 1 ? [...row, null, 'Krav: egenfinansiering på minimum 45 pct.'] : row,
    );
    expect(rules(run(rows)).filter((c) => c.startsWith('cofinancing-below-minimum'))).toHaveLength(3);
    const lower = forty('Finansiering').map((row, i) =>
      i === 2 ? [...row, null, 'Krav: egenfinansiering på minimum 35 pct.'] : row,
    );
    expect(run(lower).findings).toEqual([]);
  });

  it('is held to 50 % where the sheet names the culture pool, in a source line or the title', () => {
    const pool = run(forty('Finansiering', 'Statens medfinansiering fra Puljen til kultur i hele landet'));
    expect(rules(pool).filter((c) => c.startsWith('cofinancing-below-minimum:error'))).toHaveLength(3);
    const said = pool.readings![0].decisions.map((d) => d.because.da.replace(/\s/g, ' ')).join(' | ');
    expect(said).toContain('egenfinansiering mindst 50 % (Puljen til kultur i hele landets krav');
    const agreement = run(forty('Kulturaftale 2025-26: finansiering'));
    expect(rules(agreement).filter((c) => c.startsWith('cofinancing-below-minimum'))).toHaveLength(3);
  });

  it("is held to the user's setting", () => {
    const set = run(forty('Finansiering'), { ...PARAMS, minOwnShare: decimal(50) });
    expect(rules(set).filter((c) => c.startsWith('cofinancing-below-minimum'))).toHaveLength(3);
  });
});
