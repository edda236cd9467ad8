/**
 * The first thing after a run: what was checked and what was found, with error styling when anything is
 * wrong. What happened to the workbook is secondary text under it; a refusal is its own alert.
 */
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  type MessageBarIntent,
} from '@fluentui/react-components';
import { forwardRef } from 'react';
import type { Finding, Text } from '../../core/findings/finding';
import { counted, format, sentence, thousands, type Strings } from '../i18n';
import { useI18n } from '../i18n/context';
import type { RunSummary } from '../results/verdicts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, outlineOffset: '2px' },
  list: { margin: '4px 0 0', paddingLeft: '18px' },
  body: { overflowWrap: 'anywhere' },
  secondary: { color: tokens.colorNeutralForeground2 },
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
}

export const SummaryBar = forwardRef<HTMLDivElement, SummaryBarProps>(function SummaryBar(
  { summary, secondary, refusals, refused },
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
              {refusals.map((r, i) => (
                <li key={i}>{`${r.sheet}!${r.cell}: ${sentence(r.message[lang])}`}</li>
              ))}
              {refused && <li>{sentence(refused[lang])}</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {secondary.map((line, i) => (
        <Caption1 key={i} className={styles.secondary}>
          {line}
        </Caption1>
      ))}
    </div>
  );
});

export function writeLines(
  t: Strings,
  lang: 'da' | 'en',
  opts: {
    readonly cells: number | null;
    readonly undoGroup?: boolean;
    readonly writeOff: boolean;
    readonly notes: readonly Text[];
  },
): string[] {
  const lines: string[] = [];
  if (opts.writeOff) lines.push(t.notWrittenByChoice);
  else if (opts.cells !== null) {
    lines.push(format(t.written, { cells: thousands(opts.cells) }));
    if (opts.undoGroup === true) lines.push(t.oneUndoStep);
    if (opts.undoGroup === false) lines.push(t.notOneUndoStep);
  }
  for (const note of opts.notes) lines.push(sentence(note[lang]));
  return lines;
}
