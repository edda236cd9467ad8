/**
 * The catalogue of rule codes. Codes are stable: users filter on them and the JSON output carries
 * them. The README's table is generated from this list (see test/core/findings/catalogue.test.ts).
 */
import type { Text } from './text';

export type Severity = 'error' | 'warning' | 'info';

export interface RuleInfo {
  readonly severity: Severity;
  readonly what: Text;
}

export const CATALOGUE = {
  'total-mismatch': {
    severity: 'error',
    what: { da: 'En total (I alt) er ikke summen af sine dele.', en: 'A total is not the sum of its parts.' },
  },
  'breakdown-mismatch': {
    severity: 'error',
    what: {
      da: 'En opdelt tabel stemmer ikke med den sammenfattende tabel.',
      en: 'A breakdown table does not agree with its summary table.',
    },
  },
  'cofinancing-below-minimum': {
    severity: 'error',
    what: {
      da: 'Egenfinansieringen er under minimumsandelen (fx 50 %).',
      en: 'Own financing is below the minimum share (e.g. 50 %).',
    },
  },
  'own-share-no-minimum': {
    severity: 'info',
    what: {
      da: 'Egenfinansieringen er under halvdelen, men arket angiver intet minimum: andelen er ikke holdt op mod et krav.',
      en: 'Own financing is under half, but the sheet states no minimum: the share is not held to a requirement.',
    },
  },
  'plan-share-mismatch': {
    severity: 'warning',
    what: {
      da: 'En andel i en finansieringsplan passer ikke med kildens beløb af totalen.',
      en: "A share in a financing plan does not match the source's amount of the total.",
    },
  },
  'matching-shortfall': {
    severity: 'error',
    what: {
      da: 'Modfinansieringen når ikke det krævede forhold (fx krone-til-krone).',
      en: 'Matching funds fall short of the required ratio (e.g. 1:1).',
    },
  },
  'price-level-mixed': {
    severity: 'warning',
    what: {
      da: 'Beløb i forskellige prisniveauer blandes uden indeks.',
      en: 'Amounts at different price levels are mixed without an index.',
    },
  },
  'shares-not-100': {
    severity: 'warning',
    what: { da: 'Andelene summerer ikke til 100 %.', en: 'The shares do not sum to 100 %.' },
  },
  'split-unallocated': {
    severity: 'error',
    what: {
      da: 'Fordelingens beløb summerer ikke til totalen: noget er ufordelt eller overfordelt.',
      en: 'The split amounts do not sum to the total: something is unallocated or over-allocated.',
    },
  },
  'split-mismatch': {
    severity: 'warning',
    what: {
      da: 'Et beløb afviger mere end afrundingsenheden fra den præcise fordeling.',
      en: 'An amount differs from the exact split by more than the rounding unit.',
    },
  },
  'invalid-key': {
    severity: 'error',
    what: {
      da: 'Fordelingsnøglen kan ikke bruges (nul, negativ eller tom).',
      en: 'The apportionment key cannot be used (zero, negative or empty).',
    },
  },
  'duplicate-party': {
    severity: 'error',
    what: { da: 'Samme part står der to gange.', en: 'The same party appears twice.' },
  },
  'unknown-party': {
    severity: 'info',
    what: {
      da: 'Parten er ikke en dansk kommune eller region (kan være i orden).',
      en: 'The party is not a Danish municipality or region (may be fine).',
    },
  },
  'not-a-number': {
    severity: 'error',
    what: { da: 'Cellen kan ikke læses som et tal.', en: 'The cell cannot be read as a number.' },
  },
  'ambiguous-number': {
    severity: 'warning',
    what: {
      da: 'Tallet kan læses på flere måder (fx »3.5« eller et interval).',
      en: 'The number can be read more than one way (e.g. 3.5 or a range).',
    },
  },
  'formula-error': {
    severity: 'error',
    what: { da: 'Cellen viser en formelfejl (#REF!, #DIV/0! ...).', en: 'The cell shows a formula error.' },
  },
  'formula-no-result': {
    severity: 'warning',
    what: {
      da: 'Filen er gemt uden formlens resultat: Fordel kan ikke se tallet.',
      en: "The file was saved without the formula's result: Fordel cannot see the number.",
    },
  },
  'missing-value': {
    severity: 'warning',
    what: { da: 'En værdi mangler.', en: 'A value is missing.' },
  },
  'negative-amount': {
    severity: 'warning',
    what: { da: 'Et beløb er negativt.', en: 'An amount is negative.' },
  },
  'kpi-met': {
    severity: 'info',
    what: { da: 'Målet er nået.', en: 'The target is met.' },
  },
  'kpi-not-met': {
    severity: 'error',
    what: { da: 'Målet er ikke nået inden fristen.', en: 'The target was not met by the deadline.' },
  },
  'kpi-at-risk': {
    severity: 'warning',
    what: {
      da: 'Målet er i fare: resultatet ligger under den lige linje mod målet.',
      en: 'The target is at risk: the actual is below the straight line to the target.',
    },
  },
  'kpi-missing-baseline': {
    severity: 'warning',
    what: {
      da: 'Et relativt mål mangler sit udgangspunkt (baseline).',
      en: 'A relative target has no baseline.',
    },
  },
  'kpi-deadline-passed': {
    severity: 'warning',
    what: {
      da: 'Fristen er passeret uden et opgjort resultat.',
      en: 'The deadline has passed without a reported actual.',
    },
  },
  'kpi-subtargets-mismatch': {
    severity: 'warning',
    what: {
      da: 'Delmålene summerer ikke til det samlede mål.',
      en: 'The sub-targets do not sum to the stated gross target.',
    },
  },
  'population-date-mismatch': {
    severity: 'warning',
    what: {
      da: 'Datoen, arket angiver for folketallet, stemmer ikke med nøglens tal (FOLK1A).',
      en: "The date the sheet states for the population does not match the key's figures (FOLK1A).",
    },
  },
  'population-newer': {
    severity: 'info',
    what: {
      da: 'Der findes nyere folketal (FOLK1A) end nøglens; Fordel viser, hvad hver part så ville betale.',
      en: 'Newer population figures (FOLK1A) exist than the key uses; Fordel shows what each party would pay.',
    },
  },
  // Diagnoses: one cause behind several findings, said once at the cell to fix (src/core/diagnose).
  'cell-breaks-totals': {
    severity: 'error',
    what: {
      da: 'Én celle får en rækketotal og en kolonnetotal til at afvige med samme beløb.',
      en: 'One cell makes a row total and a column total wrong by the same amount.',
    },
  },
  'digit-typo': {
    severity: 'error',
    what: {
      da: 'Et beløb eller en nøgle har byttede eller forkerte cifre i forhold til det, tabellen ellers viser.',
      en: 'An amount or key has swapped or wrong digits compared with what the table otherwise shows.',
    },
  },
  'amounts-swapped': {
    severity: 'error',
    what: {
      da: 'To beløb i en fordeling står i hinandens rækker.',
      en: "Two amounts of a split are in each other's rows.",
    },
  },
  'rounded-shares': {
    severity: 'warning',
    what: {
      da: 'Beløbene er beregnet af afrundede andele af én total; den præcise fordeling står i Fordels kolonne.',
      en: "The amounts were computed from rounded shares of one total; the exact split is in Fordel's column.",
    },
  },
  'shares-off-key': {
    severity: 'warning',
    what: {
      da: 'Beløbene følger de trykte andele, men andelene følger ikke nøglen ved siden af dem.',
      en: 'The amounts follow the printed shares, but the shares do not follow the key beside them.',
    },
  },
  'total-as-party': {
    severity: 'error',
    what: { da: 'En total står som part og tælles med.', en: 'A total is listed as a party and counted.' },
  },
  'party-counted-twice': {
    severity: 'error',
    what: { da: 'En part tælles med to gange.', en: 'A party is counted twice.' },
  },
  'row-outside-total': {
    severity: 'error',
    what: {
      da: 'En række ligger uden for det område, totalen summerer.',
      en: 'A row lies outside the range its total sums.',
    },
  },
  'own-financing-short': {
    severity: 'error',
    what: {
      da: 'Egenfinansieringen mangler et beløb i kroner for at nå minimumsandelen.',
      en: 'Own financing is short of the minimum share by an amount in kroner.',
    },
  },
  'matching-short': {
    severity: 'error',
    what: {
      da: 'Modfinansieringen mangler et beløb i kroner for at nå det krævede forhold.',
      en: 'Matching falls short of the required ratio by an amount in kroner.',
    },
  },
  'kpi-behind-line': {
    severity: 'warning',
    what: {
      da: 'Målet er bagud i forhold til den lige linje, og det kræver et bestemt resultat om måneden at nå det.',
      en: 'The target is behind the straight line and needs a given result per month to be reached.',
    },
  },
  'sheet-not-read': {
    severity: 'error',
    what: {
      da: 'Et ark kunne ikke læses, så dets tabeller er ikke kontrolleret; beskeden siger hvorfor.',
      en: 'A sheet could not be read, so its tables were not checked; the message says why.',
    },
  },
  'table-not-understood': {
    severity: 'info',
    what: {
      da: 'Et område ligner en tabel, men Fordel kunne ikke forstå det.',
      en: 'A range looks like a table but Fordel could not understand it.',
    },
  },
  'reading-unsure': {
    severity: 'info',
    what: {
      da: 'Fordel er ikke sikker på, hvordan tabellen skal læses, og dømmer den ikke; beskeden siger, hvad der skal rettes.',
      en: 'Fordel is not sure how to read the table and gives no verdict; the message says what to correct.',
    },
  },
  'hidden-or-filtered': {
    severity: 'warning',
    what: {
      da: 'Tabellen har skjulte eller filtrerede rækker; de er talt med.',
      en: 'The table has hidden or filtered rows; they are included.',
    },
  },
  'write-refused': {
    severity: 'error',
    what: {
      da: 'Fordel skrev ikke, fordi det ville ramme brugerens egne data.',
      en: "Fordel did not write because it would touch the user's own data.",
    },
  },
  'budget-total-mismatch': {
    severity: 'error',
    what: {
      da: 'En linje i et budget er ikke summen af sine underposter.',
      en: 'A budget line is not the sum of its items.',
    },
  },
  'budget-subtotal-typo': {
    severity: 'error',
    what: {
      da: 'En sumlinje i et budget er forkert: den stemmer hverken med sine underposter eller med summen over den.',
      en: 'A subtotal in a budget is wrong: it agrees neither with its items nor with the total above it.',
    },
  },
  'budget-derived-mismatch': {
    severity: 'error',
    what: {
      da: 'En beregnet budgetkolonne (korrigeret budget, afvigelse, afvigelse i pct.) stemmer ikke med de kolonner, den beregnes af.',
      en: 'A derived budget column (corrected budget, deviation, deviation in percent) does not agree with the columns it comes from.',
    },
  },
  'budget-unbalanced': {
    severity: 'error',
    what: {
      da: 'Et projektbudget balancerer ikke: finansieringen i alt er ikke lig udgifterne i alt.',
      en: 'A project budget does not balance: total financing differs from total costs.',
    },
  },
  'budget-line-in-two-sums': {
    severity: 'error',
    what: {
      da: 'En sum i et budget tæller en linje med, der hører under en anden sum (eller står uden for den).',
      en: 'A total in a budget counts a line that belongs under another total (or outside it).',
    },
  },
  'budget-line-left-out': {
    severity: 'error',
    what: {
      da: 'En sum i et budget udelader en af sine linjer (eller en sumlinje fra totalen).',
      en: 'A total in a budget leaves out one of its lines (or a subtotal from the total).',
    },
  },
  'budget-duplicate-line': {
    severity: 'warning',
    what: {
      da: 'Den samme kontolinje står to gange i et budget.',
      en: 'The same account line appears twice in a budget.',
    },
  },
  'budget-text-amounts': {
    severity: 'warning',
    what: {
      da: 'Tal gemt som tekst i en beløbskolonne; Excels SUM springer dem over.',
      en: "Numbers stored as text in an amount column; Excel's SUM skips them.",
    },
  },
  'budget-overspend': {
    severity: 'info',
    what: {
      da: 'Et område forventer at bruge mere end sit korrigerede budget.',
      en: 'An area expects to spend more than its corrected budget.',
    },
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleCode = keyof typeof CATALOGUE;

export const RULE_CODES = Object.keys(CATALOGUE) as RuleCode[];

export function defaultSeverity(rule: RuleCode): Severity {
  return CATALOGUE[rule].severity;
}
