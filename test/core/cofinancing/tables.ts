/**
 * Test tables built the way the culture agreement prints them: a table at A1 with the label in A,
 * the years 2021-2024 in B..E and "Alt i alt" / "I alt" in F. Amounts are given in whole kroner.
 */
import { a1 } from '../../../src/core/grid/a1';
import type { CofinancingInput, CofinancingRowInput } from '../../../src/core/kinds/cofinancing/rules/input';
import type { SourceType } from '../../../src/core/tables/layout';

export type Kr = number | null;
export interface RowSpec {
  label: string;
  type: SourceType;
  amounts: Kr[];
  total?: Kr;
}

const YEARS = ['2021', '2022', '2023', '2024'];

const at = (row: number, col: number, kr: Kr) =>
  kr === null ? null : { value: BigInt(kr) * 100n, cell: a1(row, col) };

/** Rows start at sheet row 2 (index 1); the total row, if any, follows them. */
export function table(
  sheet: string,
  rows: RowSpec[],
  totalRow: { amounts: Kr[]; total?: Kr } | null,
  opts: { periods?: string[]; top?: number } = {},
): CofinancingInput {
  const periods = opts.periods ?? YEARS;
  const top = opts.top ?? 0;
  const totalCol = periods.length + 1;
  const build = (spec: RowSpec, r: number): CofinancingRowInput => ({
    label: spec.label,
    labelCell: a1(r, 0),
    type: spec.type,
    amounts: spec.amounts.map((kr, p) => at(r, p + 1, kr)),
    total: spec.total === undefined ? null : at(r, totalCol, spec.total),
  });
  const tr = top + 1 + rows.length;
  return {
    sheet,
    range: `${a1(top, 0)}:${a1(totalRow ? tr : tr - 1, totalCol)}`,
    periods: periods.map((label, p) => ({ label, cell: a1(top, p + 1) })),
    rows: rows.map((spec, i) => build(spec, top + 1 + i)),
    totalRow: totalRow
      ? {
          labelCell: a1(tr, 0),
          amounts: totalRow.amounts.map((kr, p) => at(tr, p + 1, kr)),
          total: totalRow.total === undefined ? null : at(tr, totalCol, totalRow.total),
        }
      : null,
  };
}

const M = 1_500_000;

/** Tabel B: own financing and the state's co-financing, 1.500.000 kr. each a year. */
export function tabelB(own2023: number = M): CofinancingInput {
  return table(
    'Tabel B',
    [
      {
        label: 'Kulturregionens egenfinansiering',
        type: 'own',
        amounts: [M, M, own2023, M],
        total: 6_000_000,
      },
      {
        label: 'Statens medfinansiering fra Puljen til kultur i hele landet',
        type: 'state',
        amounts: [M, M, M, M],
        total: 6_000_000,
      },
    ],
    { amounts: [3_000_000, 3_000_000, 3_000_000, 3_000_000], total: 12_000_000 },
  );
}

/** One source's breakdown by focus area, as the agreement prints it for the state grant and own financing. */
export function perArea(sheet: string, music2022 = 600_000): CofinancingInput {
  return table(
    sheet,
    [
      { label: 'Ungeområdet', type: 'area', amounts: [300_000, 300_000, 300_000, 300_000], total: 1_200_000 },
      {
        label: 'Musikområdet',
        type: 'area',
        amounts: [600_000, music2022, 600_000, 600_000],
        total: 2_400_000,
      },
      {
        label: 'Kultur og sundhedsområdet',
        type: 'area',
        amounts: [600_000, 600_000, 600_000, 600_000],
        total: 2_400_000,
      },
    ],
    { amounts: [M, M, M, M], total: 6_000_000 },
  );
}

/** Messages keep Intl's no-break space before "kr." and "%"; tests read them with plain spaces. */
export const plain = (s: string): string => s.replace(/\u00a0/g, ' ');
