/**
 * How Fordel understood a table: which rows and columns play which part. The reader produces it
 * from a grid; the user may correct it; the check turns it into rule inputs. All positions are
 * absolute 0-based sheet rows and columns.
 */
import type { Decimal } from '../decimal/decimal';
import type { Text } from '../findings/finding';
import type { RangePos } from '../grid/a1';
import type { CountUnit } from '../money/format';

export type TableKind = 'cofinancing' | 'apportionment' | 'kpi' | 'budget';

export type LayoutSource = 'detected' | 'excel-table' | 'override';

interface LayoutBase {
  /** Stable across runs while the table stays where it is: "<sheet>!<top-left A1>". */
  readonly id: string;
  readonly kind: TableKind;
  readonly sheet: string;
  /** Whole table: title excluded, header and total rows included. */
  readonly range: RangePos;
  readonly headerRow: number;
  readonly title?: string;
  readonly source: LayoutSource;
  /** Name of the Excel Table (ListObject) it came from, if any. */
  readonly excelTable?: string;
  /** Amounts in thousands (1.000) or millions of kroner, as the title, header or notes say ("t.kr."). */
  readonly amountScale?: number;
  /** Price level stated in title or notes ("2020-tal", "oktober 2024-niveau"). */
  readonly priceLevel?: string;
  /** Why the reader decided what it did, by decision ('total-row', 'key-col', 'periods' ...), for the reading. */
  readonly because?: Readonly<Record<string, Text>>;
  /** Rules the sheet states for this table ("krone-til-krone", "egenfinansiering på minimum 50 pct."). */
  readonly statedRules?: StatedRules;
  /**
   * Why the reader cannot tell how to read the table (both axes hold periods ...): the table then gets
   * a reading-unsure finding and no verdict, and its rules are not run.
   */
  readonly unsure?: readonly Text[];
  /** How clearly this reading beat the next best one, when the reader weighed several. */
  readonly confidence?: ReadingConfidence;
}

/**
 * The score of the chosen reading and its margin over the runner-up: the evidence each explains (sum
 * relations, shares summing to 100, names in the register ...). A small margin makes the reading unsure.
 */
export interface ReadingConfidence {
  readonly score: number;
  /** Score minus the runner-up's; null when no other reading was plausible. */
  readonly margin: number | null;
  /** The runner-up reading in the user's words ("en fordeling med række 12 som total"). */
  readonly rival?: Text;
  /** The evidence behind the chosen reading, strongest first. */
  readonly evidence: readonly Text[];
}

export interface StatedRules {
  /** Minimum own share in percent. */
  readonly minOwnShare?: Decimal;
  /** Matching ratio (1 = krone-til-krone). */
  readonly matchingRatio?: Decimal;
  /** The words in the sheet that state them. */
  readonly words: string;
  /**
   * The scheme the sheet names, when the minimum own share comes from it rather than from a stated number
   * ("Kulturregionens egenfinansiering": the culture pool's 50 %): its name and the sheet's words.
   */
  readonly scheme?: { readonly name: string; readonly named: string };
}

/** Who pays: decides the own-share and matching rules. 'area' rows are focus areas of a breakdown. */
export type SourceType =
  'own' | 'state' | 'eu' | 'municipal' | 'regional' | 'private' | 'partner' | 'area' | 'other';

export interface CofinancingLayout extends LayoutBase {
  readonly kind: 'cofinancing';
  readonly labelCol: number;
  readonly periodCols: readonly { readonly col: number; readonly label: string }[];
  readonly totalCol: number | null;
  readonly sourceRows: readonly { readonly row: number; readonly label: string; readonly type: SourceType }[];
  readonly totalRow: number | null;
  /** A second total of the same parts (a total first and a total last), checked against them as well. */
  readonly otherTotalRows?: readonly number[];
  /** Subtotals between the sources ("Kommuner i alt"), each checked against the source rows it sums. */
  readonly subtotalRows?: readonly { readonly row: number; readonly parts: readonly number[] }[];
  /** Breakdown rows ("heraf kontant") under the row they are part of: neither sources nor counted in a total. */
  readonly breakdownRows?: readonly { readonly row: number; readonly parent: number }[];
  /** Lines of words between the sources that head or remark on them: no sources. */
  readonly noteRows?: readonly number[];
  /**
   * A year's total between its quarters and the next year's ("I alt 2026"): neither a period nor the total
   * column, checked on every line against the period columns (sheet columns) it sums.
   */
  readonly periodSubtotalCols?: readonly { readonly col: number; readonly parts: readonly number[] }[];
  /**
   * 'rows' when the periods run down the rows and the sources across (a transposed table). Then the
   * positions above keep their meaning along the table's own axes, with rows and columns swapped:
   * periodCols[].col and totalCol are sheet rows (the period rows and the total row), sourceRows[].row and
   * totalRow are sheet columns (the source columns and the "I alt" column), labelCol is the sheet row of
   * the source labels (the header row) and periodLabelCol the sheet column of the period labels.
   * tables/cofinancing-axes.ts turns them into cells.
   */
  readonly orientation?: 'columns' | 'rows';
  readonly periodLabelCol?: number;
  /**
   * A financing plan's share column beside its one amount column ("Kilde | Andel | Beløb"): each share is
   * checked against its amount over the total.
   */
  readonly shareCol?: number;
}

