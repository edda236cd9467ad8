/** One finding: where it is and what is wrong; pressing it selects the cell in Excel. */
import { Button, Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/findings/finding';
import { format } from '../i18n';
import { useI18n } from '../i18n/context';

const useStyles = makeStyles({
  button: {
    width: '100%',
    height: 'auto',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'left',
    whiteSpace: 'normal',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  // A coloured edge per severity, so a long list can be scanned without reading the headings.
  error: { borderLeft: `3px solid ${tokens.colorStatusDangerBorderActive}` },
  warning: { borderLeft: `3px solid ${tokens.colorStatusWarningBorderActive}` },
  info: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  body: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground2 },
});

export function FindingButton({ finding, onSelect }: { finding: Finding; onSelect: (f: Finding) => void }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const message = finding.message[lang];
  return (
    <Button
      appearance="subtle"
      className={mergeClasses(styles.button, styles[finding.severity])}
      aria-label={format(t.findingLabel, { cell: finding.cell, sheet: finding.sheet, message })}
      data-rule={finding.rule}
      onClick={() => onSelect(finding)}
    >
      <span className={styles.body}>
        <Caption1 className={styles.where}>{`${finding.sheet}!${finding.cell}`}</Caption1>
        <Text>{message}</Text>
      </span>
    </Button>
  );
}
