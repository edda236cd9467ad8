/**
 * Each table kind in the user's words. Apart from registry.ts, which loads every kind's rules, so the
 * reader, the output plan and the task pane can name a kind without carrying its checks: the pane's first
 * load then holds no rule that only the check (in its worker) runs. A new kind adds its line here too.
 */
import { text, type Text } from '../findings/finding';
import type { TableKind } from '../tables/layout';

interface KindWords {
  /** The kind in the user's words, for readings and "unsure" messages ("en fordeling", "a split"). */
  readonly name: Text;
  /** The kind as a short label beside a table (CLI, findings sheet): "fordeling", "apportionment". */
  readonly label: Text;
}

const WORDS: { readonly [K in TableKind]: KindWords } = {
  apportionment: { name: text('en fordeling', 'a split'), label: text('fordeling', 'apportionment') },
  cofinancing: {
    name: text('en finansieringstabel', 'a financing table'),
    label: text('medfinansiering', 'co-financing'),
  },
  kpi: { name: text('en målliste', 'a target list'), label: text('resultatmål', 'targets (KPIs)') },
  budget: { name: text('et budget', 'a budget'), label: text('budget', 'budget') },
};

export const ALL_KINDS: readonly TableKind[] = Object.keys(WORDS) as TableKind[];

/** The kind as a short label beside a table: "fordeling", "budget". */
export function kindLabel(kind: TableKind): Text {
  return WORDS[kind].label;
}

/** The kind in the user's words: "en fordeling", "a split". */
export function kindName(kind: TableKind): Text {
  return WORDS[kind].name;
}