/** An amount the sheet states in words: the total to split, or kroner per unit of the key ("pr. indbygger"). */
export interface StatedTotal {
  readonly kind: 'total' | 'rate';
  readonly oere: bigint;
  /** The words in the sheet, for the reading. */
  readonly words: string;
}

/** What the key column holds: head counts (or any weights), or shares in percent. */
export type KeyKind = 'population' | 'percent';

export interface ApportionmentLayout extends LayoutBase {
  readonly kind: 'apportionment';
  readonly partyCol: number;
  readonly keyCol: number | null;
  readonly keyKind: KeyKind;
  /** Second key column when both population and percent are shown. */
  readonly shareCol?: number | null;
  readonly amountCol: number | null;
  /** The amounts are a count (a target or places split by the key), not kroner: its word, '' if unnamed. */
  readonly countUnit?: CountUnit;
  /** More amount columns split by the same key (one per year): each is checked as a split of its own. */
  readonly moreAmountCols?: readonly number[];
  /** The percent column (the key, or the printed shares) holds fractions of one: 0,346 is 34,6 %. */
  readonly sharesAsFractions?: boolean;
  readonly dataRows: readonly number[];
  /** Row whose label is "I alt", "Total" or the region, and whose share says 100. */
  readonly totalRow: number | null;
  /** Other total rows (the region's row first and "I alt" last): not parties, and checked against the parts. */
  readonly otherTotalRows?: readonly number[];
  /** A total or rate per inhabitant stated in words near the table (title, a line above, a note). */
  readonly statedTotal?: StatedTotal;
  /** Subtotals per group of parties (under or over the group): not parties, each checked against its parts. */
  readonly subtotalRows?: readonly { readonly row: number; readonly parts: readonly number[] }[];
  /** Lines of words among the parties that head or remark on them ("Nye deltagere fra 2026:"): no parties. */
  readonly noteRows?: readonly number[];
  /**
   * 'across' when the parties run across the columns and the key and amounts are rows ("Andel (%)",
   * "Beløb (kr.)"). Then the positions above keep their meaning along the table's own axes, with rows and
   * columns swapped: partyCol, keyCol, shareCol and amountCol are sheet rows, dataRows, totalRow,
   * otherTotalRows and the subtotals are sheet columns, and headerCol is the sheet column of the line names
   * (absent when no column names them: the table then starts at its first party).
   * kinds/split/axes.ts turns them into cells.
   */
  readonly orientation?: 'down' | 'across';
  readonly headerCol?: number;
}

export interface KpiColumns {
  readonly target: number;
  readonly unit?: number;
  readonly baseline?: number;
  readonly baselineYear?: number;
  readonly targetValue: number;
  readonly actual?: number;
  readonly deadline?: number;
  readonly method?: number;
  /** "højere er bedre" / "lavere er bedre". */
  readonly direction?: number;
  /** Target type as text: niveau / ændring / procentpoint. */
  readonly type?: number;
  readonly control?: number;
}

export interface KpiLayout extends LayoutBase {
  readonly kind: 'kpi';
  readonly columns: KpiColumns;
  readonly dataRows: readonly number[];
  /**
   * Results per year across the columns ("2024 | 2025 | 2026" beside "2027-mål"): in each row the latest year
   * filled is the result and the first the baseline, of that year.
   */
  readonly series?: readonly { readonly col: number; readonly year: number }[];
  /** The year in the target's heading ("2027-mål"): the deadline (31 December) when no column gives one. */
  readonly targetYear?: number;
}

