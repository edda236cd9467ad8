/**
 * "Ret læsningen" can mark the rows the findings ask the user to correct: a breakdown row under a source,
 * a subtotal, a split's stated total. Saved in the settings at once, and the table is checked again.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { gridFromRows, type RawValue } from '../../src/core/grid/grid';
import type { WorkbookSnapshot } from '../../src/workbook/port';
import { MemoryPort } from './support/memory-port';
import { renderApp } from './support/render-app';

type User = ReturnType<typeof renderApp>['user'];

function snapshotOf(name: string, rows: RawValue[][]): WorkbookSnapshot {
  const grid = gridFromRows(name, rows);
  return { sheets: [grid], sheetNames: [name], settings: null };
}

async function openEditor(user: User, title: RegExp) {
  await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
  await screen.findByTestId('summary', {}, { timeout: 30_000 });
  const row = screen.getByRole('button', { name: title });
  await user.click(row);
  await user.click(screen.getByRole('button', { name: /^Ret læsningen af / }));
  const editor = await screen.findByRole('group', { name: /^Ret læsningen af A1:/ });
  return { row, editor };
}

async function pick(user: User, editor: HTMLElement, field: RegExp, option: string) {
  const group = within(editor).getByRole('group', { name: field });
  await user.click(within(group).getByRole('checkbox', { name: option }));
}

// Fluent in jsdom on a shared machine is slow; these are not speed tests.
jest.setTimeout(120_000);

describe('marking rows in the correction', () => {
  it('a breakdown row stops counting twice, saved and re-checked at once', async () => {
    const port = new MemoryPort(
      snapshotOf('Finansiering', [
        ['Kilde', 2025, 2026, 'I alt'],
        ['Egenfinansiering', 600, 600, 1200],
        ['Kontant', 200, 200, 400],
        ['Statslige midler', 400, 400, 800],
        ['I alt', 1000, 1000, 2000],
      ]),
    );
    const { user } = renderApp({ port });
    const { row, editor } = await openEditor(user, /^Kilde/);
    expect(row).toHaveTextContent('3 fejl');
    await pick(user, editor, /^Rækker der er en del af rækken over/, 'Række 3: Kontant');
    await user.click(within(editor).getByRole('button', { name: 'Gem og kontrollér' }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0].settings.overrides).toEqual([
      expect.objectContaining({ sheet: 'Finansiering', range: 'A1:D5', breakdownRows: [2] }),
    ]);
    expect(port.writes[0].blocks).toEqual([]);
    await waitFor(() => expect(screen.getByRole('button', { name: /^Kilde/ })).toHaveTextContent('i orden'));
    // The reading now names the row the user marked.
    const reading = await screen.findByRole('button', { name: /Sådan læste Fordel tabellen/ });
    await user.click(reading);
    expect(screen.getByTestId('reading')).toHaveTextContent(/Heraf-rækker: A3, markeret i Ret læsningen/);
  });

  it('a split gets the total to distribute from the user, and a bad amount is refused', async () => {
    const port = new MemoryPort(
      snapshotOf('Fordeling', [
        ['Kommune', 'Indbyggere', 'Beløb'],
        ['Albertslund', 100, 300000],
        ['Ballerup', 200, 500000],
      ]),
    );
    const { user } = renderApp({ port });
    const { editor } = await openEditor(user, /^Kommune/);
    const amount = within(editor).getByRole('textbox', { name: /^Beløb at fordele/ });
    await user.type(amount, 'ni hundrede');
    await user.click(within(editor).getByRole('button', { name: 'Gem og kontrollér' }));
    expect(within(editor).getByText(/Skriv beløbet i kroner/)).toBeInTheDocument();
    expect(port.writes).toHaveLength(0);
    await user.clear(amount);
    await user.type(amount, '900.000');
    await user.click(within(editor).getByRole('button', { name: 'Gem og kontrollér' }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0].settings.overrides[0]).toMatchObject({ statedTotal: '900000' });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Kommune/ })).toHaveTextContent(/advars|fejl/),
    );
  });
});
