/**
 * Who pays, from the row label of a co-financing table. The order of the tests matters:
 * "Regionens egenfinansiering" is own money, "EU-tilskud" is EU money, "Puljen til regional
 * udvikling" is a state pool.
 */
import { matchParty } from '../../parties/match-party';
import type { SourceType } from '../../tables/layout';
import { isTotalLabel, normalizeLabel } from '../../reader/labels';

const OWN =
  /egen ?finansiering|egen ?medfinansiering|egenandel|egne midler|egenkapital|\bown (?:funding|financing|contribution|share|funds)|self[- ]financ|co-?financing by the applicant/;

const RULES: readonly [Exclude<SourceType, 'area' | 'other'>, RegExp][] = [
  ['own', OWN],
  [
    'state',
    /\b(?:staten|statens|statslig|statslige|statsligt)\b|\bpuljen? til\b|\bstate (?:grant|funding|pool)\b/,
  ],
  [
    'eu',
    /\beu\b|\beu-|interreg|\berdf\b|\besf\+?\b|\befrr\b|socialfond|regionalfond|european|horizon europe|erasmus|creative europe|\bfeder\b|\beaffl?\b|\bjtf\b/,
  ],
  ['municipal', /\bkommun(?:al|ale|alt|e|en|ens|er|erne|ernes)\b|\bmunicipal/],
  ['regional', /\bregion(?:al|ale|alt|en|ens|er|erne|ernes)?\b|\bregional/],
  [
    'private',
    /privat|\bfond(?:e|en|ens|ene|ation)?\b|\bfonds|foundation|sponsor|erhvervsliv|virksomhed|\bprivate\b|donation|\bcompan(?:y|ies)/,
  ],
  ['partner', /partner/],
  [
    'state',
    /\bstat\b|statstilskud|bevilling|\btilskud\b|\bpulje|ministeri|\bstyrelse|\bgovernment|\bgrant\b|\bnational/,
  ],
];

/**
 * The source type of a row label. Labels that name no funding source give 'other'; the reader
 * turns them into 'area' when the table is a breakdown by focus area.
 */
export function classifySource(label: string): SourceType {
  if (typeof label !== 'string') return 'other';
  const text = normalizeLabel(label);
  if (text === '' || isTotalLabel(label)) return 'other';
  for (const [type, pattern] of RULES) if (pattern.test(text)) return type;
  // A row named after a municipality or region is that body's contribution.
  const party = matchParty(label, { fuzzy: false });
  if (party) return party.party.kind === 'kommune' ? 'municipal' : 'regional';
  return 'other';
}

/** classifySource(label) === 'own', without looking further when it is not. */
function isOwnSource(label: string): boolean {
  if (typeof label !== 'string') return false;
  const text = normalizeLabel(label);
  return text !== '' && !isTotalLabel(label) && OWN.test(text);
}

/** True for source types that are real funding sources (not areas, not unknown labels). */
export function isFundingSource(type: SourceType): boolean {
  return type !== 'area' && type !== 'other';
}

/**
 * Lines that name sources of financing rather than parties to a split: own financing beside at least one
 * other source, and sources on at least half the named lines ("Egenfinansiering", "Statens pulje",
 * "Fonden"). A financing plan with shares ("Kilde | Andel | Beløb") is such a list: its shares follow from
 * its amounts, no key splits a cost between those lines. A split between bodies never has own financing.
 */
export function namesFinancingSources(labels: readonly string[]): boolean {
  const named = labels.filter((l) => l.trim() !== '' && !isTotalLabel(l));
  // Without own financing it is no such list, and own financing is the first thing classifySource tries:
  // a long list of parties is told by that alone, without a party lookup per name.
  if (!named.some(isOwnSource)) return false;
  const types = named.map(classifySource);
  const own = types.filter((t) => t === 'own').length;
  const others = types.filter((t) => t !== 'own' && isFundingSource(t)).length;
  return own > 0 && others > 0 && (own + others) * 2 >= named.length;
}
