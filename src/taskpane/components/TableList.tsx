/** The tables Fordel found, each with its kind and a button to correct how it is read. */
import { Badge, Button, Caption1, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { format } from '../i18n';
import { useI18n } from '../i18n/context';
import { KIND_LABEL } from '../kinds';
import type { PaneTable } from '../pane-tables';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  where: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  kind: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
  correct: { minWidth: 'auto', flexShrink: 0 },
});

export interface TableListProps {
  readonly tables: readonly PaneTable[] | null;
  readonly onCorrect: (table: PaneTable) => void;
}

export function TableList({ tables, onCorrect }: TableListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!tables) return <Spinner size="tiny" label={t.tablesLoading} />;
  if (tables.length === 0) return <Text>{t.tablesNone}</Text>;
  return (
    <ul className={styles.list} aria-label={t.tablesHeading}>
      {tables.map((table) => (
        <li key={table.key} className={styles.item}>
          <div className={styles.where}>
            <Text weight="semibold">{`${table.sheet}!${table.range}`}</Text>
            <span className={styles.kind}>
              <Caption1>{t[KIND_LABEL[table.kind]]}</Caption1>
              {table.corrected && (
                <Badge size="small" appearance="tint" color="informative">
                  {t.tableCorrected}
                </Badge>
              )}
            </span>
          </div>
          <Button
            size="small"
            className={styles.correct}
            aria-label={format(t.tableCorrectLabel, { range: table.range, sheet: table.sheet })}
            onClick={() => onCorrect(table)}
          >
            {t.tableCorrect}
          </Button>
        </li>
      ))}
    </ul>
  );
}
