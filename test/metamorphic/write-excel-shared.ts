/**
 * A saved package rewritten the way Excel saves formulas filled down or across: a run of cells whose formulas
 * are one formula moved along the run becomes a shared formula (the first cell holds it with t="shared",
 * its ref and si; the others only <f t="shared" si="n"/>), and the workbook gets the calcChain Excel keeps.
 */
import * as XLSX from '@e965/xlsx';
import { a1, type SheetModel } from './sheet-model';

type Zip = ReturnType<typeof XLSX.CFB.read>;

const colNumber = (s: string): number => [...s].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
const colLetters = (n: number): string => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

/** A formula moved by rows and columns as Excel fills it: relative parts move, "$" parts stay. */
export function fillFormula(f: string, dr: number, dc: number): string {
  return f.replace(
    /(^|[^A-Za-z0-9_[])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
    (_, pre: string, d1: string, col: string, d2: string, row: string) =>
      `${pre}${d1}${d1 ? col : colLetters(colNumber(col) + dc)}${d2}${d2 ? row : Number(row) + dr}`,
  );
}

interface Group {
  readonly cells: { r: number; c: number }[];
}

/** Runs of two or more neighbouring formula cells, down a column or along a row, that are one filled formula. */
export function sharedGroups(sheet: SheetModel): Group[] {
  const formulas = new Map<string, string>();
  for (const [k, cell] of sheet.cells) if (cell.f && !cell.uncached) formulas.set(k, cell.f);
  const used = new Set<string>();
  const groups: Group[] = [];
  const keys = [...formulas.keys()]
    .map((k) => k.split(',').map(Number))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [r, c] of keys) {
    if (used.has(`${r},${c}`)) continue;
    const f = formulas.get(`${r},${c}`)!;
    for (const [dr, dc] of [
      [1, 0],
      [0, 1],
    ]) {
      const cells = [{ r, c }];
      for (let k = 1; ; k++) {
        const key = `${r + dr * k},${c + dc * k}`;
        if (used.has(key) || formulas.get(key) !== fillFormula(f, dr * k, dc * k)) break;
        cells.push({ r: r + dr * k, c: c + dc * k });
      }
      if (cells.length > 1) {
        cells.forEach((p) => used.add(`${p.r},${p.c}`));
        groups.push({ cells });
        break;
      }
    }
  }
  return groups;
}

const textOf = (zip: Zip, path: string): string =>
  Buffer.from(XLSX.CFB.find(zip, path)!.content as Uint8Array).toString('utf8');
function setPart(zip: Zip, path: string, text: string): void {
  if (XLSX.CFB.find(zip, path)) XLSX.CFB.utils.cfb_del(zip, path);
  XLSX.CFB.utils.cfb_add(zip, path, Buffer.from(text, 'utf8'));
}

/** The package with shared formulas in each sheet and a calcChain over every formula cell. */
export function withSharedFormulas(bytes: Buffer, sheets: readonly SheetModel[]): Buffer {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  const chain: string[] = [];
  sheets.forEach((sheet, i) => {
    const path = `/xl/worksheets/sheet${i + 1}.xml`;
    let xml = textOf(zip, path);
    sharedGroups(sheet).forEach((g, si) => {
      const first = g.cells[0];
      const last = g.cells[g.cells.length - 1];
      const ref = `${a1(first)}:${a1(last)}`;
      g.cells.forEach((p, k) => {
        const open = new RegExp(`(<c r="${a1(p)}"[^>]*>)<f>([^<]*)</f>`);
        xml = xml.replace(open, (_, c: string, f: string) =>
          k === 0 ? `${c}<f t="shared" ref="${ref}" si="${si}">${f}</f>` : `${c}<f t="shared" si="${si}"/>`,
        );
      });
    });
    setPart(zip, path, xml);
    for (const [k, cell] of sheet.cells)
      if (cell.f) {
        const [r, c] = k.split(',').map(Number);
        chain.push(`<c r="${a1({ r, c })}" i="${i + 1}"/>`);
      }
  });
  if (chain.length) {
    setPart(
      zip,
      '/xl/calcChain.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${chain.join('')}</calcChain>`,
    );
    const types = textOf(zip, '/[Content_Types].xml');
    setPart(
      zip,
      '/[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const relsPath = '/xl/_rels/workbook.xml.rels';
    setPart(
      zip,
      relsPath,
      textOf(zip, relsPath).replace(
        '</Relationships>',
        '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
  }
  return Buffer.from(XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Uint8Array);
}
