/**
 * The generator keeps the truth: the test's own split sums exactly, and every written variant, read back with
 * SheetJS, holds each truth cell's exact value at the cell the runner will look at, in the unit the variant
 * states; every SUM formula's cached result is the sum of the cells it names; frozen panes and hidden rows
 * are in the file.
 */
import * as XLSX from '@e965/xlsx';
import { largestRemainder } from './largest-remainder';
import { a1, cellKey } from './sheet-model';
import { shiftDecimal } from './truth';
import { SEED_TRUTHS } from './truths/seeds';
import { materialise, specsFor } from './evaluate';
import { buildVariant, truthById } from './variant';
import { workbookBytes } from './write-xlsx';
import { shiftRefs, swapRefs } from './truths/corpus';

/**
 * A cell as written back: a number's shortest decimal, or Danish text ("1.500.000", "34,6 %", "-", "(15.750)",
 * "1.500.000 kr.", "kr. 250.000", "1 500 000", "−15.750", "÷15.750", "15.750-", "–").
 */
function decimalOf(cell: XLSX.CellObject | undefined): string | null {
  if (!cell) return null;
  if (cell.t === 'n') return String(cell.v).includes('e') ? null : String(cell.v);
  // Amounts typed with their unit, grouped by spaces or with a typographic minus (everyday.ts) read as typed.
  const s = String(cell.v)
    .replace(/\s*(%|pct\.)$/, '')
    .replace(/^kr\.\s*|\s*kr\.$/g, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/(\d) (?=\d{3}\b)/g, '$1')
    .replace('\u2212', '-')
    // The Danish minus and the minus after the figure (public-sector.ts).
    .replace(/^÷\s*/, '-')
    .replace(/^([\d.,]+)-$/, '-$1')
    .trim();
  if (s === '-' || s === '\u2013') return '0';
  const negative = /^\((.*)\)$/.exec(s);
  if (negative) return `-${decimalOf({ t: 's', v: negative[1] })}`;
  return /^-?[\d.]+(,\d+)?$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : null;
}

const toScaled = (dec: string, decimals: number): bigint => {
  const [i, f = ''] = dec.split('.');
  return BigInt(i + f.padEnd(decimals, '0').slice(0, decimals));
};

describe('the test’s own largest-remainder split', () => {
  it('splits the EU office’s 17,5 mio. kr. 20/41/39 as the seed note derives it', () => {
    expect(largestRemainder(17_500_000n, [20n, 41n, 39n]).amounts).toEqual([
      3_500_000n,
      7_175_000n,
      6_825_000n,
    ]);
  });

  it('sums exactly to the total, each party within one unit of its quota, and flags a deciding tie', () => {
    const keys = [671_714n, 106_150n, 14_474n, 53_950n, 40_990n];
    const s = largestRemainder(1_000_003n, keys);
    expect(s.amounts.reduce((a, b) => a + b, 0n)).toBe(1_000_003n);
    const sum = keys.reduce((a, b) => a + b, 0n);
    s.amounts.forEach((a, i) => expect(a * sum - 1_000_003n * keys[i]).toBeLessThan(sum));
    expect(largestRemainder(1n, [1n, 1n]).tied).toBe(true);
    expect(largestRemainder(3n, [1n, 2n]).tied).toBe(false);
  });
});

