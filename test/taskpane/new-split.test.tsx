/** "Ny fordeling" in the pane: the table goes to the selected cell, live or as values, never over data. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { text } from '../../src/core/findings/finding';
import type { TablePlan } from '../../src/core/population/table-plan';
import { NewSplitPanel } from '../../src/taskpane/components/NewSplitPanel';
import { I18nContext } from '../../src/taskpane/i18n/context';
import { STRINGS } from '../../src/taskpane/i18n';
import { splitOfDraft, defaultNewSplitDraft } from '../../src/taskpane/new-split-draft';
import type { WorkbookPort, WorkbookSnapshot, WriteReport } from '../../src/workbook/port';

jest.setTimeout(60_000);

function stubPort(refuse = false) {
  const calls: { at: { sheet: string; top: number; left: number }; plan: TablePlan }[] = [];
  const snapshot: WorkbookSnapshot = {
    sheets: [],
    sheetNames: ['Ark1'],
    settings: null,
    selection: { sheet: 'Ark1', range: { top: 2, left: 1, bottom: 2, right: 1 } },
  };
  const port: WorkbookPort = {
    read: async () => snapshot,
    write: async () => ({ written: false, cells: 0, syncs: 0 }),
    insertTable: async (at, plan): Promise<WriteReport> => {
      calls.push({ at, plan });
      return refuse
        ? { written: false, cells: 0, syncs: 1, refused: text('Fordel skrev intet: C5 er ikke tom.', 'x') }
        : { written: true, cells: plan.cells.length, syncs: 2 };
    },
  };
  return { port, calls };
}

function renderPanel(port: WorkbookPort) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={{ lang: 'da', t: STRINGS.da }}>
        <NewSplitPanel port={port} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  return user;
}

describe('Ny fordeling', () => {
  it('inserts the live split of Region Hovedstaden at the selected cell', async () => {
    const { port, calls } = stubPort();
    const user = renderPanel(port);
    await user.click(screen.getByRole('button', { name: 'Ny fordeling' }));
    await user.type(screen.getByLabelText('Beløb at fordele (kr.)'), '750.000');
    await user.click(screen.getByRole('button', { name: 'Indsæt ved markeringen' }));
    expect(
      await screen.findByText('Fordelingen mellem 29 parter er indsat i Ark1!B3:H34.'),
    ).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(calls[0].at).toEqual({ sheet: 'Ark1', top: 2, left: 1 });
    const amount = calls[0].plan.cells.find((c) => c.row === 1 && c.col === 4)!;
    // The formulas refer to the sheet's own cells where the table stands: the key column is D, from row 4.
    expect(amount.formula).toContain('$D$4:$D$32');
  });

  it('says why nothing was inserted', async () => {
    const { port } = stubPort(true);
    const user = renderPanel(port);
    await user.click(screen.getByRole('button', { name: 'Ny fordeling' }));
    await user.type(screen.getByLabelText('Beløb at fordele (kr.)'), '1000');
    await user.click(screen.getByRole('button', { name: 'Indsæt ved markeringen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Fordel skrev intet: C5 er ikke tom.');
  });

  it('asks for an amount before anything is read or written', async () => {
    const { port, calls } = stubPort();
    const user = renderPanel(port);
    await user.click(screen.getByRole('button', { name: 'Ny fordeling' }));
    await user.click(screen.getByRole('button', { name: 'Indsæt ved markeringen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Skriv beløbet, der skal fordeles');
    expect(calls).toHaveLength(0);
  });
});

describe('the form as data', () => {
  it('makes a fixed 20/41/39 split and refuses one that does not sum to 100', () => {
    const base = {
      ...defaultNewSplitDraft(),
      total: '17,5 mio.',
      parties: 'Universiteter, Regioner, Kommuner',
    };
    const ok = splitOfDraft({ ...base, key: 'percent', percentages: '20/41/39' });
    expect(ok.ok && ok.split.rows.map((r) => r.amount)).toEqual([350_000_000n, 717_500_000n, 682_500_000n]);
    const bad = splitOfDraft({ ...base, key: 'percent', percentages: '20/41/38' });
    expect(!bad.ok && bad.problems[0].da).toMatch(/summerer ikke til 100/);
  });
});
