/**
 * How tables arrive from kommuner, regioner and ministries (the eighth round): after a long text block (an
 * agreement's bilag pasted above), with a "Kilde:" line under them, copied twice on one sheet (last year's
 * above this year's), a "Heraf:" line with its lines indented by spaces, amounts in t.kr. always with one
 * decimal ("1.500,0"), the corner and total head merged over two header rows, and the columns a sheet picks
 * up: a date per part (a real date or Danish date text), a column of #REF! left by a deleted sheet, the
 * municipality code right of the names, a split's amount before its key. Word lists and forms are named here;
 * logical.ts, render.ts and variant.ts use them.
 */
import { allMunicipalities, type ExtraCol } from './everyday';
import { MUNICIPALITY_CODES } from './municipality-codes';
import type { Rng } from './rng';
import { money, type LRow, type TableTruth, type Val } from './truth';
import { largestRemainder } from './largest-remainder';
import { splitAmounts, TieError } from './truths/build';

/** An agreement's text above the table: numbers in it are dates, paragraphs and a phone number, never amounts. */
export const TEXT_BLOCK = [
  'Bilag 2. Finansiering af samarbejdet',
  '',
  '1. Baggrund',
  'Parterne har i aftalen af 12. december 2025 besluttet at videreføre samarbejdet frem til udgangen af 2028.',
  'Dette bilag beskriver, hvordan udgifterne fordeles, og hvordan parterne afregner med hinanden.',
  '',
  '2. Fordelingsprincip',
  'Udgifterne fordeles som anført i tabellen nedenfor. Ved ændringer i antallet af deltagere',
  'genberegnes fordelingen, og den nye fordeling forelægges styregruppen til godkendelse.',
  '',
  '3. Betaling',
  'Bidragene opkræves to gange årligt med forfald 1. februar og 1. august.',
  'Betaling sker senest 30 dage efter modtagelse af faktura.',
  '',
  '4. Regnskab',
  'Sekretariatet aflægger regnskab for det forløbne år senest 15. april.',
  'Et overskud overføres til det følgende år; et underskud dækkes efter samme nøgle.',
  '',
  '5. Revision',
  'Regnskabet revideres af den revisor, som værtskommunen anvender.',
  '',
  '6. Ændringer',
  'Ændringer i bilaget kræver enighed blandt parterne, jf. aftalens § 7, stk. 2.',
  '',
  '7. Ikrafttræden',
  'Bilaget træder i kraft 1. januar 2026 og erstatter bilag 2 af 14. juni 2023.',
  '',
  'Kontakt: økonomikonsulent i sekretariatet, tlf. 72 36 00 00',
  '',
  'Tabellen er opdateret efter styregruppemødet 3. marts 2026.',
];
/** The first row the table's title may take after the text block (row 39 or later, as it is in the bilag). */
export const TEXT_BLOCK_TABLE_ROW = 38;

/** Where the figures come from, under the table: the population's source for a split by population. */
export const POPULATION_SOURCES = [
  'Kilde: Danmarks Statistik, FOLK1A',
  'Kilde: Danmarks Statistik, FOLK1A (1. januar 2026)',
  'Kilde: Danmarks Statistik, statistikbanken.dk/FOLK1A, 1. kvt. 2026',
];
export const OTHER_SOURCES = [
  'Kilde: Ansøgningens budget, bilag 2',
  'Kilde: KMD Opus, udtræk pr. 14.03.2026',
  'Kilde: Økonomiudvalgets beslutning af 12. marts 2026',
];
export function sourceLine(t: TableTruth, rng: Rng): string {
  const byPopulation = t.kind === 'split' && t.cols.some((c) => c.role === 'key');
  return rng.pick(byPopulation ? POPULATION_SOURCES : OTHER_SOURCES);
}

