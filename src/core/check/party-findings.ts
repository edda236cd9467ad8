/**
 * Parties that are not Danish municipalities or regions: an info finding, since a university or a
 * company can legitimately take part. Duplicates are the re-check's business.
 */
import type { RecheckRow } from '../apportion/recheck';
import type { Finding } from '../findings/finding';
import { text } from '../findings/finding';
import { finding } from '../findings/make';
import { matchParty } from '../parties/match-party';

export function partyFindings(sheet: string, rows: readonly RecheckRow[]): Finding[] {
  const out: Finding[] = [];
  for (const row of rows) {
    if (!row.party) continue;
    if (!matchParty(row.party)) {
      out.push(
        finding(
          'unknown-party',
          sheet,
          row.partyCell,
          text(
            `"${row.party}" er ikke en dansk kommune eller region.`,
            `"${row.party}" is not a Danish municipality or region.`,
          ),
        ),
      );
    }
  }
  return out;
}
