/**
 * The transformation families and their variants, and how a variant's seed picks a composition of them.
 * Each variant names what it does ("totals:first", "units:mio-header"); a variant applies only where it keeps
 * the truth exact (amounts in t.kr. or mio. kr. only when every amount is exactly representable, a formula
 * only where its cached result is the cell's value). Those that make a table genuinely ambiguous say so.
 */
import { allMunicipalities, shareable, TEXT_AMOUNTS } from './everyday';
import { slipsOf } from './misspell';
import { Rng, subSeed } from './rng';
import { codeRightFits, hasPopulation, stagesFit } from './sent-tables';
import type { TableTruth } from './truth';

export const FAMILIES = [
  'orientation',
  'totals',
  'header',
  'units',
  'numbers',
  'placement',
  'names',
  'saved',
  // Columns a colleague adds beside the table's own (everyday.ts); only in the latest round.
  'columns',
] as const;
export type Family = (typeof FAMILIES)[number];

export interface Transform {
  readonly family: Family;
  /** "first", "label-none", "mio-header" ... */
  readonly variant: string;
}

export const show = (t: Transform): string => `${t.family}:${t.variant}`;

/** "numbers:formulas-sum+placement:freeze" as transforms (the last part of a variant id). */
export function parseTransforms(names: string): Transform[] {
  if (!names || names === 'identity') return [];
  return names.split('+').map((n) => {
    const [family, ...rest] = n.split(':');
    if (!FAMILIES.includes(family as Family)) throw new Error(`no family named ${family}`);
    return { family: family as Family, variant: rest.join(':') };
  });
}

const moneyValues = (t: TableTruth): bigint[] =>
  t.rows.flatMap((r) => Object.values(r.cells).flatMap((v) => (v.t === 'money' ? [v.kr] : [])));

/** Every amount a multiple of `step` kroner, so that it is exact in the unit with few decimals. */
const allMultiples = (t: TableTruth, step: bigint): boolean => moneyValues(t).every((v) => v % step === 0n);

const hasShares = (t: TableTruth): boolean => t.cols.some((c) => c.role === 'share');
const hasMunicipalities = (t: TableTruth): boolean => t.rows.some((r) => r.municipality);
const parts = (t: TableTruth): number => t.rows.filter((r) => r.role === 'part').length;
const hasZero = (t: TableTruth): boolean => moneyValues(t).some((v) => v === 0n);
const hasNegative = (t: TableTruth): boolean => moneyValues(t).some((v) => v < 0n);

/**
 * A budget's variants: it is read by its "i alt" lines and budget headings, not turned on its side; its
 * subtotals are its own; its rows keep their order (an area's lines above its "i alt"); a number typed as text
 * falls out of Excel's SUM, which the budget reports, so no variant types amounts as text.
 */
const BUDGET_VARIANTS: Readonly<Partial<Record<Family, readonly string[]>>> = {
  totals: ['label-word', 'breakdown-heraf', 'breakdown-deraf'],
  header: ['group-title', 'unit-row', 'three-rows'],
  units: [
    'tkr-title',
    'tkr-header',
    'tkr-unit-row',
    '1000kr-header',
    'tkr-note',
    'mio-title',
    'mio-header',
    'mio-unit-row',
  ],
  numbers: [
    'money-format',
    'accounting-format',
    'formulas-sum',
    'dash-text',
    'dash-format',
    'negative-accounting',
  ],
  placement: [
    'offset',
    'notes-above',
    'notes-below',
    'note-beside',
    'blank-row',
    'blank-col',
    'hidden-row',
    'hidden-col',
    'freeze',
    'stacked',
    'side-by-side',
    'excel-table',
  ],
};

/** What public-sector sheets do (public-sector.ts): the last round. */
export const PUBLIC_SECTOR: readonly string[] = [
  'numbers:division-minus',
  'numbers:trailing-minus',
  'numbers:nil-en-dash',
  'numbers:kr-in-format',
  'header:budget-codes',
  'header:pct-head',
  'header:dated-title',
  'totals:label-case',
  'placement:merged-title',
  'placement:note-rows',
  'placement:blank-before-total',
  'columns:cvr',
  'columns:account',
  'columns:check',
  'columns:hidden-helper',
];

/** How tables arrive from kommuner, regioner and ministries (sent-tables.ts): the eighth round. */
export const SENT_TABLES: readonly string[] = [
  'placement:text-block',
  'placement:source-line',
  'placement:copied-twice',
  'totals:breakdown-heraf-line',
  'units:tkr-decimal-title',
  'units:tkr-decimal-header',
  'header:merged-two-rows',
  'columns:date',
  'columns:ref-error',
  'columns:code-right',
  'columns:amount-before-key',
];

