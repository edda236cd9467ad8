/**
 * A part of the pane fetched when first shown: a spinner while it comes, the part once it is there, and a
 * message with "Prøv igen" when it cannot be fetched, never an empty space.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import type { Lang } from '../../src/core/findings/finding';
import { lazyPart } from '../../src/taskpane/components/LazyPart';
import { STRINGS } from '../../src/taskpane/i18n';
import { I18nContext } from '../../src/taskpane/i18n/context';

jest.setTimeout(30_000);

interface GreetingProps {
  readonly name: string;
}

function Greeting({ name }: GreetingProps) {
  return <p>Goddag, {name}</p>;
}

/** A fetch the test settles by hand, counting how often the part asked for it. */
function controlledLoad() {
  const calls: { resolve: (c: ComponentType<GreetingProps>) => void; reject: (e: unknown) => void }[] = [];
  const load = () =>
    new Promise<ComponentType<GreetingProps>>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

/** What webpack rejects with when the chunk's script does not arrive. */
function chunkLoadError(): Error {
  const err = new Error('Loading chunk 280 failed.\n(error: https://localhost:3000/280.js)');
  err.name = 'ChunkLoadError';
  return err;
}

function renderPart(Part: ComponentType<GreetingProps>, lang: Lang = 'da') {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={{ lang, t: STRINGS[lang] }}>
        <Part name="Aarhus" />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  return user;
}

describe('a part fetched when first shown', () => {
  // React reports the error a boundary caught on the console; the tests look at what the user sees.
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('shows a spinner until the part has come, then the part with its props', async () => {
    const { load, calls } = controlledLoad();
    renderPart(lazyPart(load));
    expect(await screen.findByText('Henter …')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    calls[0].resolve(Greeting);
    expect(await screen.findByText('Goddag, Aarhus')).toBeInTheDocument();
    expect(screen.queryByText('Henter …')).not.toBeInTheDocument();
  });

  it('says in Danish that the part could not be fetched, and fetches it again on "Prøv igen"', async () => {
    const { load, calls } = controlledLoad();
    const user = renderPart(lazyPart(load));
    await screen.findByText('Henter …');
    calls[0].reject(chunkLoadError());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Denne del af Fordel kunne ikke hentes. Tjek forbindelsen, og prøv igen.',
    );
    // webpack's own wording and the chunk's address are not for the user.
    expect(alert).not.toHaveTextContent('Loading chunk');
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(calls).toHaveLength(2);
    expect(await screen.findByText('Henter …')).toBeInTheDocument();
    calls[1].resolve(Greeting);
    expect(await screen.findByText('Goddag, Aarhus')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says it in English when the pane speaks English', async () => {
    const { load, calls } = controlledLoad();
    renderPart(lazyPart(load), 'en');
    expect(await screen.findByText('Loading …')).toBeInTheDocument();
    calls[0].reject(chunkLoadError());
    expect(await screen.findByRole('alert')).toHaveTextContent('This part of Fordel could not be loaded.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows a part that fails as it draws with its own error, in place of the part', async () => {
    const { load, calls } = controlledLoad();
    renderPart(lazyPart(load));
    await screen.findByText('Henter …');
    calls[0].resolve(() => {
      throw new Error('Befolkningstallene mangler.');
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Befolkningstallene mangler.');
    expect(alert).not.toHaveTextContent('kunne ikke hentes');
  });
});
