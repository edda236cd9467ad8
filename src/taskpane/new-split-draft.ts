/**
 * The "Ny fordeling" form as data, and what it asks for: the total, the parties, the key (population on
 * a FOLK1A date, equal shares or a fixed percentage key such as 20/41/39), the rounding unit and whether
 * the amounts stay live as formulas. Turning it into a split is pure, so it is tested without the pane.
 */
import { parsePlainDecimal, type Decimal } from '../core/decimal/decimal';
import { text, type Text } from '../core/findings/finding';
import { parseUserAmount } from '../core/money/parse-user-amount';
import { makeNewSplit, type NewSplit, type NewSplitKey } from '../core/population/new-split';
import { latestPopulationDate } from '../core/population/register';
import { selectParties } from '../core/population/select-parties';

export type NewSplitKeyChoice = 'population' | 'equal' | 'percent';

export interface NewSplitDraft {
  readonly total: string;
  readonly parties: string;
  readonly key: NewSplitKeyChoice;
  /** The percentages of a fixed key, "20/41/39". */
  readonly percentages: string;
  readonly date: string;
  /** The rounding unit in øre: "100" (whole kroner), "1" (øre), "100000" (1.000 kr.). */
  readonly unit: '100' | '1' | '100000';
  readonly live: boolean;
}

export function defaultNewSplitDraft(): NewSplitDraft {
  return {
    total: '',
    parties: 'Region Hovedstaden',
    key: 'population',
    percentages: '',
    date: latestPopulationDate(),
    unit: '100',
    live: true,
  };
}

export type NewSplitRequest = { ok: true; split: NewSplit } | { ok: false; problems: Text[] };

export function splitOfDraft(d: NewSplitDraft): NewSplitRequest {
  const total = parseUserAmount(d.total);
  if (total === null || total <= 0n) {
    return {
      ok: false,
      problems: [
        text('Skriv beløbet, der skal fordeles, fx 750.000.', 'Enter the amount to split, e.g. 750,000.'),
      ],
    };
  }
  let key: NewSplitKey;
  if (d.key === 'population') key = { kind: 'population', date: d.date };
  else if (d.key === 'equal') key = { kind: 'equal' };
  else {
    const parts = d.percentages.split(/[/;]|\s+/).filter((p) => p.trim() !== '');
    const weights = parts.map((p) => parsePlainDecimal(p.trim().replace(',', '.')));
    if (parts.length < 2 || weights.some((w) => w === null)) {
      return {
        ok: false,
        problems: [
          text(
            'Skriv procenterne adskilt af skråstreg, fx 20/41/39.',
            'Enter the percentages separated by slashes, e.g. 20/41/39.',
          ),
        ],
      };
    }
    key = { kind: 'weights', weights: weights as Decimal[], percent: true };
  }
  const parties = selectParties([d.parties], d.key !== 'population');
  if (!parties.ok) return parties;
  return makeNewSplit(total, parties.parties, key, BigInt(d.unit));
}
