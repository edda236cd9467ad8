/**
 * The tables Fordel found, by title, with their kind and (after a run) their verdict. Opening a table shows
 * its items (errors first), the items marked as fine, how Fordel read it, and "Ret" with the correction
 * editor right there beside the table.
 */
import {
  Badge,
  Button,
  Caption1,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { AcceptedResult } from '../../core/check/result';
import type { ResultItem, TableReading, TableVerdict } from '../../core/check/result';
import type { Finding } from '../../core/findings/finding';
import { counted, format, sentence, type Strings } from '../i18n';
import { useI18n } from '../i18n/context';
import { KIND_LABEL } from '../kinds';
import type { PaneTable } from '../pane-tables';
import type { NoFix } from '../results/fixes';
import { headline } from '../results/headlines';
import { passesFilter, type SeverityFilter } from '../results/items';
import { ItemView } from './ItemView';
import { ReadingView } from './ReadingView';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  row: {
    width: '100%',
    height: 'auto',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'left',
    whiteSpace: 'normal',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  rowInner: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
    width: '100%',
    minWidth: 0,
  },
  where: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  sub: { color: tokens.colorNeutralForeground2 },
  badges: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: '2px', flexShrink: 0 },
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  unsure: { margin: 0, paddingLeft: '18px', color: tokens.colorNeutralForeground2 },
  accepted: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  acceptedLine: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  acceptedText: { flexGrow: 1, minWidth: 0 },
  small: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  correct: { alignSelf: 'flex-start' },
});

const VERDICT_COLOR = {
  ok: 'success',
  warnings: 'warning',
  errors: 'danger',
  unsure: 'informative',
} as const;

export function verdictText(t: Strings, v: TableVerdict): string {
  switch (v.verdict) {
    case 'ok':
      return t.verdictOk;
    case 'errors':
      return counted(t, 'verdictErrors', v.errors);
    case 'warnings':
      return counted(t, 'verdictWarnings', v.warnings);
    case 'unsure':
      return t.verdictUnsure;
  }
}

export interface TableListProps {
  readonly tables: readonly PaneTable[] | null;
  /** The summary already says no table was found; the list need not say it again. */
  readonly quietWhenEmpty?: boolean;
  /** After a run: verdicts, readings and items by table id; items without a table under ''. */
  readonly verdicts: ReadonlyMap<string, TableVerdict> | null;
  readonly readings: ReadonlyMap<string, TableReading>;
  readonly items: ReadonlyMap<string, readonly ResultItem[]>;
  readonly accepted: ReadonlyMap<string, readonly AcceptedResult[]>;
  readonly filter: SeverityFilter;
  readonly selected: string | null;
  readonly current: string | null;
  readonly currentItem: string | null;
  /** Results are out of date: nothing that writes is offered until the next check. */
  readonly stale: boolean;
  readonly noFixOf: (item: ResultItem) => NoFix | null;
  readonly onToggle: (key: string) => void;
  readonly onSelectItem: (item: ResultItem) => void;
  readonly onSelectFinding: (f: Finding) => void;
  readonly onFix: (item: ResultItem) => void;
  readonly onAccept: (item: ResultItem) => void;
  readonly onUnaccept: (a: AcceptedResult) => void;
  readonly onCorrect: (table: PaneTable, opener: HTMLElement) => void;
  /** The correction editor, when it is open on this table (it opens beside its table). */
  readonly editorFor: (key: string) => ReactNode;
}

export const WORKBOOK_KEY = '';

export function TableList(props: TableListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { tables, items } = props;
  if (!tables) return <Spinner size="tiny" label={t.tablesLoading} />;
  const workbookItems = items.get(WORKBOOK_KEY) ?? [];
  if (tables.length === 0 && workbookItems.length === 0) {
    return props.quietWhenEmpty ? null : <Text>{t.tablesNone}</Text>;
  }
  return (
    <ul className={styles.list} aria-label={t.tablesHeading}>
      {tables.map((table) => (
        <TableRow key={table.key} table={table} {...props} />
      ))}
      {workbookItems.length > 0 && <TableRow table={null} {...props} />}
    </ul>
  );
}

