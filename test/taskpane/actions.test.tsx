/**
 * The two actions that change the workbook beyond Fordel's own columns: inserting the exact split into
 * the user's amount column (after a confirmation) and removing everything Fordel wrote.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { checkWorkbook, type SnapshotLike } from '../../src/core/check/check-workbook';
import type { CheckParams } from '../../src/core/check/params';
import type { CheckResult, ResultItem } from '../../src/core/check/result';
import { planClean } from '../../src/core/output/clean-plan';
import { groupFindings } from '../../src/taskpane/results/items';
import { MemoryPort, sampleSnapshot } from './support/memory-port';
import { renderApp } from './support/render-app';

jest.setTimeout(240_000);

/**
 * The check with a certain fix on the split table, as the check gives it once it diagnoses splits: the
 * split's items, the first carrying the exact amounts; with applySplit the plan carries them as edits.
 */
function withSplitFix(calls: CheckParams[]) {
  return (snapshot: SnapshotLike, params: CheckParams): CheckResult => {
    calls.push(params);
    const result = checkWorkbook(snapshot, params);
    const split = result.tables.find((t) => t.kind === 'apportionment')!;
    const edits = [{ sheet: split.sheet, row: 3, col: 3, value: 10837, previous: 11250 }];
    const items: ResultItem[] = groupFindings(result, snapshot.sheetNames).map((item) =>
      item.tableId === split.id && item.rule === 'split-mismatch'
        ? { ...item, fix: { kind: 'apply-split', tableId: split.id, edits } }
        : item,
    );
    const applied = params.applySplit?.includes(split.id);
    return { ...result, items, plan: applied ? { ...result.plan, userEdits: edits } : result.plan };
  };
}

describe('inserting the exact split', () => {
  it('asks first, then checks again with the split applied and says it is one undo step', async () => {
    const calls: CheckParams[] = [];
    const port = new MemoryPort(sampleSnapshot(), { undoGroup: true });
    const { user } = renderApp({ port, checker: withSplitFix(calls) });
    await screen.findByRole('list', { name: 'Tabeller' });
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByTestId('summary');
    await user.click(screen.getByRole('button', { name: /Fordeling af fælles udgift/ }));

    const insert = screen.getByRole('button', { name: 'Indsæt den præcise fordeling' });
    await user.click(insert);
    const dialog = await screen.findByRole('dialog', { name: 'Indsæt den præcise fordeling?' });
    expect(dialog).toHaveTextContent('1 af dine egne celler på arket Fordeling');
    // Cancelling writes nothing and gives focus back.
    await user.click(within(dialog).getByRole('button', { name: 'Annuller' }));
    expect(port.writes).toHaveLength(1);
    await waitFor(() => expect(insert).toHaveFocus());

    await user.click(insert);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Indsæt' }));
    await waitFor(() => expect(port.writes).toHaveLength(2));
    expect(calls[1].applySplit).toEqual([expect.stringContaining('Fordeling!')]);
    expect(port.writes[1].userEdits).toHaveLength(1);
    const summary = await screen.findByTestId('summary');
    await waitFor(() => expect(summary).toHaveTextContent('Den præcise fordeling er indsat i 1 celler.'));
    expect(summary).toHaveTextContent('Fortryd i Excel tager det hele tilbage i ét trin.');
  });

  it('says when Excel could not make it one undo step', async () => {
    const port = new MemoryPort(sampleSnapshot(), { undoGroup: false });
    const { user } = renderApp({ port, checker: withSplitFix([]) });
    await screen.findByRole('list', { name: 'Tabeller' });
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByTestId('summary');
    await user.click(screen.getByRole('button', { name: /Fordeling af fælles udgift/ }));
    await user.click(screen.getByRole('button', { name: 'Indsæt den præcise fordeling' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Indsæt' }));
    await waitFor(() => expect(screen.getByTestId('summary')).toHaveTextContent('indsat i 1 celler'));
    expect(screen.getByTestId('summary')).toHaveTextContent(
      'Excel kunne ikke samle det til ét fortrydelsestrin.',
    );
  });
});

describe("removing Fordel's output", () => {
  it('offers it only once there is output, asks first, and removes what the settings record', async () => {
    const port = new MemoryPort(sampleSnapshot(), { canClean: true, undoGroup: true });
    const { user } = renderApp({ port });
    await screen.findByRole('list', { name: 'Tabeller' });
    expect(screen.queryByRole('button', { name: 'Fjern Fordels output' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kontrollér' }));
    await screen.findByTestId('summary');
    const written = port.writes[0].settings;

    const remove = screen.getByRole('button', { name: 'Fjern Fordels output' });
    await user.click(remove);
    const dialog = await screen.findByRole('dialog', { name: 'Fjern Fordels output?' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Fjern også Fordels gemte rettelser' }));
    await user.click(within(dialog).getByRole('button', { name: 'Fjern' }));
    await waitFor(() => expect(port.cleans).toHaveLength(1));
    expect(port.cleans[0]).toEqual(planClean(written, { removeSettings: true }));
    expect(port.cleans[0].ranges.length).toBeGreaterThan(0);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Fordels output er fjernet. Fortryd i Excel tager det hele tilbage i ét trin.',
    );
    expect(screen.queryByTestId('summary')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Fjern Fordels output' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Kontrollér' })).toHaveFocus());
  });
});
