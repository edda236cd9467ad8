/**
 * Who shares a new split: "alle" (the 98 municipalities), one region's name (its municipalities), or a
 * list of names (municipalities, regions, or anything else when the key is not population). Names are
 * matched through the party register, so "Københavns Kommune" and "Høje Tåstrup" are found; a name
 * given twice, or nothing at all, is a problem that says so.
 */
import { text, type Text } from '../findings/text';
import { matchParty } from '../parties/match-party';
import { PARTIES } from '../parties/register';
import { municipalitiesOf } from './register';

export interface SplitParty {
  /** The register's name, or the name as given when it is no Danish public party. */
  readonly name: string;
  readonly code?: string;
  readonly kind?: 'kommune' | 'region';
}

export type PartySelection = { ok: true; parties: SplitParty[] } | { ok: false; problems: Text[] };

const ALL = /^(alle|alle kommuner|hele landet|all|all municipalities)$/i;

function municipalities(codes: readonly string[]): SplitParty[] {
  return codes.map((code) => {
    const p = PARTIES.find((x) => x.code === code)!;
    return { name: p.name, code, kind: 'kommune' };
  });
}

/**
 * `names` is what the user gave: one entry ("alle", "Region Hovedstaden", "København, Dragør") or one
 * entry per line of a file. Unknown names are kept when `allowUnknown` (an equal or fixed key).
 */
export function selectParties(names: readonly string[], allowUnknown: boolean): PartySelection {
  const entries = names
    .flatMap((n) => (names.length === 1 ? n.split(/[,;\n]/) : [n]))
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (entries.length === 0) {
    return {
      ok: false,
      problems: [text('Der er ingen parter at fordele mellem.', 'There are no parties to split between.')],
    };
  }
  if (entries.length === 1 && ALL.test(entries[0])) {
    return {
      ok: true,
      parties: municipalities(PARTIES.filter((p) => p.kind === 'kommune').map((p) => p.code)),
    };
  }
  if (entries.length === 1) {
    const m = matchParty(entries[0]);
    if (m?.party.kind === 'region')
      return { ok: true, parties: municipalities(municipalitiesOf(m.party.name)) };
  }
  const problems: Text[] = [];
  const parties: SplitParty[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const m = matchParty(entry);
    const key = m ? m.party.code : entry.toLowerCase();
    const before = seen.get(key);
    if (before !== undefined) {
      problems.push(
        text(
          `»${entry}« er den samme part som »${before}«; en part kan kun stå der én gang.`,
          `"${entry}" is the same party as "${before}"; a party can be listed only once.`,
        ),
      );
      continue;
    }
    seen.set(key, entry);
    if (m) parties.push({ name: m.party.name, code: m.party.code, kind: m.party.kind });
    else if (allowUnknown) parties.push({ name: entry });
    else {
      problems.push(
        text(
          `»${entry}« er ikke en dansk kommune eller region, så den har intet folketal.`,
          `"${entry}" is not a Danish municipality or region, so it has no population figure.`,
        ),
      );
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, parties };
}
