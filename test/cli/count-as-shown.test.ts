/**
 * The counts under the list say what its FEJL and ADVARSEL words say: a digit slip in a key is an error,
 * though the shares and amounts it explains only warned, so those findings count as errors too.
 */
import { textReport } from '../../src/cli/report';
import { checkWorkbook } from '../../src/core/check/check-workbook';
import { gridFromRows } from '../../src/core/grid/grid';

describe('the count line under a digit slip that explains warnings', () => {
  it('counts them as the error they are shown as', () => {
    const grid = gridFromRows('Ark1', [
      ['Greater Copenhagen EU Office: kontingent 2026'],
      ['Ejergruppe', 'Fordelingsnøgle', 'Kontingent 2026 (kr.)'],
      ['Universiteter', 20, 3_500_000],
      ['Regioner', 14, 7_175_000],
      ['Kommuner', 39, 6_825_000],
      ['Total', 100, 17_500_000],
    ]);
    const result = checkWorkbook(
      { sheets: [grid], sheetNames: ['Ark1'], settings: null },
      { lang: 'da', asOf: '2026-11-24' },
    );
    const lines = textReport(result, 'da').trimEnd().split('\n');
    expect(lines.filter((l) => /^\s+(FEJL|ADVARSEL)\s/.test(l)).map((l) => l.trim().split(/\s+/)[0])).toEqual(
      ['FEJL'],
    );
    expect(lines[lines.length - 1]).toBe(`${result.findings.length} fejl, 0 advarsler, 0 info`);
  });
});
