/**
 * Results while someone fills a table: any edit marks them out of date (and nothing that writes is offered
 * on stale results); with Live on, the table edited is checked again shortly after the edit.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { MemoryPort, sampleSnapshot } from './support/memory-port';
import { renderApp } from './support/render-app';

jest.setTimeout(240_000);

/** A table's row button by the start of its title (a CSS query: role queries are slow in jsdom). */
function tableRow(title: string): HTMLElement {
  const row = [...document.querySelectorAll<HTMLElement>('li[data-table] > button')].find((b) =>
    b.textContent?.replace(/^[▸▾]/, '').startsWith(title),
  );
  if (!row) throw new Error(`no table "${title}"`);
  return row;
}

describe('results while the workbook changes', () => {
  it('marks the results out of date after an edit, and offers no fix until checked again', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByTestId('summary');
    expect(screen.queryByTestId('stale')).not.toBeInTheDocument();
    await user.click(tableRow('EU-kontor'));
    expect(screen.getByRole('button', { name: 'Ret C41' })).toBeInTheDocument();

    port.type('Kulturaftale', 3, 3, 1_000_000);
    const stale = await screen.findByTestId('stale');
    expect(stale).toHaveTextContent('Projektmappen er ændret siden kontrollen');
    expect(screen.queryByRole('button', { name: 'Ret C41' })).not.toBeInTheDocument();
    await user.click(within(stale).getByRole('button', { name: 'Kontrollér igen' }));
    await waitFor(() => expect(screen.queryByTestId('stale')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Ret C41' })).toBeInTheDocument();
  });

  it('with Live on, checks the edited table again by itself and shows its new verdict', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port, liveDelayMs: 50 });
    await screen.findByRole('list', { name: 'Tabeller' });
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByTestId('summary');
    const eu = () => tableRow('EU-kontor');
    expect(eu()).toHaveTextContent(/\d+ fejl/);
    await user.click(screen.getByRole('switch', { name: /^Live/ }));
    const reads = port.reads;

    // The user corrects the typo in C41 in Excel; nobody presses Kontrollér.
    port.type('Fordeling', 40, 2, 6_825_000);
    await waitFor(() => expect(eu()).not.toHaveTextContent(/\d+ fejl/), { timeout: 5_000 });
    expect(port.reads).toBe(reads + 1);
    expect(screen.queryByTestId('stale')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^Live: EU-kontor.* er kontrolleret igen\.$/);
    // The other tables keep their verdicts.
    expect(tableRow('Tabel B: Samlet finansiering')).toHaveTextContent(/\d+ fejl/);
    expect(port.writes).toHaveLength(0);
  });
});
