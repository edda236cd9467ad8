/**
 * On Windows the pane keeps each sheet's merged areas from the first read (a lookup would clear the undo
 * stack, office-js#5918): a later read does not look them up again, unless the sheet shows they are out of
 * date, since a merge that is no longer there would misread the table.
 */
import { FakeExcel } from '../../../src/adapters/office-fake/fake-excel';
import { OfficeWorkbook, type ExcelRun } from '../../../src/adapters/office/office-workbook';

const A1C1 = { top: 0, left: 0, bottom: 0, right: 2 };

function windows() {
  const fake = new FakeExcel(
    [
      {
        name: 'Ark1',
        rows: [
          ['Tabel', null, null],
          ['Kommune', 'Beløb', 'Andel'],
          ['Aarhus', 1, 2],
        ],
        merges: ['A1:C1'],
      },
    ],
    { platform: 'windows' },
  );
  return { fake, port: new OfficeWorkbook(fake.run as unknown as ExcelRun, { platform: 'windows' }) };
}

describe('merged areas kept between reads on Windows', () => {
  it('are not looked up again while the sheet fits them, so the user keeps undo after the first read', async () => {
    const { fake, port } = windows();
    expect((await port.read()).sheets[0].merges).toEqual([A1C1]);
    fake.userTypes('Ark1', 'B3', 5);
    const records = fake.undo.records.length;
    expect((await port.read()).sheets[0].merges).toEqual([A1C1]);
    expect(fake.undo.records.length).toBe(records);
  });

  it('are looked up again when a kept area now has a value beyond its top-left cell', async () => {
    const { fake, port } = windows();
    await port.read();
    // The user unmerged the title and typed beside it.
    fake.state.sheet('Ark1')!.merges = [];
    fake.userTypes('Ark1', 'B1', 'note');
    expect((await port.read()).sheets[0].merges ?? []).toEqual([]);
  });
});
