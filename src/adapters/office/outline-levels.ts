/**
 * The rows' outline levels (Data > Group) of the open workbook, which Excel's JavaScript API cannot read:
 * Range.group, Range.ungroup and Worksheet.showOutlineLevels only set them, and RowProperties
 * (getRowProperties, ExcelApi 1.9) has no level, up to the preview set. The one way is the workbook as
 * its .xlsx file (Document.getFileAsync with FileType.Compressed, "CompressedFile" set), which Excel on
 * Windows and on Mac give and Excel on the web does not ("Supported FileTypes, by platform" in the
 * getFileAsync reference): each <row> of a sheet's XML carries its outlineLevel (ECMA-376 Part 1,
 * 18.3.1.73 row). Only the zip directory, the workbook's sheet list and the sheets' row tags are read.
 */

import { MAX_FILE_BYTES } from './limits';
import { decodeXml } from '../xml-text';

/** A row grouped by Excel's outline, 0-based, with its level (1-7). */
export interface OutlineRow {
  readonly row: number;
  readonly level: number;
}

/** Office.js hands the file over in slices of at most 4 MB (getFileAsync reference). */
const SLICE_BYTES = 4_194_304;

type Callback<T> = (result: {
  status: string;
  value: T;
  error?: { code?: number | string; message?: string };
}) => void;

interface OfficeFile {
  readonly size: number;
  readonly sliceCount: number;
  getSliceAsync(index: number, callback: Callback<{ data: ArrayLike<number> }>): void;
  closeAsync(callback?: Callback<void>): void;
}

interface OfficeDocument {
  getFileAsync(type: string, options: { sliceSize: number }, callback: Callback<OfficeFile>): void;
}

function settled<T>(start: (cb: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((r) =>
      r.status === 'succeeded'
        ? resolve(r.value)
        : reject(
            Object.assign(new Error(r.error?.message ?? 'getFileAsync failed'), { code: r.error?.code }),
          ),
    ),
  );
}

/**
 * The open workbook as .xlsx bytes, where Office says it can give them (the CompressedFile set); null
 * elsewhere. The file is always closed again: Office keeps at most two in memory.
 */
export async function officeDocumentFile(): Promise<Uint8Array | null> {
  const office = (
    globalThis as unknown as {
      Office?: {
        context?: {
          document?: OfficeDocument;
          requirements?: { isSetSupported(name: string, version?: string): boolean };
        };
        FileType?: { Compressed?: string };
      };
    }
  ).Office;
  const doc = office?.context?.document;
  if (!doc?.getFileAsync || !office?.context?.requirements?.isSetSupported('CompressedFile', '1.1'))
    return null;
  const file = await settled<OfficeFile>((cb) =>
    doc.getFileAsync(office.FileType?.Compressed ?? 'compressed', { sliceSize: SLICE_BYTES }, cb),
  );
  try {
    if (file.size > MAX_FILE_BYTES)
      throw new Error(
        `the workbook is ${Math.ceil(file.size / 1024 / 1024)} MB, over ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      );
    const parts: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await settled<{ data: ArrayLike<number> }>((cb) => file.getSliceAsync(i, cb));
      parts.push(Uint8Array.from(slice.data));
    }
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  } finally {
    file.closeAsync();
  }
}

interface ZipEntry {
  readonly method: number;
  readonly size: number;
  readonly offset: number;
}

/** The zip's directory: entry name -> where its data starts, how it is packed. */
function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('The workbook file is not a zip package.');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const out = new Map<string, ZipEntry>();
  for (let n = 0; n < count && view.getUint32(at, true) === 0x02014b50; n++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.set(name.replace(/^\//, ''), {
      method: view.getUint16(at + 10, true),
      size: view.getUint32(at + 20, true),
      offset: data,
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** One part as text: stored, or deflated (inflated by the browser's own DecompressionStream). */
async function partText(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  const packed = bytes.subarray(entry.offset, entry.offset + entry.size);
  if (entry.method === 0) return new TextDecoder().decode(packed);
  if (entry.method !== 8) throw new Error(`Zip method ${entry.method} is not read.`);
  const stream = new Blob([packed.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    // Elements may carry a namespace prefix; the one prefixed id is the relationship's, whatever its prefix.
    const [prefix, local] = m[1].includes(':') ? m[1].split(':') : ['', m[1]];
    out.set(prefix && prefix !== 'xmlns' && local === 'id' ? 'r:id' : local, decodeXml(m[3] ?? m[4] ?? ''));
  }
  return out;
}

/** The levels of one sheet's grouped rows, from its XML; rows without an r number follow the one before. */
export function outlineOfSheetXml(xml: string): OutlineRow[] {
  if (!xml.includes('outlineLevel')) return [];
  const out: OutlineRow[] = [];
  let previous = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?row\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    const r = Number(a.get('r') ?? previous + 1);
    previous = r;
    const level = Number(a.get('outlineLevel') ?? 0);
    if (Number.isInteger(r) && r >= 1 && level > 0) out.push({ row: r - 1, level });
  }
  return out;
}

/**
 * Sheet name -> its grouped rows, for the sheets that have any, from the workbook's .xlsx bytes (the
 * sheet list in xl/workbook.xml and their parts in its relationships).
 */
export async function outlineLevels(bytes: Uint8Array): Promise<Map<string, OutlineRow[]>> {
  const entries = zipEntries(bytes);
  const read = async (name: string) => {
    const e = entries.get(name);
    return e ? partText(bytes, e) : '';
  };
  const workbook = await read('xl/workbook.xml');
  const rels = await read('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    const target = a.get('Target') ?? '';
    targets.set(a.get('Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, OutlineRow[]>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    const part = targets.get(a.get('r:id') ?? '');
    const name = a.get('name');
    if (!part || !name) continue;
    const rows = outlineOfSheetXml(await read(part.replace(/\/\.\//g, '/')));
    if (rows.length) out.set(name, rows);
  }
  return out;
}
