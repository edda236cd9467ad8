/**
 * The pane against the real check and a workbook held in memory: the sample workbook that ships with
 * Fordel, whose Kulturaftale sheet has own financing under 50 % in 2023 (cell D4) and whose table
 * "Årlig statslig bevilling" is in order.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import type { CheckParams } from '../../src/core/check/params';
import type { CheckResult } from '../../src/core/check/result';
import type { SnapshotLike } from '../../src/core/check/check-workbook';
import { MemoryPort, noTableSnapshot, sampleSnapshot, withSelection } from './support/memory-port';
import { renderApp } from './support/render-app';

type User = ReturnType<typeof renderApp>['user'];

async function run(user: User, name = 'Kontrollér') {
  await user.click(screen.getByRole('button', { name }));
  return screen.findByTestId('summary', {}, { timeout: 60_000 });
}

async function tableList() {
  return screen.findByRole('list', { name: /^(Tabeller|Tables)$/ });
}

/** The row button of the table whose title matches. */
function tableButton(title: RegExp): HTMLElement {
  return screen.getByRole('button', { name: title });
}

/** Finding buttons by rule (a CSS query: role queries over a long list are slow in jsdom). */
function findingButtons(rule: string, scope: ParentNode = document): HTMLButtonElement[] {
  return [...scope.querySelectorAll<HTMLButtonElement>(`button[data-rule="${rule}"]`)];
}

// Rendering Fluent UI in jsdom and typing with user-event is slow; these are not speed tests.
jest.setTimeout(240_000);

/** The open dialog (a CSS query: role queries over the whole pane are slow in jsdom). */
function openDialog(title: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
      if (!dialog?.textContent?.includes(title)) throw new Error(`no dialog "${title}"`);
      return dialog;
    },
    { timeout: 10_000 },
  );
}

/** A button in the open dialog, by its text. */
function dialogButton(name: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const dialog = document.querySelector('[role="dialog"]');
      const button = [...(dialog?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === name,
      );
      if (!button) throw new Error(`no button "${name}"`);
      return button;
    },
    { timeout: 10_000 },
  );
}

