/** Entry of the browser page: the page with the pane, the check in its own worker. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { workerChecker } from '../taskpane/worker/worker-checker';
import { WebApp } from './WebApp';

const container = document.getElementById('web');
if (container) {
  // Danish, as the add-in speaks in a Danish Excel; the page's own button switches to English.
  const lang = 'da';
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <WebApp checker={workerChecker('web-check-worker.js')} initialLang={lang} />
    </FluentProvider>,
  );
}
