/**
 * What happened to the workbook: written, deliberately not written, or refused. A refusal must be
 * impossible to miss, because the user would otherwise look for output columns that are not there.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { Finding, Text } from '../../core/findings/finding';
import { format } from '../i18n';
import { useI18n } from '../i18n/context';

const useStyles = makeStyles({
  list: { margin: '4px 0 0', paddingLeft: '18px' },
  body: { overflowWrap: 'anywhere' },
});

export interface OutcomeBarProps {
  readonly refusals: readonly Finding[];
  /** The adapter's own refusal (WriteReport.refused). */
  readonly refused?: Text;
  readonly cellsWritten: number | null;
  readonly writeOff: boolean;
  /** Decisions the check made that the user should know about (a renamed findings sheet). */
  readonly notes?: readonly Text[];
}

export function OutcomeBar({ notes = [], ...rest }: OutcomeBarProps) {
  const { lang } = useI18n();
  return (
    <>
      <WriteOutcome {...rest} />
      {notes.map((note, i) => (
        <MessageBar key={i} intent="info" layout="multiline">
          <MessageBarBody>{note[lang]}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

function WriteOutcome({ refusals, refused, cellsWritten, writeOff }: Omit<OutcomeBarProps, 'notes'>) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  if (refusals.length > 0 || refused) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{t.refusedTitle}</MessageBarTitle>
          {t.refusedIntro}
          <ul className={styles.list}>
            {refusals.map((r, i) => (
              <li key={i}>{`${r.sheet}!${r.cell}: ${r.message[lang]}`}</li>
            ))}
            {refused && <li>{refused[lang]}</li>}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (writeOff) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t.notWrittenByChoice}</MessageBarBody>
      </MessageBar>
    );
  }
  if (cellsWritten === null) return null;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>{format(t.written, { cells: cellsWritten })}</MessageBarBody>
    </MessageBar>
  );
}
