/** What a detector returns before the caller adds id, title and price level. */
import type { RangePos } from '../grid/a1';
import type {
  ApportionmentLayout,
  BudgetLayout,
  CofinancingLayout,
  KpiLayout,
  TableKind,
} from '../tables/layout';

type Base = 'id' | 'sheet' | 'range' | 'headerRow' | 'title' | 'source' | 'excelTable' | 'priceLevel';

export type KindPart =
  | Omit<CofinancingLayout, Base>
  | Omit<ApportionmentLayout, Base>
  | Omit<KpiLayout, Base>
  | Omit<BudgetLayout, Base>;

export interface Detected {
  readonly part: KindPart;
  readonly range: RangePos;
  readonly headerRow: number;
  readonly notes: readonly string[];
}

/** Columns the user fixed, by role name ('label', 'periods', 'party', 'key', 'target' ...). */
export type ColumnRoles = Readonly<Record<string, readonly number[]>>;

export interface DetectOptions {
  /** Detect only this kind, relaxing the evidence needed (a user said what it is). */
  readonly kind?: TableKind;
  readonly roles?: ColumnRoles;
  /** Forced total row; null means "no total row". */
  readonly totalRow?: number | null;
  /** Rows of an Excel Table's total row (shown totals). */
  readonly excelTotalRow?: number | null;
  /** A co-financing table whose periods the user said run down the rows ('rows') or across ('columns'). */
  readonly orientation?: 'columns' | 'rows';
  /** A budget's lines that are sums ("i alt"), as a user marked them: when given, the only ones. */
  readonly totalLines?: readonly number[];
  /** The cells are a block seen transposed (a split across): the reader's words say column where it says row. */
  readonly across?: boolean;
}

export function role(roles: ColumnRoles | undefined, name: string): number | undefined {
  return roles?.[name]?.[0];
}
