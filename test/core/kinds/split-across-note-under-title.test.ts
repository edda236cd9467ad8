/**
 * A split laid out across under a title merged over the whole table and a note line ("Samlet beløb til
 * fordeling: ..."): the title's words ("budget 2026") name no budget columns, and the parties' names in the
 * line under the note are a header line, not budget lines whose amounts cannot be read.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const TITLE = 'Greater Copenhagen EU Office: budget 2026, kontingent fordelt på medlemsgrupper';

describe('a split across under a merged title and a note line', () => {
  it('is read as the split it is, with no unreadable numbers', () => {
    const rows: RawValue[][] = [
      [TITLE, null, null, null],
      ['Samlet beløb til fordeling: 17.500.000 kr.'],
      ['Medlemsgruppe', 'Universiteter', 'Regioner', 'Kommuner'],
      ['Andel (%)', 20, 41, 39],
      ['Kontingent (kr.)', 3_500_000, 7_175_000, 6_825_000],
    ];
    const grid = { ...sheet('Ark1', rows), merges: [{ top: 0, left: 0, bottom: 0, right: 3 }] };
    const r = checkWorkbook(snapshot([grid]), PARAMS);
    // Before: read as a budget, with "not a number" errors on B3, C3 and D3.
    expect(r.tables.map((t) => t.kind)).toEqual(['apportionment']);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
