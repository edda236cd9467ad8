/** The table kinds the user can choose between, with their labels' text keys. */
import type { TableKind } from '../core/tables/layout';
import type { Strings } from './i18n';

export type PaneKind = TableKind | 'ignore';

export const KIND_LABEL: Record<PaneKind, keyof Strings> = {
  cofinancing: 'kindCofinancing',
  apportionment: 'kindApportionment',
  kpi: 'kindKpi',
  budget: 'kindBudget',
  ignore: 'kindIgnore',
};

export const PANE_KINDS: readonly PaneKind[] = ['cofinancing', 'apportionment', 'kpi', 'budget', 'ignore'];

export function isPaneKind(value: string): value is PaneKind {
  return (PANE_KINDS as readonly string[]).includes(value);
}
