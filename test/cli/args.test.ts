import { parseArgs, type CheckCommand } from '../../src/cli/args';
import { InputError } from '../../src/adapters/xlsx/input-error';

const TODAY = '2026-03-01';

function check(argv: string[]): CheckCommand {
  const cmd = parseArgs(argv, TODAY);
  if (cmd.command !== 'check') throw new Error(`expected check, got ${cmd.command}`);
  return cmd;
}

function refused(argv: string[]): InputError {
  try {
    parseArgs(argv, TODAY);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('parseArgs', () => {
  it('has sensible defaults', () => {
    expect(check(['check', 'a.xlsx'])).toEqual({
      command: 'check',
      file: 'a.xlsx',
      out: undefined,
      json: false,
      asOf: TODAY,
      lang: 'da',
      validated: false,
      overwrite: false,
      unit: undefined,
      total: undefined,
      minOwnShare: undefined,
      matchingRatio: undefined,
      maxBytes: undefined,
      files: ['a.xlsx'],
      timeoutMs: 60_000,
      jobs: undefined,
      summary: undefined,
    });
  });

  it('takes several files or folders, a time limit, a number of workers and a summary file', () => {
    const cmd = check(['check', 'a.xlsx', 'budgetter', '--timeout', '5', '--jobs=3', '--summary', 'o.csv']);
    expect(cmd.files).toEqual(['a.xlsx', 'budgetter']);
    expect(cmd.file).toBe('a.xlsx');
    expect(cmd.timeoutMs).toBe(5000);
    expect(cmd.jobs).toBe(3);
    expect(cmd.summary).toBe('o.csv');
  });

  it('reads every flag, in both --flag value and --flag=value form', () => {
    const cmd = check([
      'check',
      '--json',
      'in.xlsx',
      '--out=ud.xlsx',
      '--as-of',
      '2025-09-15',
      '--lang',
      'en',
      '--validated',
      '--overwrite',
      '--unit',
      '1',
      '--total',
      '750.000',
      '--min-own-share',
      '33,3',
      '--matching',
      '1',
      '--max-size',
      '10',
    ]);
    expect(cmd).toMatchObject({
      file: 'in.xlsx',
      out: 'ud.xlsx',
      json: true,
      asOf: '2025-09-15',
      lang: 'en',
      validated: true,
      overwrite: true,
      unit: 1n,
      total: 75_000_000n,
      maxBytes: 10 * 1024 * 1024,
    });
    expect(cmd.minOwnShare).toEqual({ digits: 333n, scale: 1 });
    expect(cmd.matchingRatio).toEqual({ digits: 1n, scale: 0 });
  });

  it('takes a plain decimal point for ratios and shares', () => {
    expect(check(['check', 'a.xlsx', '--matching', '0.5']).matchingRatio).toEqual({ digits: 5n, scale: 1 });
    expect(check(['check', 'a.xlsx', '--total', '1500000']).total).toBe(150_000_000n);
  });

  it('gives help and version', () => {
    expect(parseArgs([], TODAY)).toEqual({ command: 'help', lang: 'da' });
    expect(parseArgs(['--help', '--lang', 'en'], TODAY)).toEqual({ command: 'help', lang: 'en' });
    expect(parseArgs(['check', 'a.xlsx', '-h'], TODAY).command).toBe('help');
    expect(parseArgs(['--version'], TODAY)).toEqual({ command: 'version' });
  });

  it.each([
    [['check'], /Name the workbook/],
    [['kontroller', 'a.xlsx'], /Unknown command/],
    [['check', 'a.xlsx', '--timeout', '0'], /--timeout must be a whole number from 1/],
    [['check', 'a.xlsx', '--jobs', 'many'], /--jobs must be a whole number/],
    [['check', 'a', '--summary', 'o.pdf'], /--summary must be an .xlsx or .csv file/],
    [['check', 'a.xlsx', '--colour'], /Unknown option: --colour/],
    [['check', 'a.xlsx', '--out'], /--out needs a value/],
    [['check', 'a.xlsx', '--lang', 'de'], /--lang must be da or en/],
    [['check', 'a.xlsx', '--as-of', '2025-02-30'], /--as-of must be a date/],
    [['check', 'a.xlsx', '--as-of', '30-06-2025'], /--as-of must be a date/],
    [['check', 'a.xlsx', '--unit', '50'], /--unit must be 1, 100, 10000 or 100000/],
    [['check', 'a.xlsx', '--total', 'ca. 750.000'], /--total must be an amount/],
    [['check', 'a.xlsx', '--total', '-5'], /--total must be an amount/],
    [['check', 'a.xlsx', '--min-own-share', '120'], /--min-own-share must be a positive number \(0-100\)/],
    [['check', 'a.xlsx', '--matching', 'lots'], /--matching must be a positive number/],
    [['check', 'a.xlsx', '--max-size', '0'], /--max-size must be a number of MB/],
    [['check', 'a.xlsx', '--unit', '1', '--unit', '100'], /--unit is given twice/],
  ])('refuses %j', (argv, message) => {
    const e = refused(argv);
    expect(e.text.en).toMatch(message);
    expect(e.text.da.length).toBeGreaterThan(0);
    expect(e.text.da).not.toBe(e.text.en);
  });
});
