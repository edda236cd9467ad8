/** "Læs igen" says that the workbook was read, even when the list of tables looks the same afterwards. */
import { screen, waitFor } from '@testing-library/react';
import { MemoryPort, sampleSnapshot } from './support/memory-port';
import { renderApp } from './support/render-app';

jest.setTimeout(240_000);

describe('Læs igen', () => {
  it('tells in the footer how many tables the workbook was read to hold', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    const list = await screen.findByRole('list', { name: 'Tabeller' });
    const shown = list.querySelectorAll('li[data-table]').length;
    expect(shown).toBeGreaterThan(1);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Læs igen' }));
    await waitFor(() => expect(status).toHaveTextContent(`Projektmappen er læst igen: ${shown} tabeller.`));
  });
});
