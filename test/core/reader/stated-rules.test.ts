/**
 * A minimum own share is stated in many ways; each one a finance user would read as the rule is read, and a
 * sentence that only describes the share is not. With no minimum applied by default, a missed wording would
 * be a missed error.
 */
import { statedRules } from '../../../src/core/reader/stated-rules';

const min = (text: string) => {
  const rules = statedRules([text]);
  return rules?.minOwnShare ? Number(rules.minOwnShare.digits) / 10 ** rules.minOwnShare.scale : null;
};

describe('a minimum own share stated in words', () => {
  it.each([
    ['Puljen forudsætter en egenfinansiering på minimum 50 pct.', 50],
    ['Egenfinansieringen skal være mindst 25 %.', 25],
    ['Krav om 50 % egenfinansiering', 50],
    ['Puljen kræver 30 pct. egenfinansiering', 30],
    ['Tilskuddet forudsætter en kommunal egenfinansiering på 40 %', 40],
    ['Egenfinansieringen skal udgøre 33,5 % af de samlede udgifter', 33.5],
    ['Kravet er 50 procent egenfinansiering', 50],
  ])('reads "%s" as %s %', (text, expected) => {
    expect(min(text)).toBe(expected);
  });

  it.each([
    'Projektet har en egenfinansiering på 40 %',
    'Egenfinansieringen udgør 45 % i 2026',
    'Statens andel er 50 %',
  ])('does not read "%s" as a rule', (text) => {
    expect(min(text)).toBeNull();
  });
});