/**
 * What a budget column holds, as Danish budgets name them: accounts (Regnskab, R 2024), the original and
 * corrected budget, supplementary appropriations, the proposal (Forslag, F 2026), the estimates for later
 * years (Budgetoverslag, BO1), spending so far (Forbrug), the expected outcome, and the deviation.
 */
export type BudgetColumnRole =
  | 'accounts'
  | 'budget'
  | 'original'
  | 'supplementary'
  | 'corrected'
  | 'proposal'
  | 'estimate'
  | 'spent'
  | 'expected'
  | 'deviation'
  | 'deviation-pct'
  | 'amount';

export interface BudgetColumn {
  readonly col: number;
  readonly label: string;
  readonly role: BudgetColumnRole;
  /**
   * A column whose heading names no role, read by its numbers: on its lines it is the sheet column `from`
   * plus or minus the sheet column `and` ("Rest" = Korrigeret budget - Forbrug).
   */
  readonly derived?: { readonly from: number; readonly op: '+' | '-'; readonly and: number };
}

/** One account line; `parent` is the sheet row of the line it is a part of (null at the top). */
export interface BudgetLine {
  readonly row: number;
  readonly code: string | null;
  readonly label: string;
  readonly parent: number | null;
  /** A "heraf" line: part of its parent, not counted in the parent's sum. */
  readonly breakdown?: boolean;
  /** A line labelled as a total ("I alt", "Udgifter i alt"). */
  readonly total?: boolean;
  /** A key figure (an average, a rate, an index): it does not add up with the other lines. */
  readonly statistic?: boolean;
}

export interface BudgetLayout extends LayoutBase {
  readonly kind: 'budget';
  readonly labelCol: number;
  /** A column of account codes of its own, when the codes are not written in the labels. */
  readonly codeCol: number | null;
  readonly columns: readonly BudgetColumn[];
  readonly lines: readonly BudgetLine[];
  /**
   * How the parent of each line was found: by account codes, by the rows' outline levels, by the labels'
   * indentation (each confirmed by the sums), by "i alt" rows confirmed by sums, or none.
   */
  readonly hierarchy: 'codes' | 'outline' | 'indent' | 'sums' | 'flat';
}

export type TableLayout = CofinancingLayout | ApportionmentLayout | KpiLayout | BudgetLayout;

/**
 * A user's correction, stored in the workbook so the add-in and the command line read the same.
 * It names the range and kind and any column roles the user fixed; the reader fills in the rest.
 */
export interface LayoutOverride {
  readonly sheet: string;
  /** A1 range of the table. */
  readonly range: string;
  /** 'ignore' tells Fordel to leave the range alone. */
  readonly kind: TableKind | 'ignore';
  /** Column roles by header text or A1 column letter, e.g. { party: 'A', key: 'C', amount: 'D' }. */
  readonly columns?: Readonly<Record<string, string>>;
  readonly headerRow?: number;
  readonly totalRow?: number | null;
  /**
   * A co-financing table with the periods down the rows: then `columns.periods` is the column of period
   * labels, `columns.sources` the source columns, `columns.total` the "I alt" column, and `totalRow` the
   * sheet row of the total row.
   *
   * 'across' for a split laid out across (parties as columns): then `columns.party`, `.key`, `.share` and
   * `.amount` are the rows of the party names, the key, the printed shares and the amounts, by their number
   * as the user sees it ("3") or their name in the column of line names (`columns.names`, a letter; the
   * first column with text when not given); `headerRow` is the row of party names when `columns.party` is
   * not given; `totalRow` and `subtotalRows` are sheet columns (0-based), as in the layout.
   */
  readonly orientation?: 'columns' | 'rows' | 'across';
  /** The amounts' unit when the user says so: 1 (kroner), 1.000 (t.kr.) or 1.000.000 (mio. kr.). */
  readonly amountScale?: number;
  /** A co-financing table's minimum own share in percent ("50", "47.5"), when the user states it. */
  readonly minOwnShare?: string;
  /**
   * Sheet rows that are subtotals of their group; when given, the only ones (reader/override-rows.ts). With
   * orientation 'rows' the sources are columns, and these (and breakdownRows) are sheet columns.
   */
  readonly subtotalRows?: readonly number[];
  /** A co-financing table's breakdown rows ("heraf ..."), part of the source above; when given, the only ones. */
  readonly breakdownRows?: readonly number[];
  /** A split's total to distribute in plain kroner ("6000000"), when the user states it. */
  readonly statedTotal?: string;
}
