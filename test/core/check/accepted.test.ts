/**
 * An item marked as fine stays out of the list, the findings and the verdict while the values it was
 * about are unchanged, and comes back as soon as one of them changes.
 */
import { acceptItem } from '../../../src/core/check/accepted';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { CheckParams } from '../../../src/core/check/params';
import { decimal } from '../../../src/core/decimal/decimal';
import { gridFromRows, type SheetGrid } from '../../../src/core/grid/grid';
import { emptySettings, type FordelSettings } from '../../../src/core/output/plan';
import { settingsFromValues, settingsToValues } from '../../../src/core/output/settings-sheet';
import { SAMPLE_SHEETS } from '../../../examples/sample-workbook';

const PARAMS: CheckParams = {
  lang: 'da',
  asOf: '2025-06-30',
  unit: 100n,
  total: null,
  minOwnShare: decimal(50),
};

/** The EU office's first member named as one body, not as "Universiteter": an unknown party, said as an info. */
function namedMember(rows: unknown[][], sheet: string): void {
  if (sheet !== 'Fordeling') return;
  const row = rows.find((r) => r[0] === 'Universiteter');
  if (row) row[0] = 'Danmarks Tekniske Universitet';
}

function snapshot(settings: FordelSettings | null, edit?: (rows: unknown[][], sheet: string) => void) {
  const sheets: SheetGrid[] = SAMPLE_SHEETS.map((s) => {
    const rows = s.rows.map((r) => [...r]);
    namedMember(rows, s.name);
    edit?.(rows, s.name);
    return gridFromRows(s.name, rows as never);
  });
  return { sheets, sheetNames: sheets.map((g) => g.name), settings };
}

const grids = (snap: ReturnType<typeof snapshot>) => new Map(snap.sheets.map((g) => [g.name, g]));

describe('accepted items', () => {
  const before = checkWorkbook(snapshot(null), PARAMS);
  // The unknown party of the EU office (info) and the typo in C41 (an error).
  const unknown = before.items!.find((i) => i.rule === 'unknown-party')!;
  const typo = before.items!.find((i) => i.rule === 'digit-typo' && i.cell === 'C41')!;

  it('leaves the list, the findings and the verdict while the values are unchanged', () => {
    const snap = snapshot(null);
    const accepted = [acceptItem(typo, grids(snap), 'Aftalt med EU-kontoret', '2026-12-01')];
    const after = checkWorkbook(snapshot({ ...emptySettings(), accepted }), PARAMS);
    expect(after.items!.some((i) => i.id === typo.id)).toBe(false);
    expect(after.accepted).toEqual([
      expect.objectContaining({ item: expect.objectContaining({ id: typo.id }) }),
    ]);
    expect(after.accepted![0].accepted.note).toBe('Aftalt med EU-kontoret');
    for (const f of typo.findings) expect(after.findings).not.toContainEqual(f);
    const eu = after.verdicts!.find((v) => v.tableId === typo.tableId)!;
    const euBefore = before.verdicts!.find((v) => v.tableId === typo.tableId)!;
    expect(eu.errors).toBeLessThan(euBefore.errors);
  });

  it('comes back when one of its values changes', () => {
    const accepted = [acceptItem(unknown, grids(snapshot(null)), '', '2026-12-01')];
    const same = checkWorkbook(snapshot({ ...emptySettings(), accepted }), PARAMS);
    expect(same.items!.some((i) => i.rule === 'unknown-party')).toBe(false);
    // Someone renames one of the parties: the acceptance no longer holds.
    const renamed = snapshot({ ...emptySettings(), accepted }, (rows, sheet) => {
      if (sheet !== 'Fordeling') return;
      const row = rows.find((r) => r[0] === 'Danmarks Tekniske Universitet');
      if (row) row[0] = 'DTU';
    });
    const changed = checkWorkbook(renamed, PARAMS);
    expect(changed.accepted).toEqual([]);
    expect(changed.items!.some((i) => i.rule === 'unknown-party')).toBe(true);
  });

  it('is kept in the settings sheet and read back', () => {
    const accepted = [acceptItem(unknown, grids(snapshot(null)), 'Kendte parter', '2026-12-01')];
    const back = settingsFromValues(settingsToValues({ ...emptySettings(), accepted }));
    expect(back?.accepted).toEqual(accepted);
    // Older settings without the field still read.
    expect(settingsFromValues(settingsToValues(emptySettings()))?.accepted).toBeUndefined();
  });
});
