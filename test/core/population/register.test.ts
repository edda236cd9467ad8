import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchParty } from '../../../src/core/parties/match-party';
import { FOLK1A_QUARTERS } from '../../../src/core/population/data/folk1a';
import {
  latestPopulationDate,
  populationAt,
  populationDates,
  populationOf,
} from '../../../src/core/population/register';
import { renderDataModule } from '../../../src/core/population/render-data';

describe('the FOLK1A register', () => {
  it('holds 1 January 2025 and 1 January 2026, the latest last', () => {
    expect(populationDates()).toEqual(['2025-01-01', '2026-01-01']);
    expect(latestPopulationDate()).toBe('2026-01-01');
  });

  it.each(['2025-01-01', '2026-01-01'])(
    'has the 98 municipalities once each on %s, named as the party register names them',
    (date) => {
      const p = populationAt(date)!;
      expect(p.municipalities).toHaveLength(98);
      expect(new Set(p.municipalities.map((m) => m.code)).size).toBe(98);
      const q = FOLK1A_QUARTERS.find((x) => x.date === date)!;
      for (const [code, name] of q.figures) {
        expect(matchParty(name, { fuzzy: false })?.party.code).toBe(code);
      }
      expect(p.municipalities.every((m) => Number.isInteger(m.population) && m.population > 0)).toBe(true);
    },
  );

  it('gives the regions as sums of their 29/17/22/19/11 municipalities, and the country from the source', () => {
    for (const date of populationDates()) {
      const p = populationAt(date)!;
      const counts = Object.fromEntries(p.regions.map((r) => [r.name, r.municipalities]));
      expect(counts).toEqual({
        'Region Hovedstaden': 29,
        'Region Sjælland': 17,
        'Region Syddanmark': 22,
        'Region Midtjylland': 19,
        'Region Nordjylland': 11,
      });
      for (const r of p.regions) {
        const own = p.municipalities.filter((m) => m.region === r.name);
        expect(r.population).toBe(own.reduce((s, m) => s + m.population, 0));
        expect(r.derived).toBe(true);
      }
      expect(p.regions.reduce((s, r) => s + r.population, 0)).toBe(p.nation.municipalitiesSum);
    }
    // Christiansø: in the country, in no municipality.
    expect(populationAt('2026-01-01')!.nation).toEqual({
      population: 6_025_603,
      municipalitiesSum: 6_025_511,
      outsideMunicipalities: 92,
    });
    expect(populationAt('2025-01-01')!.nation.outsideMunicipalities).toBe(90);
    expect(populationAt('2026-01-01')!.regions.find((r) => r.name === 'Region Hovedstaden')!.population).toBe(
      1_947_120,
    );
  });

  it('carries the figures the data note cross-checked', () => {
    expect(populationOf('101', '2026-01-01')).toBe(671_714);
    expect(populationOf('147', '2026-01-01')).toBe(106_150);
    expect(populationOf('155', '2026-01-01')).toBe(14_474);
    expect(populationOf('751', '2026-01-01')).toBe(378_361);
    expect(populationOf('825', '2026-01-01')).toBe(1_683);
    expect(populationOf('101', '2025-01-01')).toBe(667_099);
    expect(populationOf('461', '2025-01-01')).toBe(210_803);
    // Halsnæs is 260 and Gribskov 270 (the party register had them the other way round).
    expect(populationAt('2026-01-01')!.municipalities.find((m) => m.code === '260')!.name).toBe('Halsnæs');
  });

  it('says where the figures come from', () => {
    expect(populationAt('2026-01-01')!.attribution).toEqual({
      da: 'Kilde: Danmarks Statistik, FOLK1A, 1. januar 2026',
      en: 'Source: Statistics Denmark, FOLK1A, 1 January 2026',
    });
  });

  it('is stored exactly as the population tool writes it', () => {
    const file = readFileSync(join(__dirname, '../../../src/core/population/data/folk1a.ts'), 'utf8');
    expect(renderDataModule(FOLK1A_QUARTERS)).toBe(file);
  });
});
