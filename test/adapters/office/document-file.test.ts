/**
 * The workbook as Office.js hands it over (Document.getFileAsync, compressed): slices joined in order, the
 * file always closed (Office keeps at most two open), nothing asked where the CompressedFile set is missing
 * (Excel on the web), and a file too large for the pane refused before any slice is fetched.
 */
import { officeDocumentFile } from '../../../src/adapters/office/outline-levels';
import { MAX_FILE_BYTES } from '../../../src/adapters/office/limits';
import { FakeExcel } from '../../../src/adapters/office-fake/fake-excel';
import { installFakeOffice } from '../../../src/adapters/office-fake/install-globals';

const target = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete target.Office;
  delete target.Excel;
});

type Done = (r: { status: string; value: unknown }) => void;

/** An Office whose file has the given slices (and size), recording what the add-in asked. */
function officeWith(slices: number[][], size = slices.flat().length) {
  const asked = { slices: [] as number[], closed: 0 };
  target.Office = {
    FileType: { Compressed: 'compressed' },
    context: {
      requirements: { isSetSupported: (name: string) => name === 'CompressedFile' },
      document: {
        getFileAsync: (_type: string, _opts: unknown, done: Done) =>
          done({
            status: 'succeeded',
            value: {
              size,
              sliceCount: slices.length,
              getSliceAsync: (i: number, got: Done) => {
                asked.slices.push(i);
                got({ status: 'succeeded', value: { data: slices[i] } });
              },
              closeAsync: () => asked.closed++,
            },
          }),
      },
    },
  };
  return asked;
}

it('joins the slices in order and closes the file', async () => {
  const asked = officeWith([[1, 2], [3], [4, 5]]);
  expect([...((await officeDocumentFile()) ?? [])]).toEqual([1, 2, 3, 4, 5]);
  expect(asked).toEqual({ slices: [0, 1, 2], closed: 1 });
});

it('refuses a file over the limit before fetching any slice, and still closes it', async () => {
  const asked = officeWith([[1]], MAX_FILE_BYTES + 1);
  await expect(officeDocumentFile()).rejects.toThrow(/over 50 MB/);
  expect(asked).toEqual({ slices: [], closed: 1 });
});

it('gives the fake workbook on Mac through the installed Office, and nothing on the web', async () => {
  const mac = new FakeExcel([{ name: 'Ark1', rows: [['a']] }], { platform: 'mac' });
  installFakeOffice(mac);
  expect(await officeDocumentFile()).toEqual(await mac.documentFile());
  installFakeOffice(new FakeExcel([{ name: 'Ark1', rows: [['a']] }], { platform: 'web' }));
  expect(await officeDocumentFile()).toBeNull();
});

it('has nothing where no Office is loaded', async () => {
  expect(await officeDocumentFile()).toBeNull();
});
