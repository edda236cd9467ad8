/** A share target behind the line is said in percent and percentage points, never as a bare count of 0. */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import { gridFromRows, type RawValue } from '../../../src/core/grid/grid';
import { PARAMS, snapshot } from '../check/fixtures';

it('says how far a percent-formatted result is behind in percentage points', () => {
  const rows: RawValue[][] = [
    ['Mål', 'Indikator', 'Målsætning', 'Resultat', 'Frist'],
    ['Mål 2 - Kendskab', 'Kendskabsgraden øges', 'til 50%', 0.35, 'ultimo 2026'],
    ['Mål 2 - Kendskab', 'Presseartikler/cases', 'I alt 50', 52, '2026'],
  ];
  const grid = {
    ...gridFromRows('Mål', rows),
    formats: rows.map((r, i) => r.map((_, c) => (i === 1 && c === 3 ? '0%' : null))),
  };
  const r = checkWorkbook(snapshot([grid]), { ...PARAMS, asOf: '2026-12-02' });
  const item = r.items!.find((i) => i.rule === 'kpi-behind-line')!;
  expect(item.message.da).toMatch(/resultatet 35\s%/);
  expect(item.message.da).toMatch(/For at nå 50\s%/);
  expect(item.message.da).toMatch(/skal der 15 procentpoint til/);
  expect(item.message.da).not.toMatch(/ligger 0 under/);
});