/** A "Heraf:" line of its own under a source, the lines of the breakdown indented by typed spaces. */
export const HERAF_LINE = 'Heraf:';
export const HERAF_INDENTED: readonly [string, string] = ['drift', 'anlæg'];
export const HERAF_INDENTS = ['  ', '   ', '     '];

/** Amounts in t.kr. shown with one decimal, whole or not ("1.500,0"), as budget systems export them. */
export const TKR_ONE_DECIMAL = '#,##0.0';

/** The group title over the years, or a split's figures, when the corner and the total head span two header rows. */
export const MERGED_GROUP_TITLES = {
  periods: ['Beløb pr. år', 'Finansiering', 'Budget'],
  split: ['Fordeling', 'Fordeling af udgiften', 'Bidrag'],
} as const;

/** The title of last year's copy, above this year's table on the same sheet. */
export const COPY_TITLES = [' (sidste år)', ' – godkendt version', ' (budget 2025)'];

/** A date per part: when the grant was given or the board decided. */
export const DATE_HEADS = ['Tilsagnsdato', 'Dato', 'Godkendt', 'Beslutningsdato'];
/** One form per table: a real date under a format, or the date typed as Danish text. */
export const DATE_FORMS = ['serial-dmy', 'serial-long', 'text-long', 'text-dmy'] as const;
const MONTHS = [
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'maj',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'okt.',
  'nov.',
  'dec.',
];

/** Excel's serial number of a date (days after 30 December 1899). */
export const excelSerial = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

export function dateCell(form: string, y: number, m: number, d: number): { v: string | number; z?: string } {
  const two = (n: number): string => String(n).padStart(2, '0');
  if (form === 'serial-dmy') return { v: excelSerial(y, m, d), z: 'dd-mm-yyyy' };
  if (form === 'serial-long') return { v: excelSerial(y, m, d), z: 'd. mmm. yyyy' };
  if (form === 'text-long') return { v: `${d}. ${MONTHS[m - 1]} ${y}` };
  return { v: `${two(d)}-${two(m)}-${y}` };
}

/** A date on each part, in one form for the table. */
export function dateColumn(rows: readonly LRow[], rng: Rng): ExtraCol {
  const form = rng.pick(DATE_FORMS);
  const cells: Record<string, { v: string | number; z?: string }> = {};
  for (const r of rows)
    if (r.role === 'part') cells[r.id] = dateCell(form, rng.int(2025, 2026), rng.int(1, 12), rng.int(1, 28));
  return { id: 'extra:date', head: rng.pick(DATE_HEADS), unit: null, cells };
}

/** A column whose formulas lost the sheet they read: "#REF!" on every row with amounts. */
export const REF_ERROR_HEADS = ['Andel af ramme', 'Pct. af budget', 'Jf. budgetark'];
export function refErrorColumn(rows: readonly LRow[], rng: Rng): ExtraCol {
  const cells: Record<string, { v: number }> = {};
  for (const r of rows) cells[r.id] = { v: 0 };
  return { id: 'extra:ref', head: rng.pick(REF_ERROR_HEADS), unit: null, cells, formula: 'ref-error' };
}

/** The municipality code in a column right of the names, as a register export puts it. */
export const CODE_RIGHT_HEADS = ['Kode', 'Kommunekode', 'Kom.nr.'];
export function codeRightColumn(rows: readonly LRow[], rng: Rng): ExtraCol {
  const cells: Record<string, { v: number }> = {};
  for (const r of rows)
    if (r.role === 'part' && r.municipality) cells[r.id] = { v: MUNICIPALITY_CODES[r.municipality] };
  return { id: 'extra:code-right', head: rng.pick(CODE_RIGHT_HEADS), unit: null, cells };
}
export const codeRightFits = (t: TableTruth): boolean =>
  t.rows.some((r) => r.municipality) && allMunicipalities(t.rows);

