/**
 * Parties named by what they are, not which one: "Kommunen", "Regionerne", "Staten", "Fonden", "EU". A
 * split or a financing plan between them is common ("Kommunen 65 %, Regionen 35 %"), and such a name is a
 * party in its own right, not a misspelt municipality: it gets no unknown-party info.
 */
import { normalizeLabel } from '../reader/labels';

/** The bodies, in the forms a sheet names them (singular and plural, definite), folded as normalizeLabel does. */
const GENERIC_PARTY =
  /^(?:(?:de |den |det )?(?:deltagende |oevrige |andre )?(?:kommunen|kommunerne|kommuner|regionen|regionerne|regioner|staten|fonden|fondene|fonde|private fonde|universitetet|universiteterne|universiteter|virksomheden|virksomhederne|erhvervslivet|ministeriet|styrelsen|puljen|eu|private|private aktoerer|partnerne|partnere|oevrige|andre))$/;

/** True for a generic body's name, with or without a note in brackets ("Staten (puljen)"). */
export function isGenericParty(name: string): boolean {
  const plain = normalizeLabel(name.replace(/\([^)]*\)/g, ' '))
    .replace(/[.:;,]+$/, '')
    .trim();
  return GENERIC_PARTY.test(plain);
}
