/**
 * Generated budgets (issue 22): areas with their account lines and an "i alt" line each, a grand "I alt" at
 * the foot, one to four budget years ("Budget 2026", "BO 2027" ...), income as minus. Half carry one planted
 * error a colleague can place: a subtotal or the grand total typed wrong, or one account line with two
 * neighbouring digits swapped where no other line of its area could be that slip.
 */
import { Rng } from '../rng';
import { money, type LCol, type LRow, type Planted, type TableTruth } from '../truth';

const AREAS: readonly (readonly [string, readonly string[]])[] = [
  ['Dagtilbud', ['Dagpleje', 'Vuggestuer', 'Børnehaver', 'Fælles formål']],
  ['Skoler', ['Folkeskoler', 'Skolefritidsordninger', 'Specialundervisning', 'Befordring af elever']],
  ['Ældre', ['Hjemmepleje', 'Plejecentre', 'Hjælpemidler', 'Forebyggende indsats']],
  ['Kultur', ['Biblioteker', 'Museer', 'Musikskole', 'Idrætsfaciliteter']],
  ['Administration', ['Løn', 'IT og licenser', 'Revision', 'Kontorhold']],
];
const INCOME = ['Forældrebetaling', 'Refusion', 'Brugerbetaling', 'Salg af ydelser'];
const TITLES = ['Budget 2026-2029', 'Driftsbudget', 'Budget for forvaltningen', 'Vedtaget budget'];
const CORNERS = ['Område', 'Konto', 'Post', 'Budgetområde'];

