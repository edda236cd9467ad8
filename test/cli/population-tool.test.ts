/** npm run population -- add: a bad CSV changes nothing; a good one rewrites the data module. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FOLK1A_QUARTERS } from '../../src/core/population/data/folk1a';
import { populationTool } from '../../src/tools/population';
import { makeTempDir, removeDir } from '../support/xlsx-fixtures';

const Q2026 = FOLK1A_QUARTERS.find((q) => q.date === '2026-01-01')!;

describe('npm run population -- add', () => {
  let dir: string;
  let data: string;
  const quiet = { log: jest.spyOn(console, 'log'), error: jest.spyOn(console, 'error') };
  beforeAll(async () => {
    dir = await makeTempDir('fordel-pop-');
    quiet.log.mockImplementation(() => {});
    quiet.error.mockImplementation(() => {});
  });
  afterAll(async () => {
    quiet.log.mockRestore();
    quiet.error.mockRestore();
    await removeDir(dir);
  });
  beforeEach(async () => {
    data = path.join(dir, 'folk1a.ts');
    await fs.writeFile(data, 'before', 'utf8');
  });

  const csv = async (rows: string[]) => {
    const file = path.join(dir, 'FOLK1A.csv');
    await fs.writeFile(file, ['OMRÅDE;TID;INDHOLD', ...rows].join('\n'), 'utf8');
    return file;
  };

  it('adds 2026K2 and writes the module with both earlier quarters', async () => {
    const file = await csv(Q2026.figures.map(([, name, n]) => `${name};2026K2;${n + 10}`));
    expect(await populationTool(['add', file], data)).toBe(0);
    const written = await fs.readFile(data, 'utf8');
    expect(written).toContain("date: '2026-04-01'");
    expect(written).toContain("['101', 'København', 671724]");
    expect(written).toContain("date: '2025-01-01'");
  });

  it('changes nothing when a municipality is missing', async () => {
    const file = await csv(Q2026.figures.slice(1).map(([, name, n]) => `${name};2026K2;${n}`));
    expect(await populationTool(['add', file], data)).toBe(1);
    expect(await fs.readFile(data, 'utf8')).toBe('before');
    expect(quiet.error).toHaveBeenCalledWith(expect.stringMatching(/mangler 1 af de 98 kommuner: København/));
  });
});
