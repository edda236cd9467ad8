/** Entry of the task pane bundle: waits for Office, then renders the pane against the real workbook. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { OfficeWorkbook, type ExcelRun } from '../adapters/office/office-workbook';
import { App } from './App';
import { langFromDisplayLanguage } from './i18n';

/** A whole check's write as one undo step, where Excel supports it (ExcelApi 1.20). */
const oneUndoStep: ExcelRun = (batch) => Excel.run({ mergeUndoGroup: true }, batch);

void Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  const lang = langFromDisplayLanguage(Office.context?.displayLanguage);
  document.documentElement.lang = lang;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App port={new OfficeWorkbook(Excel.run, { undoableRun: oneUndoStep })} initialLang={lang} />
    </FluentProvider>,
  );
});
