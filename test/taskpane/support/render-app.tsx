/** Renders the pane the way index.tsx does, inside Fluent's provider. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, type AppProps } from '../../../src/taskpane/App';

export function renderApp(props: AppProps) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App today="2026-06-30" {...props} />
    </FluentProvider>,
  );
  return { user, ...view };
}
