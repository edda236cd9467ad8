/**
 * What changes the workbook beyond reading it, each only after the user saw what it will do: a fix of the
 * user's own cells (exactly the cells listed, old -> new), marking an item as fine, and removing everything
 * Fordel wrote.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { planClean } from '../../src/core/output/clean-plan';
import { MemoryPort, sampleSnapshot } from './support/memory-port';
import type { RawValue, SheetGrid } from '../../src/core/grid/grid';
import type { WriteBlock } from '../../src/core/output/plan';
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

type User = ReturnType<typeof renderApp>['user'];

async function checkAndOpen(user: User, table: RegExp) {
  await screen.findByRole('list', { name: 'Tabeller' });
  await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
  await screen.findByTestId('summary');
  const row = [...document.querySelectorAll<HTMLElement>('li[data-table] > button')].find((b) =>
    table.test(b.textContent?.replace(/^[▸▾]/, '') ?? ''),
  )!;
  await user.click(row);
  return { row, details: document.getElementById(row.getAttribute('aria-controls')!)! };
}

describe('a fix', () => {
  it('lists the cell with its old and new value, and writes that cell and nothing else', async () => {
    const port = new MemoryPort(sampleSnapshot(), { undoGroup: true });
    const { user } = renderApp({ port });
    const { row, details } = await checkAndOpen(user, /^EU-kontor/);
    expect(row).toHaveTextContent(/\d+ fejl/);

    const fix = within(details).getByRole('button', { name: 'Ret C41' });
    await user.click(fix);
    await openDialog('Ret 1 celle?');
    expect(await screen.findByTestId('fix-lines')).toHaveTextContent(
      'Fordeling!C41: 6.852.000 kr. → 6.825.000 kr.',
    );
    // Cancelling writes nothing and gives focus back.
    await user.click(await dialogButton('Annuller'));
    expect(port.writes).toHaveLength(0);
    await waitFor(() => expect(fix).toHaveFocus());

    await user.click(fix);
    await user.click(await dialogButton('Ret'));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    const plan = port.writes[0];
    expect(plan.blocks).toEqual([]);
    expect(plan.highlights).toEqual([]);
    expect(plan.sheets).toEqual([]);
    expect(plan.userEdits).toEqual([
      expect.objectContaining({ sheet: 'Fordeling', row: 40, col: 2, value: 6_825_000, previous: 6_852_000 }),
    ]);
    // The table is checked again on the corrected workbook: the typo is gone.
    const summary = screen.getByTestId('summary');
    await waitFor(() => expect(summary).toHaveTextContent('Rettede 1 celle. Tabellen er kontrolleret igen.'));
    expect(summary).toHaveTextContent('Fortryd i Excel tager det hele tilbage i ét trin.');
    expect(tableRow('EU-kontor')).not.toHaveTextContent(/\d+ fejl/);
  });

  it('says why there is no fix where the split cannot be certain', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    const { details } = await checkAndOpen(user, /^Fordeling af fælles udgift/);
    expect(details).toHaveTextContent('»Glostrup« står to gange: ret det først');
    expect(within(details).queryByRole('button', { name: /^Ret [A-Z]+\d+$/ })).not.toBeInTheDocument();
  });
});

describe('an item marked as fine', () => {
  it('is remembered with its note, shown apart, can be undone, and comes back when its values change', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    const { details } = await checkAndOpen(user, /^EU-kontor/);
    const before = details.querySelectorAll('[data-item]').length;
    // The municipalities' amount with two digits swapped: the user knows it was agreed that way.
    await user.click(within(details).getByRole('button', { name: /^I orden: markér Fordeling!C41/ }));
    await openDialog('Markér som i orden?');
    await user.type(
      within(await openDialog('Markér som i orden?')).getByLabelText('Begrundelse (valgfri)'),
      'Aftalt beløb',
    );
    await user.click(await dialogButton('Markér som i orden'));

    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0].settings.accepted).toEqual([
      expect.objectContaining({
        rule: 'digit-typo',
        sheet: 'Fordeling',
        cell: 'C41',
        note: 'Aftalt beløb',
      }),
    ]);
    expect(port.writes[0].blocks).toEqual([]);
    const now = () => document.getElementById(tableRow('EU-kontor').getAttribute('aria-controls')!)!;
    await waitFor(() => expect(now().querySelectorAll('[data-item]')).toHaveLength(before - 1));
    expect(within(now()).getByTestId('accepted')).toHaveTextContent('Aftalt beløb');

    // Someone types the amount again, with another slip: the values it was about changed, so the item is back.
    port.type('Fordeling', 40, 2, 6_820_500);
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await waitFor(() => expect(now().querySelectorAll('[data-item]')).toHaveLength(before));
    expect(within(now()).queryByTestId('accepted')).not.toBeInTheDocument();
  });

  it('can be undone', async () => {
    const port = new MemoryPort(sampleSnapshot());
    const { user } = renderApp({ port });
    const { details } = await checkAndOpen(user, /^EU-kontor/);
    await user.click(within(details).getByRole('button', { name: /^I orden: markér Fordeling!C41/ }));
    await user.click(await dialogButton('Markér som i orden'));
    const undo = await waitFor(() => {
      const b = document.querySelector<HTMLElement>('[data-testid="accepted"] button');
      if (!b) throw new Error('no undo');
      return b;
    });
    expect(undo).toHaveAccessibleName(/^Fortryd: vis Fordeling!C41/);
    await user.click(undo);
    await waitFor(() => expect(port.writes).toHaveLength(2));
    expect(port.writes[1].settings.accepted).toEqual([]);
    await waitFor(() => expect(screen.queryByTestId('accepted')).not.toBeInTheDocument());
  });
});

describe("removing Fordel's output", () => {
  it('offers it only once there is output, asks first, and removes what the settings record', async () => {
    const port = new MemoryPort(sampleSnapshot(), { canClean: true, undoGroup: true });
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByTestId('summary');
    expect(screen.queryByRole('button', { name: 'Fjern Fordels output' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skriv i projektmappen' }));
    await user.click(await dialogButton('Skriv'));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    const written = port.writes[0].settings;
    // The sheets as Excel holds them after the write, with Fordel's columns in place (the memory port keeps
    // only the settings). The pane plans the clean from the sheets as they are, so the core can tell
    // Fordel's cells from the user's: a column counts only under the header Fordel recorded writing.
    port.snapshot = { ...port.snapshot, sheets: withBlocks(port.snapshot.sheets, port.writes[0].blocks) };
    const sheets = port.snapshot.sheets;

    const remove = await screen.findByRole('button', { name: 'Fjern Fordels output' });
    await user.click(remove);
    await openDialog('Fjern Fordels output?');
    await user.click(
      within(await openDialog('Fjern Fordels output?')).getByLabelText('Fjern også Fordels gemte rettelser'),
    );
    await user.click(await dialogButton('Fjern'));
    await waitFor(() => expect(port.cleans).toHaveLength(1));
    expect(port.cleans[0]).toEqual(planClean(written, { removeSettings: true, grids: sheets }));
    expect(port.cleans[0].keptCells).toEqual([]);
    expect(port.cleans[0].ranges.length).toBeGreaterThan(0);
    // Every range Fordel wrote is still whole under its headers, so all of it is taken back.
    expect(port.cleans[0].ranges).toEqual(written.owned);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Fordels output er fjernet. Fortryd i Excel tager det hele tilbage i ét trin.',
    );
    expect(screen.queryByTestId('summary')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Fjern Fordels output' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Kontrollér' })).toHaveFocus());
  });
});

/** The grids with each block's values written in at its place, the used range grown to hold them. */
function withBlocks(grids: readonly SheetGrid[], blocks: readonly WriteBlock[]): SheetGrid[] {
  return grids.map((g) => {
    const mine = blocks.filter((b) => b.sheet === g.name);
    if (!mine.length) return g;
    const cells = new Map<string, RawValue>();
    g.values.forEach((row, r) =>
      row.forEach((v, c) => cells.set(`${g.origin.row + r},${g.origin.col + c}`, v)),
    );
    let bottom = g.origin.row + g.values.length - 1;
    let right = g.origin.col + (g.values[0]?.length ?? 0) - 1;
    for (const b of mine) {
      b.values.forEach((row, r) =>
        row.forEach((v, c) => cells.set(`${b.top + r},${b.left + c}`, v as RawValue)),
      );
      bottom = Math.max(bottom, b.top + b.values.length - 1);
      right = Math.max(right, b.left + (b.values[0]?.length ?? 0) - 1);
    }
    const values = Array.from({ length: bottom - g.origin.row + 1 }, (_, r) =>
      Array.from(
        { length: right - g.origin.col + 1 },
        (_, c) => cells.get(`${g.origin.row + r},${g.origin.col + c}`) ?? null,
      ),
    );
    return { name: g.name, origin: g.origin, values };
  });
}