/**
 * A project budget's stages over a co-financing table of two periods (sent-tables.ts): "Oprindeligt budget |
 * Tillægsbevillinger | Korrigeret budget", with or without "Forbrug | Rest" after it; a split by population with
 * the population's share in percent beside it, after the amount or before the population. A round of its own,
 * so the eighth round's draws keep their layout.
 */
export const BUDGET_STAGES_ROUND: readonly string[] = [
  'header:budget-stages',
  'header:budget-stages-spent',
  'columns:population-share',
  'columns:share-before-population',
];

/**
 * The tenth round (round-ten.ts): heads in English, remarks holding numbers, a blank row below the header, a
 * "Heraf:" block closed by its own "i alt" line, another table beside and a third below.
 */
export const ROUND_TEN: readonly string[] = [
  'header:english',
  'columns:remarks-numbers',
  'placement:blank-below-header',
  'totals:breakdown-heraf-subtotal',
  'placement:three-tables',
];

/**
 * Variants written but not drawn yet: they break variants of the ratchet's fixed sample until the reading
 * handles them (/work/briefs6/found-by-generator.md). `--try` lays them out; they join their round once the
 * sample keeps the invariant with them. None now: "B2026"/"BO1" over the years joined once the reading took
 * them as budget years.
 */
export const HELD_BACK: readonly string[] = [];

/**
 * Variants added after the others had their draws, in rounds. A seed draws each round from a stream of its own,
 * on top of the composition it drew before, so the fixed sample and every listed broken variant keep their
 * layout when a round is added: the saved family first, then misspelt names and the Excel Table laid across,
 * then a name with the key beside a letter struck, then what a colleague's own sheets have around a table
 * (everyday.ts): added columns, amounts typed with their unit or spaces, names with a space at the end or
 * sorted by amount, double spacing, a year row above "Budget"/"Overslag"; then shares typed "34,6 pct.", øre
 * shown on whole kroner ("1.500.000,00") and the municipality code in the name's cell ("101 København"); then
 * what public-sector sheets do (public-sector.ts): "÷" and trailing minus, "–" for nil, "kr." in the format,
 * "B2026"/"BO1", a "%" head, a date in the title, "i alt" cased, a merged title, a note line, a blank line
 * before the total, CVR numbers, kontonumre, a "Kontrol" column and a hidden helper column.
 */
export const LATER_ROUNDS: readonly (readonly string[])[] = [
  ['saved:excel-shared', 'saved:libreoffice', 'saved:uncached', 'saved:uncached-zero'],
  ['names:misspelt', 'placement:excel-table-across'],
  ['names:misspelt-key'],
  [
    'columns:running-number',
    'columns:municipality-code',
    'columns:remarks',
    'columns:share-of-total',
    'columns:merged-label',
    'numbers:kr-suffix',
    'numbers:kr-prefix',
    'numbers:space-thousands',
    'numbers:minus-sign',
    'names:trailing-space',
    'names:by-amount',
    'placement:double-spaced',
    'header:year-row',
  ],
  ['numbers:pct-word', 'numbers:oere-format', 'names:code-in-label'],
  // What the sheets of kommuner, regioner and ministries do (public-sector.ts), less those held back.
  PUBLIC_SECTOR.filter((x) => !HELD_BACK.includes(x)),
  // Heads typed over two lines, a footnote mark after a name (public-sector.ts).
  ['header:line-break', 'names:footnote-mark'],
  // How tables arrive (sent-tables.ts), less those held back.
  SENT_TABLES.filter((x) => !HELD_BACK.includes(x)),
  BUDGET_STAGES_ROUND.filter((x) => !HELD_BACK.includes(x)),
  ROUND_TEN.filter((x) => !HELD_BACK.includes(x)),
];
const LATER: ReadonlySet<string> = new Set([...LATER_ROUNDS.flat(), ...HELD_BACK]);
/** Share of variants that get one of a round's later variants on top (the last round's many variants a little more). */
const LATER_SHARES: readonly number[] = [0.2, 0.2, 0.2, 0.3, 0.2, 0.4, 0.4, 0.6, 0.6, 0.6];

/** The variants of each family that apply to a truth (the later ones apart). */
export function variantsFor(t: TableTruth, family: Family): string[] {
  const all = variantsForTable(t, family).filter((v) => !LATER.has(`${family}:${v}`));
  return t.kind === 'budget' ? all.filter((v) => BUDGET_VARIANTS[family]?.includes(v)) : all;
}

