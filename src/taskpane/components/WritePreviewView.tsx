/**
 * Said before "Skriv i projektmappen" writes: which columns beside which tables, how many cells are coloured,
 * which sheets are added, how many cells in all, and that the user's own cells are not changed. When the
 * workbook would refuse (a protected sheet), that is said instead, once per sheet.
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/findings/finding';
import { counted, format, sentence } from '../i18n';
import { useI18n } from '../i18n/context';
import { isEmptyPreview, type WritePreview } from '../results/write-preview';
import { oncePerSheet } from './SummaryBar';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: '18px', overflowWrap: 'anywhere' },
});

export function WritePreviewView({
  preview,
  refusals,
}: {
  preview: WritePreview;
  refusals: readonly Finding[];
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  if (refusals.length > 0) {
    return (
      <div data-testid="write-preview">
        <p>{t.refusedIntro}</p>
        <ul className={styles.list}>
          {oncePerSheet(refusals).map(({ first, more }) => (
            <li key={first.sheet}>
              {sentence(first.message[lang])} {more > 0 && counted(t, 'refusedMore', more)}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (isEmptyPreview(preview)) return <p data-testid="write-preview">{t.writeNothing}</p>;
  return (
    <div data-testid="write-preview">
      <p>{t.writeIntro}</p>
      <ul className={styles.list}>
        {preview.columns.map((c, i) => (
          <li key={i}>
            {counted(t, 'writeColumns', c.headers.length, {
              where: `${c.sheet}!${c.range}`,
              headers: c.headers.map((h) => (lang === 'da' ? `»${h}«` : `"${h}"`)).join(', '),
            })}
          </li>
        ))}
        {preview.highlighted > 0 && <li>{counted(t, 'writeHighlights', preview.highlighted)}</li>}
        {preview.sheets.length > 0 && (
          <li>
            {counted(t, 'writeSheets', preview.sheets.length, {
              names: preview.sheets.map((s) => (lang === 'da' ? `»${s}«` : `"${s}"`)).join(', '),
            })}
          </li>
        )}
      </ul>
      <p>{counted(t, 'writeCells', preview.cells)}</p>
      <Caption1>{format(t.writeOwnCells, {})}</Caption1>
    </div>
  );
}