describe('written variants keep their truth', () => {
  const specs = specsFor(1, 130).filter((s) => !s.truthId.startsWith('corpus:'));

  it('hold every truth cell’s exact value at its mapped cell, in the stated unit', () => {
    let checked = 0;
    for (const spec of specs) {
      const { variant, bytes } = materialise(spec);
      const wb = XLSX.read(bytes, { type: 'buffer', cellFormula: true });
      const ws = wb.Sheets[variant.sheets[0].name];
      const units = variant.transforms.find((t) => t.family === 'units')?.variant ?? '';
      const exp = units.startsWith('mio') ? 6 : units ? 3 : 0;
      const t = variant.tables[0];
      for (const row of t.truth.rows) {
        for (const [col, val] of Object.entries(row.cells)) {
          const at = t.cellOf.get(cellKey(row.id, col));
          if (!at) continue; // a total moved out of the table into the title or a note
          // The I alt row that sums the wrong amount in, under the right total stated above the table.
          if (row.role === 'total' && /sum-row/.test(variant.id)) continue;
          // A formula saved by a tool that does not calculate holds its formula and no result to compare.
          if (variant.sheets[0].cells.get(`${at.r},${at.c}`)?.uncached) {
            expect(ws[a1(at)]?.f).toBeTruthy();
            continue;
          }
          const got = decimalOf(ws[a1(at)]);
          expect({ id: variant.id, cell: a1(at), got }).not.toEqual({
            id: variant.id,
            cell: a1(at),
            got: null,
          });
          if (val.t === 'money') expect(toScaled(got!, exp)).toBe(val.kr * 1n);
          // A share is written as percent (34.6, "34,6 %") or as a fraction (0.346).
          if (val.t === 'pct')
            expect([toScaled(got!, 6), toScaled(shiftDecimal(got!, 2), 6)]).toContain(toScaled(val.p, 6));
          if (val.t === 'count') expect(Number(got)).toBe(val.n);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(700);
  });

  it('give every SUM formula the sum of the cells it names as its cached result', () => {
    let formulas = 0;
    for (const seed of [3, 6, 17, 25, 31, 40, 52, 66, 71, 90]) {
      for (const truth of [
        truthById(`cofin-${seed}`),
        truthById(`split-${seed + 1}`),
        SEED_TRUTHS[seed % 14],
      ]) {
        const v = buildVariant(truth, seed, 'numbers');
        const ws = XLSX.read(workbookBytes(v.sheets), { type: 'buffer', cellFormula: true }).Sheets.Ark1;
        for (const [ref, cell] of Object.entries(ws)) {
          if (ref.startsWith('!') || !(cell as XLSX.CellObject).f?.startsWith('SUM(')) continue;
          const args = (cell as XLSX.CellObject).f!.slice(4, -1).split(',');
          let sum = 0n;
          for (const arg of args) {
            const r = XLSX.utils.decode_range(arg);
            for (let R = r.s.r; R <= r.e.r; R++)
              for (let C = r.s.c; C <= r.e.c; C++) {
                const c = ws[XLSX.utils.encode_cell({ r: R, c: C })] as XLSX.CellObject | undefined;
                if (c?.t === 'n') sum += toScaled(String(c.v), 6);
              }
          }
          expect(toScaled(String((cell as XLSX.CellObject).v), 6)).toBe(sum);
          formulas++;
        }
      }
    }
    expect(formulas).toBeGreaterThan(10);
  });

  it('write frozen panes and hidden rows into the file', () => {
    const truth = truthById('split-8');
    const seeds = Array.from({ length: 400 }, (_, i) => i + 1);
    const frozen = seeds.map((s) => buildVariant(truth, s, 'placement')).find((v) => v.sheets[0].freeze)!;
    const hidden = seeds
      .map((s) => buildVariant(truth, s, 'placement'))
      .find((v) => v.sheets[0].hiddenRows.size)!;
    const zip = XLSX.CFB.read(workbookBytes(frozen.sheets), { type: 'buffer' });
    const xml = Buffer.from(
      XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')!.content as Uint8Array,
    ).toString();
    expect(xml).toMatch(/<pane [^>]*state="frozen"/);
    const ws = XLSX.read(workbookBytes(hidden.sheets), { type: 'buffer', cellStyles: true }).Sheets.Ark1;
    const row = [...hidden.sheets[0].hiddenRows][0];
    expect(ws['!rows']?.[row]?.hidden).toBe(true);
  });

  it('write an Excel Table with its totals row over the header and the rows', () => {
    const truth = truthById('eu-kontor-20-41-39');
    const v = Array.from({ length: 400 }, (_, i) => buildVariant(truth, i + 1, 'placement')).find(
      (x) => x.sheets[0].tables.length,
    )!;
    const zip = XLSX.CFB.read(workbookBytes(v.sheets), { type: 'buffer' });
    const xml = Buffer.from(XLSX.CFB.find(zip, '/xl/tables/table1.xml')!.content as Uint8Array).toString();
    const t = v.tables[0];
    const head = a1({
      r: t.cellOf.get(cellKey('p0', 'label'))!.r - 1,
      c: t.cellOf.get(cellKey('p0', 'label'))!.c,
    });
    const total = a1(t.cellOf.get(cellKey('total', 'amount'))!);
    expect(xml).toContain(`ref="${head}:${total}"`);
    expect(xml).toContain('totalsRowCount="1"');
    const ws = XLSX.read(workbookBytes(v.sheets), { type: 'buffer', cellFormula: true }).Sheets.Ark1;
    expect(ws[total].f).toBe('SUBTOTAL(109,Tabel1[Kontingent (kr.)])');
    expect(ws[total].v).toBe(17_500_000);
  });

  it('move a corpus case’s every reference with its cells', () => {
    expect(shiftRefs('=SUM(B4:B5)+B$7*$C9', 2, 1)).toBe('=SUM(C6:C7)+C$9*$D11');
    expect(shiftRefs('LOG10(A1)', 1, 0)).toBe('LOG10(A2)');
    // Columns B and D swapped: a cell follows its column, a range keeps covering the columns it covered.
    expect(swapRefs('B3', 2, 4)).toBe('D3');
    expect(swapRefs('A4:C4', 2, 4)).toBe('A4:D4');
    expect(swapRefs('=SUM(D2:D9)/B$1', 2, 4)).toBe('=SUM(B2:B9)/D$1');
  });

  it('writes the same variant from the same seed', () => {
    const a = materialise({ truthId: 'split-10', seed: 77 }).variant;
    const b = materialise({ truthId: 'split-10', seed: 77 }).variant;
    expect(b.id).toBe(a.id);
    expect([...b.sheets[0].cells]).toEqual([...a.sheets[0].cells]);
  });
});
