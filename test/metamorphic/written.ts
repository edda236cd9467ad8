/**
 * A variant written and read back the way a colleague reads it, and whether every truth cell holds its exact
 * amount at its mapped cell: shared by the tests of the later rounds (everyday.test.ts, public-sector.test.ts).
 */
import * as XLSX from '@e965/xlsx';
import { MINUS_SIGN } from './everyday';
import { parseTransforms } from './families';
import { MUNICIPALITY_CODES } from './municipality-codes';
import { a1, cellKey, type Pos } from './sheet-model';
import { shiftDecimal, type TableTruth } from './truth';
import { buildVariant, type Variant } from './variant';
import { workbookBytes } from './write-xlsx';

/** A cell read back as an exact decimal, the way a colleague reads it: "1.500.000 kr.", "kr. 250.000", "1 500 000", "−15.750", "÷15.750", "15.750-", "–". */
export function decimalOf(cell: XLSX.CellObject | undefined): string | null {
  if (!cell) return null;
  if (cell.t === 'n') return String(cell.v).includes('e') ? null : String(cell.v);
  const s = String(cell.v)
    .replace(/\s*pct\.$/, '')
    .replace(/^kr\.\s*/, '')
    .replace(/\s*kr\.$/, '')
    .replace(/[ \u00a0\u202f]/g, '')
    .replace(MINUS_SIGN, '-')
    // The Danish minus and the minus after the figure (public-sector.ts), and nil as an en dash.
    .replace(/^÷\s*/, '-')
    .replace(/^([\d.,]+)-$/, '-$1')
    .replace(/^\u2013$/, '0');
  return /^-?[\d.]+(,\d+)?$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : null;
}

export const scaled = (dec: string, decimals: number): bigint => {
  const neg = dec.startsWith('-');
  const [i, f = ''] = dec.replace('-', '').split('.');
  const v = BigInt(i + f.padEnd(decimals, '0').slice(0, decimals));
  return neg ? -v : v;
};

export interface Written {
  readonly v: Variant;
  readonly ws: XLSX.WorkSheet;
  readonly at: (row: string, col: string) => Pos | undefined;
  readonly cell: (p: Pos) => XLSX.CellObject | undefined;
}

export function write(t: TableTruth, seed: number, transforms: string): Written {
  const v = buildVariant(t, seed, undefined, parseTransforms(transforms));
  const bytes = workbookBytes(v.sheets, v.savedBy);
  const ws = XLSX.read(bytes, { type: 'buffer', cellFormula: true, cellNF: true }).Sheets[v.sheets[0].name];
  return {
    v,
    ws,
    at: (row, col) => v.tables[0].cellOf.get(cellKey(row, col)),
    cell: (p) => ws[a1(p)] as XLSX.CellObject | undefined,
  };
}

/** Every truth cell at its mapped cell with its exact value (in the variant's unit); the labels trimmed equal. */
export function truthKept(w: Written): string[] {
  const wrong: string[] = [];
  const units = w.v.transforms.find((x) => x.family === 'units')?.variant ?? '';
  const exp = units.startsWith('mio') ? 6 : units ? 3 : 0;
  // Names another variant spells its own way are that variant's to keep (families.test.ts).
  const names = w.v.transforms.find((x) => x.family === 'names')?.variant;
  const sameNames = !names || ['trailing-space', 'by-amount', 'shuffle', 'code-in-label'].includes(names);
  for (const row of w.v.tables[0].truth.rows) {
    const label = w.at(row.id, 'label');
    const code =
      names === 'code-in-label' && row.municipality ? `${MUNICIPALITY_CODES[row.municipality]} ` : '';
    if (sameNames && row.role === 'part' && label && String(w.cell(label)?.v).trim() !== code + row.label)
      wrong.push(`${w.v.id} ${a1(label)}: label ${String(w.cell(label)?.v)}`);
    // The I alt row that sums the wrong amount in, under the right total stated above the table.
    if (row.role === 'total' && /sum-row/.test(w.v.id)) continue;
    for (const [col, val] of Object.entries(row.cells)) {
      const p = w.at(row.id, col);
      // A total moved into the title or a note; a formula saved with no result to compare.
      if (!p || w.v.sheets[0].cells.get(`${p.r},${p.c}`)?.uncached) continue;
      const got = decimalOf(w.cell(p));
      const ok =
        got !== null &&
        (val.t === 'money'
          ? scaled(got, exp) === val.kr
          : val.t === 'pct'
            ? [scaled(got, 6), scaled(shiftDecimal(got, 2), 6)].includes(scaled(val.p, 6))
            : val.t === 'count'
              ? Number(got) === val.n
              : true);
      if (!ok)
        wrong.push(
          `${w.v.id} ${a1(p)}: ${String(w.cell(p)?.v)} for ${JSON.stringify(val, (_, x) => (typeof x === 'bigint' ? String(x) : x))}`,
        );
    }
  }
  return wrong;
}
