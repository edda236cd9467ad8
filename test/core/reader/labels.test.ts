import {
  isAmountHeader,
  isPartyHeader,
  isTotalLabel,
  keyHeaderKind,
  kpiHeaderRole,
  normalizeLabel,
  periodLabel,
} from '../../../src/core/reader/labels';
import { findPriceLevel } from '../../../src/core/reader/price-level';

describe('normalizeLabel', () => {
  it('folds case, spaces, Danish letters and a trailing colon', () => {
    expect(normalizeLabel('  Beløb   Finansiering:  ')).toBe('beloeb finansiering');
    expect(normalizeLabel('Målemetode\u00a0')).toBe('maalemetode');
    expect(normalizeLabel('Fordelingsnøgle')).toBe(normalizeLabel('FORDELINGSNOEGLE'));
  });
});

describe('isTotalLabel', () => {
  it.each([
    'I alt',
    'i alt',
    '  I  ALT ',
    'Alt i alt',
    'Total',
    'Sum',
    'Samlet',
    'I alt (kr.)',
    'I alt:',
    'Total i alt',
    'Grand total',
    'I alt 2021-2024',
    'Total (2021-24)',
    'Ialt',
    'I alt for perioden',
    'Samlet for hele projektet',
  ])('%s is a total', (label) => expect(isTotalLabel(label)).toBe(true));

  it.each([
    'Statens medfinansiering',
    'Samlet vurdering af projektet',
    'I alt for Nordsjælland',
    'Total financing need',
    'Summer',
    '',
    '2021',
  ])('%s is not a total', (label) => expect(isTotalLabel(label)).toBe(false));
});

describe('periodLabel', () => {
  it('accepts years as numbers and text, spans, year numbers and half years', () => {
    expect(periodLabel(2021)).toBe('2021');
    expect(periodLabel('2021')).toBe('2021');
    expect(periodLabel(' 2021-22 ')).toBe('2021-22');
    expect(periodLabel('2021/2022')).toBe('2021/2022');
    expect(periodLabel('År 1')).toBe('År 1');
    expect(periodLabel('Aar 2')).toBe('Aar 2');
    expect(periodLabel('1. halvår 2024')).toBe('1. halvår 2024');
    expect(periodLabel('Budget 2025')).toBe('Budget 2025');
    expect(periodLabel('2024 (kr.)')).toBe('2024 (kr.)');
  });

  it('accepts the budget and accounts years of municipal budgets: B2025, R2024, BO 2027, Overslag 2028', () => {
    for (const h of [
      'B2025',
      'B 2026',
      'R2024',
      'VB2025',
      'KB 2025',
      'OB2025',
      'BO 2027',
      'Overslag 2028',
      'Forslag 2026',
    ]) {
      expect(periodLabel(h)).toBe(h);
    }
  });

  it('rejects a year after a word that names no period', () => {
    expect(periodLabel('Indbyggere 2025')).toBeNull();
    expect(periodLabel('Beløb 2025')).toBeNull();
    expect(periodLabel('X2025')).toBeNull();
  });

  it('rejects amounts, other numbers and words', () => {
    expect(periodLabel(2021.5)).toBeNull();
    expect(periodLabel(1500000)).toBeNull();
    expect(periodLabel(1999)).toBeNull();
    expect(periodLabel('I alt')).toBeNull();
    expect(periodLabel('1.500.000')).toBeNull();
    expect(periodLabel(null)).toBeNull();
  });
});

describe('header vocabulary', () => {
  it('recognises party, key and amount headers in Danish, English and ASCII', () => {
    for (const h of ['Kommune', 'Kommuner', 'Region', 'Part', 'Deltager', 'Municipality', 'Party', 'Navn:']) {
      expect(isPartyHeader(h)).toBe(true);
    }
    expect(keyHeaderKind('Andel indbyggere i pct.')).toBe('percent');
    expect(keyHeaderKind('Andel (%)')).toBe('percent');
    expect(keyHeaderKind('Fordelingsnøgle')).toBe('percent');
    expect(keyHeaderKind('Fordelingsnoegle')).toBe('percent');
    expect(keyHeaderKind('Share')).toBe('percent');
    expect(keyHeaderKind('Indbyggere')).toBe('population');
    expect(keyHeaderKind('Antal indbyggere 1. jan. 2024')).toBe('population');
    expect(keyHeaderKind('Folketal')).toBe('population');
    expect(keyHeaderKind('Population')).toBe('population');
    expect(keyHeaderKind('Beløb')).toBeNull();
    expect(isAmountHeader('Beløb finansiering (kr.)')).toBe(true);
    expect(isAmountHeader('Beloeb')).toBe(true);
    expect(isAmountHeader('Amount (DKK)')).toBe(true);
    expect(isAmountHeader('Antal')).toBe(true);
    expect(isAmountHeader('Kommune')).toBe(false);
  });

  it('gives KPI headers their roles, names before actuals and years before baselines', () => {
    expect(kpiHeaderRole('Resultatmål')).toBe('target');
    expect(kpiHeaderRole('Indikator')).toBe('target');
    expect(kpiHeaderRole('Baseline (2025)')).toBe('baseline');
    expect(kpiHeaderRole('Udgangspunkt')).toBe('baseline');
    expect(kpiHeaderRole('Basisår')).toBe('baselineYear');
    expect(kpiHeaderRole('Basisaar')).toBe('baselineYear');
    expect(kpiHeaderRole('Måltal')).toBe('targetValue');
    expect(kpiHeaderRole('Maaltal')).toBe('targetValue');
    expect(kpiHeaderRole('Mål 2027')).toBe('targetValue');
    expect(kpiHeaderRole('Resultat')).toBe('actual');
    expect(kpiHeaderRole('Faktisk')).toBe('actual');
    expect(kpiHeaderRole('Actual')).toBe('actual');
    expect(kpiHeaderRole('Frist')).toBe('deadline');
    expect(kpiHeaderRole('Tidsfrist')).toBe('deadline');
    expect(kpiHeaderRole('Målemetode')).toBe('method');
    expect(kpiHeaderRole('Kilde')).toBe('method');
    expect(kpiHeaderRole('Enhed')).toBe('unit');
    expect(kpiHeaderRole('Retning')).toBe('direction');
    expect(kpiHeaderRole('Type')).toBe('type');
    expect(kpiHeaderRole('Kontrolgruppe')).toBe('control');
    expect(kpiHeaderRole('Mål')).toBe('weak-target');
    expect(kpiHeaderRole('Target')).toBe('weak-target');
    expect(kpiHeaderRole('Bemærkning')).toBeNull();
  });
});

describe('findPriceLevel', () => {
  it.each([
    ['Tabel B (2020-tal)', '2020-tal'],
    ['Beløb i 2024-priser', '2024-priser'],
    ['Alle beløb er i oktober 2024-niveau', 'oktober 2024-niveau'],
    ['Budget, PL 2024', 'PL 2024'],
    ['Prisniveau 2023', 'Prisniveau 2023'],
  ])('%s -> %s', (textIn, level) => expect(findPriceLevel([textIn])).toBe(level));

  it('finds none in plain titles and takes the first that states one', () => {
    expect(findPriceLevel(['Tabel B: finansiering 2021-2024'])).toBeUndefined();
    expect(findPriceLevel(['Tabel A', 'Note: 2019-tal', '2020-tal'])).toBe('2019-tal');
  });
});
