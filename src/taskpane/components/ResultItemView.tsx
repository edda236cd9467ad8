/**
 * One item of a table's results: a single finding, or a group of findings with one cause that opens to
 * its cells. An item with a certain fix offers it ("Indsæt den præcise fordeling").
 */
import { Button, CounterBadge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ResultItem } from '../../core/check/result';
import type { Finding } from '../../core/findings/finding';
import { format, sentence, thousands } from '../i18n';
import { useI18n } from '../i18n/context';
import { FindingButton, findingKey } from './FindingButton';

/** Enough to work through; more would make the pane slow to render on a huge workbook. */
const PAGE = 50;

const BADGE = { error: 'danger', warning: 'important', info: 'informative' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  toggle: {
    width: '100%',
    height: 'auto',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'left',
    whiteSpace: 'normal',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  error: { borderLeft: `3px solid ${tokens.colorStatusDangerBorderActive}` },
  warning: { borderLeft: `3px solid ${tokens.colorStatusWarningBorderActive}` },
  info: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  toggleText: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start', minWidth: 0 },
  message: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    paddingLeft: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  fix: { alignSelf: 'flex-start', marginLeft: tokens.spacingHorizontalS },
});

export interface ResultItemViewProps {
  readonly item: ResultItem;
  readonly current: string | null;
  readonly onSelect: (f: Finding) => void;
  readonly onFix?: (item: ResultItem) => void;
}

export function ResultItemView({ item, current, onSelect, onFix }: ResultItemViewProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const listId = useId();
  const holdsCurrent = item.findings.some((f) => findingKey(f) === current);
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const expanded = open || holdsCurrent;
  const single = item.kind === 'finding' && item.findings.length === 1;

  const fix = item.fix && onFix && (
    <Button size="small" className={styles.fix} onClick={() => onFix(item)}>
      {t.applySplit}
    </Button>
  );

  if (single) {
    return (
      <div className={styles.root} data-item={item.kind} data-severity={item.severity}>
        <FindingButton finding={item.findings[0]} current={holdsCurrent} onSelect={onSelect} />
        {fix}
      </div>
    );
  }

  if (item.kind === 'diagnosis') {
    // A diagnosis names the cell to fix: it selects like a finding, and opens to the findings it explains.
    const own = {
      rule: item.rule,
      severity: item.severity,
      sheet: item.sheet,
      cell: item.cell,
      message: item.message,
    };
    return (
      <div className={styles.root} data-item={item.kind} data-severity={item.severity}>
        <FindingButton finding={own} current={findingKey(own) === current} onSelect={onSelect} />
        {fix}
        {item.findings.length > 0 && (
          <Button
            size="small"
            appearance="transparent"
            className={styles.fix}
            aria-expanded={expanded}
            aria-controls={expanded ? listId : undefined}
            onClick={() => setOpen(!expanded)}
          >
            {format(t.relatedToggle, { count: thousands(item.findings.length) })}
          </Button>
        )}
        {expanded && (
          <ul className={styles.list} id={listId}>
            {item.findings.map((f, i) => (
              <li key={`${findingKey(f)}:${i}`}>
                <FindingButton finding={f} current={findingKey(f) === current} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }

  const message = sentence(item.message[lang]);
  return (
    <div className={styles.root} data-item={item.kind} data-severity={item.severity}>
      <Button
        appearance="subtle"
        className={mergeClasses(styles.toggle, styles[item.severity])}
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        data-rule={item.rule}
        onClick={() => setOpen(!expanded)}
      >
        <span className={styles.toggleText}>
          <span aria-hidden>{expanded ? '▾' : '▸'}</span>
          <Text className={styles.message}>{message}</Text>
          <CounterBadge
            count={item.count}
            overflowCount={9999}
            color={BADGE[item.severity]}
            size="small"
            aria-label={format(t.groupCount, { count: thousands(item.count) })}
          />
        </span>
      </Button>
      {fix}
      {expanded && (
        <ul className={styles.list} id={listId}>
          {item.findings.slice(0, shown).map((f, i) => (
            <li key={`${findingKey(f)}:${i}`}>
              <FindingButton finding={f} current={findingKey(f) === current} onSelect={onSelect} />
            </li>
          ))}
          {item.findings.length > shown && (
            <li>
              <Button size="small" appearance="transparent" onClick={() => setShown(shown + PAGE)}>
                {format(t.showMore, { count: Math.min(PAGE, item.findings.length - shown) })}
              </Button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
