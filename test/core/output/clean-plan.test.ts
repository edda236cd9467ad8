import { parseA1Range } from '../../../src/core/grid/a1';
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { planClean, isEmptyClean } from '../../../src/core/output/clean-plan';
import { emptySettings, SETTINGS_SHEET, type FordelSettings } from '../../../src/core/output/plan';
import { carryFills, fillsToRecord, savedFill } from '../../../src/core/output/saved-fills';
import { settingsFromValues, settingsToValues } from '../../../src/core/output/settings-sheet';
import { PARAMS, sheet, snapshot, tabelB } from '../check/fixtures';

const ran: FordelSettings = {
  version: 1,
  overrides: [{ sheet: 'Ark1', range: 'A3:F6', kind: 'cofinancing' }],
  owned: ['Ark1!G3:H6', "'Ark 2'!E1:E9"],
  ownedSheets: ['Fordel-fund', 'medfinansiering Ark1 A3'],
  fills: [
    { sheet: 'Ark1', range: 'D4', color: null },
    { sheet: 'Ark1', range: 'F4:F5', color: '#00B050' },
  ],
  widths: [
    { sheet: 'Ark1', column: 'G', width: null },
    { sheet: 'Fordel-fund', column: 'A', width: 9 },
  ],
  lastRun: '2026-11-24',
};

describe('planClean', () => {
  it('removes every range, sheet and fill the settings record, keeping the corrections when asked', () => {
    const plan = planClean(ran, { removeSettings: false });
    expect(plan.ranges).toEqual(ran.owned);
    expect(plan.sheets).toEqual(ran.ownedSheets);
    expect(plan.fills).toEqual(ran.fills);
    // Widths on a sheet that is deleted anyway are left out.
    expect(plan.widths).toEqual([ran.widths![0]]);
    expect(plan.removeSettings).toBe(false);
    expect(plan.settings).toEqual({
      ...ran,
      owned: [],
      ownedSheets: [],
      sheetMarks: [],
      written: [],
      fills: [],
      widths: [],
    });
    expect(plan.settings?.overrides).toEqual(ran.overrides);
  });

  it('with removeSettings leaves no settings to write', () => {
    const plan = planClean(ran, { removeSettings: true });
    expect(plan.removeSettings).toBe(true);
    expect(plan.settings).toBeUndefined();
    expect(plan.ranges).toHaveLength(2);
  });

  it('never deletes the settings sheet as an owned sheet, and skips fills on sheets it deletes', () => {
    const plan = planClean(
      {
        ...ran,
        ownedSheets: ['Fordel-fund', SETTINGS_SHEET.toUpperCase()],
        fills: [{ sheet: 'Fordel-fund', range: 'A1', color: null }],
      },
      { removeSettings: false },
    );
    expect(plan.sheets).toEqual(['Fordel-fund']);
    expect(plan.fills).toEqual([]);
  });

  it('has nothing to do on a workbook Fordel never wrote to', () => {
    expect(isEmptyClean(planClean(null, { removeSettings: false }))).toBe(true);
    expect(isEmptyClean(planClean(emptySettings(), { removeSettings: false }))).toBe(true);
    expect(isEmptyClean(planClean(ran, { removeSettings: false }))).toBe(false);
  });
});

describe('saved fills across reruns', () => {
  const mark = (range: string) => ({
    sheet: 'Ark1',
    range: parseA1Range(range)!,
    severity: 'error' as const,
  });

  it('keeps the fill from before the first highlight while the cell stays highlighted', () => {
    const carried = carryFills(ran.fills!, [mark('D4'), mark('F4:F5')]);
    expect(carried.kept).toEqual(ran.fills);
    expect(carried.restore).toEqual([]);
  });

  it('puts the fill back where a rerun no longer highlights, cell by cell when a range is split', () => {
    const carried = carryFills(ran.fills!, [mark('F5')]);
    expect(carried.kept).toEqual([{ sheet: 'Ark1', range: 'F5', color: '#00B050' }]);
    expect(carried.restore).toEqual([
      { sheet: 'Ark1', range: 'D4', color: null },
      { sheet: 'Ark1', range: 'F4', color: '#00B050' },
    ]);
  });

  it('asks the adapter to record only cells without a saved fill', () => {
    expect(fillsToRecord([mark('D4'), mark('E4'), mark('D4:E5')], ran.fills!)).toEqual([
      { sheet: 'Ark1', range: mark('E4').range },
      { sheet: 'Ark1', range: mark('D5').range },
      { sheet: 'Ark1', range: mark('E5').range },
    ]);
  });

  it('survives the settings sheet', () => {
    expect(settingsFromValues(settingsToValues(ran))).toEqual(ran);
    const damaged = settingsToValues({ ...ran, fills: [{ sheet: 'Ark1' } as never, ran.fills![0]] });
    expect(settingsFromValues(damaged)?.fills).toEqual([ran.fills![0]]);
  });

  it('a check keeps highlighted cells in the settings and hands back the fills of fixed ones', () => {
    const wrong = sheet('Ark1', tabelB(1_400_000));
    const first = checkWorkbook(snapshot([wrong], { ...emptySettings(), overrides: ran.overrides }), PARAMS);
    expect(first.plan.highlights.length).toBeGreaterThan(0);
    expect(first.plan.restoreFills).toEqual([]);
    // The adapter records what was there before painting.
    const recorded = fillsToRecord(first.plan.highlights, first.plan.settings.fills ?? []).map((r) =>
      savedFill(r.sheet, r.range, null),
    );
    const afterFirst = { ...first.plan.settings, fills: recorded };

    const again = checkWorkbook(snapshot([wrong], afterFirst), PARAMS);
    expect(again.plan.settings.fills).toEqual(recorded);
    expect(again.plan.restoreFills).toEqual([]);

    const fixed = checkWorkbook(snapshot([sheet('Ark1', tabelB())], afterFirst), PARAMS);
    expect(fixed.plan.highlights).toEqual([]);
    expect(fixed.plan.settings.fills).toEqual([]);
    expect(fixed.plan.restoreFills).toEqual(recorded);
  });

  it('a rerun over moved output keeps the earlier range Fordel wrote until it is cleaned', () => {
    const settings = { ...emptySettings(), overrides: ran.overrides, owned: ['Ark1!K3:K6', 'Ark1!G3:G5'] };
    const result = checkWorkbook(snapshot([sheet('Ark1', tabelB())], settings), PARAMS);
    const now = result.plan.blocks.filter((b) => b.values.some((r) => r.some((v) => v !== null)));
    expect(now).toHaveLength(1);
    // G3:G5 lies inside this run's columns; K3:K6 is only emptied, its formats are still Fordel's.
    expect(result.plan.settings.owned).toContain('Ark1!K3:K6');
    expect(result.plan.settings.owned).not.toContain('Ark1!G3:G5');
    expect(planClean(result.plan.settings, { removeSettings: false }).ranges).toEqual(
      result.plan.settings.owned,
    );
  });
});
