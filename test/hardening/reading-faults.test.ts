/**
 * Faults on the read path (issue 19, points 1, 6, 7, 9 and 10): a sheet the reader cannot parse, a zip
 * whose headers lie or disagree, an entry that unpacks far beyond what it declares, an error value
 * Fordel does not know, and a sheet whose only cells sit at opposite corners. Each gives the promised
 * answer: a finding naming the sheet (and exit 1 at least), or one line and exit 2, never a silent pass.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { runCli } from '../support/run-cli';
import { makeTempDir, removeDir, writeSample } from '../support/xlsx-fixtures';
import { minimalXlsx, unzip, zip } from './fuzz/zip-tools';

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

let dir: string;
let sample: Buffer;
beforeAll(async () => {
  dir = await makeTempDir('fordel-read-faults-');
  sample = await fs.readFile(await writeSample(dir, 'sample.xlsx'));
});
afterAll(() => removeDir(dir));

async function save(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

async function findingsOf(file: string): Promise<{ code: number; findings: JsonFinding[]; err: string }> {
  const r = await runCli('check', file, '--json', '--lang', 'en');
  const findings = r.out ? (JSON.parse(r.out) as { findings: JsonFinding[] }).findings : [];
  return { code: r.code, findings, err: r.err };
}

describe('a sheet the reader cannot parse', () => {
  it('is an error finding naming the sheet, never a silent pass (out-of-range shared string)', async () => {
    const parts = unzip(sample).map((p) =>
      /^xl\/worksheets\/sheet[123]\.xml$/.test(p.name)
        ? { ...p, data: Buffer.from(p.data.toString('utf8').replace(/(t="s"[^>]*><v>)\d+</, '$199999<')) }
        : p,
    );
    const { code, findings } = await findingsOf(await save('bad-strings.xlsx', zip(parts)));
    expect(code).toBe(1);
    const unread = findings.filter((f) => f.rule === 'sheet-not-read');
    expect(unread.map((f) => f.sheet).sort()).toEqual(['Fordeling', 'Kulturaftale', 'Projekt']);
    expect(unread.every((f) => f.severity === 'error' && /was not read/.test(f.message))).toBe(true);
  });
});

describe('a damaged or lying zip', () => {
  it('is refused at once when a local header disagrees with the directory (a changed name length)', async () => {
    const bytes = Buffer.from(sample);
    const second = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4);
    bytes.writeUInt16LE(bytes.readUInt16LE(second + 26) + 3, second + 26);
    const r = await runCli('check', await save('name-length.xlsx', bytes), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^fordel: The file is damaged/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('is refused when a sheet part no longer matches its checksum (a flipped byte)', async () => {
    const parts = unzip(sample);
    const bytes = zip(parts, { store: true });
    const at = bytes.indexOf(Buffer.from('<sheetData>')) + 20;
    bytes[at] ^= 0x04;
    const r = await runCli('check', await save('flipped.xlsx', bytes), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/damaged: its part xl\/worksheets\/sheet\d\.xml is corrupt/);
  });

  it('counts real unpacked sizes: an entry declaring 200 bytes that unpacks to 40 MB is a zip bomb', async () => {
    const book = minimalXlsx([{ name: 'Ark1', data: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
    const parts = unzip(book).map((p) =>
      p.name === 'xl/worksheets/sheet1.xml'
        ? { ...p, data: Buffer.concat([p.data, Buffer.alloc(40 * 1024 * 1024, 0x20)]) }
        : p,
    );
    const lying = zip(parts, { lie: (n) => (n === 'xl/worksheets/sheet1.xml' ? { size: 200 } : undefined) });
    expect(lying.length).toBeLessThan(200 * 1024);
    const r = await runCli('check', await save('lying-size.xlsx', lying), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^fordel: The file unpacks to more than \d+ MB and is refused: it may be a zip bomb/,
    );
  });

  it('refuses an entry that is not a deflate stream at all', async () => {
    const parts = unzip(sample);
    const bytes = zip(parts);
    const at = bytes.indexOf(Buffer.from('xl/workbook.xml')) + 'xl/workbook.xml'.length;
    bytes.fill(0xff, at, at + 8);
    const r = await runCli('check', await save('not-deflate.xlsx', bytes), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(deflateRawSync(Buffer.from('x')).length).toBeGreaterThan(0);
  });
});

describe('odd cells', () => {
  it('an error value Fordel does not know is named by its own text, never "undefined"', async () => {
    const book = minimalXlsx([
      {
        name: 'Ark1',
        data:
          '<row r="1"><c r="A1" t="inlineStr"><is><t>Part</t></is></c><c r="B1" t="inlineStr"><is><t>Beløb</t></is></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>København</t></is></c><c r="B2" t="e"><v>#FOO!</v></c></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>Aarhus</t></is></c><c r="B3"><v>100</v></c></row>' +
          '<row r="4"><c r="A4" t="inlineStr"><is><t>I alt</t></is></c><c r="B4"><v>200</v></c></row>',
      },
    ]);
    const r = await runCli('check', await save('unknown-error.xlsx', book));
    expect(r.out + r.err).not.toMatch(/undefined/);
    expect(r.out).toMatch(/B2 +Cellen viser en formelfejl, som Fordel ikke kender\./);
  });

  it('a number cell stored as "0x10", "10,500" or "1e-400" is a finding at that cell, never read as 0 or 10', async () => {
    const text = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${t}</t></is></c>`;
    const num = (r: string, v: string) => `<c r="${r}"><v>${v}</v></c>`;
    const rows = [
      ['Part', 'Beløb'],
      ['København', '50'],
      ['Aarhus', '0x10'],
      ['Odense', '10,500'],
      ['Vejle', '1e-400'],
      ['I alt', '100'],
    ];
    const data = rows
      .map(
        ([a, b], i) =>
          `<row r="${i + 1}">${text(`A${i + 1}`, a)}${i === 0 ? text('B1', b) : num(`B${i + 1}`, b)}</row>`,
      )
      .join('');
    const { findings } = await findingsOf(
      await save('odd-numbers.xlsx', minimalXlsx([{ name: 'Ark1', data }])),
    );
    for (const [cell, shown] of [
      ['B3', '0x10'],
      ['B4', '10,500'],
      ['B5', '1e-400'],
    ])
      expect(findings).toContainEqual(
        expect.objectContaining({ sheet: 'Ark1', cell, message: expect.stringContaining(`"${shown}"`) }),
      );
  });

  it('a sheet with cells only in A1 and XFD1048576 is a finding at the far cell, read by its filled cells', async () => {
    const book = minimalXlsx([
      {
        name: 'Hjørner',
        data: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>',
      },
    ]);
    const before = process.memoryUsage().rss;
    const { code, findings } = await findingsOf(await save('far-corner.xlsx', book));
    expect(code).toBe(1);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'sheet-not-read', sheet: 'Hjørner', cell: 'XFD1048576' }),
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(500 * 1024 * 1024);
  });
});
