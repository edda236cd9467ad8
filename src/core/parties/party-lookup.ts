/**
 * One name lookup per distinct party name in a check: the duplicate rule and the unknown-party rule
 * both need it, and normalizing a name is the costly part on tables of 100.000 rows.
 */
import { lookupParty } from './match-party';
import type { Party } from './register';

export interface PartyLookup {
  match(name: string): { party: Party; exact: boolean } | null;
  /** The matched party's code, else the normalized name (as partyKey). */
  key(name: string): string;
}

export function createPartyLookup(): PartyLookup {
  const seen = new Map<string, ReturnType<typeof lookupParty>>();
  const entry = (name: string) => {
    let e = seen.get(name);
    if (!e) seen.set(name, (e = lookupParty(name)));
    return e;
  };
  return { match: (name) => entry(name).match, key: (name) => entry(name).key };
}
