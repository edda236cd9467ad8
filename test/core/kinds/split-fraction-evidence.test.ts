/**
 * Shares stored as fractions, some cells shown as percent and some not, under a group title ("Budget") that
 * could pass for a budget's header: the split's own sums must be weighed with the shares as the check reads
 * them, all in percent. Read as shown, half the parties' shares were a hundred times off, the split seemed to
 * break half its sums, and the table was taken for a budget with nothing to check.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';
import { TELEHJERTE } from '../reader/seed-layouts';

function workbook(amountOf: (i: number, typed: number) => number) {
  const rows: RawValue[][] = [
    ['Bilag 4.1 Finansiering pr. kommune til driftsunderstøttelse af Telehjerter i 2026'],
    [null, 'Budget', 'Budget'],
    ['Kommune', 'Andel indbyggere i pct.', 'Beløb finansiering (kr.)'],
    ...TELEHJERTE.map(([n, s, a], i): RawValue[] => [n, Math.round(s * 10) / 1000, amountOf(i, a)]),
    ['Region Hovedstaden', 1, 750_000],
  ];
  // Every other share cell percent-formatted, the rest left in General.
  const formats = rows.map((line, r) =>
    line.map((_, c) => (c === 1 && r > 2 && r % 2 === 0 ? '0.0%' : null)),
  );
  return snapshot([{ ...sheet('Ark1', rows), formats }]);
}

describe('shares as fractions in mixed formats under a group title', () => {
  it('is read as a split and its wrong amount found', () => {
    const gentofte = TELEHJERTE.findIndex(([n]) => n === 'Gentofte');
    const r = checkWorkbook(
      workbook((i, a) => (i === gentofte ? 29_520 : a)),
      PARAMS,
    );
    expect(r.tables.map((t) => t.kind)).toEqual(['apportionment']);
    expect(r.findings.map((f) => `${f.rule} ${f.cell}`)).toContain(`split-mismatch C${gentofte + 4}`);
  });
});
