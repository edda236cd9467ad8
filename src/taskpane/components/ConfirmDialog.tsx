/** Asks before Fordel writes into the user's own cells or removes its output. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/context';

export interface ConfirmDialogProps {
  readonly title: string;
  readonly confirm: string;
  readonly children: ReactNode;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** The action cannot be taken (the dialog says why); only cancelling is offered. */
  readonly confirmDisabled?: boolean;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, confirm, children, onConfirm, onCancel, confirmDisabled } = props;
  const { t } = useI18n();
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            {!confirmDisabled && (
              <Button appearance="primary" onClick={onConfirm}>
                {confirm}
              </Button>
            )}
            <Button onClick={onCancel}>{t.dialogCancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
