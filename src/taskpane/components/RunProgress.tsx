/** Which of the three steps is under way, announced politely to screen readers. */
import { Field, ProgressBar, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/context';
import { RUN_STEPS, type RunStep } from '../run-check';
import type { Strings } from '../i18n';

const STEP_LABEL: Record<RunStep, keyof Strings> = {
  reading: 'stepReading',
  checking: 'stepChecking',
  writing: 'stepWriting',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function RunProgress({ step }: { step: RunStep }) {
  const { t } = useI18n();
  const styles = useStyles();
  const index = RUN_STEPS.indexOf(step);
  const label = `${t[STEP_LABEL[step]]} (${index + 1}/${RUN_STEPS.length})`;
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <Spinner size="tiny" labelPosition="after" label={label} />
      <Field label={t.progressLabel}>
        <ProgressBar value={index / RUN_STEPS.length} max={1} aria-valuetext={label} />
      </Field>
    </div>
  );
}
