/**
 * A line of words among parties that are no municipalities (member groups, funds): when the other lines'
 * shares already make exactly 100 % (or their amounts the total's), the line adds no party; it is a remark
 * (when they do not, a name with no figures is still a party with its figures missing).
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

const run = (rows: RawValue[][]) => checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
const warnings = (rows: RawValue[][]) =>
  run(rows)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.cell}`);

const table = (groups: [string, number | null, number | null][]): RawValue[][] => [
  ['Fordelingsnøgle for driftsudgifter'],
  ['Medlem', 'Andel i pct.', 'Bidrag'],
  ...groups,
];

describe('a line of words among member groups', () => {
  it('is a remark when the shares of the others make exactly 100 %', () => {
    const rows = table([
      ['Universiteter', 40, 7_149_200],
      ['Ændret efter budgetforliget', null, null],
      ['Erhvervsorganisationer', 28, 5_004_440],
      ['Fonde', 32, 5_719_360],
    ]);
    // Before: "Cellen er tom" on B4, as if a member's share were missing.
    expect(warnings(rows)).toEqual([]);
    expect(run(rows).readings?.[0]?.decisions.find((d) => d.role === 'note-rows')?.cells).toBe('A4');
  });
});
