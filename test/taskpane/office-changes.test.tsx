/** The pane's port in Excel (withOfficeChanges) offers everything the adapter does, not only read and write. */
import type { WorkbookPort } from '../../src/workbook/port';
import { withOfficeChanges } from '../../src/taskpane/office-changes';

describe('the port with Excel’s change events', () => {
  it('passes on inserting a table, cleaning and selecting', async () => {
    const calls: string[] = [];
    const report = { written: true, cells: 1, syncs: 1 };
    const port: WorkbookPort = {
      read: async () => ({ sheets: [], sheetNames: [], settings: null }),
      write: async () => report,
      select: async () => void calls.push('select'),
      clean: async () => (calls.push('clean'), report),
      insertTable: async (at) => (calls.push(`insert ${at.sheet}`), report),
    };
    const wrapped = withOfficeChanges(port);
    expect(wrapped.insertTable).toBeDefined();
    const plan = { rows: 1, cols: 1, cells: [], totalCell: { row: 0, col: 0 } };
    await expect(wrapped.insertTable!({ sheet: 'Ark1', top: 0, left: 0 }, plan)).resolves.toBe(report);
    await wrapped.clean!({ ranges: [], sheets: [], restore: [], settings: null } as never);
    await wrapped.select!('Ark1', 'A1');
    expect(calls).toEqual(['insert Ark1', 'clean', 'select']);
  });
});
