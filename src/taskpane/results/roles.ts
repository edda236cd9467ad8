/**
 * The reading's roles as the pane names them ("Totalrække", "Enhed", "Egenfinansiering"). The reading
 * itself comes from the core (TableReading); the pane only labels its roles and never re-derives them.
 */
import type { TableReading } from '../../core/check/result';
import type { Lang } from '../../core/findings/finding';
import type { Strings } from '../i18n';

const ROLE_LABEL: Readonly<Record<string, keyof Strings>> = {
  'total-row': 'roleTotalRow',
  'other-total-row': 'roleOtherTotal',
  'subtotal-row': 'roleSubtotal',
  'subtotal-rows': 'roleSubtotal',
  'period-subtotal-cols': 'roleSubtotal',
  'breakdown-rows': 'roleBreakdown',
  'stated-total': 'roleStatedTotal',
  'total-col': 'roleTotalCol',
  periods: 'rolePeriods',
  'header-row': 'roleHeader',
  'party-col': 'roleParty',
  'key-col': 'roleKey',
  'share-col': 'roleShare',
  'share-scale': 'roleShareScale',
  'amount-col': 'roleAmount',
  'amount-scale': 'roleUnit',
  unit: 'roleUnit',
  'own-rows': 'roleOwn',
  rule: 'roleRule',
  'target-col': 'roleTarget',
  'value-col': 'roleTargetValue',
  'actual-col': 'roleActual',
  'baseline-col': 'roleBaseline',
  deadline: 'roleDeadline',
  direction: 'roleDirection',
};

export interface RoleLine {
  readonly role: string;
  readonly label: string;
  /** The cells the role is about ("A6", "B3:E3"), or ''. */
  readonly cells: string;
  readonly because: string;
}

export function roleLines(reading: TableReading, t: Strings, lang: Lang): RoleLine[] {
  return reading.decisions.map((d) => {
    const key = ROLE_LABEL[d.role];
    return { role: d.role, label: key ? t[key] : t.roleOther, cells: d.cells, because: d.because[lang] };
  });
}
