/**
 * What a table's check hands to the diagnoses besides its findings: the rule inputs and results, so a
 * diagnosis can try a fix ("what if C11 said 600.000?") by running the same rule again.
 */
import type { RecheckInput, RecheckResult } from '../apportion/recheck';
import type { CofinancingInput } from '../kinds/cofinancing/rules/input';
import type { Decimal } from '../decimal/decimal';
import type { KpiInput, KpiResult } from '../kinds/kpi/rules/target';
import type { Located } from '../located';
import type { BudgetFacts } from '../kinds/budget/check';

export interface SplitFacts {
  readonly kind: 'apportionment';
  readonly input: RecheckInput;
  readonly result: RecheckResult;
  /**
   * The printed percent shares per row when the key is a population with a share column beside it (the
   * shares then get their own sum check); null otherwise.
   */
  readonly shareColumn: {
    readonly shares: readonly (Decimal | null)[];
    readonly cells: readonly string[];
    readonly stated?: Located<Decimal>;
  } | null;
}

export interface CofinancingFacts {
  readonly kind: 'cofinancing';
  readonly input: CofinancingInput;
  /** The input the matching rule read, when the others match the first source (no own financing). */
  readonly matchingInput?: CofinancingInput;
}

export interface KpiFacts {
  readonly kind: 'kpi';
  readonly rows: readonly { readonly input: KpiInput; readonly result: KpiResult }[];
}

export type TableFacts = SplitFacts | CofinancingFacts | KpiFacts | BudgetFacts;
