/** The findings of one severity, with their count. Long lists show the first ones and a "more" button. */
import { Button, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Finding, Severity } from '../../core/findings/finding';
import { format, type Strings } from '../i18n';
import { useI18n } from '../i18n/context';
import { FindingButton } from './FindingButton';

/** Enough to work through; more would make the pane slow to render on a huge workbook. */
const PAGE = 50;

const TITLE: Record<Severity, keyof Strings> = {
  error: 'groupError',
  warning: 'groupWarning',
  info: 'groupInfo',
};
const BADGE: Record<Severity, 'danger' | 'important' | 'informative'> = {
  error: 'danger',
  warning: 'important',
  info: 'informative',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

export interface FindingGroupProps {
  readonly severity: Severity;
  readonly findings: readonly Finding[];
  readonly onSelect: (f: Finding) => void;
}

export function FindingGroup({ severity, findings, onSelect }: FindingGroupProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const id = useId();
  const [shown, setShown] = useState(PAGE);
  const label = t[TITLE[severity]];
  return (
    <div className={styles.root} data-severity={severity}>
      <h3
        className={styles.heading}
        id={id}
        aria-label={format(t.groupCount, { label, count: findings.length })}
      >
        {label}
        <CounterBadge count={findings.length} color={BADGE[severity]} size="small" aria-hidden />
      </h3>
      <ul className={styles.list} aria-labelledby={id}>
        {findings.slice(0, shown).map((f, i) => (
          <li key={`${f.sheet}!${f.cell}:${f.rule}:${i}`}>
            <FindingButton finding={f} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {findings.length > shown && (
        <Button size="small" appearance="transparent" onClick={() => setShown(shown + PAGE)}>
          {format(t.showMore, { count: Math.min(PAGE, findings.length - shown) })}
        </Button>
      )}
    </div>
  );
}
