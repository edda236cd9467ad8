/**
 * A target split by population ("1.200 vejledte iværksættere, fordelt efter befolkning") divides a count, not
 * kroner: its findings say the figures in that count, never in kr./DKK, in Danish and English.
 */
import { checkWorkbook } from '../../../src/core/check/check-workbook';
import type { RawValue } from '../../../src/core/grid/grid';
import { countUnitOf } from '../../../src/core/reader/labels';
import { PARAMS, sheet, snapshot } from '../check/fixtures';

const HUBS: [string, number, number][] = [
  ['Erhvervshus Nordjylland', 593_114, 118],
  ['Erhvervshus Midtjylland', 1_383_261, 276],
  ['Erhvervshus Hovedstaden', 1_947_120, 388],
  ['Erhvervshus Sjælland', 858_102, 171],
  ['Erhvervshus Sydjylland', 1_243_914, 247],
];

function table(amountHeader: string, hovedstaden: number): RawValue[][] {
  const rows = HUBS.map(([n, k, a]): RawValue[] => [n, k, n.endsWith('Hovedstaden') ? hovedstaden : a]);
  return [['Erhvervshus', 'Befolkning', amountHeader], ...rows, ['I alt', 6_025_511, 1200]];
}

const messages = (rows: RawValue[][], lang: 'da' | 'en') =>
  checkWorkbook(snapshot([sheet('Måltal', rows)]), { ...PARAMS, lang })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.message[lang]);

describe('a split of a count', () => {
  it('names which headers count and which are money', () => {
    expect(countUnitOf('Måltal (antal iværksættere)')).toBe('iværksættere');
    expect(countUnitOf('Antal pladser')).toBe('pladser');
    expect(countUnitOf('Antal')).toBe('');
    expect(countUnitOf('Beløb (kr.)')).toBeNull();
    expect(countUnitOf('Mål (t.kr.)')).toBeNull();
    expect(countUnitOf('Indbyggere')).toBeNull();
  });

  it('gives a correct split no warning', () => {
    expect(messages(table('Måltal (antal iværksættere)', 388), 'da')).toEqual([]);
  });

  it.each(['da', 'en'] as const)(
    'says a wrong figure in the count it divides (%s), never in kroner',
    (lang) => {
      const said = messages(table('Måltal (antal iværksættere)', 400), lang);
      expect(said.length).toBeGreaterThan(0);
      expect(said.join(' ')).toContain('388 iværksættere');
      expect(said.join(' ')).not.toMatch(/kr\.|DKK/);
    },
  );

  it('keeps kroner for a split of money', () => {
    const said = messages(table('Beløb (kr.)', 400), 'da');
    expect(said.join(' ')).toMatch(/kr\./);
  });
});
