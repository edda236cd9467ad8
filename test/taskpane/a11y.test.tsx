/**
 * Axe on every state of the pane: a workbook without tables, the list, the editor, a run under way,
 * the results with a table open, and an error.
 */
import { act, screen } from '@testing-library/react';
import { axe } from 'jest-axe';
import { MemoryPort, noTableSnapshot, sampleSnapshot, withSelection } from './support/memory-port';
import { renderApp } from './support/render-app';

jest.setTimeout(240_000);

/** One sheet keeps the page small enough for axe to walk in jsdom. */
function oneSheet(name: string) {
  const snap = sampleSnapshot();
  const sheets = snap.sheets.filter((g) => g.name === name);
  return { ...snap, sheets, sheetNames: sheets.map((g) => g.name) };
}

describe('accessibility', () => {
  it('has no violations with no table, before and after a run', async () => {
    const { user, container } = renderApp({ port: new MemoryPort(noTableSnapshot()) });
    await screen.findByText(/Fordel fandt ingen tabeller/);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByTestId('summary');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no violations in the list, the editor, the settings and the results', async () => {
    const port = new MemoryPort(withSelection(oneSheet('Fordeling'), 'Fordeling', 'A3:D35'));
    const { user, container } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole('button', { name: 'Brug markering' }));
    await screen.findByRole('group', { name: /^Ret læsningen af/ });
    expect(await axe(container)).toHaveNoViolations();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Indstillinger' }));
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByTestId('summary');
    await user.click(screen.getByRole('button', { name: /Fordeling af fælles udgift/ }));
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no violations while running and after an error', async () => {
    let release: () => void = () => undefined;
    const port = new MemoryPort(oneSheet('Kulturaftale'));
    const { user, container } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    port.read = () => new Promise((_, reject) => (release = () => reject(new Error('Excel er optaget'))));
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
    await act(async () => release());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Excel er optaget');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('names every button by its visible label', async () => {
    const port = new MemoryPort(oneSheet('Kulturaftale'));
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByTestId('summary');
    await user.click(screen.getAllByRole('button', { name: /Tabel B/ })[0]);
    for (const button of screen.getAllByRole('button')) {
      const visible = (button.textContent ?? '').replace(/[▸▾]/g, '').trim();
      const label = button.getAttribute('aria-label');
      if (!visible || !label) continue;
      expect([label, label.includes(visible.split(/\s+/).slice(0, 2).join(' '))]).toEqual([label, true]);
    }
  });
});