/** The later variants of a round that apply to a truth, as transforms. */
export function laterFor(
  t: TableTruth,
  round = 0,
  names: readonly string[] = LATER_ROUNDS[round],
): Transform[] {
  if (t.kind === 'budget') return [];
  return FAMILIES.flatMap((family) =>
    variantsForTable(t, family)
      .filter((v) => names.includes(`${family}:${v}`))
      .map((variant) => ({ family, variant })),
  );
}

function variantsForTable(t: TableTruth, family: Family): string[] {
  const split = t.kind === 'split';
  const out: string[] = [];
  const add = (cond: boolean, ...vs: string[]): void => {
    if (cond) out.push(...vs);
  };
  switch (family) {
    case 'orientation':
      add(true, 'transposed');
      break;
    case 'totals':
      add(true, 'first', 'label-word', 'label-none');
      add(!!t.totalNames?.length, 'label-region');
      add(!split, 'col-first', 'col-first-row-first');
      // A split by a rate states its total as the rate: no total in other words beside it.
      add(split && !t.rate, 'stated-title', 'stated-note', 'stated-above');
      add(split && parts(t) >= 4, 'subtotals', 'subtotals-first');
      add(!split && parts(t) >= 3, 'subtotals');
      add(split && !t.rate && t.planted.length > 0, 'stated-above-sum-row');
      add(!!t.rate, 'rate-only', 'rate-above', 'rate-note');
      add(!!t.rate && t.planted.length > 0, 'rate-sum-row');
      add(!split, 'breakdown-heraf', 'breakdown-deraf', 'breakdown-indent', 'breakdown-heraf-line');
      add(!split, 'breakdown-heraf-subtotal');
      add(
        t.rows.some((r) => r.role === 'total' && /[a-zæøå]/i.test(r.label)),
        'label-case',
      );
      break;
    case 'header':
      add(true, 'synonyms', 'unknown-words', 'group-title', 'unit-row', 'three-rows');
      add(split, 'none');
      add(!split, 'periods-text');
      add(t.cols.filter((c) => c.role === 'period' && c.year !== undefined).length >= 2, 'year-row');
      add(
        t.cols.some((c) => c.role === 'period' && c.year !== undefined),
        'budget-codes',
      );
      add(hasShares(t), 'pct-head');
      add(true, 'dated-title', 'line-break', 'merged-two-rows');
      add(stagesFit(t), 'budget-stages', 'budget-stages-spent');
      add(t.kind !== 'budget', 'english');
      break;
    case 'units':
      add(allMultiples(t, 10n), 'tkr-title', 'tkr-header', 'tkr-unit-row', '1000kr-header', 'tkr-note');
      add(allMultiples(t, 1_000n), 'mio-title', 'mio-header', 'mio-unit-row');
      add(allMultiples(t, 100n), 'tkr-decimal-title', 'tkr-decimal-header');
      break;
    case 'numbers':
      add(true, 'money-format', 'money-text', 'accounting-format', 'formulas-sum');
      add(hasShares(t), 'pct-format', 'pct-fraction', 'pct-mixed', 'pct-text', 'formulas-round');
      add(hasZero(t), 'dash-text', 'dash-format');
      add(hasNegative(t), 'negative-parentheses', 'negative-accounting');
      add(true, 'kr-suffix', 'kr-prefix', 'space-thousands');
      add(hasNegative(t), 'minus-sign');
      add(hasShares(t), 'pct-word');
      add(true, 'oere-format');
      add(hasNegative(t), 'division-minus', 'trailing-minus');
      add(hasZero(t), 'nil-en-dash');
      add(true, 'kr-in-format');
      break;
    case 'placement':
      add(true, 'offset', 'notes-above', 'notes-below', 'note-beside', 'blank-row', 'blank-col');
      add(true, 'hidden-row', 'hidden-col', 'freeze', 'stacked', 'side-by-side', 'excel-table');
      add(t.kind !== 'budget', 'excel-table-across');
      add(parts(t) >= 2, 'double-spaced');
      add(true, 'merged-title');
      add(parts(t) >= 3, 'note-rows');
      add(parts(t) >= 2 && t.rows[t.rows.length - 1].role === 'total', 'blank-before-total');
      add(true, 'text-block', 'source-line', 'copied-twice');
      add(true, 'blank-below-header', 'three-tables');
      break;
    case 'names':
      add(hasMunicipalities(t), 'upper', 'kommune', 'typo');
      add(
        t.rows.some((r) => r.municipality && slipsOf(r.label).length > 0),
        'misspelt',
      );
      add(
        t.rows.some((r) => r.municipality && slipsOf(r.label, 'key').length > 0),
        'misspelt-key',
      );
      add(parts(t) >= 3, 'shuffle', 'by-amount');
      add(true, 'trailing-space');
      add(hasMunicipalities(t) && allMunicipalities(t.rows), 'code-in-label');
      add(true, 'footnote-mark');
      break;
    case 'saved':
      // Totals as SUM and split amounts as ROUND formulas, saved by Excel with shared formulas, by
      // LibreOffice Calc, or by a tool that does not calculate (only on a correct table: a planted error
      // behind a total Fordel cannot see is not Fordel's to find).
      add(true, 'excel-shared', 'libreoffice');
      add(!t.planted.length, 'uncached', 'uncached-zero');
      break;
    case 'columns':
      add(true, 'running-number', 'remarks', 'merged-label');
      add(hasMunicipalities(t) && allMunicipalities(t.rows), 'municipality-code');
      add(shareable(t), 'share-of-total');
      add(true, 'cvr', 'account', 'hidden-helper');
      add(
        t.cols.some((c) => c.role === 'total' && c.sumOf),
        'check',
      );
      add(true, 'date', 'ref-error');
      add(codeRightFits(t), 'code-right');
      add(split && t.cols.some((c) => c.role === 'amount'), 'amount-before-key');
      add(hasPopulation(t), 'population-share', 'share-before-population');
      add(true, 'remarks-numbers');
      break;
  }
  return out;
}

