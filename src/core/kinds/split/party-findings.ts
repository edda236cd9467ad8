/**
 * Parties that are not Danish municipalities or regions: an info finding, since a university or a
 * company can legitimately take part. A generic body ("Kommunen", "Regionen", "Staten") gets none. A table of many such parties (companies, schools) gets one
 * finding for the column instead of one per row, so the findings list stays readable.
 */
import type { RecheckRow } from '../../apportion/recheck';
import type { Finding } from '../../findings/finding';
import { text } from '../../findings/finding';
import { finding } from '../../findings/make';
import { formatNumber } from '../../money/format';
import { quote } from '../../numbers/number-messages';
import type { PartyLookup } from '../../parties/party-lookup';
import { isGenericParty } from '../../parties/generic';

/** Above this many unknown parties in one table, they are reported together. */
export const UNKNOWN_PARTY_LIMIT = 10;

export function partyFindings(sheet: string, rows: readonly RecheckRow[], parties: PartyLookup): Finding[] {
  // "Kommunen", "Staten", "Fonden": a party named by what it is, not a misspelt municipality.
  const unknown = rows.filter((row) => row.party && !parties.match(row.party) && !isGenericParty(row.party));
  if (unknown.length > UNKNOWN_PARTY_LIMIT) {
    const range = `${unknown[0].partyCell}:${unknown[unknown.length - 1].partyCell}`;
    const examples = (lang: 'da' | 'en') =>
      unknown
        .slice(0, 3)
        .map((r) => quote(r.party, lang))
        .join(', ');
    const count = (lang: 'da' | 'en') => formatNumber({ digits: BigInt(unknown.length), scale: 0 }, lang);
    return [
      finding(
        'unknown-party',
        sheet,
        range,
        text(
          `${count('da')} parter er ikke danske kommuner eller regioner, fx ${examples('da')}.`,
          `${count('en')} parties are not Danish municipalities or regions, e.g. ${examples('en')}.`,
        ),
      ),
    ];
  }
  return unknown.map((row) =>
    finding(
      'unknown-party',
      sheet,
      row.partyCell,
      text(
        `${quote(row.party)} er ikke en dansk kommune eller region.`,
        `${quote(row.party, 'en')} is not a Danish municipality or region.`,
      ),
    ),
  );
}
