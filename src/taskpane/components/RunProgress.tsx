/** The one progress indicator: which of the three steps is under way. */
import { Field, ProgressBar } from '@fluentui/react-components';
import { format, type Strings } from '../i18n';
import { useI18n } from '../i18n/context';
import { RUN_STEPS, type RunStep } from '../run-check';

const STEP_LABEL: Record<RunStep, keyof Strings> = {
  reading: 'stepReading',
  checking: 'stepChecking',
  writing: 'stepWriting',
};

export function stepText(t: Strings, step: RunStep): string {
  return format(t.stepLabel, {
    step: t[STEP_LABEL[step]],
    index: RUN_STEPS.indexOf(step) + 1,
    count: RUN_STEPS.length,
  });
}

export function RunProgress({ step }: { step: RunStep }) {
  const { t } = useI18n();
  const label = stepText(t, step);
  return (
    <Field label={label} size="small">
      <ProgressBar
        value={(RUN_STEPS.indexOf(step) + 1) / (RUN_STEPS.length + 1)}
        max={1}
        aria-valuetext={label}
      />
    </Field>
  );
}