/** Added columns of formulas over the amounts: a SUM over amounts typed as text would leave them out. */
const FORMULA_COLUMNS = ['check', 'hidden-helper'];
const TYPED_AS_TEXT = ['money-text', 'negative-parentheses', 'dash-text'];
const typesText = (ts: readonly Transform[]): boolean =>
  ts.some((y) => y.family === 'numbers' && TYPED_AS_TEXT.includes(y.variant));

/** Variants an Excel Table cannot hold (it has one header row, and its totals row last). */
const TABLE_CLASHES = [
  'header:none',
  'header:group-title',
  'header:unit-row',
  'header:three-rows',
  'units:tkr-unit-row',
  'units:mio-unit-row',
  'totals:first',
  'totals:col-first-row-first',
  'totals:stated-title',
  'totals:stated-note',
  'totals:stated-above',
  'totals:stated-above-sum-row',
  'totals:subtotals',
  'totals:subtotals-first',
  'header:merged-two-rows',
];

/**
 * Whether a later variant fits a composition: an Excel Table laid across turns the table itself, so it takes
 * no turn of its own, no layout a Table cannot hold and no total column moved first (its totals row is last).
 */
export function fitsWith(x: Transform, ts: readonly Transform[]): boolean {
  const has = (s: string): boolean => ts.some((y) => show(y) === s);
  const turned =
    ts.some((y) => y.family === 'orientation') ||
    has('placement:excel-table-across') ||
    has('placement:excel-table');
  // Added columns are columns of an upright table; an Excel Table's columns and totals row are its own.
  if (x.family === 'columns') return !turned && (!FORMULA_COLUMNS.includes(x.variant) || !typesText(ts));
  // A note line among the parts, or a "Heraf:" block closed by its own "i alt" line, is lines of an upright
  // table. (A blank line before the total, turned on its side, is a blank column before the total column: the
  // reading joins it, so it is drawn there too.)
  if (show(x) === 'placement:note-rows' || show(x) === 'totals:breakdown-heraf-subtotal') return !turned;
  // A blank row below the header needs a header above it.
  if (show(x) === 'placement:blank-below-header') return !has('header:none');
  // Two header rows merged: on a table turned on its side they would be two header columns, another layout.
  // "Forbrug" and "Rest" are columns of an upright table, as added columns are.
  if (['header:merged-two-rows', 'header:budget-stages', 'header:budget-stages-spent'].includes(show(x)))
    return !turned;
  // "kr." in the number format says kroner, whatever unit is stated.
  if (show(x) === 'numbers:kr-in-format') return !ts.some((y) => y.family === 'units');
  // An Excel Table has one header row.
  if (show(x) === 'header:year-row' || show(x) === 'header:merged-two-rows')
    return !has('placement:excel-table') && !has('placement:excel-table-across');
  // Amounts typed as text fall out of a SUM formula's result; "kr." in the cell says kroner, whatever unit is stated.
  // Øre shown on whole kroner: in t.kr. or mio. kr. two decimals could hide a digit.
  if (show(x) === 'numbers:oere-format') return !ts.some((y) => y.family === 'units');
  if (x.family === 'numbers' && TEXT_AMOUNTS.includes(x.variant))
    return (
      !ts.some((y) => y.family === 'saved') &&
      !(x.variant.startsWith('kr-') && ts.some((y) => y.family === 'units'))
    );
  if (show(x) !== 'placement:excel-table-across') return true;
  return !ts.some(
    (y) => TABLE_CLASHES.includes(show(y)) || y.family === 'orientation' || show(y) === 'totals:col-first',
  );
}

