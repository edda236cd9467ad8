/**
 * A line of words among a split's parties ("Nye deltagere fra 2026:", "* Foreløbige tal") heads or remarks on
 * them: it is no party with its figures missing. A party's own name on a blank line still is one. Found by the
 * metamorphic generator's note lines (split-300969, split-301565).
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

// 1.000.000 kr. split by head count, largest remainder.
const parties: [string, number, number][] = [
  ['Brønderslev', 36529, 209813],
  ['Vesthimmerlands', 35632, 204660],
  ['Læsø', 1683, 9667],
  ['Hjørring', 62979, 361734],
  ['Rebild', 31280, 179664],
  ['Frederikshavn', 6_000, 34462],
];
const headCount = parties.reduce((s, p) => s + p[1], 0);

const run = (note: RawValue[], at = 5) => {
  const lines: RawValue[][] = parties.map(([n, k, a]) => [n, k, a]);
  lines.splice(at, 0, note);
  const rows: RawValue[][] = [
    ['Finansiering pr. kommune'],
    ['Kommune', 'Indbyggere', 'Beløb (kr.)'],
    ...lines,
    ['I alt', headCount, 1_000_000],
  ];
  return checkWorkbook(snapshot([gridFromRows('Ark1', rows)]), PARAMS);
};
const warnings = (r: ReturnType<typeof run>) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.cell}`);

describe('words on a line of their own among the parties', () => {
  it.each(['Nye deltagere fra 2026:', '* Foreløbige tal, afventer regnskab', 'Ændret efter budgetforliget'])(
    '"%s" is no party and raises no warning',
    (note) => {
      const r = run([note, null, null]);
      expect(warnings(r)).toEqual([]);
      const decisions = r.readings?.[0]?.decisions ?? [];
      expect(decisions.find((d) => d.role === 'note-rows')?.cells).toBe('A8');
    },
  );

  it('a municipality on a blank line is still a party with its figures missing', () => {
    const r = run(['Aalborg', null, null]);
    expect(warnings(r)).toEqual(expect.arrayContaining([expect.stringMatching(/B8|C8/)]));
  });
});
