import * as path from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { InputError } from '../../src/adapters/xlsx/input-error';
import { runCli } from '../support/run-cli';
import { SETTINGS_SHEET } from '../../src/core/output/plan';
import { makeTempDir, openWithExcelJs, removeDir, sha256, writeSample } from '../support/xlsx-fixtures';

const TODAY = '2026-03-01';

function refusal(argv: string[]): string {
  try {
    parseArgs(argv, TODAY);
  } catch (e) {
    if (e instanceof InputError) return e.text.en;
    throw e;
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('fordel clean arguments', () => {
  it('reads the file, the copy and whether the settings go too', () => {
    expect(parseArgs(['clean', 'a.xlsx', '--out', 'b.xlsx', '--settings', '--overwrite'], TODAY)).toEqual({
      command: 'clean',
      file: 'a.xlsx',
      out: 'b.xlsx',
      lang: 'da',
      overwrite: true,
      removeSettings: true,
      maxBytes: undefined,
      timeoutMs: 60_000,
    });
    expect(parseArgs(['clean', 'a.xlsx', '--timeout', '5'], TODAY)).toMatchObject({ timeoutMs: 5000 });
    expect(parseArgs(['clean', 'a.xlsx', '--lang=en'], TODAY)).toMatchObject({
      command: 'clean',
      out: undefined,
      removeSettings: false,
      lang: 'en',
    });
  });

  it('refuses a flag that means nothing to the command instead of ignoring it', () => {
    expect(refusal(['clean', 'a.xlsx', '--json'])).toContain('--json cannot be used with fordel clean');
    expect(refusal(['clean', 'a.xlsx', '--validated'])).toContain('--validated cannot be used');
    expect(refusal(['check', 'a.xlsx', '--settings'])).toContain(
      '--settings cannot be used with fordel check',
    );
    expect(refusal(['clean'])).toContain('fordel clean <file.xlsx>');
  });
});

describe('fordel clean (in process)', () => {
  let dir: string;
  let checked: string;
  beforeAll(async () => {
    dir = await makeTempDir('fordel-cli-clean-');
    checked = path.join(dir, 'kontrolleret.xlsx');
    await runCli('check', await writeSample(dir), '--out', checked);
  }, 60_000);
  afterAll(() => removeDir(dir));

  it('without --out lists what it would remove and writes nothing', async () => {
    const hash = await sha256(checked);
    const r = await runCli('clean', checked);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/Kolonner: .*!/);
    expect(r.out).toContain('Ark: Fordel-fund');
    expect(r.out).toMatch(/Markerede celler: [1-9]/);
    expect(r.out).not.toContain('Indstillingsarket');
    expect(await sha256(checked)).toBe(hash);
  });

  it('saves the cleaned copy, never over an existing file without --overwrite, never over the input', async () => {
    const out = path.join(dir, 'ren.xlsx');
    const first = await runCli('clean', checked, '--out', out, '--settings', '--lang', 'en');
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain(`Copy without Fordel's output saved: ${out}`);
    const names = (await openWithExcelJs(out)).worksheets.map((ws) => ws.name);
    expect(names).not.toContain('Fordel-fund');
    expect(names).not.toContain(SETTINGS_SHEET);

    const again = await runCli('clean', checked, '--out', out);
    expect(again.code).toBe(2);
    expect(again.err).toContain('--overwrite');
    expect((await runCli('clean', checked, '--out', checked, '--overwrite')).code).toBe(2);
    expect((await runCli('clean', path.join(dir, 'findes-ikke.xlsx'), '--out', out)).code).toBe(2);
  });
});
