/** Before Fordel first writes into a workbook: two lines on what it will write and where. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/context';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export function FirstRunNote() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="first-run">
      <Caption1>{t.firstRunLine1}</Caption1>
      <Caption1>{t.firstRunLine2}</Caption1>
    </div>
  );
}
