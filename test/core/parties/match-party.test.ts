import { matchParty, normalizePartyName, partyKey } from '../../../src/core/parties/match-party';
import { PARTIES } from '../../../src/core/parties/register';

const code = (name: string): string | undefined => matchParty(name)?.party.code;

describe('normalizePartyName', () => {
  it('folds case, Danish letters, hyphens and the kind words', () => {
    expect(normalizePartyName('  Høje-Taastrup   Kommune ')).toBe('hoeje taastrup');
    expect(normalizePartyName('Høje Tåstrup')).toBe('hoeje taastrup');
    expect(normalizePartyName('Bornholms Regionskommune')).toBe('bornholms');
    expect(normalizePartyName('Region Hovedstaden')).toBe('hovedstaden');
    expect(normalizePartyName('Kbh.')).toBe('kbh');
    expect(normalizePartyName('Copenhagen Municipality')).toBe('copenhagen');
    expect(normalizePartyName('Ærø')).toBe('aeroe');
  });
});

describe('matchParty', () => {
  it('matches every official name exactly, case aside', () => {
    for (const p of PARTIES) {
      expect(matchParty(p.name)).toEqual({ party: p, exact: true });
      expect(matchParty(p.name.toUpperCase())?.exact).toBe(true);
    }
  });

  it.each([
    ['Københavns Kommune', '101'],
    ['Kbh.', '101'],
    ['Copenhagen', '101'],
    ['København K', undefined],
    ['Høje Tåstrup', '169'],
    ['Høje-Taastrup Kommune', '169'],
    ['Hoeje-Taastrup', '169'],
    ['Bornholms Regionskommune', '400'],
    ['Aarhus', '751'],
    ['Århus', '751'],
    ['Lyngby-Taarbæk', '173'],
    ['Lyngby', '173'],
    ['Ishøj', '183'],
    ['Ishoej', '183'],
    ['Ishoj', '183'],
    ['Region H', '1084'],
    ['Region Hovedstaden', '1084'],
    ['Capital Region of Denmark', '1084'],
    ['Region Sjaelland', '1085'],
    ['Region Midt', '1082'],
    ['Brønderslev', '810'],
    ['Bronderslev', '810'],
    ['Nordfyns', '480'],
    ['Nordfyn', '480'],
    ['Nordfyns Kommune', '480'],
    ['Faaborg-Midtfyn', '430'],
    ['Fåborg', '430'],
    ['Ringkøbing-Skjern', '760'],
    ['Ringkobing Skjern', '760'],
    ['Ikast-Brande', '756'],
    ['Hjørring', '860'],
    ['Hjoerring', '860'],
    ['Vesthimmerland', '820'],
    ['Aabenraa', '580'],
    ['Åbenrå', '580'],
    ['Tårnby', '185'],
    ['Taarnby', '185'],
  ])('%s -> %s', (name, expected) => {
    expect(code(name)).toBe(expected);
  });

  it('marks alternative spellings as not exact', () => {
    expect(matchParty('Københavns Kommune')?.exact).toBe(false);
    expect(matchParty('Høje Tåstrup')?.exact).toBe(false);
    expect(matchParty('  høje-taastrup ')?.exact).toBe(true);
  });

  it('accepts one typo in a longer name, not in a short one, and never guesses between two', () => {
    expect(matchParty('Gentofe')).toEqual({ party: expect.objectContaining({ code: '157' }), exact: false });
    expect(code('Glostrupp')).toBe('161');
    expect(matchParty('Gentofe', { fuzzy: false })).toBeNull();
    expect(code('Fax')).toBeUndefined();
    expect(code('Ungeområdet')).toBeUndefined();
    expect(code('I alt')).toBeUndefined();
    expect(code('')).toBeUndefined();
    expect(code('   ')).toBeUndefined();
  });

  it("reads the municipality code before the name, as Statistikbanken writes it, when it is that party's", () => {
    expect(matchParty('101 København')).toEqual({
      party: expect.objectContaining({ code: '101' }),
      exact: false,
    });
    expect(code('787 Thisted')).toBe('787');
    expect(code('400 Bornholms Regionskommune')).toBe('400');
    expect(code('101 Thisted')).toBeUndefined();
    expect(code('2 Thisted')).toBeUndefined();
  });
});

describe('partyKey', () => {
  it('gives two spellings of one party the same key', () => {
    expect(partyKey('Høje-Taastrup')).toBe(partyKey('Høje Tåstrup'));
    expect(partyKey('København')).toBe(partyKey('Københavns Kommune'));
    expect(partyKey('Bornholm')).toBe(partyKey('Bornholms Regionskommune'));
    expect(partyKey('København')).toBe('101');
  });

  it('falls back to the normalized name for unknown parties', () => {
    expect(partyKey('Universiteterne ')).toBe('universiteterne');
    expect(partyKey('Aalborg Universitet')).toBe('aalborg universitet');
  });
});
