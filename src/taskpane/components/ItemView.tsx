/**
 * One item of a table's results, scannable in one line: the severity as icon and word, a headline (the
 * rule's short name), the cell as secondary text. The explanation and the findings behind it open on demand.
 * An item with a certain fix offers it with its cell ("Ret C41"); an item that looks fixable but has none
 * says why; any item can be marked as fine.
 */
import { Button, Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ResultItem } from '../../core/check/result';
import type { Finding } from '../../core/findings/finding';
import { a1 } from '../../core/grid/a1';
import { counted, format, sentence } from '../i18n';
import { useI18n } from '../i18n/context';
import type { NoFix } from '../results/fixes';
import { GOOD_NEWS, headline } from '../results/headlines';
import { FindingButton, findingKey } from './FindingButton';
import { SeverityMark, type Mark } from './SeverityMark';

/** Enough to work through; more would make the pane slow to render on a huge workbook. */
const PAGE = 50;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  headline: {
    width: '100%',
    height: 'auto',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'left',
    whiteSpace: 'normal',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  line: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    minWidth: 0,
    width: '100%',
  },
  // The headline on one line where it fits, the cell under it as secondary text.
  title: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, overflowWrap: 'break-word' },
  cell: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  why: { color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalS },
  explain: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    overflowWrap: 'anywhere',
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
});

export function markOf(item: Pick<ResultItem, 'rule' | 'severity'>): Mark {
  return GOOD_NEWS.has(item.rule) ? 'good' : item.severity;
}

export interface ItemViewProps {
  readonly item: ResultItem;
  readonly current: string | null;
  /** The item is the one next/previous stands on. */
  readonly isCurrentItem: boolean;
  readonly noFix: NoFix | null;
  readonly onSelectItem: (item: ResultItem) => void;
  readonly onSelect: (f: Finding) => void;
  readonly onFix?: (item: ResultItem) => void;
  readonly onAccept?: (item: ResultItem) => void;
}

export function ItemView(props: ItemViewProps) {
  const { item, current, isCurrentItem, noFix, onSelectItem, onSelect, onFix, onAccept } = props;
  const { t, lang } = useI18n();
  const styles = useStyles();
  const explainId = useId();
  const holdsCurrent = item.findings.some((f) => findingKey(f) === current);
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const expanded = open || holdsCurrent;
  const mark = markOf(item);
  const where = `${item.sheet}!${item.cell}`;
  const edits = item.fix?.edits ?? [];
  const fixLabel =
    edits.length === 1
      ? format(t.fixAction, { cell: a1(edits[0].row, edits[0].col) })
      : counted(t, 'fixActionMany', edits.length);
  const own = item.findings.length === 1 && item.findings[0].message[lang] === item.message[lang];

  return (
    <div
      className={mergeClasses(styles.root, isCurrentItem && styles.current)}
      data-item={item.kind}
      data-item-id={item.id}
      data-item-rule={item.rule}
      data-item-cell={where}
      data-severity={item.severity}
    >
      <Button
        appearance="subtle"
        className={styles.headline}
        data-headline
        aria-current={isCurrentItem ? 'true' : undefined}
        onClick={() => onSelectItem(item)}
      >
        <span className={styles.line}>
          <SeverityMark mark={mark} />
          <span className={styles.title}>
            <Text weight="semibold">{headline(item.rule, lang)}</Text>
            <Caption1 className={styles.cell}>{where}</Caption1>
          </span>
        </span>
      </Button>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="transparent"
          aria-expanded={expanded}
          aria-controls={expanded ? explainId : undefined}
          onClick={() => setOpen(!expanded)}
        >
          {item.count > 1 ? `${t.explainShow} (${counted(t, 'groupCount', item.count)})` : t.explainShow}
        </Button>
        {item.fix && onFix && edits.length > 0 && (
          <Button size="small" appearance="primary" onClick={() => onFix(item)}>
            {fixLabel}
          </Button>
        )}
        {onAccept && mark !== 'good' && (
          <Button
            size="small"
            aria-label={format(t.acceptActionLabel, { cell: where })}
            onClick={() => onAccept(item)}
          >
            {t.acceptAction}
          </Button>
        )}
      </div>
      {noFix && (
        <Caption1 className={styles.why}>
          {noFix.kind === 'twice' ? format(t.noFixTwice, { name: noFix.name }) : t.noFixGeneric}
        </Caption1>
      )}
      {expanded && (
        <div className={styles.explain} id={explainId}>
          <Text>{sentence(item.message[lang])}</Text>
          {!own && (
            <ul className={styles.list}>
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
      )}
    </div>
  );
}
