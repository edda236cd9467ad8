import { PARTIES, partyByCode } from '../../../src/core/parties/register';

describe('register of Danish municipalities and regions', () => {
  const kommuner = PARTIES.filter((p) => p.kind === 'kommune');
  const regions = PARTIES.filter((p) => p.kind === 'region');

  it('has 98 municipalities and 5 regions with unique codes and names', () => {
    expect(kommuner).toHaveLength(98);
    expect(regions.map((r) => `${r.code} ${r.name}`)).toEqual([
      '1081 Region Nordjylland',
      '1082 Region Midtjylland',
      '1083 Region Syddanmark',
      '1084 Region Hovedstaden',
      '1085 Region Sjælland',
    ]);
    expect(new Set(PARTIES.map((p) => p.code)).size).toBe(103);
    expect(new Set(PARTIES.map((p) => p.name)).size).toBe(103);
    for (const k of kommuner) expect(k.code).toMatch(/^\d{3}$/);
  });

  it('puts every municipality in a region, with the known counts per region', () => {
    const count = (region: string): number => kommuner.filter((k) => k.region === region).length;
    expect(count('Region Hovedstaden')).toBe(29);
    expect(count('Region Sjælland')).toBe(17);
    expect(count('Region Syddanmark')).toBe(22);
    expect(count('Region Midtjylland')).toBe(19);
    expect(count('Region Nordjylland')).toBe(11);
  });

  it('lists the 29 municipalities of Region Hovedstaden', () => {
    const names = kommuner
      .filter((k) => k.region === 'Region Hovedstaden')
      .map((k) => k.name)
      .sort((a, b) => a.localeCompare(b, 'da'));
    expect(names).toEqual(
      [
        'Albertslund',
        'Allerød',
        'Ballerup',
        'Bornholm',
        'Brøndby',
        'Dragør',
        'Egedal',
        'Fredensborg',
        'Frederiksberg',
        'Frederikssund',
        'Furesø',
        'Gentofte',
        'Gladsaxe',
        'Glostrup',
        'Gribskov',
        'Halsnæs',
        'Helsingør',
        'Herlev',
        'Hillerød',
        'Hvidovre',
        'Høje-Taastrup',
        'Hørsholm',
        'Ishøj',
        'København',
        'Lyngby-Taarbæk',
        'Rudersdal',
        'Rødovre',
        'Tårnby',
        'Vallensbæk',
      ].sort((a, b) => a.localeCompare(b, 'da')),
    );
  });

  it('has the official codes', () => {
    const byName = (code: string): string | undefined => partyByCode(code)?.name;
    expect(byName('101')).toBe('København');
    expect(byName('147')).toBe('Frederiksberg');
    expect(byName('400')).toBe('Bornholm');
    expect(byName('851')).toBe('Aalborg');
    expect(byName('751')).toBe('Aarhus');
    expect(byName('461')).toBe('Odense');
    expect(byName('480')).toBe('Nordfyns');
    expect(byName('820')).toBe('Vesthimmerlands');
    expect(byName('492')).toBe('Ærø');
    expect(byName('860')).toBe('Hjørring');
    expect(partyByCode('851')?.region).toBe('Region Nordjylland');
    expect(partyByCode('630')?.region).toBe('Region Syddanmark');
    expect(partyByCode('259')?.region).toBe('Region Sjælland');
    expect(partyByCode('791')?.region).toBe('Region Midtjylland');
  });
});
