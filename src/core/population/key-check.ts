/**
 * Checks a split's key against FOLK1A: when the key is the municipalities' population (a column of
 * inhabitants, or shares labelled as population shares), which date's figures it is (exactly, or after
 * the sheet's rounding of the shares), whether a date the sheet states matches its figures, and what
 * each party would pay with newer figures. A key that is not population, or parties that are not all
 * municipalities, get nothing: a fixed 20/41/39 key or a share of something else is not a population.
 */
import { decimal, type Decimal } from '../decimal/decimal';
import { divDecimal } from '../decimal/ratio';
import { split } from '../apportion/split';
import { finding } from '../findings/make';
import { text, type Finding, type Text } from '../findings/finding';
import { formatKroner, formatNumber } from '../money/format';
import { matchParty } from '../parties/match-party';
import { populationAt, populationDates } from './register';
import { dateWords, figuresOf } from './source';
import { statedDates } from './stated-date';

export interface KeyRow {
  readonly party: string;
  /** The key cell (A1), for messages. */
  readonly cell: string;
  /** Inhabitants, or the share in percent (34,6). */
  readonly value: Decimal | null;
}

export interface PopulationKeyInput {
  readonly sheet: string;
  /** A1 cell of the key column's heading: where the findings stand. */
  readonly keyCell: string;
  readonly kind: 'counts' | 'shares';
  readonly rows: readonly KeyRow[];
  /** Title, headings and notes of the table: where a stated date and population words are looked for. */
  readonly words: string;
  /** The key column's heading. */
  readonly keyHeader: string;
  /** The split's total in øre, when the sheet states or proves one. */
  readonly total?: bigint;
  readonly unit: bigint;
}

export interface PopulationKeyResult {
  /** What the reading says about the key's date. */
  readonly reading: Text | null;
  readonly findings: Finding[];
  /** With newer figures than the key's: that date and each row's exact amount (øre), in row order. */
  readonly newer?: { readonly date: string; readonly amounts: readonly bigint[] };
}

const POPULATION_WORDS = /indbygger|befolkning|folketal|population|inhabitants|residents|borgere/i;
/** How many municipalities a message names before "og 5 andre". */
const NAMED = 4;
/** Figures within this fraction (5 %) of FOLK1A are the population at some date; farther off, something else. */
const NEAR = { numerator: 1n, denominator: 20n };

const NONE: PopulationKeyResult = { reading: null, findings: [] };

interface Compared {
  readonly date: string;
  /** Row indexes whose figure or share differs, with the official figure (count or rounded share). */
  readonly differ: readonly { i: number; official: Decimal }[];
}

function roundedShares(pops: readonly number[], decimals: number): Decimal[] {
  const sum = pops.reduce((a, b) => a + BigInt(b), 0n);
  return pops.map((p) => divDecimal(BigInt(p) * 100n, sum, decimals, 'half-up'));
}

const same = (a: Decimal, b: Decimal) => {
  const s = Math.max(a.scale, b.scale);
  return a.digits * 10n ** BigInt(s - a.scale) === b.digits * 10n ** BigInt(s - b.scale);
};

