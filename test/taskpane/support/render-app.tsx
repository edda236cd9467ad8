/** Renders the pane the way index.tsx does, inside Fluent's provider. */
import {
  FluentProvider,
  RendererProvider,
  createDOMRenderer,
  webLightTheme,
} from '@fluentui/react-components';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, type AppProps } from '../../../src/taskpane/App';
import { ruleSeenByTests } from './styles-seen';

/**
 * Fluent puts thousands of one-declaration CSS rules into the page, and jsdom matches every one of them
 * against an element and its ancestors on each getComputedStyle, which testing-library and user-event call
 * on every role query and click. jsdom computes nothing from colours, sizes or fonts, so only the rules
 * that decide what a test can see or click go in (styles-seen.ts); the pane renders as before.
 */
const renderer = createDOMRenderer(document, { unstable_filterCSSRule: ruleSeenByTests });

export function renderApp(props: AppProps) {
  const user = userEvent.setup();
  const view = render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <App today="2026-06-30" {...props} />
      </FluentProvider>
    </RendererProvider>,
  );
  return { user, ...view };
}
