/**
 * Target and result cells as the seed documents write them (Erhvervshus resultatkontrakt, Vækstforum's 2013
 * targets, the Klimastrategi's CO2 targets): a number with an operator, a unit or a word of change around it,
 * or words that are no number at all.
 */
import { parsePlainDecimal } from '../../../src/core/decimal/decimal';
import { readTargetCell } from '../../../src/core/kinds/kpi/rules/target-cell';

const d = (s: string) => parsePlainDecimal(s)!;
const read = (raw: string | number, format: string | null = null) => readTargetCell(raw, format);

describe('readTargetCell: a number with words of change around it', () => {
  it.each([
    ['20 % reduktion', d('-20')],
    ['reduceres med 20 %', d('-20')],
    ['reduktion på 20 pct.', d('-20')],
    ['10 % stigning', d('10')],
    ['stigning på 15 %', d('15')],
    ['øges med 15 procent', d('15')],
    ['fald på 5 %', d('-5')],
  ])('»%s« is a change in percent of %s', (raw, value) => {
    expect(read(raw)).toMatchObject({ ok: true, value, percent: true, relative: 'change' });
  });

  it("a change in the indicator's own unit is an increase or decrease on the baseline", () => {
    expect(read('stigning på 1.500 abonnenter')).toMatchObject({
      ok: true,
      value: d('1500'),
      relative: 'plus',
    });
    expect(read('reduktion på 85.329 t')).toMatchObject({ ok: true, value: d('-85329'), relative: 'plus' });
  });

  it('says which words gave the change', () => {
    const r = read('20 % reduktion');
    expect(r.ok && r.changeWords).toBe('reduktion');
  });
});

describe('readTargetCell: units and quantifiers', () => {
  it('reads a unit after the number, also one with a digit in it', () => {
    expect(read('maks. 10.000 t')).toMatchObject({ ok: true, value: d('10000'), comparator: 'atMost' });
    expect(read('300.000 ton CO2')).toMatchObject({ ok: true, value: d('300000'), unitWord: 'ton co2' });
    expect(read('8,3 kr. pr. indbygger')).toMatchObject({ ok: true, value: d('8.3') });
  });

  it('reads "anslået 90,3 pct." as about 90,3 %', () => {
    expect(read('anslået 90,3 pct.')).toMatchObject({
      ok: true,
      value: d('90.3'),
      percent: true,
      approx: true,
    });
  });

  it('reads the signs "≥ 70" and "≤ 6" as at least and at most', () => {
    expect(read('≥ 70')).toMatchObject({ ok: true, value: d('70'), comparator: 'atLeast' });
    expect(read('≤ 6')).toMatchObject({ ok: true, value: d('6'), comparator: 'atMost' });
  });

  it('reads "alle 29 kommuner" as the level 29', () => {
    expect(read('alle 29 kommuner')).toMatchObject({ ok: true, value: d('29'), unitWord: 'kommuner' });
  });

  it('reads percentage points', () => {
    expect(read('mindst 10 procentpoint')).toMatchObject({
      ok: true,
      value: d('10'),
      points: true,
      comparator: 'atLeast',
    });
    expect(read('12,5 pp')).toMatchObject({ ok: true, value: d('12.5'), points: true });
  });
});

describe('readTargetCell: words that give no number are words, not an unreadable number', () => {
  it.each([
    ['nærmer sig 20', 'nærmer sig'],
    ['Løbende fremdrift', 'løbende fremdrift'],
    ['Gennemført', 'gennemført'],
    ['afventer Erhvervsstyrelsen', 'afventer erhvervsstyrelsen'],
    ['Styrket samarbejde', 'styrket samarbejde'],
  ])('»%s« is words', (raw, words) => {
    expect(read(raw)).toMatchObject({ ok: false, code: 'words', words });
  });

  it('a mistyped number is still an unreadable number', () => {
    expect(read('1.5OO')).toMatchObject({ ok: false, code: 'not-a-number' });
    expect(read('xx')).toMatchObject({ ok: false, code: 'not-a-number' });
  });
});

describe('readTargetCell: the number first, then what is counted', () => {
  it.each([
    ['385 virksomheder under 3 år', d('385')],
    ['1.500 1-1 vejledninger', d('1500')],
    ['50 mio. kr. i 2025', d('50000000')],
    ['4,5 ud af 5', d('4.5')],
  ])('»%s« is %s', (raw, value) => {
    expect(read(raw)).toMatchObject({ ok: true, value });
  });

  it('reads »50 % af virksomhederne« as 50 %', () => {
    expect(read('50 % af virksomhederne')).toMatchObject({ ok: true, value: d('50'), percent: true });
  });

  it('never takes part of a number split by a space, or a number whose words change its meaning', () => {
    expect(read('1 500 vejledninger')).not.toMatchObject({ ok: true, value: d('1') });
    expect(read('20 til 30 deltagere')).toMatchObject({ ok: false });
    expect(read('52 (foreløbigt)')).toMatchObject({ ok: false, code: 'words' });
  });

  it('reads a range of a count as a range target, the thousands written once for both ends', () => {
    expect(read('5-10.000 ufaglærte')).toMatchObject({
      ok: true,
      value: d('5000'),
      range: { low: d('5000'), high: d('10000'), elided: true },
      unitWord: 'ufaglærte',
    });
  });

  it('keeps a range of changes as the ambiguous number it is', () => {
    expect(read('10-15 % stigning')).toMatchObject({ ok: false });
    expect(read('2-3 procentpoint')).toMatchObject({ ok: false });
  });
});