export function checkPopulationKey(input: PopulationKeyInput): PopulationKeyResult {
  const labelled =
    POPULATION_WORDS.test(input.keyHeader) || (input.kind === 'counts' && POPULATION_WORDS.test(input.words));
  if (!labelled || input.rows.length < 2) return NONE;
  const codes: string[] = [];
  for (const row of input.rows) {
    const m = matchParty(row.party);
    if (!m || m.party.kind !== 'kommune' || codes.includes(m.party.code) || row.value === null) return NONE;
    codes.push(m.party.code);
  }
  const values = input.rows.map((r) => r.value!);
  const decimals = Math.max(...values.map((v) => v.scale));
  if (input.kind === 'counts' && decimals > 0) return NONE;

  const compared: Compared[] = populationDates().map((date) => {
    const at = populationAt(date)!;
    const pops = codes.map((c) => at.municipalities.find((m) => m.code === c)!.population);
    const official = input.kind === 'counts' ? pops.map((p) => decimal(p)) : roundedShares(pops, decimals);
    const differ = official.flatMap((o, i) => (same(o, values[i]) ? [] : [{ i, official: o }]));
    return { date, differ };
  });
  const matched = compared.filter((c) => c.differ.length === 0).map((c) => c.date);
  const near = (c: Compared) => nearFigures(input, codes, c.date);
  const stated = statedDates(input.words).filter((d) => populationDates().includes(d));
  const findings: Finding[] = [];
  const what =
    input.kind === 'counts'
      ? text('Indbyggertallene', 'The population figures')
      : text('Andelene', 'The shares');
  const rounding =
    input.kind === 'shares'
      ? text(
          `, afrundet til ${decimals === 1 ? 'én decimal' : `${decimals} decimaler`}`,
          `, rounded to ${decimals === 1 ? 'one decimal' : `${decimals} decimals`}`,
        )
      : text('', '');

  if (matched.length) {
    const date = matched[matched.length - 1];
    const fig = figuresOf(date);
    const reading = text(`${what.da} er ${fig.da}${rounding.da}`, `${what.en} are ${fig.en}${rounding.en}`);
    for (const s of stated.filter((d) => !matched.includes(d))) {
      findings.push(
        mismatch(
          input,
          codes,
          compared.find((c) => c.date === s)!,
          values,
          what,
          text(`er ${fig.da}`, `are ${fig.en}`),
        ),
      );
    }
    const newer = newerSplit(input, codes, date);
    if (newer) findings.push(newer.finding);
    return { reading, findings, ...(newer ? { newer: { date: newer.date, amounts: newer.amounts } } : {}) };
  }

  // No date matches. Say which differ, but only about figures that are a population at all.
  const plausible = compared.filter((c) =>
    input.kind === 'counts' ? near(c) : c.differ.length * 2 <= codes.length,
  );
  if (!plausible.length) return NONE;
  // A stated date is not warned about here: the figures may be the municipalities' own counts or another
  // table; only figures that are FOLK1A at another date prove the stated date wrong.
  const parts = compared.map((c) => {
    const fig = figuresOf(c.date);
    return text(
      `${fig.da} (${c.differ.length} af ${codes.length} afviger${input.kind === 'shares' ? ` med op til ${formatNumber(maxGap(c, values), 'da')} point` : ''})`,
      `${fig.en} (${c.differ.length} of ${codes.length} differ${input.kind === 'shares' ? ` by up to ${formatNumber(maxGap(c, values), 'en')} points` : ''})`,
    );
  });
  const reading = text(
    `${what.da} stemmer hverken med ${parts.map((p) => p.da).join(' eller ')}`,
    `${what.en} match neither ${parts.map((p) => p.en).join(' nor ')}`,
  );
  return { reading, findings };
}

function maxGap(c: Compared, values: readonly Decimal[]): Decimal {
  let best: Decimal = decimal(0);
  for (const d of c.differ) {
    const v = values[d.i];
    const s = Math.max(v.scale, d.official.scale);
    const a = v.digits * 10n ** BigInt(s - v.scale) - d.official.digits * 10n ** BigInt(s - d.official.scale);
    const gap = { digits: a < 0n ? -a : a, scale: s };
    if (
      gap.digits * 10n ** BigInt(Math.max(0, best.scale - s)) >
      best.digits * 10n ** BigInt(Math.max(0, s - best.scale))
    )
      best = gap;
  }
  return best;
}

/** "Dragør 0,8 (FOLK1A: 0,7), Tårnby 2,3 (2,4) og 6 andre". */
function listDiffer(
  input: PopulationKeyInput,
  c: Compared,
  values: readonly Decimal[],
  lang: 'da' | 'en',
): string {
  const named = c.differ.slice(0, NAMED).map(({ i, official }, k) => {
    const name = matchParty(input.rows[i].party)!.party.name;
    const shown = formatNumber(values[i], lang);
    const off = formatNumber(official, lang);
    return k === 0 ? `${name} ${shown} (${figuresOf(c.date)[lang]}: ${off})` : `${name} ${shown} (${off})`;
  });
  const rest = c.differ.length - named.length;
  if (rest > 0) named.push(lang === 'da' ? `${rest} andre` : `${rest} others`);
  return named.length > 1
    ? `${named.slice(0, -1).join(', ')} ${lang === 'da' ? 'og' : 'and'} ${named[named.length - 1]}`
    : named[0];
}