/** Share of variants laid out exactly as the truth is written. */
const AS_WRITTEN = 0.06;

export interface VariantPlan {
  readonly transforms: readonly Transform[];
  /** Why the layout is genuinely ambiguous (an unsure reading is then allowed); null when it is not. */
  readonly ambiguous: string | null;
}

/** The transforms a seed picks for a truth: one to three families, one variant each (none for seed 0). */
export function planVariant(t: TableTruth, seed: number, only?: Family): VariantPlan {
  if (seed === 0) return { transforms: [], ambiguous: null };
  const rng = new Rng(subSeed(seed, t.id));
  const usable = FAMILIES.filter((f) => variantsFor(t, f).length && (!only || f === only));
  // A few variants keep the table as written: the baseline every family is measured against.
  if (!only && rng.chance(AS_WRITTEN)) return { transforms: [], ambiguous: null };
  const k = only ? 1 : rng.int(1, Math.min(3, usable.length));
  const families = rng.sample(usable, k).sort((a, b) => FAMILIES.indexOf(a) - FAMILIES.indexOf(b));
  const transforms = families.map((family) => ({ family, variant: rng.pick(variantsFor(t, family)) }));
  // A later variant on top, from its own stream, in a family the composition does not vary yet.
  const later = new Rng(subSeed(seed, `later:${t.id}`));
  const extra = laterFor(t, 0).filter((x) => !families.includes(x.family));
  const drewLater = !only && extra.length > 0 && later.chance(LATER_SHARES[0]);
  if (drewLater) {
    transforms.push(later.pick(extra));
    transforms.sort((a, b) => FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family));
  }
  // An Excel Table is one header row over the rows and its totals row last: elsewhere the table is just moved.
  const table = transforms.findIndex((x) => show(x) === 'placement:excel-table');
  if (table >= 0 && transforms.some((x) => TABLE_CLASHES.includes(show(x)) || x.family === 'orientation'))
    transforms[table] = { family: 'placement', variant: 'offset' };
  // Each round after, from a stream of its own, where no round before drew and it fits what was drawn: a
  // variant an earlier round laid out (and the ratchet may list) keeps its layout.
  let drew = drewLater;
  for (let round = 1; round < LATER_ROUNDS.length && !only && !drew; round++) {
    const stream = new Rng(subSeed(seed, `later-${round + 1}:${t.id}`));
    const options = laterFor(t, round).filter(
      (x) => !transforms.some((y) => y.family === x.family) && fitsWith(x, transforms),
    );
    drew = options.length > 0 && stream.chance(LATER_SHARES[round]);
    if (drew) {
      transforms.push(stream.pick(options));
      transforms.sort((a, b) => FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family));
    }
  }
  // With no header row, a unit said in the header would be said nowhere: the title says it instead.
  const unit = transforms.findIndex((x) => x.family === 'units' && x.variant.endsWith('-header'));
  if (unit >= 0 && transforms.some((x) => show(x) === 'header:none'))
    transforms[unit] = {
      family: 'units',
      variant: transforms[unit].variant.startsWith('mio')
        ? 'mio-title'
        : transforms[unit].variant.startsWith('tkr-decimal')
          ? 'tkr-decimal-title'
          : 'tkr-title',
    };
  return { transforms, ambiguous: ambiguity(t, transforms) };
}

/**
 * Where a composition leaves a careful colleague unable to tell the reading: a table transposed with no
 * header words and no total label, or a table laid across whose only labelled line is gone.
 */
export function ambiguity(t: TableTruth, ts: readonly Transform[]): string | null {
  const has = (s: string): boolean => ts.some((x) => show(x) === s);
  if (has('header:none') && has('totals:label-none'))
    return 'ingen overskrift og ingen total-etiket: kun summerne viser tabellens opbygning';
  if (has('header:unknown-words') && has('totals:label-none') && t.kind === 'split')
    return 'overskrifter uden for ordlisten og en total uden etiket';
  return null;
}
