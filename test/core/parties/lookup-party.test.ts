/** One lookup per name gives what matchParty and partyKey give apart, for every kind of name. */
import { lookupParty, matchParty, partyKey } from '../../../src/core/parties/match-party';
import { createPartyLookup } from '../../../src/core/parties/party-lookup';

const NAMES = [
  'Københavns Kommune',
  'Kbh.',
  'Hoeje-Taastrup',
  'Høje Tåstrup',
  'Region H',
  'Capital Region of Denmark',
  'Aarhus',
  'Århus Kommune',
  'Odense Kommne',
  'Hjorring',
  'Forening 12',
  '  Nordfyns  Kommune ',
  'The Capital Region',
  'Region',
  '',
  'Bornholms Regionskommune',
];

describe('lookupParty', () => {
  it.each(NAMES)('%j: the match and key matchParty and partyKey give', (name) => {
    const { match, key } = lookupParty(name);
    expect(match).toEqual(matchParty(name));
    expect(key).toBe(partyKey(name));
  });

  it('answers each name of a check once, the same every time it is asked', () => {
    const lookup = createPartyLookup();
    for (const name of [...NAMES, ...NAMES]) {
      expect(lookup.match(name)).toEqual(matchParty(name));
      expect(lookup.key(name)).toBe(partyKey(name));
    }
  });
});