describe('the task pane', () => {
  it('lists the tables by title and kind when it opens', async () => {
    const port = new MemoryPort(sampleSnapshot());
    renderApp({ port });
    const items = within(await tableList()).getAllByRole('listitem');
    const text = items.map((li) => li.textContent ?? '');
    expect(
      text.some((t) => t.includes('Tabel B: Samlet finansiering') && t.includes('Medfinansiering')),
    ).toBe(true);
    expect(
      text.some((t) => t.includes('Fordeling af fælles udgift') && t.includes('Fordeling, Fordeling!')),
    ).toBe(true);
    expect(text.some((t) => t.includes('Resultatmål for erhvervshuset') && t.includes('Mål (KPI)'))).toBe(
      true,
    );
    // No "correct" button on every row as if each needed fixing.
    expect(screen.queryByRole('button', { name: /^Ret læsningen/ })).not.toBeInTheDocument();
    expect(port.reads).toBe(1);
  });

  it('says first what was checked and found, gives each table a verdict, and writes nothing', async () => {
    const port = new MemoryPort(sampleSnapshot(), { undoGroup: true });
    const { user } = renderApp({ port });
    const list = await tableList();
    const summary = await run(user);

    const m = /^(\d+) tabeller kontrolleret: (.+)$/.exec(
      summary.querySelector('.fui-MessageBarTitle')!.textContent!,
    );
    expect(m).not.toBeNull();
    const parts = Object.fromEntries(
      m![2].split(', ').map((p) => {
        const [, n, what] = /^(\d+) (.+)$/.exec(p)!;
        return [what, Number(n)];
      }),
    );
    const tables = within(list).getAllByRole('listitem');
    expect(Number(m![1])).toBe(tables.length);
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(tables.length);
    expect(parts['med fejl']).toBeGreaterThan(0);
    expect(summary.querySelector('[class*="fui-MessageBar"]')).toBeInTheDocument();
    expect(summary).toHaveFocus();

    expect(tableButton(/^Tabel B: Samlet finansiering/)).toHaveTextContent(/\d+ fejl/);
    expect(tableButton(/^Resultatmål for erhvervshuset/)).toHaveTextContent(/\d+ advarsl/);

    // Checking reads and shows; it never writes, not even the settings sheet.
    expect(port.writes).toHaveLength(0);
    expect(
      within(summary).getByText('Kontrollen har ikke skrevet noget i projektmappen.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skriv i projektmappen' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\.\./);
  });

  it('finds no table in a workbook without one, says how to mark one, and writes nothing', async () => {
    const port = new MemoryPort(noTableSnapshot());
    const { user } = renderApp({ port });
    await screen.findByText(/Fordel fandt ingen tabeller\. Markér en tabel/);
    const summary = await run(user);
    expect(summary).toHaveTextContent('Fordel fandt ingen tabeller at kontrollere, og intet er skrevet');
    expect(summary).toHaveTextContent('»Brug markering«');
    expect(document.body.textContent).not.toMatch(/alt stemmer|i orden/);
    expect(port.writes).toHaveLength(0);
  });

  it('opens a table to its findings grouped by cause, in sheet order, and marks the one selected', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await tableList();
    await run(user);
    const fordeling = tableButton(/^Fordeling af fælles udgift/);
    await user.click(fordeling);
    expect(fordeling).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(fordeling.getAttribute('aria-controls')!)!;
    for (const toggle of details.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) {
      await user.click(toggle);
    }

    // Every split difference sits under one item, which lists them in sheet order.
    const rows = findingButtons('split-mismatch', details);
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.map((b) => b.closest('[data-item]'))).size).toBe(1);
    const cells = rows.map((b) => Number(/Fordeling!D(\d+)/.exec(b.textContent ?? '')![1]));
    expect(cells).toEqual([...cells].sort((a, b) => a - b));

    await user.click(rows[2]);
    expect(port.selected).toContainEqual(['Fordeling', `D${cells[2]}`]);
    expect(rows[2]).toHaveAttribute('aria-current', 'true');
    expect(rows[1]).not.toHaveAttribute('aria-current');
  });

  it('selects the cell a finding points at, by keyboard too', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await tableList();
    await run(user);
    const table = tableButton(/^Tabel B: Samlet finansiering/);
    await user.click(table);
    const details = document.getElementById(table.getAttribute('aria-controls')!)!;
    // Own financing is short in more than one column: whatever item holds D4 opens to it.
    for (const toggle of details.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) {
      await user.click(toggle);
    }
    const atD4 = [...details.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.startsWith('Kulturaftale!D4'),
    );
    expect(atD4).toHaveAccessibleName(/^Kulturaftale!D4 Egenfinansieringen/);
    atD4!.focus();
    await user.keyboard('{Enter}');
    expect(port.selected).toEqual([['Kulturaftale', 'D4']]);
  });

  it('filters by severity', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await tableList();
    await run(user);
    const kpi = tableButton(/^Resultatmål for erhvervshuset/);
    await user.click(kpi);
    const details = document.getElementById(kpi.getAttribute('aria-controls')!)!;
    const severities = () =>
      [...details.querySelectorAll('[data-item]')].map((el) => el.getAttribute('data-severity'));
    expect(severities()).toContain('warning');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vis' }), 'Kun fejl');
    expect(severities().every((s) => s === 'error')).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vis' }), 'Fejl og advarsler');
    expect(severities()).toContain('warning');
    expect(severities()).not.toContain('info');
  });

  it('writes after every check only when the user chose that, and then links to Fordel-fund', async () => {
    const port = new MemoryPort(sampleSnapshot(), { undoGroup: true });
    const { user } = renderApp({ port });
    await tableList();
    await user.click(screen.getByRole('button', { name: 'Indstillinger' }));
    const auto = screen.getByRole('checkbox', {
      name: /Skriv kolonner og fund i projektmappen efter hver kontrol/,
    });
    expect(auto).not.toBeChecked();
    await user.click(auto);
    const summary = await run(user);
    expect(port.writes).toHaveLength(1);
    expect(port.writes[0].blocks.length).toBeGreaterThan(0);
    expect(within(summary).getByText(/^Skrev [\d.]+ celler i projektmappen\.$/)).toBeInTheDocument();
    expect(
      within(summary).getByText('Fortryd i Excel tager det hele tilbage i ét trin.'),
    ).toBeInTheDocument();
    await user.click(within(summary).getByRole('button', { name: 'Gå til Fordel-fund' }));
    expect(port.selected).toContainEqual(['Fordel-fund', 'A1']);
  });

  it('names a protected sheet once, with a way to check without writing', async () => {
    const refused = { da: 'Arket Fordeling er beskyttet.', en: 'The sheet Fordeling is protected.' };
    const port = new MemoryPort(sampleSnapshot(), { refuse: refused });
    const { user } = renderApp({ port });
    await tableList();
    await run(user);
    await user.click(screen.getByRole('button', { name: 'Skriv i projektmappen' }));
    await openDialog('Skriv Fordels resultat i projektmappen?');
    await user.click(await dialogButton('Skriv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Intet blev skrevet');
    expect(alert.textContent!.split('Arket Fordeling er beskyttet.')).toHaveLength(2);
    expect(alert.textContent).not.toMatch(/\.\./);
    expect(screen.queryByText(/^Skrev \d+ celler/)).not.toBeInTheDocument();
    const writes = port.writes.length;
    await user.click(within(alert).getByRole('button', { name: 'Kontrollér uden at skrive' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(port.writes).toHaveLength(writes);
  });

  it('switches language, verdicts included', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await tableList();
    // The language switch lives in the settings, not beside a second product title.
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Indstillinger' }));
    await user.click(screen.getByRole('button', { name: /switch the pane to English/ }));
    expect(screen.getByRole('list', { name: 'Tables' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('lang', 'en');
    const summary = await run(user, 'Check');
    expect(summary).toHaveTextContent(/^\d+ tables checked: \d+ with errors/);
    expect(tableButton(/^Resultatmål for erhvervshuset/)).toHaveTextContent(/\d+ warnings/);
    await user.click(screen.getByRole('button', { name: /skift ruden til dansk/ }));
    expect(tableButton(/^Resultatmål for erhvervshuset/)).toHaveTextContent(/\d+ advarsl/);
  });

  it('explains a wrong field in Danish, opens the settings, and drops the notice once it is right', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await tableList();
    await user.click(screen.getByRole('button', { name: 'Indstillinger' }));
    const total = screen.getByRole('textbox', { name: /Beløb at fordele i kr\. \(valgfrit\)/ });
    await user.type(total, 'en del penge');
    expect(
      screen.getByText('Skriv et beløb i kroner, fx 1.500.000 kr. eller 1.234,50 kr.'),
    ).toBeInTheDocument();
    expect(total).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Ret de markerede felter under Indstillinger først.');
    expect(port.reads).toBe(1);
    expect(port.writes).toHaveLength(0);

    await user.clear(total);
    await user.type(total, '1.500.000');
    expect(screen.queryByText(/Skriv et beløb i kroner/)).not.toBeInTheDocument();
    expect(status).toHaveTextContent(/^$/);
  });

  it('reads and shows the date the Danish way, and checks at that date', async () => {
    const seen: CheckParams[] = [];
    const checker = (s: SnapshotLike, p: CheckParams): CheckResult => {
      seen.push(p);
      return checkWorkbook(s, p);
    };
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port, checker });
    await tableList();
    await user.click(screen.getByRole('button', { name: 'Indstillinger' }));
    const date = screen.getByRole('textbox', { name: /Opgørelsesdato for mål/ });
    expect(date).toHaveValue('30.06.2026');
    expect(date).toHaveAccessibleDescription(/dd\.mm\.åååå/);
    await user.clear(date);
    await user.type(date, '2026-12-31');
    expect(screen.getByText('Skriv datoen som dd.mm.åååå, fx 30.06.2026.')).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '31.12.2026');
    await run(user);
    expect(seen[0].asOf).toBe('2026-12-31');
  });

  it('saves a correction in the settings at once, re-checks, and removes it again', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await tableList();
    await run(user);
    const row = tableButton(/^Fordeling af fælles udgift/);
    expect(row).toHaveTextContent(/\d+ fejl/);
    await user.click(row);
    const correct = screen.getByRole('button', { name: /^Ret læsningen af Fordeling af fælles udgift/ });
    await user.click(correct);
    // The editor opens beside its table, inside the table's details.
    const details = document.getElementById(row.getAttribute('aria-controls')!)!;
    const editor = within(details).getByRole('group', {
      name: /^Ret læsningen af A3:D\d+ på arket Fordeling$/,
    });
    expect(within(editor).getByRole('combobox', { name: 'Tabellens type' })).toHaveFocus();
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Tabellens type' }), 'ignore');
    await user.click(within(editor).getByRole('button', { name: 'Gem og kontrollér' }));

    // Saved in the settings sheet straight away, with nothing else written, and checked again.
    await waitFor(() => expect(port.writes).toHaveLength(1));
    const range = /Fordeling!(A3:D\d+)/.exec(row.textContent ?? '')![1];
    expect(port.writes[0].settings.overrides).toContainEqual(
      expect.objectContaining({ sheet: 'Fordeling', range, kind: 'ignore' }),
    );
    expect(port.writes[0].blocks).toEqual([]);
    expect(port.writes[0].sheets).toEqual([]);
    const again = tableButton(/^Fordeling af fælles udgift/);
    await waitFor(() => expect(again).toHaveTextContent('ignoreres'));
    expect(again).not.toHaveTextContent(/\d+ fejl/);
    expect(again).toHaveTextContent('rettet');

    // Removing it takes it out of the settings too, and the table is judged again.
    await user.click(screen.getByRole('button', { name: /^Ret læsningen af Fordeling af fælles udgift/ }));
    await user.click(screen.getByRole('button', { name: 'Fjern rettelsen' }));
    await waitFor(() => expect(port.writes).toHaveLength(2));
    expect(port.writes[1].settings.overrides).not.toContainEqual(expect.objectContaining({ range }));
    // The check after the removal runs the whole workbook again: slow in jsdom.
    await waitFor(() => expect(tableButton(/^Fordeling af fælles udgift/)).toHaveTextContent(/\d+ fejl/), {
      timeout: 30_000,
    });
    expect(tableButton(/^Fordeling af fælles udgift/)).not.toHaveTextContent('rettet');
  });

  it('closes the editor on Escape and gives focus back to the button that opened it', async () => {
    const port = new MemoryPort(withSelection(sampleSnapshot(), 'Fordeling', 'A3:D35'));
    const { user } = renderApp({ port });
    await tableList();
    const use = screen.getByRole('button', { name: 'Brug markering' });
    await user.click(use);
    const editor = await screen.findByRole('group', { name: 'Ret læsningen af A3:D35 på arket Fordeling' });
    await user.keyboard('{Escape}');
    expect(editor).not.toBeInTheDocument();
    await waitFor(() => expect(use).toHaveFocus());
  });

  it('chooses apportionment columns among the header cells', async () => {
    const port = new MemoryPort(withSelection(sampleSnapshot(), 'Fordeling', 'A3:D35'));
    const { user } = renderApp({ port });
    await tableList();
    await user.click(screen.getByRole('button', { name: 'Brug markering' }));
    const editor = await screen.findByRole('group', { name: 'Ret læsningen af A3:D35 på arket Fordeling' });
    await user.selectOptions(
      within(editor).getByRole('combobox', { name: 'Tabellens type' }),
      'apportionment',
    );
    const party = within(editor).getByRole('combobox', { name: /Kolonne med parter/ });
    expect(within(party).getByRole('option', { name: 'A: Kommune' })).toBeInTheDocument();

    await user.selectOptions(party, '');
    await user.click(within(editor).getByRole('button', { name: 'Gem og kontrollér' }));
    expect(within(editor).getByText('Vælg kolonnen med parter.')).toBeInTheDocument();

    await user.selectOptions(party, 'A');
    await user.selectOptions(within(editor).getByRole('combobox', { name: /Kolonne med nøgle/ }), 'B');
    await user.selectOptions(within(editor).getByRole('combobox', { name: /Kolonne med beløb/ }), 'D');
    await user.click(within(editor).getByRole('button', { name: 'Gem og kontrollér' }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0].settings.overrides).toContainEqual(
      expect.objectContaining({
        sheet: 'Fordeling',
        range: 'A3:D35',
        kind: 'apportionment',
        columns: { party: 'A', key: 'B', amount: 'D' },
      }),
    );
  });

  it('takes one selected cell as the table around it, and never as a table of its own', async () => {
    const inside = new MemoryPort(withSelection(sampleSnapshot(), 'Kulturaftale', 'D4'));
    const first = renderApp({ port: inside });
    await tableList();
    await first.user.click(screen.getByRole('button', { name: 'Brug markering' }));
    expect(
      await screen.findByRole('group', { name: /^Ret læsningen af A3:F6 på arket Kulturaftale$/ }),
    ).toBeInTheDocument();
    first.unmount();

    const outside = new MemoryPort(withSelection(sampleSnapshot(), 'Kulturaftale', 'A1'));
    const { user } = renderApp({ port: outside });
    await tableList();
    await user.click(screen.getByRole('button', { name: 'Brug markering' }));
    expect(
      await screen.findByText('Markér hele tabellen med overskrifter og tal, ikke kun én celle.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /A1 på arket/ })).not.toBeInTheDocument();
  });

  it('says so when there is no selection to use', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await tableList();
    await user.click(screen.getByRole('button', { name: 'Brug markering' }));
    expect(await screen.findByText(/Der er ingen markering at bruge/)).toBeInTheDocument();
  });

  it('shows a failing read as a message with "Prøv igen" that tries again', async () => {
    const port = new MemoryPort(sampleSnapshot(), { failRead: 'Excel er optaget', failReads: 1 });
    const { user } = renderApp({ port });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Noget gik galt');
    expect(alert).toHaveTextContent('Excel er optaget');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    await tableList();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows one progress indicator while it works, with focus kept on the run button', async () => {
    let release: () => void = () => undefined;
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await tableList();
    const realRead = port.read.bind(port);
    port.read = () => new Promise((resolve) => (release = () => void realRead().then(resolve)));
    const button = screen.getByRole('button', { name: 'Kontrollér' });
    await user.click(button);
    expect(screen.getByRole('status')).toHaveTextContent('Læser projektmappen (1 af 3)');
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
    expect(document.querySelector('.fui-Spinner')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await act(async () => release());
    await screen.findByTestId('summary');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByTestId('summary')).toHaveFocus();
  });

  it('says before writing which columns, cells and sheets it adds, and writes that plan only when asked', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await tableList();
    await run(user);
    await user.click(screen.getByRole('button', { name: 'Skriv i projektmappen' }));
    await openDialog('Skriv Fordels resultat i projektmappen?');
    const preview = await screen.findByTestId('write-preview');
    expect(preview).toHaveTextContent(/Kulturaftale!G3:\w+\d+: kolonnen? »Fordel/);
    expect(preview).toHaveTextContent(/arket »Fordel-fund«/);
    expect(preview).toHaveTextContent(/\d+ celler med fund farves/);
    const cells = Number(/I alt ([\d.]+) celler/.exec(preview.textContent ?? '')![1].replace(/\./g, ''));
    expect(preview).toHaveTextContent('Dine egne celler ændres ikke');
    expect(port.writes).toHaveLength(0);
    await user.click(await dialogButton('Skriv'));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    const written = port.writes[0];
    const planned =
      written.blocks.reduce((n, b) => n + b.values.reduce((m, r) => m + r.length, 0), 0) +
      written.sheets.reduce((n, sh) => n + sh.values.reduce((m, r) => m + r.length, 0), 0);
    expect(planned).toBe(cells);
    expect(written.userEdits ?? []).toEqual([]);
  });
});
