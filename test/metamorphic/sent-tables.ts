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
  const earlier = (s: string): string => s.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) - 1));
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
