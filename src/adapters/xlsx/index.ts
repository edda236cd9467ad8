export { XlsxWorkbook, DEFAULT_MAX_BYTES, type OpenOptions } from './xlsx-workbook';
export { InputError } from './input-error';
export {
  guardXlsxBytes,
  readCentralDirectory,
  DEFAULT_ZIP_LIMITS,
  type ZipEntry,
  type ZipLimits,
} from './zip-guard';
export { dateToSerial } from './read-book';
export { HIGHLIGHT_ARGB } from './highlight-colors';
