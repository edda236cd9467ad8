/** Marking an item as fine, with an optional reason; the reason is typed here, not re-rendering the pane. */
import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { format } from '../i18n';
import { useI18n } from '../i18n/context';
import { ConfirmDialog } from './ConfirmDialog';

export interface AcceptDialogProps {
  readonly cell: string;
  readonly onConfirm: (note: string) => void;
  readonly onCancel: () => void;
}

export function AcceptDialog({ cell, onConfirm, onCancel }: AcceptDialogProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  return (
    <ConfirmDialog
      title={t.acceptTitle}
      confirm={t.acceptConfirm}
      onConfirm={() => onConfirm(note)}
      onCancel={onCancel}
    >
      <p>{format(t.acceptBody, { cell })}</p>
      <Field label={t.acceptNote}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
      </Field>
    </ConfirmDialog>
  );
}
