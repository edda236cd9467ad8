/** One finding: where it is and what is wrong; pressing it selects the cell in Excel and marks it here. */
import { Button, Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/findings/finding';
import { sentence } from '../i18n';
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
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  body: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground2 },
});

export function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}!${f.cell}|${f.message.da}`;
}

export interface FindingButtonProps {
  readonly finding: Finding;
  readonly current: boolean;
  readonly onSelect: (f: Finding) => void;
}

export function FindingButton({ finding, current, onSelect }: FindingButtonProps) {
  const { lang } = useI18n();
  const styles = useStyles();
  const message = sentence(finding.message[lang]);
  const where = `${finding.sheet}!${finding.cell}`;
  return (
    <Button
      appearance="subtle"
      className={mergeClasses(styles.button, styles[finding.severity], current && styles.current)}
      aria-current={current ? 'true' : undefined}
      data-rule={finding.rule}
      onClick={() => onSelect(finding)}
    >
      <span className={styles.body}>
        <Caption1 className={styles.where}>{where}</Caption1> <Text>{message}</Text>
      </span>
    </Button>
  );
}
