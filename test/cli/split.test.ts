import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/run-cli';
import { makeTempDir, openWithExcelJs, removeDir, writeRows } from '../support/xlsx-fixtures';

describe('fordel split', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-split-');
  });
  afterAll(() => removeDir(dir));

  it("prints Region Hovedstaden's 29 amounts as JSON, summing to 750.000 kr.", async () => {
    const r = await runCli(
      'split',
      '--total',
      '750000',
      '--parties',
      'Region Hovedstaden',
      '--date',
      '2026-01-01',
      '--json',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      rows: { name: string; code: string; key: string; amount: string }[];
      sum: string;
      source: string;
    };
    expect(json.rows).toHaveLength(29);
    expect(json.rows.reduce((a, x) => a + Number(x.amount), 0)).toBe(750_000);
    expect(json.sum).toBe('750000');
    expect(json.rows[0]).toMatchObject({ name: 'København', code: '101', key: '671714', amount: '258734' });
    expect(json.source).toBe('Kilde: Danmarks Statistik, FOLK1A, 1. januar 2026');
  });

  it('prints a table with the source line, and writes it as a workbook', async () => {
    const out = path.join(dir, 'fordeling.xlsx');
    const r = await runCli('split', '--total', '750.000', '--parties', 'Region Hovedstaden', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/København\s+101\s+671\.714\s+34,4978\s%\s+258\.734\skr\./);
    expect(r.out).toMatch(/I alt\s+1\.947\.120\s+100\s%\s+750\.000\skr\./);
    expect(r.out).toContain('Kilde: Danmarks Statistik, FOLK1A, 1. januar 2026');
    const ws = (await openWithExcelJs(out)).worksheets[0];
    expect(ws.getCell('A2').value).toBe('København');
    expect(ws.getCell('E2').value).toBe(258_734);
    expect(ws.getCell('E31').value).toBe(750_000);
    expect(ws.getCell('A32').value).toBe('Kilde: Danmarks Statistik, FOLK1A, 1. januar 2026');
    const again = await runCli('split', '--total', '1', '--parties', 'Dragør', '--out', out);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/findes allerede/);
  });

  it('never writes over the parties file it reads, also with --overwrite (issue 19: one guard for every write)', async () => {
    const parties = path.join(dir, 'parter.xlsx');
    await fs.writeFile(parties, 'Gentofte;2\nGladsaxe;1\n');
    const link = path.join(dir, 'parter-link.xlsx');
    await fs.symlink(parties, link);
    for (const out of [parties, link, path.join(dir, '.', 'sub', '..', 'parter.xlsx')]) {
      const r = await runCli(
        'split',
        '--total',
        '1000',
        '--parties',
        parties,
        '--key',
        'fil',
        '--out',
        out,
        '--overwrite',
      );
      expect(r.code).toBe(2);
      expect(r.err).toMatch(
        /^fordel: --out .* er filen med parterne, som fordelingen læses fra, og overskrives aldrig/,
      );
    }
    expect(await fs.readFile(parties, 'utf8')).toBe('Gentofte;2\nGladsaxe;1\n');
  });

  it("saves through a temporary file of Fordel's pattern and removes the one a killed save left behind", async () => {
    const out = path.join(dir, 'ny.xlsx');
    const stale = path.join(dir, '.ny.xlsx.0123456789ab.tmp');
    await fs.writeFile(stale, 'halvt gemt');
    const old = new Date(Date.now() - 10 * 60_000);
    await fs.utimes(stale, old, old);
    const r = await runCli(
      'split',
      '--total',
      '1000',
      '--parties',
      'Dragør, Tårnby',
      '--key',
      'lige',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect((await fs.readdir(dir)).filter((n) => n.startsWith('.ny.xlsx.'))).toEqual([]);
    expect((await openWithExcelJs(out)).worksheets[0].getCell('A2').value).toBe('Dragør');
  });

  it('takes a fixed key, equal shares and a parties file with its own key column', async () => {
    const fixed = await runCli(
      'split',
      '--total',
      '17,5 mio.',
      '--parties',
      'Universiteter, Regioner, Kommuner',
      '--key',
      '20/41/39',
      '--json',
    );
    expect(JSON.parse(fixed.out).rows.map((x: { amount: string }) => x.amount)).toEqual([
      '3500000',
      '7175000',
      '6825000',
    ]);
    const file = path.join(dir, 'parter.txt');
    await fs.writeFile(file, 'Hus A;120\nHus B;80\n', 'utf8');
    const byFile = await runCli('split', '--total', '1000', '--parties', file, '--key', 'fil', '--json');
    expect(JSON.parse(byFile.out).rows.map((x: { amount: string }) => x.amount)).toEqual(['600', '400']);
    const equal = await runCli(
      'split',
      '--total',
      '0,05',
      '--unit',
      '0.01',
      '--parties',
      'A,B,C',
      '--key',
      'lige',
      '--json',
    );
    expect(JSON.parse(equal.out).rows.map((x: { amount: string }) => x.amount)).toEqual([
      '0.02',
      '0.02',
      '0.01',
    ]);
  });

  it('takes a key column from a workbook, with the names beside it, and names it as the source', async () => {
    const book = await writeRows(dir, 'nøgler.xlsx', 'Areal', [
      ['Fælles kontor: fordeling efter kvadratmeter'],
      ['Part', 'Kvadratmeter'],
      ['Gentofte', 120.5],
      ['Gladsaxe', 80],
      ['Lyngby-Taarbæk', 99.5],
      ['I alt', 300],
    ]);
    const r = await runCli(
      'split',
      '--total',
      '100000',
      '--key',
      'Areal!B2:B5',
      '--workbook',
      book,
      '--json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { rows: { name: string; amount: string }[]; source: string };
    // 40.166,67 + 26.666,67 + 33.166,67: the two kroner left go to the larger keys on equal remainders.
    expect(json.rows.map((x) => [x.name, x.amount])).toEqual([
      ['Gentofte', '40167'],
      ['Gladsaxe', '26666'],
      ['Lyngby-Taarbæk', '33167'],
    ]);
    expect(json.source).toBe('Nøgle: Areal!A3:B5 i nøgler.xlsx');
    // The table is printed with the sheet's own heading for the key.
    const shown = await runCli('split', '--total', '100000', '--key', 'Areal!B2:B5', '--workbook', book);
    expect(shown.out).toContain('Kvadratmeter');
    // The total row is refused by its cell, never counted as a party.
    const withTotal = await runCli('split', '--total', '1', '--key', 'Areal!A3:B6', '--workbook', book);
    expect(withTotal.code).toBe(2);
    expect(withTotal.err).toContain('Areal!A6 »I alt« er en totalrække');
    // A range without --workbook, and --workbook without a range, say what to do.
    expect((await runCli('split', '--total', '1', '--parties', 'A,B', '--key', 'Areal!B3:B5')).err).toMatch(
      /--workbook/,
    );
    expect((await runCli('split', '--total', '1', '--workbook', book, '--key', 'lige')).err).toMatch(
      /--workbook kræver --key/,
    );
    // --parties must agree with the names beside the key; a lone key column takes them from --parties.
    const wrong = await runCli(
      'split',
      '--total',
      '1',
      '--key',
      'Areal!B3:B5',
      '--workbook',
      book,
      '--parties',
      'Gentofte, Furesø, Gladsaxe',
    );
    expect(wrong.err).toMatch(/»Furesø« som nr\. 2/);
    // The workbook the key is read from is never the one written, also with --overwrite.
    const over = await runCli(
      'split',
      '--total',
      '1000',
      '--key',
      'Areal!B2:B5',
      '--workbook',
      book,
      '--out',
      book,
      '--overwrite',
    );
    expect(over.code).toBe(2);
    expect(over.err).toContain('er arbejdsbogen, som nøglen læses fra');
  });

  it('says what is wrong in one line: a date it does not have, a missing total, an unknown municipality', async () => {
    const date = await runCli('split', '--total', '1000', '--parties', 'alle', '--date', '2024-01-01');
    expect(date.code).toBe(2);
    expect(date.err).toMatch(/FOLK1A pr\. 2025-01-01 og 2026-01-01, ikke pr\. 2024-01-01/);
    expect((await runCli('split', '--parties', 'alle')).err).toMatch(/kræver --total/);
    expect((await runCli('split', '--total', '10', '--parties', 'København, Atlantis')).err).toMatch(
      /Atlantis/,
    );
  });
});
