/** Forrige and Næste step through the items like Excel's error checking, and say where they stand. */
import { screen, waitFor } from '@testing-library/react';
import { MemoryPort, sampleSnapshot } from './support/memory-port';
import { renderApp } from './support/render-app';

jest.setTimeout(240_000);

describe('stepping through the items', () => {
  it('reads out the position after Næste, so a screen reader user hears that it moved', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByTestId('summary');
    await user.click(screen.getByRole('button', { name: 'Næste' }));
    const position = await screen.findByText(/^Punkt 1 af \d+$/);
    // The text is (or is inside) a polite live region that is read as a whole.
    const region = position.closest('[aria-live]');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(region?.getAttribute('aria-atomic')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Næste' }));
    await waitFor(() => expect(region).toHaveTextContent(/^Punkt 2 af \d+$/));
  });
});
