/**
 * What the co-financing rules need from a table: amounts in øre per period, each with its cell, so
 * every finding can point at the cell a person has to look at. Readers build it; rules never see a grid.
 */
import type { Decimal } from '../../../decimal/decimal';
import type { CellAmount } from '../../../money/amount';
import type { SourceType } from '../../../tables/layout';

export interface CofinancingRowInput {
  label: string;
  labelCell: string;
  type: SourceType;
  /** Per period, øre; null = empty or unreadable (already reported by the reader). */
  amounts: (CellAmount | null)[];
  /** Per period, true where the amount cell is empty: nothing paid that period, where shares are concerned. */
  blank?: boolean[];
  /** The row's own total column cell, if the table has one. */
  total: CellAmount | null;
}

export interface CofinancingInput {
  /**
   * No line is own financing and the sheet states matching: the first source's contribution is what the
   * others match ("Kommunen medfinansierer krone-til-krone"). Its label; the rules then read the others'
   * money as the matching side and say so in those words.
   */
  matched?: string;
  sheet: string;
  /** A1 of the table. */
  range: string;
  title?: string;
  periods: { label: string; cell: string }[];
  /** Sources or focus areas, not the total row. */
  rows: CofinancingRowInput[];
  totalRow: { labelCell: string; amounts: (CellAmount | null)[]; total: CellAmount | null } | null;
  /** The periods run down the sheet's rows and the sources across its columns (messages say "kolonne"). */
  periodsDownRows?: boolean;
}

export interface CofinancingRules {
  /** Minimum own share in percent; default 50 (the state culture pool). */
  minOwnShare?: Decimal;
  /** Own >= ratio x the others' co-financing, per period and overall (1 = krone-til-krone); null = off. */
  matchingRatio?: Decimal | null;
}
