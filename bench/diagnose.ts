/**
 * What the diagnoses add to a check: a 5.000-row split with the errors they explain (amounts from rounded
 * shares, parties counted twice, a slip in an amount), timed as the checks alone, the diagnoses alone
 * and the whole checkWorkbook. Run on its own: npx tsx bench/diagnose.ts
 */
import { checkTables, checkWorkbook } from '../src/core/check/check-workbook';
import type { CheckParams } from '../src/core/check/params';
import { buildItems } from '../src/core/diagnose/items';
import { gridFromRows, type RawValue } from '../src/core/grid/grid';
import { population } from './inputs';
import { bestOf, fmtInt, fmtMs, type BenchRow } from './measure';

const ROWS = 5_000;
const TOTAL_KR = 10_000_000;
const PARAMS: CheckParams = { lang: 'da', asOf: '2025-06-30' };

type Planted = 'rounded shares' | 'every 2nd party twice' | 'one amount per 50 with swapped digits';

/** A population split with a share column; `planted` decides which error every row carries. */
export function splitWithErrors(n: number, planted: Planted): RawValue[][] {
  const pops = Array.from({ length: n }, (_, i) => population(i));
  const people = pops.reduce((a, b) => a + b, 0);
  const rows: RawValue[][] = [
    ['Fordeling af fælles udgift efter indbyggertal'],
    [],
    ['Deltager', 'Indbyggere', 'Andel i pct.', 'Beløb (kr.)'],
  ];
  pops.forEach((p, i) => {
    const share = Math.round((p * 10_000) / people) / 100;
    let amount = Math.round((p * TOTAL_KR) / people);
    if (planted === 'rounded shares') amount = Math.round((share * TOTAL_KR) / 100);
    if (planted === 'one amount per 50 with swapped digits' && i % 50 === 0)
      amount = Number([...String(amount)].reverse().join(''));
    const name = planted === 'every 2nd party twice' ? `Forening ${(i % (n / 2)) + 1}` : `Forening ${i + 1}`;
    rows.push([name, p, share, amount]);
  });
  rows.push(['I alt', people, 100, TOTAL_KR]);
  return rows;
}

const CASES: Planted[] = ['rounded shares', 'every 2nd party twice', 'one amount per 50 with swapped digits'];

export function benchDiagnose(): BenchRow[] {
  return CASES.map((planted) => {
    const grid = gridFromRows('Fordeling', splitWithErrors(ROWS, planted));
    const snapshot = { sheets: [grid], sheetNames: [grid.name], settings: null };
    let items = 0;
    let findings = 0;
    const wholeMs = bestOf(3, () => {
      const r = checkWorkbook(snapshot, PARAMS);
      items = r.items?.length ?? 0;
      findings = r.findings.length;
    });
    const checksMs = bestOf(3, () => void checkTables(snapshot, PARAMS));
    const checked = checkTables(snapshot, PARAMS);
    const diagnoseMs = bestOf(3, () => void buildItems({ ...checked, params: PARAMS }));
    return {
      part: 'core',
      case: `diagnose ${fmtInt(ROWS)}-row split, ${planted}`,
      figure: 'diagnoses; checks; whole check (best of 3); findings -> items',
      value: `${fmtMs(diagnoseMs)}; ${fmtMs(checksMs)}; ${fmtMs(wholeMs)}; ${fmtInt(findings)} -> ${fmtInt(items)}`,
      raw: { rows: ROWS, planted, diagnoseMs, checksMs, wholeMs, findings, items },
    };
  });
}

if (require.main === module) {
  for (const r of benchDiagnose()) console.log(`${r.case}: ${r.figure}: ${r.value}`);
}
