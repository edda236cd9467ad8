/**
 * How Fordel read a table, as a short list of roles with their cells ("Totalrække: A6, mærket »I alt«"),
 * folded away by default. The reading is the core's TableReading, rendered as it is.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { TableReading } from '../../core/check/result';
import { useI18n } from '../i18n/context';
import { roleLines } from '../results/roles';

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  role: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  cells: { fontFamily: tokens.fontFamilyMonospace },
  header: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export function ReadingView({ reading }: { reading: TableReading }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const lines = roleLines(reading, t, lang);
  if (lines.length === 0) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="reading">
        <AccordionHeader as="h3" size="small" className={styles.header}>
          {`${t.readingHeading} (${lines.length})`}
        </AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list} data-testid="reading">
            {lines.map((l, i) => (
              <li key={i} data-role={l.role}>
                <Caption1>
                  <span className={styles.role}>{l.label}</span>
                  {': '}
                  {l.cells && <span className={styles.cells}>{l.cells}</span>}
                  {l.cells && ', '}
                  {l.because}
                </Caption1>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
