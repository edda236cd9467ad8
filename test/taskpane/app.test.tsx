/**
 * The pane against the real check and a workbook held in memory: the sample workbook that ships with
 * Fordel, whose Kulturaftale sheet has own financing under 50 % in 2023 (cell D4).
 */
import { act, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { MemoryPort, sampleSnapshot, withSelection } from './support/memory-port';
import { renderApp } from './support/render-app';

async function runCheck(user: ReturnType<typeof renderApp>['user'], name = 'Kontrollér') {
  await user.click(screen.getByRole('button', { name }));
  return screen.findByRole('heading', { name: /^(Fund|Findings)$/ }, { timeout: 5000 });
}

/** Finding buttons by rule (a CSS query: role queries over a long list are slow in jsdom). */
function findingButtons(rule: string, scope: ParentNode = document): HTMLButtonElement[] {
  return [...scope.querySelectorAll<HTMLButtonElement>(`button[data-rule="${rule}"]`)];
}

function group(name: RegExp): HTMLElement {
  const heading = screen.getByRole('heading', { name });
  return heading.parentElement as HTMLElement;
}

// Rendering Fluent UI in jsdom and typing with user-event is slow; these are not speed tests.
jest.setTimeout(60_000);

describe('the task pane', () => {
  it('lists the tables it found when it opens', async () => {
    const port = new MemoryPort(sampleSnapshot());
    renderApp({ port });
    const list = await screen.findByRole('list', { name: 'Tabeller' });
    const items = within(list).getAllByRole('listitem');
    const text = items.map((li) => li.textContent ?? '');
    expect(text.some((t) => t.includes('Kulturaftale!') && t.includes('Medfinansiering'))).toBe(true);
    expect(text.some((t) => t.includes('Fordeling!') && t.includes('Fordeling'))).toBe(true);
    expect(text.some((t) => t.includes('Resultatmål!') && t.includes('Mål (KPI)'))).toBe(true);
    expect(port.reads).toBe(1);
  });

  it('checks, groups the findings by severity and writes the plan', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await runCheck(user);

    const errors = group(/^Fejl \(\d+\)$/);
    const below = findingButtons('cofinancing-below-minimum', errors).find((b) =>
      b.textContent?.includes('!D4'),
    );
    expect(below).toBeDefined();
    expect(below).toHaveAccessibleName(/^D4 på arket Kulturaftale: /);
    expect(screen.getByRole('heading', { name: /^Advarsler \(\d+\)$/ })).toBeInTheDocument();

    // The counts in the headings are the number of buttons under each.
    for (const name of [/^Fejl \((\d+)\)$/, /^Advarsler \((\d+)\)$/]) {
      const heading = screen.getByRole('heading', { name });
      const count = Number(name.exec(heading.getAttribute('aria-label') ?? '')?.[1]);
      expect(within(heading.parentElement as HTMLElement).getAllByRole('listitem')).toHaveLength(count);
    }

    expect(port.writes).toHaveLength(1);
    expect(port.writes[0].blocks.length).toBeGreaterThan(0);
    expect(screen.getByText(/^Skrev \d+ celler i projektmappen\.$/)).toBeInTheDocument();
  });

  it('selects the cell a finding points at, by mouse and by keyboard', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await runCheck(user);
    const below = findingButtons('cofinancing-below-minimum').find((b) => b.textContent?.includes('!D4'));
    await user.click(below!);
    expect(port.selected).toContainEqual(['Kulturaftale', 'D4']);

    port.selected.length = 0;
    below!.focus();
    await user.keyboard('{Enter}');
    expect(port.selected).toEqual([['Kulturaftale', 'D4']]);
  });

  it('does not write when writing is turned off', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await user.click(screen.getByRole('checkbox', { name: 'Skriv kolonner og fund i projektmappen' }));
    await runCheck(user);
    expect(port.writes).toHaveLength(0);
    expect(screen.getByText('Intet blev skrevet (valgt fra).')).toBeInTheDocument();
  });

  it('shows clearly that nothing was written when the workbook refuses', async () => {
    const refused = { da: 'Arket Fordeling er beskyttet.', en: 'The sheet Fordeling is protected.' };
    const port = new MemoryPort(sampleSnapshot(), { refuse: refused });
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await runCheck(user);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Intet blev skrevet');
    expect(alert).toHaveTextContent('Arket Fordeling er beskyttet.');
    expect(screen.queryByText(/^Skrev \d+ celler/)).not.toBeInTheDocument();
  });

  it('shows the check refusing to write into a protected sheet, and writes nothing', async () => {
    const snap = sampleSnapshot();
    const sheets = snap.sheets.map((g) => (g.name === 'Kulturaftale' ? { ...g, protected: true } : g));
    const port = new MemoryPort({ ...snap, sheets });
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await runCheck(user);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Intet blev skrevet');
    expect(alert).toHaveTextContent('Kulturaftale');
    expect(port.writes).toHaveLength(0);
    // The findings are still shown: the check ran, only the writing was refused.
    expect(screen.getByRole('heading', { name: /^Fejl \(\d+\)$/ })).toBeInTheDocument();
  });

  it('switches language, findings included', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await user.click(screen.getByRole('button', { name: 'Switch the pane to English' }));
    expect(screen.getByRole('list', { name: 'Tables' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('lang', 'en');
    await runCheck(user, 'Check');
    expect(screen.getByRole('heading', { name: /^Errors \(\d+\)$/ })).toBeInTheDocument();
    const below = findingButtons('cofinancing-below-minimum')[0];
    expect(below).toHaveAccessibleName(/ on sheet Kulturaftale: /);
    await user.click(screen.getByRole('button', { name: 'Skift ruden til dansk' }));
    expect(screen.getByRole('heading', { name: /^Fejl \(\d+\)$/ })).toBeInTheDocument();
  });

  it('explains a total it cannot read in Danish and does not run', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    const total = screen.getByRole('textbox', { name: /Beløb at fordele/ });
    await user.type(total, 'en del penge');
    expect(screen.getByText('Skriv et beløb i kroner, fx 1.500.000 eller 1.234,50.')).toBeInTheDocument();
    expect(total).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    expect(screen.getByText('Ret de markerede felter først.')).toBeInTheDocument();
    expect(port.reads).toBe(1);
    expect(port.writes).toHaveLength(0);

    await user.clear(total);
    await user.type(total, '1.500.000');
    expect(screen.queryByText(/Skriv et beløb i kroner/)).not.toBeInTheDocument();

    const share = screen.getByRole('textbox', { name: /Mindste egenfinansiering/ });
    await user.clear(share);
    await user.type(share, '120');
    expect(screen.getByText(/Skriv en procent mellem 0 og 100/)).toBeInTheDocument();
  });

  it('judges the minimum own share by the percentage the user gives', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    const share = screen.getByRole('textbox', { name: /Mindste egenfinansiering/ });
    await user.clear(share);
    await user.type(share, '45');
    await runCheck(user);
    // 1.400.000 of 2.900.000 is 48,3 %: fine when the minimum is 45 %.
    expect(findingButtons('cofinancing-below-minimum')).toEqual([]);
    expect(findingButtons('total-mismatch').length).toBeGreaterThan(0);
  });

  it('saves a correction with the next check', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    const list = await screen.findByRole('list', { name: 'Tabeller' });
    const fordeling = within(list)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('Fordeling!'))!;
    const range = /Fordeling!([A-Z]+\d+:[A-Z]+\d+)/.exec(fordeling.textContent ?? '')![1];
    await user.click(within(fordeling).getByRole('button', { name: /^Ret tabellen/ }));

    const editor = screen.getByRole('group', { name: `Ret ${range} på arket Fordeling` });
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Tabellens type' }), 'ignore');
    await user.click(within(editor).getByRole('button', { name: 'Gem rettelse' }));

    const row = within(screen.getByRole('list', { name: 'Tabeller' }))
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes(`Fordeling!${range}`))!;
    expect(row).toHaveTextContent('Ignorer');
    expect(row).toHaveTextContent('rettet');

    await runCheck(user);
    expect(port.writes[0].settings.overrides).toContainEqual(
      expect.objectContaining({ sheet: 'Fordeling', range, kind: 'ignore' }),
    );
  });

  it('chooses apportionment columns among the header cells', async () => {
    const snap = withSelection(sampleSnapshot(), 'Fordeling', 'A3:D35');
    const port = new MemoryPort(snap);
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await user.click(screen.getByRole('button', { name: 'Brug den markerede celleblok som en tabel' }));
    const editor = await screen.findByRole('group', { name: 'Ret A3:D35 på arket Fordeling' });
    expect(within(editor).getByRole('combobox', { name: 'Tabellens type' })).toHaveFocus();
    await user.selectOptions(
      within(editor).getByRole('combobox', { name: 'Tabellens type' }),
      'apportionment',
    );
    const party = within(editor).getByRole('combobox', { name: /Kolonne med parter/ });
    expect(within(party).getByRole('option', { name: 'A: Kommune' })).toBeInTheDocument();

    // Saving without a party column is not allowed.
    await user.selectOptions(party, '');
    await user.click(within(editor).getByRole('button', { name: 'Gem rettelse' }));
    expect(within(editor).getByText('Vælg kolonnen med parter.')).toBeInTheDocument();

    await user.selectOptions(party, 'A');
    await user.selectOptions(within(editor).getByRole('combobox', { name: /Kolonne med nøgle/ }), 'B');
    await user.selectOptions(within(editor).getByRole('combobox', { name: /Kolonne med beløb/ }), 'D');
    await user.click(within(editor).getByRole('button', { name: 'Gem rettelse' }));
    await runCheck(user);
    expect(port.writes[0].settings.overrides).toContainEqual(
      expect.objectContaining({
        sheet: 'Fordeling',
        range: 'A3:D35',
        kind: 'apportionment',
        columns: { party: 'A', key: 'B', amount: 'D' },
      }),
    );
  });

  it('says so when there is no selection to use', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await user.click(screen.getByRole('button', { name: 'Brug den markerede celleblok som en tabel' }));
    expect(await screen.findByText(/Der er ingen markering at bruge/)).toBeInTheDocument();
  });

  it('shows a failing read as a message instead of crashing', async () => {
    const port = new MemoryPort(sampleSnapshot(), { failRead: 'Excel er optaget' });
    renderApp({ port });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Noget gik galt');
    expect(alert).toHaveTextContent('Excel er optaget');
  });

  it('has no accessibility violations, before and after a check', async () => {
    // One sheet keeps the findings list short enough for axe to walk in jsdom.
    const snap = sampleSnapshot();
    const port = new MemoryPort({ ...snap, sheets: snap.sheets.filter((g) => g.name === 'Kulturaftale') });
    const { user, container } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    expect(await axe(container)).toHaveNoViolations();
    await runCheck(user);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getAllByRole('button', { name: /^Ret tabellen/ })[0]);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows the steps while it works', async () => {
    let release: () => void = () => undefined;
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    const realRead = port.read.bind(port);
    port.read = () => new Promise((resolve) => (release = () => void realRead().then(resolve)));
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    expect(await screen.findByText('Læser projektmappen (1/3)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kontrollerer …' })).toBeDisabled();
    await act(async () => release());
    await screen.findByRole('heading', { name: 'Fund' });
    expect(screen.queryByText(/\(1\/3\)/)).not.toBeInTheDocument();
  });
});
