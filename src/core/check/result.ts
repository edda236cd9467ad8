import type { Finding, Text } from '../findings/finding';
import type { WritePlan } from '../output/plan';
import type { ReadingConfidence, TableKind, TableLayout } from '../tables/layout';
import type { RuleCode, Severity } from '../findings/catalogue';
import type { UserEdit } from '../output/plan';
import type { Diagnosis } from '../diagnose/diagnosis';
import type { AcceptedItem } from '../output/plan';

/**
 * How Fordel read one table, shown beside its verdict (pane, CLI text, --json, findings sheet), so the
 * user can see what a verdict rests on and correct the reading when it is wrong.
 */
export interface TableReading {
  readonly tableId: string;
  /** The table's title, or its first header when it has none. */
  readonly title: string;
  readonly kind: TableKind;
  /** Each decision with the cells and evidence it came from ("I alt-rækken A34: summen af rækkerne over"). */
  readonly decisions: readonly ReadingDecision[];
  /** True when the reading is not sure enough to judge: the table then gets no pass and no error verdict. */
  readonly unsure: boolean;
  /** Why it is unsure and which correction would let Fordel judge; empty when sure. */
  readonly unsureBecause: readonly Text[];
  /** The score of this reading, its margin over the next best and the evidence it rests on. */
  readonly confidence?: ReadingConfidence;
}

export interface ReadingDecision {
  /** What was decided: 'total-row', 'total-col', 'party-col', 'key-col', 'share-col', 'amount-col', 'periods', 'direction', 'deadline', 'rule', ... */
  readonly role: string;
  /** A1 cell or range the decision is about; '' when it concerns the whole table. */
  readonly cells: string;
  readonly because: Text;
}

export type TableVerdictKind = 'ok' | 'warnings' | 'errors' | 'unsure';

export interface TableVerdict {
  readonly tableId: string;
  readonly verdict: TableVerdictKind;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/**
 * One item in the user's list: a diagnosis (one cause behind several symptoms), a group of findings of one
 * rule on one table that share a cause, or a single finding. The findings it stands for stay available.
 */
export interface ResultItem {
  readonly id: string;
  readonly kind: 'diagnosis' | 'group' | 'finding';
  readonly rule: RuleCode;
  readonly severity: Severity;
  /** The table it belongs to; null for workbook-wide findings. */
  readonly tableId: string | null;
  readonly sheet: string;
  /** The cell to fix, or the range concerned. */
  readonly cell: string;
  readonly message: Text;
  /** How sure a diagnosis is; absent for plain findings and groups. */
  readonly confidence?: 'certain' | 'likely' | 'possible';
  /** How many findings it stands for (1 for a single finding). */
  readonly count: number;
  /** The findings it explains or groups, in sheet order. */
  readonly findings: readonly Finding[];
  /** A certain fix the user may apply after confirming (the exact split into the user's amount column). */
  readonly fix?: {
    readonly kind: 'apply-split';
    readonly tableId: string;
    readonly edits: readonly UserEdit[];
  };
}

export interface CheckResult {
  readonly tables: readonly TableLayout[];
  /** Everything the rules found, sorted errors first. */
  readonly findings: readonly Finding[];
  /** What to write; empty when writing is refused. */
  readonly plan: WritePlan;
  /** Why Fordel will not write (cells holding the user's data, protected or filtered ranges); empty when it may. */
  readonly refusals: readonly Finding[];
  /** Decisions the user should know about, e.g. "the findings sheet is named 'Fordel-fund (2)'". */
  readonly notes: readonly Text[];
  /** One reading per table in `tables`, same order. */
  readonly readings?: readonly TableReading[];
  /** One verdict per table in `tables`, same order. */
  readonly verdicts?: readonly TableVerdict[];
  /** The user's list: diagnoses and groups replacing the findings they explain, in table then sheet order. */
  readonly items?: readonly ResultItem[];
  /** Every diagnosis made, by table, with the findings it explains (`--json` lists them). */
  readonly diagnoses?: readonly { readonly tableId: string; readonly diagnosis: Diagnosis }[];
  /** The certain exact-split fixes by table id (what `applySplit` would write). */
  readonly fixes?: ReadonlyMap<string, readonly UserEdit[]>;
  /** The user's cells written after their confirmation, with what they held before (also plan.userEdits). */
  readonly applied?: readonly UserEdit[];
  /** Items the user marked as fine whose values are unchanged: left out of items, findings and verdicts. */
  readonly accepted?: readonly AcceptedResult[];
}

/** An item the user accepted, with the acceptance kept in the settings sheet. */
export interface AcceptedResult {
  readonly item: ResultItem;
  readonly accepted: AcceptedItem;
}
