/**
 * "Ret læsningen" for the two kinds it could not correct before: a split laid out across (its rows of key
 * and amounts, its "I alt" column) and a budget (its sum lines, its columns). Saved in the settings at once,
 * and the table is checked again with the new verdict.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { gridFromRows, type RawValue } from '../../src/core/grid/grid';
import type { WorkbookSnapshot } from '../../src/workbook/port';
import { MemoryPort } from './support/memory-port';
import { renderApp } from './support/render-app';

type User = ReturnType<typeof renderApp>['user'];

function snapshotOf(name: string, rows: RawValue[][]): WorkbookSnapshot {
  return { sheets: [gridFromRows(name, rows)], sheetNames: [name], settings: null };
}

async function openEditor(user: User, title: RegExp, first = true) {
  if (first) {
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByTestId('summary', {}, { timeout: 30_000 });
    await user.click(screen.getByRole('button', { name: title }));
  }
  await user.click(screen.getByRole('button', { name: /^Ret læsningen af / }));
  return screen.findByRole('group', { name: /^Ret læsningen af A1:/ });
}

// Fluent in jsdom on a shared machine is slow; these are not speed tests.
jest.setTimeout(120_000);

describe('correcting what could only be ignored', () => {
  it('a split laid out across gets the key row the user names, saved and re-checked at once', async () => {
    const port = new MemoryPort(
      snapshotOf('Fordeling', [
        ['Kommune', 'Albertslund', 'Ballerup', 'Brøndby', 'I alt'],
        ['Indbyggere 2020', 27000, 50000, 43000, 120000],
        ['Indbyggere 2026', 28000, 52000, 40000, 120000],
        ['Beløb (kr.)', 350000, 650000, 500000, 1500000],
      ]),
    );
    const { user } = renderApp({ port });
    const editor = await openEditor(user, /^Kommune/);
    expect(screen.getByRole('button', { name: /^Kommune/ })).toHaveTextContent('3 advarsler');
    expect(within(editor).getByRole('combobox', { name: 'Parterne står' })).toHaveValue('across');
    const key = within(editor).getByRole('combobox', { name: /^Række med nøgle/ });
    expect(key).toHaveDisplayValue('Række 2: Indbyggere 2020');
    expect(within(editor).getByRole('combobox', { name: 'Totalkolonne' })).toHaveDisplayValue('E: I alt');
    await user.selectOptions(key, 'Række 3: Indbyggere 2026');
    await user.click(within(editor).getByRole('button', { name: 'Gem og kontrollér' }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0].settings.overrides).toEqual([
      expect.objectContaining({
        sheet: 'Fordeling',
        range: 'A1:E4',
        kind: 'apportionment',
        orientation: 'across',
        columns: expect.objectContaining({ party: '1', key: '3', amount: '4' }),
        totalRow: 4,
      }),
    ]);
    expect(port.writes[0].blocks).toEqual([]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Kommune/ })).toHaveTextContent('i orden'),
    );
  });

  it('a budget: the kind set, then a line the words took for a sum unmarked, each re-checked at once', async () => {
    const port = new MemoryPort(
      snapshotOf('Budget', [
        ['Hovedkonto', 'Regnskab 2025', '2026', 'Forventet regnskab 2026', 'Afvigelse'],
        ['Løn', 900, 1000, 950, 50],
        ['Drift', 400, 500, 520, -20],
        ['Husleje', 120, 120, 120, 0],
        ['Tilskud netto', 300, 300, 300, 10],
      ]),
    );
    const { user } = renderApp({ port });
    let editor = await openEditor(user, /^Hovedkonto/);
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Tabellens type' }), 'Budget');
    // A new kind has no columns of its own yet: the box says the reader finds them, rather than looking unset.
    const amounts = () => within(within(editor).getByRole('group', { name: /^Kolonner med beløb/ }));
    expect(amounts().getByText('Intet markeret: Fordel finder kolonnerne selv.')).toBeInTheDocument();
    await user.click(within(editor).getByRole('button', { name: 'Gem og kontrollér' }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0].settings.overrides[0]).toMatchObject({ range: 'A1:E5', kind: 'budget' });
    // Read as a budget, "Tilskud netto" is taken for the sum of the lines above it, and that sum fails.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Hovedkonto/ })).toHaveTextContent(/fejl/),
    );
    editor = await openEditor(user, /^Hovedkonto/, false);
    const sums = within(within(editor).getByRole('group', { name: /^Rækker der er summer/ }));
    const netto = sums.getByRole('checkbox', { name: 'Række 5: Tilskud netto' });
    expect(netto).toBeChecked();
    expect(within(editor).getByRole('combobox', { name: /^Kolonne med linjernes navne/ })).toHaveDisplayValue(
      'A: Hovedkonto',
    );
    // Read as a budget, its amount columns are ticked as the reader found them, and the hint is gone.
    expect(amounts().getByRole('checkbox', { name: /^C: 2026/ })).toBeChecked();
    expect(amounts().queryByText(/Intet markeret/)).toBeNull();
    await user.click(netto);
    await user.click(within(editor).getByRole('button', { name: 'Gem og kontrollér' }));
    await waitFor(() => expect(port.writes).toHaveLength(2));
    expect(port.writes[1].settings.overrides[0]).toMatchObject({ kind: 'budget', subtotalRows: [] });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Hovedkonto/ })).toHaveTextContent('i orden'),
    );
  });
});
