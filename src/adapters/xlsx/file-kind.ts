/**
 * Which kind of workbook a file is, from its bytes (the name can lie): .xlsx/.xlsm, .xlsb, .ods in a
 * zip, the old .xls in an OLE container. Anything else, and a workbook saved with a password, is
 * refused with a message saying what is wrong and what the user can do.
 */
import { sheetJs } from './sheetjs';
import { text } from '../../core/findings/finding';
import { InputError } from './input-error';
import type { BookKind } from './read-book';
import {
  DEFAULT_ZIP_LIMITS,
  guardZipBytes,
  readCentralDirectory,
  readZipEntry,
  type Unpacked,
  type ZipLimits,
} from './zip-guard';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export const passwordProtected = (): InputError =>
  new InputError(
    text(
      'Filen er beskyttet med adgangskode. Åbn den i Excel, fjern adgangskoden (Filer > Oplysninger > Beskyt projektmappe) og gem den igen.',
      'The file is password-protected. Open it in Excel, remove the password (File > Info > Protect Workbook) and save it again.',
    ),
  );

const notAWorkbook = (): InputError =>
  new InputError(
    text(
      'Filen er ikke en Excel-projektmappe (.xlsx, .xlsm, .xlsb, .xls eller .ods).',
      'The file is not an Excel workbook (.xlsx, .xlsm, .xlsb, .xls or .ods).',
    ),
  );

/** With `unpacked`, the zip entries the guard unpacked are kept there for the reader (zip-guard.ts). */
export function identifyBook(
  bytes: Buffer,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  unpacked?: Unpacked,
): BookKind {
  if (bytes.length >= OLE_MAGIC.length && bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    return oleKind(bytes);
  }
  if (isBiffStream(bytes)) return 'xls';
  let entries;
  try {
    entries = guardZipBytes(bytes, limits, unpacked);
  } catch (e) {
    // An OpenDocument file saved with a password keeps its parts encrypted: they do not unpack.
    throw isEncryptedOds(bytes) ? passwordProtected() : e;
  }
  const names = entries.map((e) => e.name.replace(/^\/+/, '').toLowerCase());
  const has = (re: RegExp): boolean => names.some((n) => re.test(n));
  if (has(/^content\.xml$/) && has(/^meta-inf\/manifest\.xml$/)) return 'ods';
  if (!has(/^\[content_types\]\.xml$/)) throw notAWorkbook();
  if (has(/(^|\/)workbook\d*\.bin$/)) return 'xlsb';
  if (!has(/(^|\/)workbook\d*\.xml$/)) {
    throw new InputError(
      text(
        'Filen er en zip-fil, men ikke en Excel-projektmappe (.xlsx).',
        'The file is a zip file but not an Excel workbook (.xlsx).',
      ),
    );
  }
  return has(/(^|\/)vbaproject\.bin$/) ? 'xlsm' : 'xlsx';
}

/** Excel 2.x-4.0 saved a bare BIFF stream, no container: it starts with a BOF record (0x0009/0x0209/0x0409). */
function isBiffStream(bytes: Buffer): boolean {
  if (bytes.length < 8 || bytes[0] !== 0x09 || ![0x00, 0x02, 0x04].includes(bytes[1])) return false;
  const size = bytes.readUInt16LE(2);
  return size >= 4 && size <= 16 && bytes.length >= 4 + size;
}

/** An OLE container is either an old .xls workbook or an encrypted (password-protected) new one. */
function oleKind(bytes: Buffer): BookKind {
  let names: string[];
  try {
    const cfb = sheetJs().CFB.read(bytes, { type: 'buffer' }) as { FullPaths: string[] };
    names = cfb.FullPaths.map((p) => (p.split('/').filter(Boolean).pop() ?? '').toLowerCase());
  } catch {
    // Unreadable container: the old guard's message still fits best.
    throw new InputError(
      text(
        'Filen er beskyttet med adgangskode eller beskadiget. Åbn den i Excel, fjern en eventuel adgangskode og gem den som .xlsx.',
        'The file is password-protected or damaged. Open it in Excel, remove any password and save it as .xlsx.',
      ),
    );
  }
  if (names.includes('encryptioninfo') || names.includes('encryptedpackage')) throw passwordProtected();
  if (names.includes('workbook') || names.includes('book')) return 'xls';
  throw notAWorkbook();
}

/** An OpenDocument file saved with a password keeps its parts encrypted and says so in its manifest. */
export function isEncryptedOds(bytes: Buffer): boolean {
  try {
    const entry = readCentralDirectory(bytes).find((e) => e.name === 'META-INF/manifest.xml');
    const manifest = entry ? readZipEntry(bytes, entry) : null;
    return manifest ? manifest.toString('utf8').includes('encryption-data') : false;
  } catch {
    return false;
  }
}
