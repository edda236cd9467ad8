/**
 * The words Danish budgets use for their columns and lines, and the thresholds of the budget reading, in
 * one place. Labels are folded with the reader's normalizeLabel first: lower case, æ/ø/å as ae/oe/aa.
 */
import type { BudgetColumnRole } from '../../tables/layout';

/** Column headings by role, most specific first ("Korrigeret budget" before "Budget"). */
export const BUDGET_COLUMN_WORDS: readonly (readonly [RegExp, BudgetColumnRole])[] = [
  [/\bafvigelse\b.*(?:%|pct|procent)|(?:%|pct\.?)\s*afvigelse/, 'deviation-pct'],
  [/\bafvigelse|\bmer-?\s*\/?\s*mindreforbrug|\bover-?\s*\/?\s*underskud/, 'deviation'],
  [/\bforventet\s+regnskab|\bforv\.?\s*regnskab|\bskoen\b|\bprognose\b/, 'expected'],
  [/\bkorr(?:igeret|\.)?\s*budget|\bkorr\.?\s*b\b/, 'corrected'],
  [/\boprindeligt?\s+budget|\bopr\.?\s*budget|\bopr\.?\s*b\b/, 'original'],
  [/\btillaegsbevilling|\btillaeg\b|\bomplacering/, 'supplementary'],
  [/\bforbrug\b|\bforbrugt\b|\bregnskab\s+pr\.?|\bpr\.?\s*\d{1,2}\.\s*\d{1,2}\b/, 'spent'],
  [
    /\bbudgetoverslag|\bbo\s*-?\s*[1-4]\b|\bbo\s*-?\s*(?:19|20)\d\d\b|\boverslagsaar|\boverslag\s+(?:19|20)\d\d\b/,
    'estimate',
  ],
  [/\bforslag\b|\bffl\b|^f\s*-?\s*(?:19|20)\d\d\b/, 'proposal'],
  [/\bregnskab\b|^r\s*-?\s*(?:19|20)\d\d\b/, 'accounts'],
  [/\bbudget\b|^b\s*-?\s*(?:19|20)\d\d\b|\bfinanslov\b|^fl\s*(?:19|20)\d\d\b/, 'budget'],
];

/**
 * A heading that says only that the column holds amounts ("Beløb", "Beløb (kr.)", "Kr.", "t.kr.", "Udgifter",
 * "Netto"): plain amounts, no budget role, and no evidence that the table is a budget.
 */
export const AMOUNT_HEADING =
  /\b(?:beloeb|kroner|udgift(?:er)?|indtaegt(?:er)?|netto)\b|^(?:kr|t\.?\s*kr|mio\.?\s*kr|1\.?000\s*kr)\.?$/;

/** A heading of percentages ("Forbrugt i pct.", "Forbrugsprocent"): never a column of amounts that sum. */
export const PERCENT_HEADING = /%|\bpct\b|procent/;

/** A column heading that totals the years beside it ("I alt", "Budget i alt", "Total 2025-2027"). */
export const TOTAL_COLUMN = /(?:^|\s)(?:i\s*alt|total|samlet|alt\s+i\s+alt)(?:\s|$)/;

/**
 * A heading over the line names that names a level of the chart of accounts ("Underkonto", "Hovedkonto",
 * "Paragraf", "Funktion"): the lines are accounts, and the table a budget even under plain years.
 */
export const ACCOUNT_HEADING =
  /^(?:paragraf|hovedomraade|aktivitetsomraade|hovedkonto|underkonto|konto(?:nummer|nr\.?|navn|tekst)?|hovedfunktion|funktion|dranst|artskonto|kontoplan)\b/;

/** A line that is a part of the line above and not counted again ("heraf", "deraf", "herunder"). */
export const BREAKDOWN_LINE = /^(?:[-–•]\s*)?(?:heraf|deraf|herunder|hvoraf|heriblandt)\b/;

/** Labels of lines that hold the sum of the lines above them. */
export const TOTAL_LINE =
  /(?:^|\s)(?:i\s*alt|total|sum|alt\s+i\s+alt|samlet|netto)\s*$|^(?:i\s*alt|total|sum|samlet|samlede?)\b/;

