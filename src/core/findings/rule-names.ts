/**
 * A short name for every rule, shown beside its code on the findings sheet and in the pane, so the user
 * reads "Total stemmer ikke" rather than only `total-mismatch`. Typed over the catalogue: a new rule
 * without a name does not compile.
 */
import type { RuleCode } from './catalogue';
import type { Text } from './text';

export const RULE_NAMES: Record<RuleCode, Text> = {
  'total-mismatch': { da: 'Total stemmer ikke', en: 'Total does not add up' },
  'breakdown-mismatch': { da: 'Opdeling stemmer ikke', en: 'Breakdown does not agree' },
  'cofinancing-below-minimum': { da: 'Egenfinansiering under minimum', en: 'Own financing below minimum' },
  'matching-shortfall': { da: 'Modfinansiering for lav', en: 'Matching too low' },
  'price-level-mixed': { da: 'Blandede prisniveauer', en: 'Mixed price levels' },
  'shares-not-100': { da: 'Andele summerer ikke til 100 %', en: 'Shares do not sum to 100 %' },
  'split-unallocated': { da: 'Ufordelt eller overfordelt beløb', en: 'Unallocated or over-allocated' },
  'split-mismatch': { da: 'Afviger fra præcis fordeling', en: 'Differs from the exact split' },
  'invalid-key': { da: 'Ubrugelig fordelingsnøgle', en: 'Unusable key' },
  'duplicate-party': { da: 'Part står to gange', en: 'Party listed twice' },
  'unknown-party': { da: 'Ukendt part', en: 'Unknown party' },
  'population-date-mismatch': { da: 'Folketal fra en anden dato', en: 'Population from another date' },
  'population-newer': { da: 'Nyere folketal findes', en: 'Newer population exists' },
  'not-a-number': { da: 'Ikke et tal', en: 'Not a number' },
  'ambiguous-number': { da: 'Tvetydigt tal', en: 'Ambiguous number' },
  'formula-error': { da: 'Formelfejl', en: 'Formula error' },
  'missing-value': { da: 'Manglende værdi', en: 'Missing value' },
  'negative-amount': { da: 'Negativt beløb', en: 'Negative amount' },
  'kpi-met': { da: 'Mål nået', en: 'Target met' },
  'kpi-not-met': { da: 'Mål ikke nået', en: 'Target not met' },
  'kpi-at-risk': { da: 'Mål i fare', en: 'Target at risk' },
  'kpi-missing-baseline': { da: 'Baseline mangler', en: 'Baseline missing' },
  'kpi-deadline-passed': { da: 'Frist passeret', en: 'Deadline passed' },
  'kpi-subtargets-mismatch': { da: 'Delmål summerer ikke', en: 'Sub-targets do not add up' },
  'cell-breaks-totals': { da: 'Én celle bryder to totaler', en: 'One cell breaks two totals' },
  'digit-typo': { da: 'Tastefejl i cifre', en: 'Digit typo' },
  'amounts-swapped': { da: 'Beløb byttet om', en: 'Amounts swapped' },
  'rounded-shares': { da: 'Beregnet af afrundede andele', en: 'Computed from rounded shares' },
  'total-as-party': { da: 'Total talt med som part', en: 'Total counted as a party' },
  'party-counted-twice': { da: 'Part talt med to gange', en: 'Party counted twice' },
  'row-outside-total': { da: 'Række uden for totalen', en: 'Row outside the total' },
  'own-financing-short': { da: 'Egenfinansiering mangler', en: 'Own financing short' },
  'matching-short': { da: 'Modfinansiering mangler', en: 'Matching short' },
  'kpi-behind-line': { da: 'Mål bagud', en: 'Target behind' },
  'table-not-understood': { da: 'Tabel ikke forstået', en: 'Table not understood' },
  'reading-unsure': { da: 'Usikker læsning', en: 'Unsure reading' },
  'hidden-or-filtered': { da: 'Skjulte rækker', en: 'Hidden rows' },
  'sheet-not-read': { da: 'Ark ikke læst', en: 'Sheet not read' },
  'write-refused': { da: 'Skrivning afvist', en: 'Write refused' },
};