/** Up and down arrows move between the items' headlines, as in a list. */
function arrowKeys(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const heads = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-headline]')];
  const at = heads.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  const next = heads[at + (e.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  e.preventDefault();
  next.focus();
}

function TableRow(props: TableListProps & { table: PaneTable | null }) {
  const { table, verdicts, readings, items, accepted, filter, selected, current, currentItem, stale } = props;
  const { t, lang } = useI18n();
  const styles = useStyles();
  const detailsId = useId();
  const key = table?.key ?? WORKBOOK_KEY;
  const id = table ? table.id : WORKBOOK_KEY;
  const verdict = id !== undefined ? verdicts?.get(id) : undefined;
  const reading = id ? readings.get(id) : undefined;
  const mine = (id !== undefined ? items.get(id) : undefined) ?? [];
  const fine = (id ? accepted.get(id) : undefined) ?? [];
  const shown = mine.filter((item) => passesFilter(item.severity, filter));
  const open = selected === key;
  const title = table ? (reading?.title ?? table.title) : t.workbookWide;
  const ignored = table?.kind === 'ignore';
  const rowRef = useRef<HTMLLIElement>(null);
  const wasOpen = useRef(open);
  // A table opened at the foot of the pane would open below the fold: its items are brought into view
  // (a table taller than the pane comes to the top, its row first).
  useEffect(() => {
    if (open && !wasOpen.current) rowRef.current?.scrollIntoView?.({ block: 'nearest' });
    wasOpen.current = open;
  }, [open]);

  return (
    <li className={styles.item} data-table={key} ref={rowRef}>
      <Button
        appearance="subtle"
        className={mergeClasses(styles.row, open && styles.selected)}
        aria-expanded={open}
        aria-controls={open ? detailsId : undefined}
        onClick={() => props.onToggle(key)}
      >
        <span className={styles.rowInner}>
          <span aria-hidden>{open ? '▾' : '▸'}</span>
          <span className={styles.where}>
            <Text weight="semibold">{title}</Text>
            {table && (
              <Caption1 className={styles.sub}>
                {format(t.tableWhere, {
                  kind: t[KIND_LABEL[table.kind]],
                  sheet: table.sheet,
                  range: table.range,
                })}
              </Caption1>
            )}
          </span>
          <span className={styles.badges}>
            {ignored && (
              <Badge size="small" appearance="outline" color="subtle">
                {t.verdictIgnored}
              </Badge>
            )}
            {verdict && (
              <Badge size="small" appearance="tint" color={VERDICT_COLOR[verdict.verdict]}>
                {verdictText(t, verdict)}
              </Badge>
            )}
            {table?.corrected && (
              <Badge size="small" appearance="tint" color="informative">
                {t.tableCorrected}
              </Badge>
            )}
          </span>
        </span>
      </Button>
      {open && (
        <div className={styles.details} id={detailsId} onKeyDown={arrowKeys}>
          {reading && reading.unsure && (
            <ul className={styles.unsure}>
              {reading.unsureBecause.map((why, i) => (
                <li key={i}>
                  <Caption1>{sentence(why[lang])}</Caption1>
                </li>
              ))}
            </ul>
          )}
          {verdicts &&
            (shown.length > 0
              ? shown.map((item) => (
                  <ItemView
                    key={item.id}
                    item={item}
                    current={current}
                    isCurrentItem={currentItem === item.id}
                    noFix={props.noFixOf(item)}
                    onSelectItem={props.onSelectItem}
                    onSelect={props.onSelectFinding}
                    onFix={stale ? undefined : props.onFix}
                    onAccept={stale ? undefined : props.onAccept}
                  />
                ))
              : !ignored && <Caption1>{mine.length > 0 ? t.itemsFiltered : t.itemsNone}</Caption1>)}
          {fine.length > 0 && (
            <>
              <h3 className={styles.small}>{format(t.acceptedHeading, { count: fine.length })}</h3>
              <ul className={styles.accepted} data-testid="accepted">
                {fine.map((a) => (
                  <li key={a.item.id} className={styles.acceptedLine}>
                    <Caption1 className={styles.acceptedText}>
                      {`${headline(a.item.rule, lang)}, ${a.item.sheet}!${a.item.cell}`}
                      {a.accepted.note ? ` · ${format(t.acceptedNote, { note: a.accepted.note })}` : ''}
                    </Caption1>
                    <Button
                      size="small"
                      appearance="transparent"
                      disabled={stale}
                      aria-label={format(t.acceptedUndoLabel, { cell: `${a.item.sheet}!${a.item.cell}` })}
                      onClick={() => props.onUnaccept(a)}
                    >
                      {t.acceptedUndo}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {reading && <ReadingView reading={reading} />}
          {table && props.editorFor(table.key)}
          {table && !props.editorFor(table.key) && (
            <Button
              size="small"
              className={styles.correct}
              aria-label={format(t.tableCorrectLabel, { title })}
              onClick={(e) => props.onCorrect(table, e.currentTarget)}
            >
              {t.tableCorrect}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
