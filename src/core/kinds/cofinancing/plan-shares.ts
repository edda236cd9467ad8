/**
 * The share column of a financing plan ("Kilde | Andel | Beløb"): each source's share is its amount over the
 * plan's total, shown at the share's own decimals. No key splits anything here, so shares rounded to one
 * decimal that sum to 99,9 are fine; a share that is not what its amount gives is a typo in one of the two,
 * and the finding names both cells. Compared in integers: share x total against amount x 100.
 */
import { mul, decimal, type Decimal } from '../../decimal/decimal';
import { divDecimal } from '../../decimal/ratio';
import { text, type Finding } from '../../findings/finding';
import { finding } from '../../findings/make';
import { a1 } from '../../grid/a1';
import { cellAt, formatAt } from '../../grid/grid';
import { formatKroner, formatPercent } from '../../money/format';
import { readNumber } from '../../numbers/read-number';
import { formatDecimals } from '../../numbers/shown-decimals';
import { pow10 } from '../../decimal/decimal';
import type { CellReader } from '../../check/read-cells';
import { readFailureFinding } from '../../numbers/read-failure';
import type { CofinancingLayout } from '../../tables/layout';
import type { CofinancingInput } from './rules/input';
import { sumAll } from './rules/parts';

interface Share {
  /** In percent. */
  readonly value: Decimal;
  /** Decimals the share shows, in percent. */
  readonly decimals: number;
  readonly cell: string;
}

export function planShareFindings(r: CellReader, t: CofinancingLayout, input: CofinancingInput): Finding[] {
  if (t.shareCol === undefined) return [];
  // One amount column: the shares are of it. Periods: of each row's I alt, when the table has that column.
  const one = input.periods.length === 1;
  if (!one && t.totalCol === null) return [];
  const col = t.shareCol;
  const raw = t.sourceRows.map((s) => readShare(r, s.row, col));
  const totalShare = t.totalRow === null ? null : readShare(r, t.totalRow, col);
  const read = [...raw, totalShare].filter((x): x is RawShare => x !== null);
  if (read.length === 0) return [];
  // 0,4 beside 0,35 and a total of 1 are fractions of the whole; "40 %" or 40 beside a total of 100 percent.
  const fractions =
    !read.some((x) => x.percent) &&
    (totalShare !== null
      ? totalShare.value.digits === pow10(totalShare.value.scale)
      : raw.every((x) => x === null || x.value.digits <= pow10(x.value.scale)));
  const amounts = input.rows.map((row) => (one ? row.amounts[0] : row.total));
  const stated = one ? input.totalRow?.amounts[0] : input.totalRow?.total;
  // The shares are of the whole the sources make. A total typed wrong has its own finding; judged against
  // it, every right share would be flagged too. So the stated total is taken unless the sources' sum is the
  // whole the shares fit better.
  const candidates = [stated?.value ?? null, sumAll(amounts)].filter(
    (t): t is bigint => t !== null && t > 0n,
  );
  if (candidates.length === 0) return [];
  const judgedBy = (total: bigint) =>
    raw.map((x, i) => {
      const amount = amounts[i];
      if (x === null || amount === null) return null;
      const share = asPercent(x, fractions);
      return { share, amount, fits: fits(share, amount.value, total) };
    });
  const fitting = (js: ReturnType<typeof judgedBy>) => js.filter((j) => j?.fits).length;
  const [total, judged] = candidates
    .map((t) => [t, judgedBy(t)] as const)
    .reduce((best, next) => (fitting(next[1]) > fitting(best[1]) ? next : best));
  // Beside periods the header alone does not make the column the shares of the whole ("Pct." could be a
  // rate or a change): its figures must be, on every line but one.
  const held = judged.filter((j) => j?.fits).length;
  const missed = judged.filter((j) => j && !j.fits).length;
  if (!one && (held < 2 || missed > 1)) return [];
  const out: Finding[] = [];
  judged.forEach((j, i) => {
    if (j === null || j.fits) return;
    const { share, amount } = j;
    const exact = divDecimal(amount.value * 100n, total, share.decimals, 'half-up');
    out.push(
      finding(
        'plan-share-mismatch',
        r.grid.name,
        share.cell,
        text(
          `${input.rows[i].label}: andelen ${formatPercent(share.value, 'da', share.decimals)} passer ikke med beløbet; ${formatKroner(amount.value, 'da')} af ${formatKroner(total, 'da')} er ${formatPercent(exact, 'da', share.decimals)}.`,
          `${input.rows[i].label}: the share ${formatPercent(share.value, 'en', share.decimals)} does not match the amount; ${formatKroner(amount.value, 'en')} of ${formatKroner(total, 'en')} is ${formatPercent(exact, 'en', share.decimals)}.`,
        ),
        { related: [amount.cell] },
      ),
    );
  });
  return out;
}

interface RawShare {
  readonly value: Decimal;
  /** Written or formatted as percent ("40 %", 0,4 under "0%"): the value is in percent already. */
  readonly percent: boolean;
  readonly formatDecimals: number | null;
  readonly cell: string;
}

function readShare(r: CellReader, row: number, col: number): RawShare | null {
  const v = cellAt(r.grid, row, col);
  if (v === null || v === '') return null;
  const format = formatAt(r.grid, row, col);
  const read = readNumber(v, { format });
  const cell = a1(row, col);
  if (!read.ok) {
    if (read.code !== 'missing-value') r.findings.push(readFailureFinding(read, r.grid.name, cell));
    return null;
  }
  return {
    value: read.value,
    percent: read.unit === 'percent',
    formatDecimals: formatDecimals(format),
    cell,
  };
}

function asPercent(x: RawShare, fractions: boolean): Share {
  const value = fractions ? mul(x.value, decimal(100)) : x.value;
  // The decimals the user sees: the format's (of the percent shown), else those typed, in percent.
  const typed = Math.max(0, fractions ? x.value.scale - 2 : x.value.scale);
  return { value, decimals: x.formatDecimals ?? typed, cell: x.cell };
}

/**
 * |share - amount / total x 100| <= one unit of the share's last decimal, in integers: shares rounded so the
 * column says 100 move one share by a whole unit (53,4 % for 53,33 % beside 19,3 / 1,3 / 26,0), and that is
 * how such a column is published, not a typo.
 */
function fits(share: Share, amount: bigint, total: bigint): boolean {
  const s = share.value;
  const scale = pow10(s.scale);
  const diff = s.digits * total - amount * 100n * scale;
  const abs = diff < 0n ? -diff : diff;
  return abs * pow10(share.decimals) <= total * scale;
}
