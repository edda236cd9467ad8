/**
 * An item's severity as an icon and a word ("Fejl", "Advarsel", "Info", "Nået"), so it reads without colour
 * and is spoken by a screen reader; a met target is good news, not a warning.
 */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircle16Filled,
  ErrorCircle16Filled,
  Info16Filled,
  Warning16Filled,
} from '@fluentui/react-icons';
import type { Strings } from '../i18n';
import { useI18n } from '../i18n/context';

export type Mark = 'error' | 'warning' | 'info' | 'good';

const WORD: Record<Mark, keyof Strings> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
  good: 'severityGood',
};

const COLOR = { error: 'danger', warning: 'warning', info: 'informative', good: 'success' } as const;

const useStyles = makeStyles({
  badge: { flexShrink: 0, gap: '2px' },
});

export function SeverityMark({ mark }: { mark: Mark }) {
  const { t } = useI18n();
  const styles = useStyles();
  const Icon =
    mark === 'error'
      ? ErrorCircle16Filled
      : mark === 'warning'
        ? Warning16Filled
        : mark === 'good'
          ? CheckmarkCircle16Filled
          : Info16Filled;
  return (
    <Badge
      className={styles.badge}
      size="medium"
      appearance="tint"
      color={COLOR[mark]}
      icon={<Icon aria-hidden />}
      data-mark={mark}
      style={{ borderColor: mark === 'info' ? tokens.colorNeutralStroke1 : undefined }}
    >
      {t[WORD[mark]]}
    </Badge>
  );
}