/** Whether `typed` is `right` with two digits swapped, one digit wrong, or one digit missing or extra. */
function isSlip(typed: bigint, right: bigint): boolean {
  if (typed === right || typed < 0n !== right < 0n) return false;
  const [a, b] = [typed < 0n ? -typed : typed, right < 0n ? -right : right].map(String);
  if (a.length === b.length) {
    const at = [...a].map((_, i) => i).filter((i) => a[i] !== b[i]);
    return at.length === 1 || (at.length === 2 && a[at[0]] === b[at[1]] && a[at[1]] === b[at[0]]);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  return [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short);
}

/** `v` with two neighbouring different digits swapped, or null when it has none. */
function swapped(rng: Rng, v: bigint): bigint | null {
  const neg = v < 0n;
  const digits = String(neg ? -v : v).split('');
  const at = digits.map((_, i) => i).filter((i) => i + 1 < digits.length && digits[i] !== digits[i + 1]);
  // A leading zero would change the number of digits shown.
  const ok = at.filter((i) => i > 0 || digits[1] !== '0');
  if (!ok.length) return null;
  const i = rng.pick(ok);
  [digits[i], digits[i + 1]] = [digits[i + 1], digits[i]];
  const out = BigInt(digits.join(''));
  return neg ? -out : out;
}

/** A figure typed off by delta (a sum line's slip), as the truth plants it. */
function slip(row: string, col: string, right: bigint, delta: bigint): Planted {
  return { row, col, expected: right, actual: right + delta, what: `${right} tastet ${right + delta}` };
}

/** An area's lines and its subtotal, area by area, then I alt: each cell as the grid holds it (typos and all). */
function areaRows(
  groups: readonly { id: string; label: string; lines: readonly { id: string; label: string }[] }[],
  cols: readonly { id: string }[],
  grid: ReadonlyMap<string, bigint>,
): LRow[] {
  const cells = (row: string) =>
    Object.fromEntries(cols.map((c, j) => [c.id, money(grid.get(`${row}|${j}`)!)]));
  const rows: LRow[] = groups.flatMap((g) => [
    ...g.lines.map((l): LRow => ({ id: l.id, label: l.label, role: 'part', cells: cells(l.id) })),
    { id: g.id, label: g.label, role: 'subtotal', sumOf: g.lines.map((l) => l.id), cells: cells(g.id) },
  ]);
  rows.push({
    id: 'total',
    label: 'I alt',
    role: 'total',
    sumOf: groups.map((g) => g.id),
    cells: cells('total'),
  });
  return rows;
}

export function randomBudget(seed: number): TableTruth {
  const rng = new Rng(seed);
  const nYears = rng.int(1, 4);
  const first = rng.int(2025, 2027);
  const cols: LCol[] = Array.from({ length: nYears }, (_, j) => ({
    id: `y${j}`,
    head: j === 0 ? `Budget ${first}` : `${rng.pick(['BO', 'Budgetoverslag'])} ${first + j}`,
    // No year of its own: the heading is rendered as written ("Budget 2026"), not as the bare year.
    role: 'period',
  }));
  const step = BigInt(rng.pick([1_000, 10_000, 100_000]));
  const areas = rng.sample(AREAS, rng.int(2, 3));
  const sum = (xs: readonly bigint[]): bigint => xs.reduce((a, b) => a + b, 0n);
  const groups = areas.map(([area, items], g) => {
    const lines = rng.sample(items, rng.int(2, 4)).map((label, i) => ({
      id: `g${g}i${i}`,
      label,
      values: cols.map(() => BigInt(rng.int(20, 900)) * step + BigInt(rng.int(0, 9)) * (step / 10n)),
    }));
    // Income is minus: an area may have a line of it, smaller than its costs.
    if (rng.chance(0.3))
      lines.push({
        id: `g${g}i${lines.length}`,
        label: rng.pick(INCOME),
        values: cols.map(() => -BigInt(rng.int(1, 15)) * step),
      });
    return {
      id: `g${g}`,
      label: `${area} i alt`,
      lines,
      values: cols.map((_, j) => sum(lines.map((l) => l.values[j]))),
    };
  });
  const total = cols.map((_, j) => sum(groups.map((g) => g.values[j])));

  const planted: Planted[] = [];
  const grid = new Map<string, bigint>();
  const put = (row: string, j: number, v: bigint): void => void grid.set(`${row}|${j}`, v);
  for (const g of groups) {
    for (const l of g.lines) l.values.forEach((v, j) => put(l.id, j, v));
    g.values.forEach((v, j) => put(g.id, j, v));
  }
  total.forEach((v, j) => put('total', j, v));
  if (rng.chance(0.5)) {
    const j = rng.int(0, nYears - 1);
    const kind = rng.pick(['subtotal', 'total', 'line'] as const);
    const delta = BigInt(rng.int(1, 9)) * step;
    if (kind === 'line') {
      const g = rng.pick(groups);
      const l = rng.pick(g.lines);
      const actual = swapped(rng, l.values[j]);
      const diff = actual === null ? 0n : l.values[j] - actual;
      // Only where no other line of the area could be the slip: else a colleague cannot tell either.
      const alone = g.lines.every((o) => o === l || !isSlip(o.values[j], o.values[j] + diff));
      if (actual !== null && alone) {
        planted.push({
          row: l.id,
          col: cols[j].id,
          expected: l.values[j],
          actual,
          what: `${l.values[j]} tastet ${actual} (ombyttede cifre)`,
        });
        put(l.id, j, actual);
      }
    } else {
      const row = kind === 'total' ? 'total' : rng.pick(groups).id;
      const right = grid.get(`${row}|${j}`)!;
      planted.push(slip(row, cols[j].id, right, delta));
      put(row, j, right + delta);
    }
  }

  const rows = areaRows(groups, cols, grid);
  return {
    id: `budget-${seed}`,
    origin: 'random',
    kind: 'budget',
    title: rng.pick(TITLES),
    corner: rng.pick(CORNERS),
    cols,
    rows,
    planted,
  };
}

const NET_TITLES = ['Driftsbudget 2026, udgifter og indtægter', 'Budget 2026 brutto og netto', 'Budget 2026'];

/**
 * A budget of one year as gross and net: "Udgifter | Indtægter | Netto", income as minus (a line with no income
 * has 0), Netto the sum of the two, "<område> i alt" lines and a grand "I alt" summing every column. Half carry
 * one planted error: a line's Netto, an area's "i alt" or the grand total typed wrong in one column.
 */
export function netBudget(seed: number): TableTruth {
  const rng = new Rng(seed ^ 0x5eed);
  const step = BigInt(rng.pick([1_000, 10_000]));
  const sum = (xs: readonly bigint[]): bigint => xs.reduce((a, b) => a + b, 0n);
  const areas = rng.sample(AREAS, rng.int(2, 3));
  const cols: LCol[] = [
    { id: 'udg', head: 'Udgifter', role: 'period' },
    { id: 'ind', head: 'Indtægter', role: 'period' },
    { id: 'net', head: 'Netto', role: 'total', sumOf: ['udg', 'ind'] },
  ];
  const groups = areas.map(([area, items], g) => {
    const lines = rng.sample(items, rng.int(2, 4)).map((label, i) => {
      const udg = BigInt(rng.int(50, 900)) * step;
      // Income on about half the lines, always smaller than the costs.
      const ind = rng.chance(0.5) ? -BigInt(rng.int(1, 40)) * step : 0n;
      return { id: `g${g}i${i}`, label, values: [udg, ind, udg + ind] };
    });
    return {
      id: `g${g}`,
      label: `${area} i alt`,
      lines,
      values: [0, 1, 2].map((j) => sum(lines.map((l) => l.values[j]))),
    };
  });
  const total = [0, 1, 2].map((j) => sum(groups.map((g) => g.values[j])));
  const grid = new Map<string, bigint>();
  const put = (row: string, j: number, v: bigint): void => void grid.set(`${row}|${j}`, v);
  for (const g of groups) {
    for (const l of g.lines) l.values.forEach((v, j) => put(l.id, j, v));
    g.values.forEach((v, j) => put(g.id, j, v));
  }
  total.forEach((v, j) => put('total', j, v));
  const planted: Planted[] = [];
  if (rng.chance(0.5)) {
    const kind = rng.pick(['net', 'subtotal', 'total'] as const);
    const delta = BigInt(rng.int(1, 9)) * step;
    const row =
      kind === 'net' ? rng.pick(rng.pick(groups).lines).id : kind === 'total' ? 'total' : rng.pick(groups).id;
    // A line's Netto, or a sum line in any column.
    const j = kind === 'net' ? 2 : rng.int(0, 2);
    const right = grid.get(`${row}|${j}`)!;
    planted.push(slip(row, cols[j].id, right, delta));
    put(row, j, right + delta);
  }
  const rows = areaRows(groups, cols, grid);
  return {
    id: `netbudget-${seed}`,
    origin: 'random',
    kind: 'budget',
    title: rng.pick(NET_TITLES),
    corner: rng.pick(CORNERS),
    cols,
    rows,
    planted,
  };
}
