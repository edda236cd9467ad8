/**
 * The exact split into the user's own amount column, only for the tables the user confirmed and only
 * where the fix is certain; the plan carries each edit with the value it replaces.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { withEdits } from '../../../src/core/diagnose/apply-split';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

/** Six municipalities, amounts from one-decimal shares of 500.000 kr.; one amount typed as Danish text. */
function rounded(): RawValue[][] {
  const pops = [27_883, 26_317, 49_618, 39_494, 104_481, 660_842];
  const all = pops.reduce((a, b) => a + b, 0);
  const names = ['Albertslund', 'Allerød', 'Ballerup', 'Bornholm', 'Frederiksberg', 'København'];
  return [
    ['Fordeling af udgift'],
    ['Kommune', 'Indbyggere', 'Andel i pct.', 'Beløb (kr.)'],
    ...pops.map((p, i): RawValue[] => {
      const tenths = Math.round((p * 1000) / all);
      const amount = (500_000 * tenths) / 1000;
      return [names[i], p, tenths / 10, i === 2 ? amount.toLocaleString('da-DK') : amount];
    }),
    ['I alt', all, 100, 500_000],
  ];
}

describe('applySplit', () => {
  const snap = snapshot([sheet('Fordeling', rounded())]);
  const id = 'Fordeling!A2';

  it('offers the fix on the item that explains the split, without writing it', () => {
    const result = checkWorkbook(snap, PARAMS);
    expect(result.plan.userEdits).toBeUndefined();
    const withFix = result.items!.filter((it) => it.fix);
    expect(withFix).toHaveLength(1);
    expect(withFix[0].rule).toBe('rounded-shares');
    expect(withFix[0].fix!.tableId).toBe(id);
  });

  it('puts the exact amounts into plan.userEdits with the values they replace', () => {
    const before = checkWorkbook(snap, PARAMS);
    const result = checkWorkbook(snap, { ...PARAMS, applySplit: [id] });
    const edits = result.plan.userEdits!;
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.every((e) => e.sheet === 'Fordeling' && e.col === 3)).toBe(true);
    const rows = rounded();
    for (const e of edits) expect(e.previous).toEqual(rows[e.row][e.col]);
    // The text amount "…" is listed as the text it was.
    expect(edits.some((e) => typeof e.previous === 'string')).toBe(true);
    expect(result.applied).toEqual(edits);

    // Applied, the amounts sum exactly to the total and the split has nothing left to say.
    const after = checkWorkbook(withEdits(snap, edits), PARAMS);
    expect(after.findings.filter((f) => f.rule.startsWith('split-') || f.rule === 'rounded-shares')).toEqual(
      [],
    );
    const grid = withEdits(snap, edits).sheets[0];
    const amounts = grid.values.slice(2, 8).map((r) => Number(r[3]));
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(500_000);
    // The result reported is that of the workbook as it will be.
    expect(result.findings.filter((f) => f.rule.startsWith('split-'))).toEqual([]);
    expect(before.findings.some((f) => f.rule === 'split-mismatch')).toBe(true);
    // The findings sheet lists every edit.
    const fund = result.plan.sheets.find((s) => s.name === 'Fordel-fund')!;
    const listed = fund.values.filter((r) => r[2] === 'Præcis fordeling indsat');
    expect(listed).toHaveLength(edits.length);
  });

  it('changes nothing where the fix is not certain, and says so', () => {
    const rows = rounded();
    rows.splice(3, 0, [...rows[2]]); // Albertslund twice
    const result = checkWorkbook(snapshot([sheet('Fordeling', rows)]), { ...PARAMS, applySplit: [id] });
    expect(result.plan.userEdits).toBeUndefined();
    expect(result.items!.some((it) => it.fix)).toBe(false);
    expect(result.notes.map((n) => n.da)).toContain(
      `${id}: der er ingen sikker præcis fordeling at indsætte, så tabellen er ikke ændret.`,
    );
  });

  it('never writes over a formula', () => {
    const grid = sheet('Fordeling', rounded());
    const withFormulas = { ...grid, formulas: grid.values.map((r) => r.map((_, c) => c === 3)) };
    const result = checkWorkbook(snapshot([withFormulas]), { ...PARAMS, applySplit: [id] });
    expect(result.plan.userEdits).toBeUndefined();
  });
});
