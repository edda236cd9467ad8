/** Title, one line on what Fordel does, and the language switch. */
import { Button, Caption1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/context';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { margin: 0 },
});

export function PaneHeader({ onSwitchLanguage }: { onSwitchLanguage: () => void }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.text}>
        <Subtitle1 as="h1" className={styles.title}>
          {t.appTitle}
        </Subtitle1>
        <Caption1>{t.appIntro}</Caption1>
      </div>
      <Button
        size="small"
        appearance="secondary"
        aria-label={t.switchLanguageLabel}
        // The switch speaks the language it switches to.
        lang={lang === 'da' ? 'en' : 'da'}
        onClick={onSwitchLanguage}
      >
        {t.switchLanguage}
      </Button>
    </header>
  );
}