/** A grand total's label: a total word and nothing else ("I alt", "Total", "Alt i alt"). */
export const GRAND_TOTAL_LINE = /^(?:i\s*alt|total|totalt|sum|samlet|alt\s+i\s+alt|i\s*alt\s+total)$/;

/**
 * An account code at the start of a label or in a column of its own: "00.25.10", "01110110", "5.22.01".
 * Two to eight digits, optionally grouped by dots or spaces; a year alone is not a code.
 */
export const ACCOUNT_CODE = /^(\d{1,2}(?:[.\s]\d{1,3}){1,5}|\d{2,8})(?=\s+\S|$)/;

/**
 * Lines that hold a rate, an average, a share or an index: key figures, not amounts that add up. They are
 * never the items of a sum nor a sum themselves, so a table of key figures under budget headings gets nothing.
 * Only lines without an account code: a coded line is an account ("Revalideringsydelse med 50 procent
 * refusion" is an amount).
 */
export const STATISTIC_LINE =
  /\bpr\.?\s+(?!\d)|\bper\s|gennemsnit|^andel(?:en)?\b|\(pct\.?\)|\bi pct\.?$|\(%\)|indeks\s*\(|indeks$|\bindex\s*\(|kvotient|noegletal|fravaer/;

/** Cost lines of a project budget: with them, financing lines below are the budget's financing part. */
export const COST_LINE =
  /\b(?:loen|loenninger|konsulent\w*|drift|udgift\w*|omkostning\w*|kommunikation|evaluering|administration|rejser?|materialer|husleje|anskaffelse\w*|personale)\b/;

/** The total of a project budget's costs, and of its financing, among its top lines. */
export const COST_TOTAL =
  /\b(?:udgifter|omkostninger|costs?|expenses)\b.*\b(?:i\s*alt|total)\b|^(?:i\s*alt|total)\s+(?:udgifter|omkostninger)/;
export const FINANCING_TOTAL =
  /\b(?:finansiering|indtaegter|funding|financing)\b.*\b(?:i\s*alt|total)\b|^(?:i\s*alt|total)\s+(?:finansiering|indtaegter)/;

/** A heading over a section of cost lines, or of financing lines, whose bare "I alt" is that part's total. */
export const COST_HEADING = /^(?:(?:projekt|samlede\s+)?udgifter|omkostninger|udgiftsside|costs?|expenses)\b/;
export const FINANCING_HEADING =
  /^(?:(?:projekt|samlet\s+)?finansiering|finansieringskilder|indtaegter|indtaegtsside|funding|financing)\b/;

/**
 * The applicant's own money in a project budget's financing: cash and valued hours ("Egne timer, værdisat",
 * "Medarbejdertimer", "Egen arbejdskraft").
 */
export const OWN_FINANCING_LINE =
  /\begen\s?(?:med)?finansiering|\begenandel|\begne\s+(?:midler|timer|medarbejdere)|\begen\s+arbejdskraft|\bmedarbejdertimer|\bvaerdisatte?\s+timer|\btimer\b.*\bvaerdisat|\bown\s+(?:funding|financing|contribution|hours)|\bin-?kind\b/;
/** Lines that look like own money but are not financing: equity on a balance sheet. */
export const NOT_OWN_FINANCING = /\begenkapital|\bequity\b/;

export const BUDGET_LIMITS = {
  /** Share of lines that must carry a code before the codes are trusted as the chart of accounts. */
  codedShare: 0.6,
  /** Lines needed for a table read by its codes alone (without a budget heading). */
  minCodedLines: 5,
  /** Share of parent lines whose sum must hold for a hierarchy of codes to be taken as one. */
  confirmedParents: 0.7,
  /** A column counts as amounts when this share of its filled cells are numbers. */
  numericShare: 0.6,
  /** Deviation conventions must explain this share of the rows before one is checked. */
  conventionShare: 0.6,
  /**
   * A column whose heading names no role is a deviation or a corrected budget only when its sum or difference
   * of two named columns holds on this share of the lines where both are non-zero, and on at least minDerivedLines.
   */
  derivedShare: 0.75,
  minDerivedLines: 3,
} as const;
