import type { Decimal } from '../decimal/decimal';
import type { Lang } from '../findings/finding';

/** What the user chooses for a check (task pane fields, CLI flags). */
export interface CheckParams {
  readonly lang: Lang;
  /** YYYY-MM-DD: KPI status is judged at this date. */
  readonly asOf: string;
  /** Rounding unit for splits, in øre (default 100n = 1 kr.). */
  readonly unit?: bigint;
  /** Total to split when a table states none, in øre. */
  readonly total?: bigint | null;
  /** Minimum own share in percent (default 50). */
  readonly minOwnShare?: Decimal;
  /** Required matching ratio (1 = krone-til-krone), off when absent. */
  readonly matchingRatio?: Decimal | null;
  /** Also write a validated copy of each table on its own sheet. */
  readonly validated?: boolean;
  /** Only these table ids (the task pane's choice); all when absent. */
  readonly only?: readonly string[];
  /**
   * Tables whose exact split the user confirmed writing into their own amount column ("Indsæt den præcise
   * fordeling", `--apply-split`): the plan then carries those cells as user edits.
   */
  readonly applySplit?: readonly string[];
}
