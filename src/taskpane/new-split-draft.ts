/**
 * The "Ny fordeling" form as data, and what it asks for: the total, the parties, the key (population on
 * a FOLK1A date, equal shares, a fixed percentage key such as 20/41/39, or a key column in the workbook,
 * "Ark1!B2:B30" or "Tabel1[Nøgle]"), the rounding unit and whether the amounts stay live as formulas.
 * Turning it into a split is pure (the workbook's sheets are passed in), so it is tested without the pane.
 */
import { parsePlainDecimal, type Decimal } from '../core/decimal/decimal';
import { text, type Text } from '../core/findings/finding';
import { parseUserAmount } from '../core/money/parse-user-amount';
import { makeNewSplit, type NewSplit, type NewSplitKey } from '../core/population/new-split';
import { latestPopulationDate } from '../core/population/register';
import { selectParties } from '../core/population/select-parties';
import { namesForSheetKey, readSheetKey } from '../core/population/sheet-key';
import type { SheetGrid } from '../core/grid/grid';

export type NewSplitKeyChoice = 'population' | 'equal' | 'percent' | 'sheet';

export interface NewSplitDraft {
  readonly total: string;
  readonly parties: string;
  readonly key: NewSplitKeyChoice;
  /** The percentages of a fixed key, "20/41/39". */
  readonly percentages: string;
  /** The key column in the workbook, "Ark1!B2:B30" or "Tabel1[Nøgle]"; the names beside it are the parties. */
  readonly keyRange: string;
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
    keyRange: '',
    date: latestPopulationDate(),
    unit: '100',
    live: true,
  };
}

export type NewSplitRequest = { ok: true; split: NewSplit } | { ok: false; problems: Text[] };

/** The workbook a key column is read from: its sheets, and the sheet a range without a sheet name means. */
export interface DraftWorkbook {
  readonly sheets: readonly SheetGrid[];
  readonly activeSheet: string | null;
}

export function splitOfDraft(d: NewSplitDraft, book?: DraftWorkbook): NewSplitRequest {
  const total = parseUserAmount(d.total);
  if (total === null || total <= 0n) {
    return {
      ok: false,
      problems: [
        text('Skriv beløbet, der skal fordeles, fx 750.000.', 'Enter the amount to split, e.g. 750,000.'),
      ],
    };
  }
  if (d.key === 'sheet') return splitBySheetKey(d, total, book);
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

/**
 * A split by a key column in the workbook. The names beside the key are the parties; the parties field
 * counts only when the column stands alone, or must then agree with the names.
 */
function splitBySheetKey(d: NewSplitDraft, total: bigint, book: DraftWorkbook | undefined): NewSplitRequest {
  if (d.keyRange.trim() === '') {
    return {
      ok: false,
      problems: [
        text(
          'Markér nøglekolonnen og tryk »Brug markeringen«, eller skriv området, fx Ark1!B2:B30.',
          'Select the key column and press "Use the selection", or type the range, e.g. Sheet1!B2:B30.',
        ),
      ],
    };
  }
  if (!book) {
    return {
      ok: false,
      problems: [text('Arbejdsbogen kunne ikke læses.', 'The workbook could not be read.')],
    };
  }
  const read = readSheetKey(book.sheets, d.keyRange, book.activeSheet);
  if (!read.ok) return read;
  const k = read.key;
  const names = namesForSheetKey(k, k.names ? null : [d.parties]);
  if (!names.ok) return names;
  const parties = selectParties(names.names, true);
  if (!parties.ok) return parties;
  const key: NewSplitKey = {
    kind: 'weights',
    weights: k.weights,
    percent: false,
    ...(k.header ? { header: text(k.header, k.header) } : {}),
    source: text(`Nøgle: ${k.where}`, `Key: ${k.where}`),
  };
  return makeNewSplit(total, parties.parties, key, BigInt(d.unit));
}
