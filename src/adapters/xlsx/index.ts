export { XlsxWorkbook, DEFAULT_MAX_BYTES, type OpenOptions } from './xlsx-workbook';
export { InputError } from './input-error';
export {
  guardXlsxBytes,
  readCentralDirectory,
  DEFAULT_ZIP_LIMITS,
  type ZipEntry,
  type ZipLimits,
} from './zip-guard';
export { readSheet, readCell, dateToSerial } from './read-sheet';
export { applyPlan, HIGHLIGHT_ARGB } from './write-plan';
export { applyClean, type CleanOutcome } from './clean';
