import { gridFromRows } from '../../src/core/grid/grid';
import { emptySettings } from '../../src/core/output/plan';
import type { LayoutOverride } from '../../src/core/tables/layout';
import {
  columnChoices,
  mergeOverrides,
  putOverride,
  rangeKey,
  roleLetter,
  withOverrides,
} from '../../src/taskpane/overrides';
import { sampleSnapshot } from './support/memory-port';

const ignoreEu: LayoutOverride = { sheet: 'Fordeling', range: 'A37:C41', kind: 'ignore' };

describe('table corrections', () => {
  it('treats the same range written differently as one key', () => {
    expect(rangeKey('Ark1', '$a$3:$d$9')).toBe(rangeKey('Ark1', 'A3:D9'));
    expect(rangeKey('Ark1', 'A3:D9')).not.toBe(rangeKey('Ark2', 'A3:D9'));
  });

  it('lets a new correction replace a saved one for the same range and keeps the others', () => {
    const saved: LayoutOverride[] = [
      { sheet: 'Fordeling', range: 'a37:c41', kind: 'apportionment' },
      { sheet: 'Kulturaftale', range: 'A3:F6', kind: 'cofinancing' },
    ];
    const merged = mergeOverrides(saved, [ignoreEu]);
    expect(merged).toHaveLength(2);
    expect(merged).toContainEqual(ignoreEu);
    expect(merged).toContainEqual(saved[1]);
  });

  it('upserts the user list', () => {
    const first = putOverride([], ignoreEu);
    const again = putOverride(first, { ...ignoreEu, kind: 'apportionment' });
    expect(again).toEqual([{ ...ignoreEu, kind: 'apportionment' }]);
  });

  it('puts the corrections into the snapshot settings the check reads', () => {
    const snap = sampleSnapshot();
    expect(withOverrides(snap, [])).toBe(snap);
    const next = withOverrides(snap, [ignoreEu]);
    expect(next.settings).toEqual({ ...emptySettings(), overrides: [ignoreEu] });
    expect(next.sheets).toBe(snap.sheets);

    const saved = { ...emptySettings(), owned: ['Fordeling!E3:E35'] };
    expect(withOverrides({ ...snap, settings: saved }, [ignoreEu]).settings).toEqual({
      ...saved,
      overrides: [ignoreEu],
    });
  });

  it('offers the header cells as column choices and maps header text to letters', () => {
    const grid = gridFromRows('Ark1', [
      ['Titel', null, null],
      ['Kommune', 'Indbyggere', 'Beløb'],
      ['Dragør', 14588, 1000],
    ]);
    const choices = columnChoices(grid, {
      sheet: 'Ark1',
      range: 'A2:C3',
      kind: 'apportionment',
      headerRow: 1,
    });
    expect(choices).toEqual([
      { letter: 'A', label: 'A: Kommune', header: 'Kommune' },
      { letter: 'B', label: 'B: Indbyggere', header: 'Indbyggere' },
      { letter: 'C', label: 'C: Beløb', header: 'Beløb' },
    ]);
    expect(roleLetter('b', choices)).toBe('B');
    expect(roleLetter('beløb', choices)).toBe('C');
    expect(roleLetter('Ukendt', choices)).toBe('');
    expect(roleLetter(undefined, choices)).toBe('');
  });

  it('names a column with no header by the first text below it, and finds no role by that text', () => {
    // Tabel B: the column naming the sources has an empty header cell above the years' row.
    const grid = gridFromRows('Kulturaftale', [
      [null, 2021, 2022, 'I alt'],
      ['Kulturregionens egenfinansiering', 1500000, 1500000, 3000000],
      ['Statens medfinansiering', 1500000, 1500000, 3000000],
      [null, null, null, null],
    ]);
    const choices = columnChoices(grid, {
      sheet: 'Kulturaftale',
      range: 'A1:E4',
      kind: 'cofinancing',
      headerRow: 0,
    });
    expect(choices.map((c) => c.label)).toEqual([
      'A (Kulturregionens egenfinansier…)',
      'B: 2021',
      'C: 2022',
      'D: I alt',
      'E',
    ]);
    expect(roleLetter('2022', choices)).toBe('C');
    expect(roleLetter('Kulturregionens egenfinansiering', choices)).toBe('');
  });
});
