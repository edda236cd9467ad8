/**
 * How many workers the command starts before it has read its arguments: every worker of a folder run
 * starts loading at once, a single workbook's one worker alone.
 */
import { promises as fs } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { workersAhead } from '../../src/cli/workers-ahead';

describe('workers started ahead of a check', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(tmpdir(), 'fordel-ahead-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));
  const cores = availableParallelism();

  it('one for one workbook, whatever --jobs says', () => {
    expect(workersAhead(['budget.xlsx'])).toBe(1);
    expect(workersAhead(['budget.xlsx', '--jobs', '4', '--lang', 'en'])).toBe(1);
    expect(workersAhead([path.join(dir, 'findes-ikke')])).toBe(1);
  });

  it('one per job for a folder or several workbooks, no more than the cores', () => {
    expect(workersAhead([dir])).toBe(cores);
    expect(workersAhead(['a.xlsx', 'b.ods'])).toBe(cores);
    expect(workersAhead([dir, '--jobs', '1'])).toBe(1);
    expect(workersAhead(['--jobs=1', dir, '--summary', 'oversigt.xlsx'])).toBe(1);
    expect(workersAhead([dir, '--jobs', '256'])).toBe(cores);
    // A wrong --jobs is refused later, with its message; ahead of that the cores decide.
    expect(workersAhead([dir, '--jobs', 'mange'])).toBe(cores);
  });
});
