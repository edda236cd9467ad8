import { OfficeWorkbook, type ExcelRun } from '../../../src/adapters/office/office-workbook';
import { emptyPlan, sampleWorkbook } from './fixture';

/** Counts the batches that went through the one-undo-step runner. */
function grouped(fake: ReturnType<typeof sampleWorkbook>) {
  const calls: string[] = [];
  const run: ExcelRun = (batch) => {
    calls.push('grouped');
    return fake.run(batch);
  };
  return { run, calls };
}

describe('a check as one undo step', () => {
  it('writes through the grouped runner where ExcelApi 1.20 is supported, and reads without it', async () => {
    const fake = sampleWorkbook();
    const undo = grouped(fake);
    const port = new OfficeWorkbook(fake.run, { undoableRun: undo.run, isSetSupported: () => true });
    await port.read();
    expect(undo.calls).toEqual([]);
    const report = await port.write(
      emptyPlan({ blocks: [{ sheet: 'Fordeling', top: 1, left: 6, values: [['x']] }] }),
    );
    expect(report.written).toBe(true);
    expect(undo.calls).toEqual(['grouped']);
  });

  it('falls back to a plain run on hosts before ExcelApi 1.20', async () => {
    const fake = sampleWorkbook();
    const undo = grouped(fake);
    const port = new OfficeWorkbook(fake.run, {
      undoableRun: undo.run,
      isSetSupported: (_set, version) => Number(version.split('.')[1]) < 20,
    });
    await port.read();
    await port.write(emptyPlan({ blocks: [{ sheet: 'Fordeling', top: 1, left: 6, values: [['x']] }] }));
    expect(undo.calls).toEqual([]);
    expect(fake.cell('Fordeling', 'G2').value).toBe('x');
  });

  it('writes plainly when the host cannot make the write one undo step', async () => {
    const fake = sampleWorkbook();
    let tried = 0;
    const refusing: ExcelRun = (batch) =>
      fake.run((ctx) => {
        tried++;
        ctx.sync = async () => {
          throw Object.assign(new Error('Undo not supported'), { code: 'UndoNotSupported' });
        };
        return batch(ctx);
      });
    const port = new OfficeWorkbook(fake.run, { undoableRun: refusing, isSetSupported: () => true });
    await port.read();
    const report = await port.write(
      emptyPlan({ blocks: [{ sheet: 'Fordeling', top: 1, left: 6, values: [['x']] }] }),
    );
    expect(tried).toBe(1);
    expect(report.written).toBe(true);
    expect(fake.cell('Fordeling', 'G2').value).toBe('x');
  });
});
