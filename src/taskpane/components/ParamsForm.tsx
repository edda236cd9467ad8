/** The check's parameters. Messages under a field say in the user's language what is wrong. */
import { Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/context';
import { UNIT_CHOICES, type ParamsDraft, type ParamsErrors, type UnitChoice } from '../params-draft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ParamsFormProps {
  readonly draft: ParamsDraft;
  readonly errors: ParamsErrors;
  readonly disabled: boolean;
  readonly onChange: (next: ParamsDraft) => void;
}

export function ParamsForm({ draft, errors, disabled, onChange }: ParamsFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const set = <K extends keyof ParamsDraft>(key: K, value: ParamsDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const message = (key: keyof ParamsErrors) => (errors[key] ? t[errors[key]] : undefined);

  return (
    <div className={styles.root}>
      <Field label={t.unitLabel}>
        <Select
          value={draft.unit}
          disabled={disabled}
          onChange={(_, data) => {
            const choice = UNIT_CHOICES.find((c) => c.value === data.value);
            if (choice) set('unit', choice.value as UnitChoice);
          }}
        >
          {UNIT_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {t[c.label]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.minShareLabel} hint={t.minShareHint} validationMessage={message('minShare')}>
        <Input
          value={draft.minShare}
          inputMode="decimal"
          autoComplete="off"
          disabled={disabled}
          onChange={(_, data) => set('minShare', data.value)}
        />
      </Field>
      {/* A text field, not the browser's date input: that one shows the browser's order, not the Danish. */}
      <Field label={t.asOfLabel} hint={t.asOfHint} validationMessage={message('asOf')}>
        <Input
          value={draft.asOf}
          inputMode="numeric"
          autoComplete="off"
          placeholder={t.asOfHint}
          disabled={disabled}
          onChange={(_, data) => set('asOf', data.value)}
        />
      </Field>
      <Field label={t.totalLabel} hint={t.totalHint} validationMessage={message('total')}>
        <Input
          value={draft.total}
          inputMode="decimal"
          autoComplete="off"
          disabled={disabled}
          onChange={(_, data) => set('total', data.value)}
        />
      </Field>
      <Checkbox
        label={t.writeLabel}
        checked={draft.write}
        disabled={disabled}
        onChange={(_, data) => set('write', data.checked === true)}
      />
    </div>
  );
}