/**
 * Last year's table, copied above this year's: correct (a planted error is this year's), the years one
 * earlier, and changed the way a year changes it: a co-financing table of three or more sources without its
 * last source (totals summed again), a split of another total (amounts split again, unless a tie decides a
 * unit or the amounts must stay exact in a unit). A split by a rate keeps its amounts.
 */
export function lastYearsCopy(t: TableTruth, rng: Rng): TableTruth {
  const fixed = t.rows.map((r) => {
    const cells: Record<string, Val> = { ...r.cells };
    for (const p of t.planted) if (p.row === r.id) cells[p.col] = money(p.expected);
    return { ...r, cells };
  });
  // Years one earlier, but a price level ("2020-tal", "2024-niveau") stays: the copy is at the same prices.
  const earlier = (s: string): string =>
    s.replace(/\b(20\d\d)\b(?!-(tal|niveau|priser))/g, (y) => String(Number(y) - 1));
  const title = `${earlier(t.title)}${rng.pick(COPY_TITLES)}`;
  const cols = t.cols.map((c) =>
    c.year !== undefined ? { ...c, year: c.year - 1, head: String(c.year - 1) } : c,
  );
  const base = { ...t, id: `${t.id}-sidste-aar`, title, cols, planted: [], rows: fixed };
  const parts = fixed.filter((r) => r.role === 'part');
  if (t.kind === 'cofinancing' && parts.length >= 3 && fixed.every((r) => r.role !== 'breakdown')) {
    const dropped = parts[parts.length - 1];
    const kept = fixed.filter((r) => r !== dropped);
    const rows = kept.map((r) =>
      r.role === 'total' || r.role === 'subtotal'
        ? {
            ...r,
            sumOf: r.sumOf?.filter((id) => id !== dropped.id),
            cells: Object.fromEntries(
              Object.entries(r.cells).map(([c, v]) => [
                c,
                v.t === 'money' && dropped.cells[c]?.t === 'money'
                  ? money(v.kr - (dropped.cells[c] as { kr: bigint }).kr)
                  : v,
              ]),
            ),
          }
        : r,
    );
    return { ...base, rows };
  }
  const total = fixed.find((r) => r.role === 'total');
  const amount = total?.cells.amount;
  // Amounts a unit may state (all whole tens) stay as they are: split again, they might not be.
  const inUnits = t.rows.every((r) =>
    Object.values(r.cells).every((v) => v.t !== 'money' || v.kr % 10n === 0n),
  );
  if (t.kind === 'split' && !t.rate && total && amount?.t === 'money' && !inUnits) {
    const newTotal = ((amount.kr * 9n) / 10n / 1_000n) * 1_000n;
    const keys = parts.map((r) => r.cells.key);
    if (newTotal > 0n && keys.every((k) => k?.t === 'count' || k?.t === 'pct'))
      try {
        const amounts = splitAmounts(
          newTotal,
          keys.map((k) => (k!.t === 'count' ? k!.n : (k as { p: string }).p)),
        );
        let i = 0;
        const rows = fixed.map((r) =>
          r.role === 'part'
            ? { ...r, cells: { ...r.cells, amount: money(amounts[i++]) } }
            : r.role === 'total'
              ? { ...r, cells: { ...r.cells, amount: money(newTotal) } }
              : r,
        );
        return { ...base, rows, total: newTotal };
      } catch (e) {
        if (!(e instanceof TieError)) throw e;
      }
  }
  return base;
}

/**
 * A project budget as the finance system heads it: the two amounts the total sums, "Oprindeligt budget" and
 * "Tillægsbevillinger", the total "Korrigeret budget"; then "Forbrug" and "Rest", which sum to it again.
 */
export const BUDGET_STAGES = {
  first: 'Oprindeligt budget',
  second: ['Tillægsbevillinger', 'Tillægsbevilling'],
  total: 'Korrigeret budget',
  spent: ['Forbrug', 'Forbrug pr. 30.9.'],
  left: ['Rest', 'Restbudget', 'Rest til disposition'],
} as const;

