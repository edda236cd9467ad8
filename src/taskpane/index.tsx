/** Entry of the task pane bundle: waits for Office, then renders the pane against the real workbook. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { OfficeWorkbook, type ExcelRun } from '../adapters/office/office-workbook';
import { App } from './App';
import { langFromDisplayLanguage } from './i18n';

/** Excel.run with RunOptions; the adapter decides per batch (mergeUndoGroup, delayForCellEdit). */
const run: ExcelRun = (options, batch) => Excel.run(options, batch);

void Office.onReady((info) => {
  const container = document.getElementById('container');
  if (!container) return;
  // Opened outside Excel (a browser tab): the page's own "could not start" note, at once, not a pane that fails.
  if (info?.host !== Office.HostType.Excel) {
    document.getElementById('not-started')?.style.setProperty('animation-delay', '0s');
    return;
  }
  const lang = langFromDisplayLanguage(Office.context?.displayLanguage);
  document.documentElement.lang = lang;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App port={new OfficeWorkbook(run)} initialLang={lang} />
    </FluentProvider>,
  );
});
