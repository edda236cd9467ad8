/**
 * The first thing after a run: what was checked and what was found, with error styling when anything is
 * wrong. What happened to the workbook is secondary text under it, with a way to Fordel-fund when Fordel
 * wrote it; a refused write is its own alert, naming each sheet once, with a way to check without writing.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  type MessageBarIntent,
} from '@fluentui/react-components';
import { forwardRef } from 'react';
import type { Finding, Text } from '../../core/findings/finding';
import { counted, sentence, type Strings } from '../i18n';
import { useI18n } from '../i18n/context';
import type { RunSummary } from '../results/verdicts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, outlineOffset: '2px' },
  list: { margin: '4px 0 0', paddingLeft: '18px' },
  body: { overflowWrap: 'anywhere' },
  secondary: { color: tokens.colorNeutralForeground2 },
  link: { alignSelf: 'flex-start' },
});

/** "5 tabeller kontrolleret: 2 med fejl, 1 med advarsler, 2 i orden". */
export function summaryText(t: Strings, s: RunSummary): string {
  const parts = [
    s.errors && counted(t, 'summaryErrors', s.errors),
    s.warnings && counted(t, 'summaryWarnings', s.warnings),
    s.unsure && counted(t, 'summaryUnsure', s.unsure),
    s.ok && counted(t, 'summaryOk', s.ok),
    s.workbookErrors && counted(t, 'summaryWorkbook', s.workbookErrors),
  ].filter((p): p is string => typeof p === 'string');
  return `${counted(t, 'summaryTables', s.tables)}: ${parts.join(', ')}`;
}

/** A protected sheet refuses every table on it: it is named once, with how many more places it stopped. */
export function oncePerSheet(refusals: readonly Finding[]): { first: Finding; more: number }[] {
  const bySheet = new Map<string, { first: Finding; more: number }>();
  for (const r of refusals) {
    const seen = bySheet.get(r.sheet);
    if (seen) seen.more++;
    else bySheet.set(r.sheet, { first: r, more: 0 });
  }
  return [...bySheet.values()];
}

function intentOf(s: RunSummary): MessageBarIntent {
  if (s.errors || s.workbookErrors) return 'error';
  if (s.warnings || s.unsure) return 'warning';
  return 'success';
}

export interface SummaryBarProps {
  readonly summary: RunSummary;
  /** Secondary lines: what was written, undo, notes. */
  readonly secondary: readonly string[];
  readonly refusals: readonly Finding[];
  readonly refused?: Text;
  readonly onCheckWithoutWriting?: () => void;
  /** Present once Fordel wrote its findings sheet. */
  readonly onGoToFindings?: () => void;
}

export const SummaryBar = forwardRef<HTMLDivElement, SummaryBarProps>(function SummaryBar(
  { summary, secondary, refusals, refused, onCheckWithoutWriting, onGoToFindings },
  ref,
) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const none = summary.tables === 0;
  return (
    <div className={styles.root} ref={ref} tabIndex={-1} data-testid="summary">
      {none ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{t.summaryNoTables}</MessageBarTitle> {t.summaryNoTablesHow}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent={intentOf(summary)} layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{summaryText(t, summary)}</MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
      )}
      {(refusals.length > 0 || refused) && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{t.refusedTitle}</MessageBarTitle>
            {t.refusedIntro}
            <ul className={styles.list}>
              {oncePerSheet(refusals).map(({ first, more }) => (
                <li key={first.sheet}>
                  {`${first.sheet}!${first.cell}: ${sentence(first.message[lang])}`}
                  {more > 0 && ` ${counted(t, 'refusedMore', more)}`}
                </li>
              ))}
              {refused && <li>{sentence(refused[lang])}</li>}
            </ul>
          </MessageBarBody>
          {onCheckWithoutWriting && (
            <MessageBarActions>
              <Button size="small" onClick={onCheckWithoutWriting}>
                {t.checkWithoutWriting}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {secondary.map((line, i) => (
        <Caption1 key={i} className={styles.secondary}>
          {line}
        </Caption1>
      ))}
      {onGoToFindings && (
        <Button size="small" appearance="secondary" className={styles.link} onClick={onGoToFindings}>
          {t.goToFindings}
        </Button>
      )}
    </div>
  );
});

export function writeLines(
  t: Strings,
  lang: 'da' | 'en',
  opts: {
    readonly cells: number | null;
    readonly undoGroup?: boolean;
    readonly notes: readonly Text[];
  },
): string[] {
  const lines: string[] = [];
  if (opts.cells === null) lines.push(t.checkedOnly);
  else {
    lines.push(counted(t, 'written', opts.cells));
    if (opts.undoGroup === true) lines.push(t.oneUndoStep);
    if (opts.undoGroup === false) lines.push(t.notOneUndoStep);
  }
  for (const note of opts.notes) lines.push(sentence(note[lang]));
  return lines;
}