/** The table's two periods and its total as budget stages (a co-financing table of two periods and a total). */
export const stagesFit = (t: TableTruth): boolean =>
  t.kind === 'cofinancing' &&
  t.cols.filter((c) => c.role === 'period').length === 2 &&
  t.cols.some((c) => c.role === 'total' && c.sumOf?.length === 2);

/**
 * "Forbrug" and "Rest" per row from the true corrected budget (a planted error does not move them): forbrug a
 * share of it in the table's own step, so it stays exact in any unit the table takes; rest what is left. A
 * negative or nil budget is all spent. Sum rows sum their rows'.
 */
export function spentAndLeft(t: TableTruth, rows: readonly LRow[], rng: Rng): [ExtraCol, ExtraCol] {
  const truthKr = (id: string, col: string): bigint => {
    const p = t.planted.find((x) => x.row === id && x.col === col);
    if (p) return p.expected;
    const v = t.rows.find((r) => r.id === id)?.cells[col];
    return v?.t === 'money' ? v.kr : 0n;
  };
  const amounts = t.rows.flatMap((r) =>
    Object.values(r.cells).flatMap((v) => (v.t === 'money' ? [v.kr] : [])),
  );
  let step = 1n;
  while (step < 100_000n && amounts.every((v) => v % (step * 10n) === 0n)) step *= 10n;
  const spent = new Map<string, bigint>();
  const left = new Map<string, bigint>();
  for (const r of rows) {
    if (r.role !== 'part') continue;
    const k = truthKr(r.id, 'total');
    const s = k <= 0n ? k : ((k * BigInt(rng.int(40, 95))) / 100n / step) * step;
    spent.set(r.id, s);
    left.set(r.id, k - s);
  }
  // Subtotals first: a grand total may sum them.
  for (const role of ['subtotal', 'total'])
    for (const r of rows)
      if (r.role === role && r.sumOf) {
        const sum = (m: Map<string, bigint>): bigint => r.sumOf!.reduce((a, id) => a + (m.get(id) ?? 0n), 0n);
        spent.set(r.id, sum(spent));
        left.set(r.id, sum(left));
      }
  const col = (id: string, head: string, m: Map<string, bigint>): ExtraCol => ({
    id,
    head,
    unit: null,
    money: true,
    cells: Object.fromEntries([...m].map(([k, v]) => [k, { v: Number(v) }])),
  });
  return [
    col('extra:spent', rng.pick(BUDGET_STAGES.spent), spent),
    col('extra:left', rng.pick(BUDGET_STAGES.left), left),
  ];
}

/** The population's share in percent with one decimal beside a split by population, as published tables show it. */
export const POPULATION_SHARE_HEADS = ['Andel indbyggere i pct.', 'Andel (%)', 'Pct. af indbyggere'];

/**
 * Each party's share of the population to one decimal, by largest remainder so the shares sum to exactly 100,0;
 * the I alt row 100. The amounts still follow the population itself.
 */
export function populationShares(rows: readonly LRow[], rng: Rng): ExtraCol {
  const parts = rows.filter((r) => r.role === 'part' && r.cells.key?.t === 'count');
  const tenths = largestRemainder(
    1000n,
    parts.map((r) => BigInt((r.cells.key as { n: number }).n)),
  ).amounts;
  const cells: Record<string, { v: number; z?: string }> = {};
  parts.forEach((r, i) => (cells[r.id] = { v: Number(tenths[i]) / 10, z: '0.0' }));
  for (const r of rows) if (r.role === 'total') cells[r.id] = { v: 100, z: '0.0' };
  return { id: 'extra:pop-share', head: rng.pick(POPULATION_SHARE_HEADS), unit: '%', cells };
}
export const hasPopulation = (t: TableTruth): boolean =>
  t.kind === 'split' && t.cols.some((c) => c.role === 'key') && !t.cols.some((c) => c.role === 'share');