function mismatch(
  input: PopulationKeyInput,
  _codes: readonly string[],
  c: Compared,
  values: readonly Decimal[],
  what: Text,
  verdict: Text,
): Finding {
  const when = dateWords(c.date);
  return finding(
    'population-date-mismatch',
    input.sheet,
    input.keyCell,
    text(
      `Arket siger ${when.da}, men ${what.da.toLowerCase()} ${verdict.da}: ${c.differ.length} af ${input.rows.length} kommuner afviger, ${listDiffer(input, c, values, 'da')}.`,
      `The sheet says ${when.en}, but ${what.en.toLowerCase()} ${verdict.en}: ${c.differ.length} of ${input.rows.length} municipalities differ, ${listDiffer(input, c, values, 'en')}.`,
    ),
    { expected: c.date },
  );
}

/** The listed municipalities' total is within 5 % of FOLK1A's at the date: the figures are a population. */
function nearFigures(input: PopulationKeyInput, codes: readonly string[], date: string): boolean {
  const at = populationAt(date)!;
  const official = codes.reduce(
    (s, c) => s + BigInt(at.municipalities.find((m) => m.code === c)!.population),
    0n,
  );
  const given = input.rows.reduce((s, r) => s + r.value!.digits, 0n);
  const gap = given > official ? given - official : official - given;
  return gap * NEAR.denominator <= official * NEAR.numerator;
}

/** The heading of Fordel's column with the exact split by newer figures. */
export function newerColumnHeader(date: string): Text {
  const when = dateWords(date);
  return text(`Fordel: beløb efter FOLK1A ${when.da}`, `Fordel: amount by FOLK1A ${when.en}`);
}

/** The newest date after `date`, and the exact split of the sheet's total with it. */
function newerSplit(input: PopulationKeyInput, codes: readonly string[], date: string) {
  const later = populationDates().filter((d) => d > date);
  if (!later.length) return null;
  const newest = later[later.length - 1];
  const fig = figuresOf(newest);
  if (input.total === undefined || input.total <= 0n) {
    return {
      date: newest,
      amounts: [] as bigint[],
      finding: finding(
        'population-newer',
        input.sheet,
        input.keyCell,
        text(`Der findes nyere folketal: ${fig.da}.`, `Newer population figures exist: ${fig.en}.`),
      ),
    };
  }
  const at = populationAt(newest)!;
  const pops = codes.map((c) => decimal(at.municipalities.find((m) => m.code === c)!.population));
  const old = populationAt(date)!;
  const oldPops = codes.map((c) => decimal(old.municipalities.find((m) => m.code === c)!.population));
  const now = split(input.total, pops, input.unit);
  const then = split(input.total, oldPops, input.unit);
  if (!now.ok || !then.ok) return null;
  const changes = codes
    .map((c, i) => ({
      name: matchParty(input.rows[i].party)!.party.name,
      amount: now.amounts[i],
      diff: now.amounts[i] - then.amounts[i],
    }))
    .filter((x) => x.diff !== 0n)
    .sort((a, b) => ((b.diff < 0n ? -b.diff : b.diff) > (a.diff < 0n ? -a.diff : a.diff) ? 1 : -1));
  const say = (lang: 'da' | 'en') =>
    changes
      .slice(0, NAMED)
      .map((x) => {
        const d = formatKroner(x.diff < 0n ? -x.diff : x.diff, lang);
        const dir = lang === 'da' ? (x.diff > 0n ? 'mere' : 'mindre') : x.diff > 0n ? 'more' : 'less';
        return `${x.name} ${formatKroner(x.amount, lang)} (${d} ${dir})`;
      })
      .join(', ');
  const colName = newerColumnHeader(newest);
  return {
    date: newest,
    amounts: now.amounts,
    finding: finding(
      'population-newer',
      input.sheet,
      input.keyCell,
      changes.length
        ? text(
            `Der findes nyere folketal, ${fig.da}. Med dem ville ${changes.length} af ${codes.length} kommuner betale noget andet, fx ${say('da')}; se kolonnen »${colName.da}«.`,
            `Newer population figures exist, ${fig.en}. With them ${changes.length} of ${codes.length} municipalities would pay a different amount, e.g. ${say('en')}; see the column "${colName.en}".`,
          )
        : text(
            `Der findes nyere folketal, ${fig.da}; med dem betaler hver kommune det samme.`,
            `Newer population figures exist, ${fig.en}; with them every municipality pays the same.`,
          ),
    ),
  };
}
