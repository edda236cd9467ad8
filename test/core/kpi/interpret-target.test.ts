import { parsePlainDecimal } from '../../../src/core/decimal/decimal';
import { interpretTarget } from '../../../src/core/kinds/kpi/rules/interpret-target';

const d = (s: string) => parsePlainDecimal(s)!;

describe('interpretTarget', () => {
  it.each([
    ['Kendskabsgraden øges til 50 %', { type: 'level', value: d('50'), direction: 'up' }],
    ['NPS på mindst 70', { type: 'level', value: d('70'), direction: 'up', comparator: 'atLeast' }],
    ['1.500 1-1 vejledninger', { type: 'level', value: d('1500'), direction: 'up' }],
    [
      '10 % stigning sammenlignet med 2025',
      { type: 'change', value: d('10'), direction: 'up', baselineYear: 2025 },
    ],
    [
      'fra 1,7 % til 2,5 % om året i 2020',
      { type: 'level', value: d('2.5'), baseline: d('1.7'), direction: 'up', comparator: 'atLeast' },
    ],
    [
      'mindst 10 procentpoint højere omsætningsvækst end kontrolgruppen',
      { type: 'pp', value: d('10'), direction: 'up', comparator: 'atLeast' },
    ],
    ['CO2-udledningen reduceres med 20 %', { type: 'change', value: d('-20'), direction: 'down' }],
  ])('%s', (text, expected) => {
    expect(interpretTarget(text)).toEqual(expected);
  });

  it('reads more ways of writing the same kinds', () => {
    expect(interpretTarget('Antallet af besøgende øges med 15 pct. i forhold til 2023')).toEqual({
      type: 'change',
      value: d('15'),
      direction: 'up',
      baselineYear: 2023,
    });
    expect(interpretTarget('Sagsbehandlingstiden må højst være 30 dage')).toEqual({
      type: 'level',
      value: d('30'),
      direction: 'down',
      comparator: 'atMost',
    });
    expect(interpretTarget('Ledigheden falder fra 5,2 % til 4,0 % inden 2026')).toEqual({
      type: 'level',
      value: d('4'),
      baseline: d('5.2'),
      direction: 'down',
      comparator: 'atMost',
    });
    expect(interpretTarget('Øget deltagelse til 2000 deltagere i 2026')).toMatchObject({
      type: 'level',
      value: d('2000'),
    });
    expect(interpretTarget('5000 besøgende')).toMatchObject({ value: d('5000') });
    expect(interpretTarget('Udgifterne må højst stige 5 %')).toEqual({
      type: 'change',
      value: d('5'),
      direction: 'up',
      comparator: 'atMost',
    });
    expect(interpretTarget('Antal ledige reduceres til 1.200 i 2026')).toEqual({
      type: 'level',
      value: d('1200'),
      direction: 'down',
    });
    expect(interpretTarget('Omsætningen øges med 2,5 procentpoint mere end kontrolgruppen')).toMatchObject({
      type: 'pp',
      value: d('2.5'),
    });
  });

  it('gives null when there is no value', () => {
    expect(interpretTarget('Øget kendskab blandt borgerne')).toBeNull();
    expect(interpretTarget('Resultat opgøres i 2025')).toBeNull();
    expect(interpretTarget('')).toBeNull();
  });
});
