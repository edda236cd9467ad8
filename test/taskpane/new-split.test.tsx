/** "Ny fordeling" in the pane: the table goes to the selected cell, live or as values, never over data. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { text } from '../../src/core/findings/finding';
import { gridFromRows } from '../../src/core/grid/grid';
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

/** A workbook with a key column (kvadratmeter) beside the names, and a selection the test moves. */
function keyBookPort() {
  const sheet = gridFromRows('Ark1', [
    ['Part', 'Kvadratmeter'],
    ['Gentofte', 120.5],
    ['Gladsaxe', 80],
    ['Lyngby-Taarbæk', 99.5],
  ]);
  const calls: { at: { sheet: string; top: number; left: number }; plan: TablePlan }[] = [];
  let selection = { sheet: 'Ark1', range: { top: 0, left: 1, bottom: 3, right: 1 } };
  const port: WorkbookPort = {
    read: async () => ({ sheets: [sheet], sheetNames: ['Ark1'], settings: null, selection }),
    write: async () => ({ written: false, cells: 0, syncs: 0 }),
    insertTable: async (at, plan): Promise<WriteReport> => {
      calls.push({ at, plan });
      return { written: true, cells: plan.cells.length, syncs: 2 };
    },
  };
  const select = (top: number, left: number) => {
    selection = { sheet: 'Ark1', range: { top, left, bottom: top, right: left } };
  };
  return { port, calls, select };
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

/**
 * The message in the live region of that role: the region is there before the message (so a screen reader
 * reads out what appears in it), hence the wait for its text rather than for the region.
 */
async function announced(role: 'alert' | 'status', want: string): Promise<HTMLElement> {
  await waitFor(() => expect(screen.getByRole(role)).toHaveTextContent(want));
  return screen.getByRole(role);
}

/** Opens the section; its form is fetched at the first opening, so it is waited for. */
async function openPanel(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Ny fordeling' }));
  await screen.findByLabelText('Beløb at fordele (kr.)');
}

describe('Ny fordeling', () => {
  it('inserts the live split of Region Hovedstaden at the selected cell', async () => {
    const { port, calls } = stubPort();
    const user = renderPanel(port);
    await openPanel(user);
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
    await openPanel(user);
    await user.type(screen.getByLabelText('Beløb at fordele (kr.)'), '1000');
    await user.click(screen.getByRole('button', { name: 'Indsæt ved markeringen' }));
    await announced('alert', 'Fordel skrev intet: C5 er ikke tom.');
  });

  it('asks for an amount before anything is read or written', async () => {
    const { port, calls } = stubPort();
    const user = renderPanel(port);
    await openPanel(user);
    await user.click(screen.getByRole('button', { name: 'Indsæt ved markeringen' }));
    await announced('alert', 'Skriv beløbet, der skal fordeles');
    expect(calls).toHaveLength(0);
  });
});

describe('Ny fordeling tells what came of a click', () => {
  it('has its message regions in place before any message, so a screen reader reads the message out', async () => {
    const user = renderPanel(stubPort().port);
    await openPanel(user);
    // Live regions added together with their text are often not read out: they must be there, empty, first.
    expect(screen.getByRole('alert')).toHaveTextContent('');
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Indsæt ved markeringen' }));
    await announced('alert', 'Skriv beløbet, der skal fordeles');
    // A failure is no success: the polite region says nothing.
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says the same failure afresh when the user presses again', async () => {
    const user = renderPanel(stubPort().port);
    await openPanel(user);
    const insert = screen.getByRole('button', { name: 'Indsæt ved markeringen' });
    await user.click(insert);
    const first = (await announced('alert', 'Skriv beløbet')).firstChild;
    await user.click(insert);
    // New text in the region (not the old text left standing) is what a screen reader reads out again.
    await waitFor(() => expect(screen.getByRole('alert').firstChild).not.toBe(first));
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv beløbet, der skal fordeles');
  });

  it('says a split to one party in the singular', async () => {
    const user = renderPanel(stubPort().port);
    await openPanel(user);
    await user.type(screen.getByLabelText('Beløb at fordele (kr.)'), '1000');
    await user.clear(screen.getByLabelText('Parter'));
    await user.type(screen.getByLabelText('Parter'), 'Gentofte');
    await user.selectOptions(screen.getByLabelText('Nøgle'), 'equal');
    await user.click(screen.getByRole('button', { name: 'Indsæt ved markeringen' }));
    await announced('status', 'Fordelingen til 1 part er indsat i Ark1!B3');
  });
});

describe('Ny fordeling by a key column in the workbook', () => {
  it('takes the selected key column, and inserts the split by it at the next selection', async () => {
    const { port, calls, select } = keyBookPort();
    const user = renderPanel(port);
    await openPanel(user);
    await user.type(screen.getByLabelText('Beløb at fordele (kr.)'), '100.000');
    await user.selectOptions(screen.getByLabelText('Nøgle'), 'sheet');
    await user.click(screen.getByRole('button', { name: 'Brug markeringen' }));
    expect(screen.getByLabelText(/Nøglekolonne, fx/)).toHaveValue('Ark1!B1:B4');
    select(6, 0);
    await user.click(screen.getByRole('button', { name: 'Indsæt ved markeringen' }));
    await announced('status', 'Fordelingen mellem 3 parter er indsat i Ark1!A7');
    expect(calls).toHaveLength(1);
    expect(calls[0].at).toEqual({ sheet: 'Ark1', top: 6, left: 0 });
    const texts = calls[0].plan.cells.map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(['Gentofte', 'Gladsaxe', 'Lyngby-Taarbæk', 'Kvadratmeter']));
    expect(texts).toContain('Nøgle: Ark1!A2:B4');
  });

  it('says what to do when no key column is given, and inserts nothing', async () => {
    const { port, calls } = keyBookPort();
    const user = renderPanel(port);
    await openPanel(user);
    await user.type(screen.getByLabelText('Beløb at fordele (kr.)'), '1000');
    await user.selectOptions(screen.getByLabelText('Nøgle'), 'sheet');
    await user.click(screen.getByRole('button', { name: 'Indsæt ved markeringen' }));
    await announced('alert', 'Markér nøglekolonnen');
    expect(calls).toHaveLength(0);
  });
});

describe('the form as data', () => {
  it('splits by a key column that stands alone, with the parties typed in its order', () => {
    const sheets = [gridFromRows('Ark1', [[10], [30], [60]])];
    const base = { ...defaultNewSplitDraft(), total: '1000', key: 'sheet' as const, keyRange: 'A1:A3' };
    const ok = splitOfDraft(
      { ...base, parties: 'Kantine, Reception, Kontor' },
      { sheets, activeSheet: 'Ark1' },
    );
    expect(ok.ok && ok.split.rows.map((r) => [r.name, r.amount])).toEqual([
      ['Kantine', 10_000n],
      ['Reception', 30_000n],
      ['Kontor', 60_000n],
    ]);
    const short = splitOfDraft({ ...base, parties: 'Kantine, Kontor' }, { sheets, activeSheet: 'Ark1' });
    expect(!short.ok && short.problems[0].da).toBe('Ark1!A1:A3 har 3 tal, men der er nævnt 2 parter.');
  });

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
