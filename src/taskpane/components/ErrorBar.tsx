/** An unexpected failure (Excel busy, a sheet that cannot be read), shown instead of crashing the pane. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useI18n } from '../i18n/context';

export function ErrorBar({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.failedTitle}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {t.retry}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
